// Free-text rules: every detector runs over the NORMALISED text and reports spans; spans are
// deduplicated (the more specific rule wins) and mapped back to the original line/column.
//
// Linear time: every regex either starts at a literal (`@`, `-----BEGIN`, `eyJ`, `gh?_`) or at a
// token boundary (a negative lookbehind on the token's own class), has no nested quantifiers over
// overlapping classes, and bounded repetition; classification happens in code on bounded slices.
//
// Speed: a global regex that opens with a lookbehind is tried by V8 at EVERY position of the text,
// and a JavaScript loop per detector costs as much again. So the text is walked ONCE (`tokenise`):
// that pass follows the runs of hex digits, decimal digits and base64 characters and the lines, and
// records for each detector the few positions where one of its matches can start (a hex run of the
// right length before the right separator, a digit after a boundary, …). Each detector then runs its
// regex sticky (`y`) at those positions only. Every candidate filter is a NECESSARY condition of the
// detector's regex, candidates are visited left to right and skipped while inside the previous match,
// so the matches are exactly those of the global scan (test/sanitize/differential.test.ts compares
// the findings with the pre-optimisation code on generated inputs). The base64 token rule needs no
// regex at all: its matches are the maximal runs of the token class.

import type { Encoding, Finding, Severity } from './types.ts';
import { RULES, type RuleId } from './rules.ts';
import { lineColumn, lineStarts, normalizeForScan } from './normalize.ts';
import {
  isDocumentationDomain,
  isDocumentationIp,
  isFictionalPhone,
  isJidServer,
  isPlaceholder,
  JID_SERVERS,
  isPlaceholderJid,
  isSafeConstantJid,
  parseIpv4,
  parseIpv6,
} from './placeholders.ts';
import { classifyBytes, decodeBase64, KEY_SIZES, looksRandom } from './bytes.ts';
import { formatFindings } from './format.ts';

/** A finding before positions are resolved: a span of the normalised text. */
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

const MAX_TOKEN = 8192;

function hit(
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
const C_HEX = 1; // [0-9A-Fa-f]
const C_WORD = 2; // [A-Za-z0-9_]
const C_B64 = 4; // [A-Za-z0-9+/_-]: the base64 token class (both alphabets)
const C_USER = 8; // [A-Za-z0-9._%+:-]: JID user / e-mail local part
const C_DOMAIN = 16; // [A-Za-z0-9.-]
const C_DIGIT = 32; // [0-9]
const C_WRAP = 64; // [A-Za-z0-9+/=]: a line of wrapped base64
const C_SPACE = 128; // [\t\n\v\f\r ]: the ASCII whitespace String#trim removes
const C_PHONE_START = 256; // [0-9+(]
const C_CLOUD_START = 512; // [Axsr]
const C_EQUALS = 1024; // =
const NB_PHONE = 2048; // [A-Za-z0-9_+.-]
const NB_CLOUD = 4096; // [A-Za-z0-9]
const NB_DUMP = 8192; // [A-Za-z0-9_:]
const NB_MAC = 16384; // [A-Za-z0-9_:.-]
const NB_IPV4 = 32768; // [A-Za-z0-9_.]
const C_LETTER = 65536; // [A-Za-z]

const CLASS = new Uint32Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const sets: [number, RegExp][] = [
    [C_HEX, /[0-9A-Fa-f]/],
    [C_WORD, /[A-Za-z0-9_]/],
    [C_B64, /[A-Za-z0-9+/_-]/],
    [C_USER, /[A-Za-z0-9._%+:-]/],
    [C_DOMAIN, /[A-Za-z0-9.-]/],
    [C_DIGIT, /[0-9]/],
    [C_WRAP, /[A-Za-z0-9+/=]/],
    [C_SPACE, /[\t\n\v\f\r ]/],
    [C_PHONE_START, /[0-9+(]/],
    [C_CLOUD_START, /[Axsr]/],
    [C_EQUALS, /=/],
    [NB_PHONE, /[A-Za-z0-9_+.-]/],
    [NB_CLOUD, /[A-Za-z0-9]/],
    [NB_DUMP, /[A-Za-z0-9_:]/],
    [NB_MAC, /[A-Za-z0-9_:.-]/],
    [NB_IPV4, /[A-Za-z0-9_.]/],
    [C_LETTER, /[A-Za-z]/],
  ];
  let bits = 0;
  for (const [bit, re] of sets) if (re.test(ch)) bits |= bit;
  CLASS[c] = bits;
}

/** Class bits of a code unit; none for non-ASCII, and none for -1 or NaN (outside the text). */
function classOf(c: number): number {
  return c >= 0 && c < 128 ? (CLASS[c] ?? 0) : 0;
}

/** Class bits of the code unit at `i`; none outside the text. */
function classAt(text: string, i: number): number {
  return classOf(text.charCodeAt(i));
}

/** A sticky copy of a global regex, to be run at chosen positions only. */
function sticky(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('g', '') + 'y');
}

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

// --- the tokenising pass ----------------------------------------------------------------------------

/** Where each detector's matches can start, in text order; see `tokenise`. */
export interface Candidates {
  /** Maximal runs of `[A-Za-z0-9+/_-]`, 16 or longer, not right after `=`: `[start, end]` pairs. */
  tokens: number[];
  /** Maximal hex runs of 2, 4, 6 or 8 before a space, or of 2 before `:`, after a non-word non-`:`. */
  hexDumps: number[];
  /** Maximal hex runs of 2 before `:`/`-` or of 4 before `.`, after a character outside `[A-Za-z0-9_:.-]`. */
  macs: number[];
  /** Maximal digit runs of 1–3 before `.`, after a character outside `[A-Za-z0-9_.]`. */
  ipv4: number[];
  /** `+`, `(` or a digit after a character outside `[A-Za-z0-9_+.-]`. */
  phones: number[];
  /** `A`, `x`, `s` or `r` after a character outside `[A-Za-z0-9]`. */
  cloud: number[];
  /** Lines that may be one line of wrapped base64 (`[start, end]` pairs, `\n` excluded). */
  lines: number[];
  /** Offsets of the non-ASCII code units. */
  nonAscii: number[];
}

/**
 * One pass over the text: every run of hex digits, of decimal digits and of base64 characters is
 * followed from start to end and judged once it ends (against the character after it and the one
 * before it); phone and cloud-key starts are judged at their first character; each line is followed
 * by a small state machine (leading space, content, trailing space, impossible).
 */
export function tokenise(text: string): Candidates {
  const cand: Candidates = { tokens: [], hexDumps: [], macs: [], ipv4: [], phones: [], cloud: [], lines: [], nonAscii: [] };
  const n = text.length;
  let prevClass = 0; // class of the code unit before i: none at the start, where a lookbehind sees nothing
  let hexStart = -1;
  let hexBefore = 0; // class of the code unit before the run
  let digitStart = -1;
  let digitBefore = 0;
  let b64Start = -1;
  let b64Before = 0;
  let lineStart = 0;
  // 0 nothing yet, 1 content, 2 content then space, 3 impossible; `unsure`: non-ASCII seen (it may be
  // Unicode space that String#trim removes), so the line is left to the full check.
  let lineState = 0;
  let unsure = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1; // -1: the end, which belongs to no class
    let k = 0; // `let`: the fast path below moves on through a run of letters
    if (c >= 128) cand.nonAscii.push(i);
    else if (c >= 0) k = CLASS[c] ?? 0;

    // Hex runs (hex dumps, MAC addresses).
    if (k & C_HEX) {
      if (hexStart < 0) {
        hexStart = i;
        hexBefore = prevClass;
      }
    } else if (hexStart >= 0) {
      const run = i - hexStart;
      if (run <= 8 && run % 2 === 0 && (c === 32 || (c === 58 && run === 2)) && !(hexBefore & NB_DUMP)) {
        cand.hexDumps.push(hexStart);
      }
      if (((run === 2 && (c === 58 || c === 45)) || (run === 4 && c === 46)) && !(hexBefore & NB_MAC)) {
        cand.macs.push(hexStart);
      }
      hexStart = -1;
    }

    // Decimal digit runs (IPv4).
    if (k & C_DIGIT) {
      if (digitStart < 0) {
        digitStart = i;
        digitBefore = prevClass;
      }
    } else if (digitStart >= 0) {
      if (c === 46 && i - digitStart <= 3 && !(digitBefore & NB_IPV4)) cand.ipv4.push(digitStart);
      digitStart = -1;
    }

    // Base64 token runs.
    if (k & C_B64) {
      if (b64Start < 0) {
        b64Start = i;
        b64Before = prevClass;
      }
    } else if (b64Start >= 0) {
      if (i - b64Start >= 16 && !(b64Before & C_EQUALS)) cand.tokens.push(b64Start, i);
      b64Start = -1;
    }

    // Starts judged at their first character.
    if (k & C_PHONE_START && !(prevClass & NB_PHONE)) cand.phones.push(i);
    if (k & C_CLOUD_START && !(prevClass & NB_CLOUD)) cand.cloud.push(i);

    // Lines.
    if (c === 10 || i === n) {
      if ((lineState === 1 || lineState === 2 || unsure) && i - lineStart >= 2) cand.lines.push(lineStart, i);
      lineStart = i + 1;
      lineState = 0;
      unsure = false;
    } else if (lineState !== 3) {
      if (k & C_WRAP) lineState = lineState === 2 ? 3 : 1;
      else if (k & C_SPACE) lineState = lineState === 1 ? 2 : lineState;
      else if (c >= 128) unsure = true;
      else lineState = 3;
    }

    // Fast path for the bulk of prose: a letter right after a letter can only extend the base64 run
    // or start, extend or end a hex run; a run that ends before a letter is never a candidate, the
    // line state stays what the first letter made it, and no start has a letter before it.
    while (k & C_LETTER && i + 1 < n) {
      const c2 = text.charCodeAt(i + 1);
      const k2 = c2 < 128 ? (CLASS[c2] ?? 0) : 0;
      if (!(k2 & C_LETTER)) break;
      i++;
      if (k2 & C_HEX) {
        if (hexStart < 0) {
          hexStart = i;
          hexBefore = k;
        }
      } else {
        hexStart = -1;
      }
      k = k2;
    }
    prevClass = k;
  }
  return cand;
}

// --- generic secrets ---------------------------------------------------------------------------

const PEM_RE = /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
const JWT_RE = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
const GITHUB_RE = /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{22,255})/g;
const CLOUD_RE =
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

// --- JIDs and e-mail -----------------------------------------------------------------------------

/** Which JID rule a non-placeholder JID falls under; undefined when it is safe. */
export function classifyJid(user: string, server: string): RuleId | undefined {
  if (user === '') return undefined;
  const full = `${user}@${server}`;
  if (isSafeConstantJid(full) || isPlaceholderJid(full)) return undefined;
  let rest = user.startsWith('+') ? user.slice(1) : user;
  let suffixed = false;
  const device = /:[0-9]{1,4}$/.exec(rest);
  if (device) {
    rest = rest.slice(0, device.index);
    suffixed = true;
  }
  const agent = /[_.][0-9]{1,3}$/.exec(rest);
  if (agent) {
    rest = rest.slice(0, agent.index);
    suffixed = true;
  }
  const digits = /^[0-9]+$/.test(rest);
  switch (server) {
    case 's.whatsapp.net':
    case 'c.us':
    case 'hosted':
    case 'interop':
    case 'msgr':
      if (digits) return suffixed ? 'device-jid' : 'phone-jid';
      return 'other-jid';
    case 'lid':
    case 'hosted.lid':
      return digits ? 'lid-jid' : 'other-jid';
    case 'g.us':
      return digits || /^[0-9]+-[0-9]+$/.test(rest) ? 'group-jid' : 'other-jid';
    default:
      return 'other-jid';
  }
}

function isDotOrDash(c: number): boolean {
  return c === 46 || c === 45;
}

/** The server name written (in lower case) at `text[from, to)`, found without slicing; else undefined. */
function writtenServer(text: string, from: number, to: number): string | undefined {
  for (const server of JID_SERVERS) if (server.length === to - from && text.startsWith(server, from)) return server;
  return undefined;
}

function atSigns(text: string, out: Hit[]): void {
  // The same JIDs recur (every stanza names the same peers): classify each distinct one once.
  let seen: Map<string, Map<string, RuleId | null>> | undefined;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 128 && classAt(text, s - 1) & C_USER) s--;
    let e = at + 1;
    while (e < text.length && e - at <= 253 && classAt(text, e) & C_DOMAIN) e++;
    while (e > at + 1 && isDotOrDash(text.charCodeAt(e - 1))) e--;
    // Leading punctuation is not part of the user.
    while (s < at && (isDotOrDash(text.charCodeAt(s)) || text.charCodeAt(s) === 58)) s++;
    const user = text.slice(s, at);
    const domain = writtenServer(text, at + 1, e) ?? text.slice(at + 1, e).toLowerCase();
    if (isJidServer(domain)) {
      seen ??= new Map();
      let users = seen.get(domain);
      if (!users) seen.set(domain, (users = new Map()));
      let rule = users.get(user);
      if (rule === undefined) {
        rule = classifyJid(user, domain) ?? null;
        users.set(user, rule);
      }
      if (rule) out.push(hit(s, e, rule, 4, { encoding: 'text', length: e - s }));
      continue;
    }
    if (user === '' || !/^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,63}$/.test(domain)) continue;
    if (/^[0-9]+x\./.test(domain)) continue; // `icon@2x.png`
    if (isDocumentationDomain(domain)) continue;
    const local = user.replace(/^[+%]+/, '');
    if (local === '') continue;
    out.push(hit(s, e, 'email', 4, { encoding: 'text', length: e - s }));
  }
}

// --- network addresses ---------------------------------------------------------------------------

const IPV4_RE = /(?<![A-Za-z0-9_.])[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?![A-Za-z0-9_])(?!\.[0-9])/g;
const VERSION_CONTEXT = /\b(?:version|ver|build|release|whatsapp|android|ios|v)\s*[:=]?\s*$/i;

const IPV4_AT = sticky(IPV4_RE);

function ipv4(text: string, starts: readonly number[], out: Hit[]): void {
  let resume = 0;
  for (const p of starts) {
    if (p < resume) continue;
    const m = execAt(IPV4_AT, text, p);
    if (!m) continue;
    resume = p + m[0].length;
    const value = m[0];
    if (isDocumentationIp(value)) continue; // the common case in a cleaned capture: judged first
    const octets = parseIpv4(value);
    if (!octets) continue;
    const [a = 0, b = 0] = octets;
    if (value === '0.0.0.0' || value === '255.255.255.255' || a === 127) continue;
    // A dotted quad right after a version word (`WhatsApp 2.24.10.76`, `version: 2.3.1.0`) is a
    // version string, not an address.
    if (VERSION_CONTEXT.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const local = a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
    out.push(hit(m.index, m.index + value.length, local ? 'ipv4-private' : 'ipv4', 6, { encoding: 'text', length: value.length }));
  }
}

const IPV6_RE = /(?<![A-Za-z0-9_:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.[0-9]{1,3}){0,3}(?![A-Za-z0-9_:])/g;

const IPV6_AT = sticky(IPV6_RE);

/**
 * A match starts with 0–4 hex digits then a `:`, right after a character outside `[A-Za-z0-9_:.]`;
 * so its start is the start of the hex run before some `:` (at most 4 long). Only those are tried.
 */
function ipv6(text: string, out: Hit[]): void {
  let resume = 0;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let p = colon;
    while (p > 0 && colon - p <= 4 && classAt(text, p - 1) & C_HEX) p--;
    if (colon - p > 4 || p < resume) continue;
    const before = text.charCodeAt(p - 1);
    if (classOf(before) & C_WORD || before === 58 || before === 46) continue;
    const m = execAt(IPV6_AT, text, p);
    if (!m) continue;
    resume = p + m[0].length;
    const value = m[0];
    const groups = parseIpv6(value);
    if (!groups) continue;
    // At least three written groups: `::1`, `a::b` and short `Class::method`-like shapes are not flagged.
    const written = value.split(':').filter((g) => g !== '').length;
    if (written < 3 || isDocumentationIp(value)) continue;
    const first = groups[0] ?? 0;
    const local = (first & 0xffc0) === 0xfe80 || (first & 0xfe00) === 0xfc00;
    out.push(hit(m.index, m.index + value.length, local ? 'ipv6-local' : 'ipv6', 5, { encoding: 'text', length: value.length }));
  }
}

const MAC_RE =
  /(?<![A-Za-z0-9_:.\-])(?:[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![A-Za-z0-9_:\-])(?!\.[0-9A-Fa-f])/g;

const MAC_AT = sticky(MAC_RE);

function mac(text: string, starts: readonly number[], out: Hit[]): void {
  let resume = 0;
  for (const p of starts) {
    if (p < resume) continue;
    const m = execAt(MAC_AT, text, p);
    if (!m) continue;
    resume = p + m[0].length;
    const hex = m[0].replace(/[^0-9A-Fa-f]/g, '').toLowerCase();
    // Broadcast, all-zero and the RFC 7042 documentation range 00-00-5E-00-53-xx pass.
    if (hex === 'ffffffffffff' || hex === '000000000000' || hex.startsWith('00005e0053')) continue;
    // Digits only with dashes is more likely a date/number list than a MAC.
    if (/^[0-9\-]+$/.test(m[0])) continue;
    out.push(hit(m.index, m.index + m[0].length, 'mac', 7, { encoding: 'text', length: m[0].length }));
  }
}

// --- phone numbers --------------------------------------------------------------------------------

const PHONE_RE =
  /(?<![A-Za-z0-9_+.\-])\+?(?:\([0-9]{1,6}\)|[0-9]{1,15})(?:[ .\-/][0-9]{1,15}|[ .\-/]?\([0-9]{1,6}\)|(?<=\))[0-9]{1,15}){0,8}/g;

function isDatePrefix(c: string): boolean {
  const ymd = /^((?:19|20)[0-9]{2})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})/.exec(c);
  const dmy = /^([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]((?:19|20)[0-9]{2})/.exec(c);
  const ok = (month: number, day: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= 31;
  if (ymd && ok(Number(ymd[2]), Number(ymd[3]))) return true;
  if (dmy && (ok(Number(dmy[2]), Number(dmy[1])) || ok(Number(dmy[1]), Number(dmy[2])))) return true;
  return false;
}

/** A bare number that reads as a Unix time (2015–2035) in seconds or milliseconds. */
export function isTimestampLike(digits: string): boolean {
  if (digits.length === 10) {
    const n = Number(digits);
    return n >= 1420070400 && n <= 2051222400;
  }
  if (digits.length === 13) {
    const n = Number(digits);
    return n >= 1420070400000 && n <= 2051222400000;
  }
  return false;
}

type PhoneVerdict = 'phone' | 'timestamp' | 'no';

/** Judge one phone candidate (digits with separators, optional `+` and parentheses). */
/** Judge one phone candidate (digits with separators, optional `+` and parentheses). */
function judgePhone(c: string): PhoneVerdict {
  if (c.length < 7) return 'no'; // fewer than 7 digits, surely (the pieces of `1 2 3 …` are judged too)
  // Dotted quads are addresses or versions (the IPv4 rule judges them), not phone numbers. (Tested
  // first: it is the common case, and every test it now precedes can only answer 'no' as well.)
  if (/[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}/.test(c)) return 'no';
  const digits = c.replace(/[^0-9]/g, '');
  if (digits.length < 7 || digits.length > 15) return 'no';
  if (isFictionalPhone(c)) return 'no';
  const plus = c.startsWith('+');
  const paren = c.includes('(');
  // The separators (what is left without digits, `+` and parentheses): none at all, or dots only.
  const noSeparator = /^[0-9+()]*$/.test(c);
  const dotsOnly = !noSeparator && /^[0-9+().]*$/.test(c);
  if (!plus && isDatePrefix(c)) return 'no';
  if (!plus && !paren && dotsOnly) {
    const groups = c.split(/[^0-9]+/).filter((g) => g !== '');
    if (groups.length === 2) return 'no'; // a decimal number
    if (groups.every((g) => g.length <= 3) && !(groups[0] ?? '').startsWith('0')) return 'no'; // a version
  }
  if (!plus && !paren && noSeparator) {
    if (digits.length < 10) return 'no'; // short bare numbers: counts, latencies, ids
    return isTimestampLike(digits) ? 'timestamp' : 'phone';
  }
  if (!plus && digits.length < 10) {
    const national = c.charAt(c.search(/[0-9]/)) === '0'; // the first group of digits starts with 0
    if (!national && !paren && !/^[0-9]{3}[-.][0-9]{4}$/.test(c)) return 'no';
  }
  return 'phone';
}

function pushPhone(verdict: PhoneVerdict, start: number, c: string, out: Hit[]): void {
  if (verdict === 'timestamp') out.push(hit(start, start + c.length, 'real-timestamp', 9, { encoding: 'text', length: c.length }));
  if (verdict === 'phone') out.push(hit(start, start + c.length, 'phone-number', 9, { encoding: 'text', length: c.replace(/[^0-9]/g, '').length }));
}

const PHONE_AT = sticky(PHONE_RE);

/** The characters a phone match is made of: `[0-9 .\-/()+]`. */
function isPhoneChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 32 || c === 46 || c === 45 || c === 47 || c === 40 || c === 41 || c === 43;
}

/**
 * Nothing with fewer than 7 digits is reported (`judgePhone` rejects it, and every piece of it), and
 * a match lies inside the stretch of phone characters where it starts: a start whose stretch holds
 * fewer than 7 digits is skipped without running the regex. Skipping it cannot change later matches:
 * every start the regex would then have passed over lies in the same stretch, with fewer digits still.
 */
function phones(text: string, starts: readonly number[], out: Hit[]): void {
  let resume = 0;
  const n = text.length;
  for (const p of starts) {
    if (p < resume) continue;
    let digits = 0;
    for (let k = p; k < n && digits < 7; k++) {
      const c = text.charCodeAt(k);
      if (!isPhoneChar(c)) break;
      if (c >= 48 && c <= 57) digits++;
    }
    if (digits < 7) continue;
    const m = execAt(PHONE_AT, text, p);
    if (!m) continue;
    const c = m[0];
    const end = p + c.length;
    resume = end;
    const next = text[end] ?? '';
    if (/[A-Za-z0-9_@]/.test(next) || (next === ':' && /[0-9]/.test(text[end + 1] ?? ''))) continue;
    const verdict = judgePhone(c);
    if (verdict !== 'no' || !c.includes(' ')) {
      pushPhone(verdict, p, c, out);
      continue;
    }
    // Space-joined numbers (`15550100001 15550100002`, `t 1732608000 1732608001`): judge each piece.
    let offset = p;
    for (const piece of c.split(' ')) {
      if (piece !== '') pushPhone(judgePhone(piece), offset, piece, out);
      offset += piece.length + 1;
    }
  }
}

// --- encoded tokens (hex / base64) ----------------------------------------------------------------

const HEX_DUMP_RE =
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
 * Base64 and hex tokens: the matches of `/(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}/g`,
 * found without running it. The class inside the match is also in the lookbehind, so a match is a
 * whole maximal run of `[A-Za-z0-9+/_-]` (16 or more, not right after a `=`: `Candidates.tokens`)
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

// --- driver ---------------------------------------------------------------------------------------

/**
 * The regex behind each candidate list, as a global scan would run it: every match starts at a
 * candidate of that list (`tokens`: the matches are exactly the runs, plus up to two `=`). For tests.
 */
export const CANDIDATE_PATTERNS: Readonly<Record<'tokens' | 'hexDumps' | 'macs' | 'ipv4' | 'phones' | 'cloud', string>> = {
  tokens: '(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}',
  hexDumps: HEX_DUMP_RE.source,
  macs: MAC_RE.source,
  ipv4: IPV4_RE.source,
  phones: PHONE_RE.source,
  cloud: CLOUD_RE.source,
};

/** All hits in a normalised text, deduplicated: where spans overlap, the lower rank (then the longer span) wins. */
export function detect(text: string): Hit[] {
  // Nothing any rule flags is shorter than five characters (`1@lid`); short attribute values are common.
  if (text.length < 5) return [];
  return detectIn(text, tokenise(text));
}

/** `detect` with the candidates of `tokenise(text)` already at hand. */
function detectIn(text: string, cand: Candidates): Hit[] {
  if (text.length < 5) return [];
  const raw: Hit[] = [];
  // Same detectors, same order as ever (the order breaks ties in `dedupe`).
  pem(text, raw);
  simpleAt(JWT_AT, occurrences(text, 'eyJ'), 'jwt', 1, text, raw);
  simpleAt(GITHUB_AT, githubStarts(text), 'github-token', 2, text, raw);
  simpleAt(CLOUD_AT, cloudStarts(text, cand.cloud), 'cloud-key', 3, text, raw);
  atSigns(text, raw);
  ipv6(text, raw);
  ipv4(text, cand.ipv4, raw);
  mac(text, cand.macs, raw);
  hexDumps(text, cand.hexDumps, raw);
  tokens(text, cand.tokens, raw);
  wrappedBase64(text, cand.lines, raw);
  phones(text, cand.phones, raw);
  return dedupe(raw, text.length);
}

export function dedupe(hits: Hit[], size: number): Hit[] {
  const order = [...hits].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1) ||
      a.rank - b.rank ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const taken = new Uint8Array(size + 1);
  const kept: Hit[] = [];
  for (const h of order) {
    let free = true;
    for (let i = h.start; i < h.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function messageOf(h: Pick<Hit, 'rule' | 'detail'>): string {
  const base = RULES[h.rule].message;
  if (!h.detail) return base;
  const colon = base.indexOf(':');
  return colon < 0 ? base + h.detail : base.slice(0, colon) + h.detail + base.slice(colon);
}

/** Scan one free-text field: normalise, detect, map back to the original line/column. */
export function scanText(field: string, text: string): Finding[] {
  // Tokenise the text as typed; the non-ASCII offsets it records spare the normaliser a search, and
  // when normalising changes nothing (no invisible, full-width or composed characters) the same
  // candidates serve the normalised text.
  let cand = tokenise(text);
  const typedNonAscii = cand.nonAscii.length > 0;
  const norm = normalizeForScan(text, cand.nonAscii);
  if (norm.text !== text) cand = tokenise(norm.text);
  const hits = detectIn(norm.text, cand);
  // Invisible format characters: read through above, reported here (the record is written without them).
  const format = typedNonAscii ? formatFindings(field, text) : [];
  if (hits.length === 0) return format;
  const starts = lineStarts(text);
  const findings = hits.map((h) => {
    const { line, column } = lineColumn(starts, norm.origin(h.start));
    const f: Finding = { rule: h.rule, severity: h.severity, field, line, column, message: messageOf(h) };
    if (h.encoding !== undefined) f.encoding = h.encoding;
    if (h.length !== undefined) f.length = h.length;
    return f;
  });
  if (format.length === 0) return findings;
  return [...findings, ...format].sort((a, b) => a.line - b.line || a.column - b.column);
}
