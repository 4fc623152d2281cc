// Shared by the detector families: the pre-position hit type, ASCII character classes as bits (one
// bit test per boundary check), and regex helpers to run a pattern at chosen positions only.

import type { Encoding, Severity } from '../types.ts';
import { RULES, type RuleId } from '../rules.ts';

/** A finding before positions are resolved: a span of the scanned (normalised) text. */
export interface Hit {
  start: number;
  end: number;
  rule: RuleId;
  severity: Severity;
  encoding?: Encoding;
  length?: number;
  /** Extra words appended to the rule's message (never value characters). */
  detail?: string;
  /** Lower wins when spans overlap. */
  rank: number;
}

export const MAX_TOKEN = 8192;

export function hit(
  start: number,
  end: number,
  rule: RuleId,
  rank: number,
  extra: { encoding?: Encoding; length?: number; detail?: string; severity?: Severity } = {},
): Hit {
  const h: Hit = { start, end, rule, severity: extra.severity ?? RULES[rule].severity, rank };
  if (extra.encoding !== undefined) h.encoding = extra.encoding;
  if (extra.length !== undefined) h.length = extra.length;
  if (extra.detail !== undefined) h.detail = extra.detail;
  return h;
}

// --- character classes (ASCII only: every other code unit belongs to none) ------------------------

// Each class is one bit; the `NB_` classes are the sets a detector's lookbehind forbids right
// before its match (`(?<![…])`), so that every boundary test is one bit test.
export const C_HEX = 1; // [0-9A-Fa-f]
export const C_WORD = 2; // [A-Za-z0-9_]
export const C_B64 = 4; // [A-Za-z0-9+/_-]: the base64 token class (both alphabets)
export const C_USER = 8; // [A-Za-z0-9._%+:-]: JID user / e-mail local part
export const C_DOMAIN = 16; // [A-Za-z0-9.-]
export const C_DIGIT = 32; // [0-9]
export const C_WRAP = 64; // [A-Za-z0-9+/=]: a line of wrapped base64
export const C_SPACE = 128; // [\t\n\v\f\r ]: the ASCII whitespace String#trim removes
export const C_PHONE_START = 256; // [0-9+(]
export const C_CLOUD_START = 512; // [Axsr]
export const C_EQUALS = 1024; // =
export const NB_CLOUD = 4096; // [A-Za-z0-9]
export const NB_DUMP = 8192; // [A-Za-z0-9_:]
export const NB_PHONE = 2048; // [A-Za-z0-9_+.-]: where a phone number written as a word cannot start
export const NB_MAC = 16384; // [A-Za-z0-9_:.-]
export const NB_IPV4 = 32768; // [A-Za-z0-9_.+]: `+` starts a grouped phone number (`+44.77.90.123`), not an address
export const C_LETTER = 65536; // [A-Za-z]

/**
 * The bits of each ASCII code unit, from each class written as a regular-expression character class
 * body (`0-9A-Fa-f`; a `-` first or last is itself). Filled by walking the ranges, not by testing 128
 * characters against 17 regular expressions: those took ≈3 ms in a fresh process (measured for
 * issue #14).
 */
export const CLASS = new Uint32Array(128);
for (const [bit, body] of [
  [C_HEX, '0-9A-Fa-f'],
  [C_WORD, 'A-Za-z0-9_'],
  [C_B64, 'A-Za-z0-9+/_-'],
  [C_USER, 'A-Za-z0-9._%+:-'],
  [C_DOMAIN, 'A-Za-z0-9.-'],
  [C_DIGIT, '0-9'],
  [C_WRAP, 'A-Za-z0-9+/='],
  [C_SPACE, '\t\n\v\f\r '],
  [C_PHONE_START, '0-9+('],
  [C_CLOUD_START, 'Axsr'],
  [C_EQUALS, '='],
  [NB_PHONE, 'A-Za-z0-9_+.-'],
  [NB_CLOUD, 'A-Za-z0-9'],
  [NB_DUMP, 'A-Za-z0-9_:'],
  [NB_MAC, 'A-Za-z0-9_:.-'],
  [NB_IPV4, 'A-Za-z0-9_.+'],
  [C_LETTER, 'A-Za-z'],
] as const) {
  for (let i = 0; i < body.length; i++) {
    const range = body[i + 1] === '-' && i + 2 < body.length;
    const last = range ? body.charCodeAt(i + 2) : body.charCodeAt(i);
    for (let c = body.charCodeAt(i); c <= last; c++) CLASS[c] = (CLASS[c] ?? 0) | bit;
    if (range) i += 2;
  }
}

/** Class bits of a code unit; none for non-ASCII, and none for -1 or NaN (outside the text). */
export function classOf(c: number): number {
  return c >= 0 && c < 128 ? (CLASS[c] ?? 0) : 0;
}

/** Class bits of the code unit at `i`; none outside the text. */
export function classAt(text: string, i: number): number {
  return classOf(text.charCodeAt(i));
}

/** A sticky copy of a global regex, to be run at chosen positions only. */
export function sticky(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('g', '') + 'y');
}

export function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
