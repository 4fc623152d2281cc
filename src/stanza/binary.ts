/**
 * Recognising and decoding hex and base64 stanza bodies. Linear, single pass each.
 *
 * Hex layouts (chosen from the first non-empty line):
 * - `xxd`: `00000000: 3c63 616c 6c20 ...  <call ...` (offset of 4–16 hex digits, a colon and a
 *   space; groups separated by one space; two or more spaces start the ASCII gutter, ignored);
 * - `hexdump -C`: `00000000  3c 63 61 ...  |<cal...|` (offset, two-digit bytes separated by
 *   spaces, the `|...|` gutter ignored; a line with only the offset ends the dump). Recognised by
 *   a first line ending in `|`, or starting `00000000` + two spaces + a byte. A collapsed
 *   `*` line is an error (the repeated bytes are not in the text; `hexdump -C -v` prints them);
 * - plain or spaced: whitespace-separated groups of hex digits, each with an optional `0x`
 *   prefix and an even number of digits (`3308a1`, `33 08 a1`, `0x33 0x08`, `0x3308a1`).
 * A text whose groups are all hex digits is hex, even if it would also be valid base64
 * (`cafe`, `3308`, `1234`): the ambiguity is settled in favour of hex.
 *
 * Base64: standard (`+/`) or URL (`-_`) alphabet, not mixed; one token per line (no spaces
 * inside a line); wrapped lines must all (but the last) have the same length, a multiple of 4;
 * `=` padding only at the very end (then the length is a multiple of 4), or unpadded with a
 * length that is not 1 mod 4. It must contain a non-hex character or padding (else it is hex).
 */

export type HexLayout = 'plain' | 'xxd' | 'hexdump-C';

/** `bytes`: decoded; `error`: recognisably hex but broken (message, offset); `no`: not hex. */
export type HexScan =
  | { kind: 'bytes'; bytes: Uint8Array; layout: HexLayout }
  | { kind: 'error'; message: string; offset: number; layout: HexLayout }
  | { kind: 'no'; failOffset: number };

export type Base64Scan = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'no'; failOffset: number };

interface Line {
  /** First non-blank character. */
  start: number;
  /** One past the last non-blank character. */
  end: number;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xfeff;
}

/** Non-empty lines of `text`, trimmed of spaces, tabs, CR (and a BOM). */
function lines(text: string): Line[] {
  const out: Line[] = [];
  const n = text.length;
  let i = 0;
  while (i <= n) {
    let nl = text.indexOf('\n', i);
    if (nl === -1) nl = n;
    let start = i;
    let end = nl;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
    i = nl + 1;
  }
  return out;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

const XXD_FIRST = /^[0-9A-Fa-f]{4,16}: /;
const HEXDUMP_FIRST = /^[0-9A-Fa-f]{4,16} {1,2}[0-9A-Fa-f]{2}(?: |$)/;
const HEXDUMP_ZERO = /^0{8}  [0-9A-Fa-f]{2}(?: |$)/;

class ByteSink {
  readonly buf: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.buf = new Uint8Array(capacity);
  }

  /** Appends the bytes of the even-length hex digit run text[from, to). */
  pushRun(text: string, from: number, to: number): void {
    for (let k = from; k < to; k += 2) {
      this.buf[this.length++] = (hexValue(text.charCodeAt(k)) << 4) | hexValue(text.charCodeAt(k + 1));
    }
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** Reads an offset column `[0-9A-Fa-f]+` at `from`; returns its end or -1 if none. */
function readOffset(text: string, from: number, end: number): number {
  let j = from;
  while (j < end && hexValue(text.charCodeAt(j)) !== -1) j++;
  return j > from ? j : -1;
}

function scanXxd(text: string, all: Line[]): HexScan {
  const sink = new ByteSink(text.length >> 1);
  const err = (message: string, offset: number): HexScan => ({ kind: 'error', message, offset, layout: 'xxd' });
  for (const { start, end } of all) {
    const off = readOffset(text, start, end);
    if (off === -1 || text.charCodeAt(off) !== 58) {
      return err('xxd layout: the line does not start with an offset and a colon', start);
    }
    let j = off + 1;
    for (;;) {
      if (j >= end) break;
      if (!isSpace(text.charCodeAt(j))) return err('xxd layout: a hex group must be followed by a space', j);
      let k = j;
      while (k < end && isSpace(text.charCodeAt(k))) k++;
      if (k - j >= 2 || k >= end) break; // two spaces: the ASCII gutter starts
      const group = k;
      while (k < end && !isSpace(text.charCodeAt(k))) {
        if (hexValue(text.charCodeAt(k)) === -1) return err('xxd layout: invalid character in the hex columns', k);
        k++;
      }
      if ((k - group) % 2 !== 0) return err('odd number of hex digits in a group', group);
      sink.pushRun(text, group, k);
      j = k;
    }
  }
  return { kind: 'bytes', bytes: sink.bytes(), layout: 'xxd' };
}

function scanHexdumpC(text: string, all: Line[]): HexScan {
  const sink = new ByteSink(text.length >> 1);
  const err = (message: string, offset: number): HexScan => ({
    kind: 'error',
    message,
    offset,
    layout: 'hexdump-C',
  });
  for (const { start, end } of all) {
    if (text.charCodeAt(start) === 42 && end === start + 1) {
      return err('hexdump -C layout: a "*" line stands for repeated lines that are not in the text; use hexdump -C -v', start);
    }
    const off = readOffset(text, start, end);
    if (off === -1 || (off < end && !isSpace(text.charCodeAt(off)))) {
      return err('hexdump -C layout: the line does not start with an offset', start);
    }
    let j = off;
    for (;;) {
      while (j < end && isSpace(text.charCodeAt(j))) j++;
      if (j >= end || text.charCodeAt(j) === 124) break; // `|` starts the ASCII gutter
      if (hexValue(text.charCodeAt(j)) === -1) return err('hexdump -C layout: invalid character in the hex columns', j);
      if (hexValue(text.charCodeAt(j + 1)) === -1 || j + 1 >= end) {
        return err('hexdump -C layout: each byte must be exactly two hex digits', j);
      }
      if (j + 2 < end && !isSpace(text.charCodeAt(j + 2))) {
        return err('hexdump -C layout: each byte must be exactly two hex digits', j);
      }
      sink.pushRun(text, j, j + 2);
      j += 2;
    }
  }
  return { kind: 'bytes', bytes: sink.bytes(), layout: 'hexdump-C' };
}

function scanPlainHex(text: string): HexScan {
  const sink = new ByteSink(text.length >> 1);
  const n = text.length;
  let oddAt = -1;
  let sawDigits = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isBlank(c) || c === 10) {
      i++;
      continue;
    }
    const groupStart = i;
    let j = i;
    if (c === 48 && (text.charCodeAt(i + 1) | 0x20) === 120) j += 2; // 0x / 0X
    const digits = j;
    while (j < n && hexValue(text.charCodeAt(j)) !== -1) j++;
    if (j < n && !isBlank(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) return { kind: 'no', failOffset: j };
    if (j === digits) return { kind: 'no', failOffset: groupStart };
    sawDigits = true;
    if ((j - digits) % 2 !== 0) {
      if (oddAt === -1) oddAt = groupStart;
    } else if (oddAt === -1) {
      sink.pushRun(text, digits, j);
    }
    i = j;
  }
  if (!sawDigits) return { kind: 'no', failOffset: 0 };
  if (oddAt !== -1) {
    return { kind: 'error', message: 'odd number of hex digits in a group', offset: oddAt, layout: 'plain' };
  }
  return { kind: 'bytes', bytes: sink.bytes(), layout: 'plain' };
}

/** Recognises and decodes a hex body in any supported layout. */
export function scanHex(text: string): HexScan {
  const all = lines(text);
  const first = all[0];
  if (first === undefined) return { kind: 'no', failOffset: 0 };
  const head = text.slice(first.start, Math.min(first.end, first.start + 24));
  if (XXD_FIRST.test(head)) return scanXxd(text, all);
  // hexdump -C: an offset, bytes and a `|gutter|`; or, gutter trimmed away, the zero offset of a
  // dump's first line followed by the layout's two spaces.
  if (HEXDUMP_FIRST.test(head) && (text.charCodeAt(first.end - 1) === 124 || HEXDUMP_ZERO.test(head))) {
    return scanHexdumpC(text, all);
  }
  return scanPlainHex(text);
}

function base64Value(c: number): number {
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 71;
  if (c >= 48 && c <= 57) return c + 4;
  if (c === 43 || c === 45) return 62; // + or -
  if (c === 47 || c === 95) return 63; // / or _
  return -1;
}

/** Recognises and decodes a base64 body (standard or URL alphabet, wrapped or not). */
export function scanBase64(text: string): Base64Scan {
  const all = lines(text);
  if (all.length === 0) return { kind: 'no', failOffset: 0 };
  const values = new Uint8Array(text.length);
  let count = 0;
  let padding = 0;
  let nonHex = false;
  let standard = false;
  let url = false;
  let width = -1;
  for (let l = 0; l < all.length; l++) {
    const { start, end } = all[l] as Line;
    const last = l === all.length - 1;
    if (padding > 0) return { kind: 'no', failOffset: start };
    for (let j = start; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c === 61) {
        padding++;
        if (padding > 2) return { kind: 'no', failOffset: j };
        continue;
      }
      if (padding > 0) return { kind: 'no', failOffset: j };
      const v = base64Value(c);
      if (v === -1) return { kind: 'no', failOffset: j };
      if (c === 43 || c === 47) standard = true;
      if (c === 45 || c === 95) url = true;
      if (standard && url) return { kind: 'no', failOffset: j };
      if (hexValue(c) === -1) nonHex = true;
      values[count++] = v;
    }
    const len = end - start;
    if (!last) {
      if (width === -1) width = len;
      if (len !== width || len % 4 !== 0) return { kind: 'no', failOffset: start };
    } else if (width !== -1 && len > width) {
      return { kind: 'no', failOffset: start };
    }
  }
  const lastLine = all[all.length - 1] as Line;
  const total = count + padding;
  if ((padding > 0 && total % 4 !== 0) || (padding === 0 && total % 4 === 1)) {
    return { kind: 'no', failOffset: lastLine.end - 1 };
  }
  if (!nonHex && padding === 0) return { kind: 'no', failOffset: 0 };
  const out = new Uint8Array(Math.floor((count * 6) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let k = 0; k < count; k++) {
    acc = ((acc << 6) | (values[k] as number)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return { kind: 'bytes', bytes: out };
}
