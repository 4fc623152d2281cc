// Byte-level helpers: strict hex/base64 decoding, key sizes, Signal/base64-of-base64 recognition,
// nibble-packed digits in the binary node format. Pure and linear.

import type { Encoding } from './types.ts';

/** Decoded sizes worth recognising (sanitization.md): STUN 16, SRTP 28/30/44/46, Curve25519 32/33, signature 64. */
export const KEY_SIZES: ReadonlySet<number> = new Set([16, 28, 30, 32, 33, 44, 46, 64]);

const B64_STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < B64_STD.length; i++) B64_VALUE[B64_STD.charCodeAt(i)] = i;
B64_VALUE['-'.charCodeAt(0)] = 62;
B64_VALUE['_'.charCodeAt(0)] = 63;

/**
 * Strict base64 / base64url decoding of one token (padding optional, one alphabet only);
 * undefined when the token is not base64.
 */
export function decodeBase64(token: string): Uint8Array | undefined {
  const padded = token.length;
  const body = token.replace(/=+$/, '');
  if (padded - body.length > 2 || (padded !== body.length && padded % 4 !== 0)) return undefined;
  if (body.length % 4 === 1 || body.length === 0) return undefined;
  const std = /[+/]/.test(body);
  const url = /[-_]/.test(body);
  if (std && url) return undefined;
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const v = c < 128 ? (B64_VALUE[c] ?? -1) : -1;
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Strict hex decoding (whitespace ignored); undefined when not an even run of hex digits. */
export function decodeHex(text: string): Uint8Array | undefined {
  const hex = text.replace(/\s+/g, '');
  if (hex.length === 0 || hex.length % 2 !== 0 || !/^[0-9A-Fa-f]+$/.test(hex)) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Decode node text as hex or base64 (whitespace-wrapped allowed); undefined when it is neither. */
export function decodeEncodedText(text: string): { bytes: Uint8Array; encoding: Encoding } | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0) return undefined;
  const hex = /^[0-9A-Fa-f]+$/.test(compact) && compact.length % 2 === 0 ? decodeHex(compact) : undefined;
  if (hex) return { bytes: hex, encoding: 'hex' };
  const b64 = decodeBase64(compact);
  if (b64) return { bytes: b64, encoding: 'base64' };
  return undefined;
}

/** Fraction of neighbouring characters that change class (upper/lower/digit/other); first 512 only. */
function transitions(token: string): number {
  const cls = (c: number): number => (c >= 65 && c <= 90 ? 0 : c >= 97 && c <= 122 ? 1 : c >= 48 && c <= 57 ? 2 : 3);
  const n = Math.min(token.length, 512);
  let changes = 0;
  for (let i = 1; i < n; i++) if (cls(token.charCodeAt(i)) !== cls(token.charCodeAt(i - 1))) changes++;
  return n > 1 ? changes / (n - 1) : 0;
}

const SUBWORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;

/**
 * Is a token made of words, the way identifiers, paths, anchors and titles are
 * (`Audio-EchoCanceller-maxDelayMs`, `src/audio/drivers/EchoDriver.cpp`, `hold-then-resume-call`)?
 * Judged on the character classes within the token, not on its separators: it is cut into
 * sub-words (runs of lower case, Capitalised words, upper-case runs, digit runs); it is word-like
 * when at least 80% of its letters and digits sit in plausible words (3+ letters, with a vowel
 * from 5 letters on; 2-letter words; upper-case acronyms of 2–5; numbers of 1–5 digits), its sub-words
 * average 3 characters or more, at most one stands as a single letter, and 30% or more of its
 * letters are vowels (about 38% in English words, 23% in random letters). CONSTANT_CASE names are
 * word-like too. Random base64 or hex breaks into short mixed
 * runs (about two characters each) and fails both. First 512 characters only.
 */
export function isWordLike(token: string): boolean {
  const body = token.length > 512 ? token.slice(0, 512) : token;
  // CONSTANT_CASE names (`SRTP_AES128_CM_HMAC_SHA1_80`): upper-case words and numbers joined by `_`.
  if (/^[A-Z0-9]+(?:_[A-Z0-9]+)+$/.test(body)) return true;
  let alnum = 0;
  let good = 0;
  let words = 0;
  let letters = 0;
  let vowels = 0;
  let singles = 0;
  // More than 20% of the body's characters outside plausible words: it cannot pass; stop early
  // (random tokens fail within a few sub-words).
  const maxBad = 0.2 * body.length;
  SUBWORD.lastIndex = 0;
  for (let m = SUBWORD.exec(body); m; m = SUBWORD.exec(body)) {
    const w = m[0];
    const len = w.length;
    words++;
    alnum += len;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      if (len <= 5) good += len;
    } else {
      letters += len;
      let v = 0;
      let upper = true;
      for (let k = 0; k < len; k++) {
        const u = w.charCodeAt(k);
        if (IS_VOWEL[u]) v++;
        if (u >= 97) upper = false;
      }
      vowels += v;
      if (len === 1) singles++;
      if (len >= 3) {
        if (upper ? len <= 5 : len < 5 || v > 0) good += len;
      } else if (len === 2) {
        good += 2; // `ms`, `Ms`, `ID`: the sub-word split never yields `aB`
      }
    }
    if (alnum - good > maxBad || singles > 1) return false;
  }
  return alnum > 0 && good >= 0.8 * alnum && alnum >= 3 * words && vowels >= 0.3 * letters;
}

const IS_VOWEL = new Uint8Array(128);
for (const ch of 'aeiouyAEIOUY') IS_VOWEL[ch.charCodeAt(0)] = 1;

/** At least `n` distinct characters among the first 512 (ASCII; any other unit counts as new). */
function hasDistinct(body: string, n: number): boolean {
  const seen = new Uint8Array(128);
  let count = 0;
  const end = Math.min(body.length, 512);
  for (let i = 0; i < end && count < n; i++) {
    const c = body.charCodeAt(i);
    if (c >= 128) count++;
    else if (!seen[c]) {
      seen[c] = 1;
      count++;
    }
  }
  return count >= n;
}

/**
 * Does a token look like random encoded bytes rather than a word, identifier or path? It must not
 * be word-like (`isWordLike`: the classes of its characters, run by run), must use 8 or more
 * distinct characters, and must change character class often (random base64 changes class at about
 * 65% of positions; camelCase words far less).
 */
export function looksRandom(token: string): boolean {
  const body = token.replace(/=+$/, '');
  if (body.length < 16) return false;
  if (!hasDistinct(body, 8)) return false;
  // Base64 padding says what the token is: no identifier ends in `=`, and a padded token of the
  // right length is base64 whatever its letters look like.
  if (body.length !== token.length && token.length % 4 === 0) return true;
  if (isWordLike(body)) return false;
  const t = transitions(body);
  return /^[A-Za-z]+$/.test(body) ? t >= 0.45 : t >= 0.25;
}

export interface ByteKind {
  /** Starts like a Signal message: version byte 0x33 then a protobuf field tag 0x08 or 0x0a. */
  signal: boolean;
  /** When the bytes are themselves base64 text of key-like data: the inner decoded bytes. */
  inner?: Uint8Array;
}

export function isSignalPrefix(bytes: Uint8Array): boolean {
  return bytes.length >= 16 && bytes[0] === 0x33 && (bytes[1] === 0x08 || bytes[1] === 0x0a);
}

export function classifyBytes(bytes: Uint8Array): ByteKind {
  const kind: ByteKind = { signal: isSignalPrefix(bytes) };
  if (bytes.length >= 16 && bytes.length <= 8192) {
    let ascii = true;
    for (const b of bytes) {
      if (b >= 128 || (B64_VALUE[b] ?? -1) < 0) {
        if (b !== 0x3d) {
          ascii = false;
          break;
        }
      }
    }
    if (ascii) {
      const innerText = String.fromCharCode(...bytes);
      const inner = decodeBase64(innerText);
      if (inner && (KEY_SIZES.has(inner.length) || looksRandom(innerText))) kind.inner = inner;
    }
  }
  return kind;
}

/**
 * Does binary-node data carry a phone-like number? In the binary format digits are nibble-packed
 * (tag 0xFF, then a length byte: low 7 bits = bytes, high bit = odd digit count, then two digits per
 * byte, 0xF padding); plain ASCII digit runs (10+) count too.
 */
export function hasPackedPhoneDigits(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 0xff) continue;
    const lenByte = bytes[i + 1] ?? 0;
    const n = lenByte & 0x7f;
    const odd = (lenByte & 0x80) !== 0;
    if (n < 4 || n > 8 || i + 2 + n > bytes.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const b = bytes[i + 2 + k] ?? 0;
      const hi = b >> 4;
      const lo = b & 0x0f;
      const last = k === n - 1;
      ok = hi <= 9 && (lo <= 9 || (last && odd && lo === 0x0f));
    }
    const digits = 2 * n - (odd ? 1 : 0);
    if (ok && digits >= 7 && digits <= 15) return true;
  }
  let run = 0;
  for (const b of bytes) {
    run = b >= 0x30 && b <= 0x39 ? run + 1 : 0;
    if (run >= 10) return true;
  }
  return false;
}
