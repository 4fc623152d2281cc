// Detector family: KEYS and other secrets. Generic secrets found by their public prefixes (PEM
// private-key blocks, JSON Web Tokens, GitHub tokens, cloud keys) and encoded bytes judged after
// decoding (hex and base64 tokens, base64 wrapped over lines, hex dumps): key-sized values, Signal
// messages, base64 of base64, long blobs, and random-looking tokens of no known size (a warning).
// Rules: pem-private-key, jwt, github-token, cloud-key, key-base64, key-hex, double-base64,
// signal-message, encoded-blob, hex-dump, high-entropy-token.

import type { RuleId } from '../rules.ts';
import { isPlaceholder } from '../placeholders.ts';
import { classifyBytes, decodeBase64, KEY_SIZES, looksRandom } from '../bytes.ts';
import type { Candidates } from './tokenise.ts';
import { execAt, hit, MAX_TOKEN, sticky, type Hit } from './shared.ts';

export const PEM_RE = /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
export const JWT_RE = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
export const GITHUB_RE = /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{22,255})/g;
export const CLOUD_RE =
  /(?<![A-Za-z0-9])(?:(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}(?![A-Za-z0-9])|AIza[0-9A-Za-z_-]{35}|xox[abprs]-[A-Za-z0-9-]{10,200}|(?:sk|rk)_live_[A-Za-z0-9]{16,200})/g;

const JWT_AT = sticky(JWT_RE);
const GITHUB_AT = sticky(GITHUB_RE);
const CLOUD_AT = sticky(CLOUD_RE);

function pem(text: string, out: Hit[]): void {
  PEM_RE.lastIndex = 0;
  for (let m = PEM_RE.exec(text); m; m = PEM_RE.exec(text)) {
    const endMarker = text.indexOf('-----END', m.index + m[0].length);
    let end = text.length;
    if (endMarker >= 0) {
      const close = text.indexOf('-----', endMarker + 8);
      end = close >= 0 ? close + 5 : text.length;
    }
    out.push(hit(m.index, end, 'pem-private-key', 0, { encoding: 'text', length: end - m.index }));
    PEM_RE.lastIndex = end;
  }
}

/** Run a sticky regex at the candidate starts (ascending), as a global scan would meet them. */
function simpleAt(re: RegExp, starts: readonly number[], rule: RuleId, rank: number, text: string, out: Hit[]): void {
  let resume = 0;
  for (const p of starts) {
    if (p < resume) continue;
    const m = execAt(re, text, p);
    if (!m) continue;
    resume = p + m[0].length;
    out.push(hit(p, resume, rule, rank, { encoding: 'text', length: m[0].length }));
  }
}

/** Places of a literal in the text, ascending. */
function occurrences(text: string, literal: string): number[] {
  const at: number[] = [];
  for (let p = text.indexOf(literal); p >= 0; p = text.indexOf(literal, p + 1)) at.push(p);
  return at;
}

/** GitHub tokens start with `gh` (`ghp_`, …) or `gi` (`github_pat_`). */
function githubStarts(text: string): number[] {
  const at: number[] = [];
  for (let p = text.indexOf('g'); p >= 0; p = text.indexOf('g', p + 1)) {
    const next = text.charCodeAt(p + 1);
    if (next === 104 || next === 105) at.push(p);
  }
  return at;
}

/** Cloud keys start `A` + capital (`AKIA…`, `AIza…`), `xo` (`xox…`) or `sk`/`rk` (`sk_live_…`). */
function cloudStarts(text: string, starts: readonly number[]): number[] {
  return starts.filter((p) => {
    const c = text.charCodeAt(p);
    const next = text.charCodeAt(p + 1);
    return c === 65 ? next >= 65 && next <= 90 : c === 120 ? next === 111 : next === 107;
  });
}


export const HEX_DUMP_RE =
  /(?<![A-Za-z0-9_:])(?:(?:[0-9A-Fa-f]{2}){1,4}(?: {1,2}(?:[0-9A-Fa-f]{2}){1,4}){1,}|[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){15,})(?![A-Za-z0-9_:])/g;

const HEX_DUMP_AT = sticky(HEX_DUMP_RE);

function sizeDetail(length: number): string {
  switch (length) {
    case 16:
      return ' (16 bytes: the size of a STUN integrity key)';
    case 28:
    case 30:
    case 44:
    case 46:
      return ` (${length} bytes: the size of SRTP key material)`;
    case 32:
      return ' (32 bytes: the size of a Curve25519 key or the call key)';
    case 33:
      return ' (33 bytes: the size of a Curve25519 public key with its type byte)';
    case 64:
      return ' (64 bytes: the size of a signature)';
    default:
      return '';
  }
}

function judgeHex(
  start: number,
  end: number,
  hex: string,
  encodingLength: number,
  out: Hit[],
  dump: boolean,
  spaced = false,
): void {
  const bytes = encodingLength;
  const lower = hex.slice(0, 8).toLowerCase();
  if (new Set(hex.slice(0, 512)).size < 6) return; // `0000…`, `1111…`: no information
  if (bytes >= 16 && (lower.startsWith('3308') || lower.startsWith('330a'))) {
    out.push(hit(start, end, 'signal-message', 8, { encoding: 'hex', length: bytes }));
    return;
  }
  if (KEY_SIZES.has(bytes) && !dump) {
    out.push(hit(start, end, 'key-hex', 8, { encoding: 'hex', length: bytes, detail: sizeDetail(bytes) }));
    return;
  }
  if (dump || bytes > 64) {
    out.push(hit(start, end, dump || spaced ? 'hex-dump' : 'encoded-blob', 8, { encoding: 'hex', length: bytes }));
    return;
  }
  out.push(hit(start, end, 'high-entropy-token', 10, { encoding: 'hex', length: bytes }));
}

function judgeBase64(start: number, end: number, token: string, out: Hit[]): void {
  if (!looksRandom(token)) return;
  const bytes = decodeBase64(token);
  if (!bytes) {
    out.push(hit(start, end, 'high-entropy-token', 10, { encoding: 'text', length: token.length }));
    return;
  }
  const kind = classifyBytes(bytes);
  if (kind.signal) {
    out.push(hit(start, end, 'signal-message', 8, { encoding: 'base64', length: bytes.length }));
    return;
  }
  if (kind.inner) {
    out.push(hit(start, end, 'double-base64', 8, { encoding: 'base64-base64', length: kind.inner.length, detail: sizeDetail(kind.inner.length) }));
    return;
  }
  if (KEY_SIZES.has(bytes.length)) {
    out.push(hit(start, end, 'key-base64', 8, { encoding: 'base64', length: bytes.length, detail: sizeDetail(bytes.length) }));
    return;
  }
  if (bytes.length > 64) {
    out.push(hit(start, end, 'encoded-blob', 8, { encoding: 'base64', length: bytes.length }));
    return;
  }
  if (bytes.length >= 12) out.push(hit(start, end, 'high-entropy-token', 10, { encoding: 'base64', length: bytes.length }));
}

/**
 * Base64 and hex tokens: the matches of `/(?<![A-Za-z0-9+/_-])(?<!==)[A-Za-z0-9+/_-]{16,}={0,2}/g`,
 * found without running it. The class inside the match is also in the lookbehind, so a match is a
 * whole maximal run of `[A-Za-z0-9+/_-]` (16 or more, not right after `==`: `Candidates.tokens`)
 * plus up to two `=` after it.
 */
function tokens(text: string, runs: readonly number[], out: Hit[]): void {
  for (let r = 0; r + 1 < runs.length; r += 2) {
    const start = runs[r] ?? 0;
    let end = runs[r + 1] ?? 0;
    if (text.charCodeAt(end) === 61) end++;
    if (text.charCodeAt(end) === 61) end++;
    const full = text.slice(start, end);
    if (isPlaceholder(full)) continue;
    const token = full.length > MAX_TOKEN ? full.slice(0, MAX_TOKEN) : full;
    const std = /[+/]/.test(token);
    const url = /[_-]/.test(token);
    if (std && url) continue; // not one base64 alphabet: an identifier or path
    // Hex, optionally with a `0x` prefix.
    const hexBody = /^0[xX][0-9A-Fa-f]+$/.test(full) ? full.slice(2) : full;
    if (/^[0-9A-Fa-f]+$/.test(hexBody) && hexBody.length >= 32 && hexBody.length % 2 === 0) {
      judgeHex(start, end, hexBody.slice(0, MAX_TOKEN), hexBody.length / 2, out, false);
      continue;
    }
    if (full.length > MAX_TOKEN) {
      if (looksRandom(token)) out.push(hit(start, end, 'encoded-blob', 8, { encoding: 'base64', length: Math.floor((full.replace(/=+$/, '').length * 3) / 4) }));
      continue;
    }
    judgeBase64(start, end, token, out);
  }
}

const WRAPPED_LINE = /^[A-Za-z0-9+/]{2,200}={0,2}$/;

/**
 * Base64 wrapped over lines (MIME 76, PEM 64, …): consecutive lines that are base64 only, all but
 * the last of one width ≥ 40, are joined and judged as one token. Only the candidate lines of
 * `Candidates.lines` are looked at: every other line fails WRAPPED_LINE, and failing only ends the
 * current run, so a gap between two candidate lines ends it just the same.
 */
function wrappedBase64(text: string, candidates: readonly number[], out: Hit[]): void {
  let runStart = -1;
  let runEnd = -1;
  let width = 0;
  let joined = '';
  let lines = 0;
  let open = true; // false once a shorter (last) line was added
  const flush = (): void => {
    if (lines >= 2 && joined.length <= 4 * MAX_TOKEN) judgeBase64(runStart, runEnd, joined, out);
    else if (lines >= 2) out.push(hit(runStart, runEnd, 'encoded-blob', 8, { encoding: 'base64', length: Math.floor((joined.length * 3) / 4) }));
    runStart = -1;
    joined = '';
    lines = 0;
    open = true;
  };
  let expected = 0; // where the line after the last one looked at starts
  for (let c = 0; c + 1 < candidates.length; c += 2) {
    const pos = candidates[c] ?? 0;
    const nl = candidates[c + 1] ?? 0;
    if (pos !== expected) flush(); // lines in between failed
    expected = nl + 1;
    const raw = text.slice(pos, nl);
    const line = raw.trim();
    const lineStart = pos + (raw.length - raw.trimStart().length);
    if (line.length <= 202 && WRAPPED_LINE.test(line)) {
      if (runStart >= 0 && open && !joined.endsWith('=') && line.length <= width && line.length >= 4) {
        joined += line;
        runEnd = lineStart + line.length;
        lines++;
        if (line.length < width) open = false;
      } else {
        flush();
        if (line.length >= 40) {
          runStart = lineStart;
          runEnd = lineStart + line.length;
          width = line.length;
          joined = line;
          lines = 1;
        }
      }
    } else {
      flush();
    }
  }
  flush();
}

const DUMP_OFFSET = /^[ \t]*[0-9A-Fa-f]{4,8}:?[ \t]{1,3}$/;

function hexDumps(text: string, starts: readonly number[], out: Hit[]): void {
  // Consecutive xxd / `hexdump -C` rows (offset column, ASCII gutter) are one dump.
  let dump: { start: number; end: number; bytes: number; hex: string } | undefined;
  const flush = (): void => {
    if (dump && dump.bytes >= 16) judgeHex(dump.start, dump.end, dump.hex, dump.bytes, out, true);
    dump = undefined;
  };
  let resume = 0;
  for (const p of starts) {
    if (p < resume) continue;
    const m = execAt(HEX_DUMP_AT, text, p);
    if (!m) continue;
    resume = p + m[0].length;
    let hex = m[0].replace(/[^0-9A-Fa-f]/g, '');
    // The offset column starts the line: look back a bounded distance only.
    const from = Math.max(0, m.index - 16);
    const back = text.slice(from, m.index);
    const nl = back.lastIndexOf('\n');
    const lineStart = nl >= 0 ? from + nl + 1 : from === 0 ? 0 : -1;
    const prefix = lineStart >= 0 ? text.slice(lineStart, m.index) : undefined;
    // `hexdump -C` rows: the 8-digit offset and two spaces were matched as the first group.
    const inlineOffset = prefix !== undefined && /^[ \t]*$/.test(prefix) ? /^[0-9A-Fa-f]{8} {1,2}/.exec(m[0]) : null;
    if (inlineOffset) hex = hex.slice(8);
    const isRow = prefix !== undefined && (inlineOffset !== null || DUMP_OFFSET.test(prefix));
    const bytes = hex.length / 2;
    if (isRow) {
      if (dump && text.slice(dump.end, lineStart).split('\n').length === 2) {
        dump.end = m.index + m[0].length;
        dump.bytes += bytes;
        if (dump.hex.length < 2 * MAX_TOKEN) dump.hex += hex;
      } else {
        flush();
        dump = { start: lineStart, end: m.index + m[0].length, bytes, hex };
      }
      continue;
    }
    flush();
    if (bytes < 16) continue;
    judgeHex(m.index, m.index + m[0].length, hex.slice(0, 2 * MAX_TOKEN), bytes, out, false, true);
  }
  flush();
}

/** Generic secrets, found by their public prefixes (ranks 0–3: they win over every other reading). */
export function secrets(text: string, cand: Candidates, out: Hit[]): void {
  pem(text, out);
  // The lists are built only when a start can exist (most texts hold none): no array per text.
  if (text.includes('eyJ')) simpleAt(JWT_AT, occurrences(text, 'eyJ'), 'jwt', 1, text, out);
  if (text.includes('gh') || text.includes('gi')) simpleAt(GITHUB_AT, githubStarts(text), 'github-token', 2, text, out);
  if (cand.cloud.length > 0) simpleAt(CLOUD_AT, cloudStarts(text, cand.cloud), 'cloud-key', 3, text, out);
}

/** Encoded bytes: hex dumps, hex and base64 tokens, base64 wrapped over lines. */
export function encoded(text: string, cand: Candidates, out: Hit[]): void {
  hexDumps(text, cand.hexDumps, out);
  tokens(text, cand.tokens, out);
  wrappedBase64(text, cand.lines, out);
  cEscapedHex(text, out);
  groupedBase64(text, out);
}

/** Base64 written in 4-character groups joined by single spaces: 8 groups (24 bytes) or more. */
export const GROUPED_BASE64_RE = /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{4}(?: [A-Za-z0-9+/]{4}){6,}(?: [A-Za-z0-9+/]{2,3}={0,2}| [A-Za-z0-9+/]{4})(?![A-Za-z0-9+/=])/g;

/**
 * Base64 in space-joined 4-character groups (`AAEC AwQF BgcI …`), judged as the joined token when
 * it decodes to 16 bytes or more and looks random (four-letter words in a row do not).
 */
function groupedBase64(text: string, out: Hit[]): void {
  if (!hasSpacedGroups(text)) return;
  GROUPED_BASE64_RE.lastIndex = 0;
  for (let m = GROUPED_BASE64_RE.exec(text); m; m = GROUPED_BASE64_RE.exec(text)) {
    const token = m[0].replace(/ /g, '');
    const bytes = decodeBase64(token);
    if (!bytes || bytes.length < 16) continue;
    judgeBase64(m.index, m.index + m[0].length, token, out);
  }
}

/** `[A-Za-z0-9+/]` (one alphabet of GROUPED_BASE64_RE), as 1/0 per ASCII code. */
const GROUP_CHAR = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') GROUP_CHAR[ch.charCodeAt(0)] = 1;

/**
 * A necessary condition of a GROUPED_BASE64_RE match, found by hopping from space to space: six
 * links in a row of a space, four group characters and a space (the spaces before groups 2 to 8 of
 * a match). Prose and stanzas seldom have six four-letter words in a row, so the regex, which V8
 * tries at every position (it opens with a lookbehind), runs on few texts. test/sanitize/prefilters.test.ts
 * checks that the regex finds nothing where this says no.
 */
export function hasSpacedGroups(text: string): boolean {
  // 8 groups of 4 (the last one 2 or more) and 7 spaces.
  if (text.length < 37) return false;
  let links = 0;
  for (let p = text.indexOf(' '); p >= 0; ) {
    if (
      text.charCodeAt(p + 5) === 32 &&
      GROUP_CHAR[text.charCodeAt(p + 1)] === 1 &&
      GROUP_CHAR[text.charCodeAt(p + 2)] === 1 &&
      GROUP_CHAR[text.charCodeAt(p + 3)] === 1 &&
      GROUP_CHAR[text.charCodeAt(p + 4)] === 1
    ) {
      if (++links >= 6) return true;
      p += 5;
    } else {
      links = 0;
      p = text.indexOf(' ', p + 1);
    }
  }
  return false;
}

/** 16 or more bytes written as C / Python string escapes: `\x00\x01…` (two hex digits each). */
export const C_ESCAPED_HEX_RE = /(?:\\x[0-9A-Fa-f]{2}){16,}/g;

/** Bytes written as `\xNN` escapes, judged like the same bytes in plain hex (a key size is a key). */
function cEscapedHex(text: string, out: Hit[]): void {
  // Every match holds `\x`: texts without one (nearly all) skip the regex.
  if (!text.includes('\\x')) return;
  C_ESCAPED_HEX_RE.lastIndex = 0;
  for (let m = C_ESCAPED_HEX_RE.exec(text); m; m = C_ESCAPED_HEX_RE.exec(text)) {
    const hex = m[0].replace(/\\x/g, '');
    judgeHex(m.index, m.index + m[0].length, hex, hex.length / 2, out, false);
  }
}

