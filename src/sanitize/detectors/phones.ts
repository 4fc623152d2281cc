// Detector family: PHONE NUMBERS in free text, and bare Unix times (a real timestamp dates a real
// call). Decided by the digits and their runs, not by ASCII word boundaries: a number glued to
// letters, `_`, `+`, `.` or `-` (`peer_4915…`, `4915…xyz`) is read like a spaced one. Digits of
// every script arrive here as ASCII (normalize.ts reads `\p{Nd}` by value). What is not a phone
// number is said positively: dates, versions, decimals, dotted quads (only an exact one: a number
// with a `+` country code or a group an address cannot have is a phone number), numeric ranges,
// bit rulers, spaced byte pairs, powers of two, fictional 555-01xx numbers, and digit runs inside
// hex tokens, `0x` literals and UUIDs. Rules: phone-number, real-timestamp.

import { isFictionalPhone } from '../placeholders.ts';
import type { Candidates } from './tokenise.ts';
import { execAt, hit, sticky, type Hit } from './shared.ts';

/**
 * Up to 15 digits in groups joined by one of ` .-/` or parentheses, an optional leading `+`; never
 * starting right after a digit (a longer run is not a phone number, see `phones`). Run sticky at
 * the candidates of both lists: PHONE_WORD_RE's starts (after a character that is not part of a
 * word or number) and the glued ones (after a letter, `_`, `+`, `.` or `-`).
 */
export const PHONE_RE =
  /(?<![0-9])\+?(?:\([0-9]{1,6}\)|[0-9]{1,15})(?:[ .\-/][0-9]{1,15}|[ .\-/]?\([0-9]{1,6}\)|(?<=\))[0-9]{1,15}){0,14}/g;

const PHONE_AT = sticky(PHONE_RE);

/** PHONE_RE where it starts a word: the candidates of `Candidates.phones`. For tests. */
export const PHONE_WORD_RE = new RegExp(`(?<![A-Za-z0-9_+.\\-])${PHONE_RE.source.replace('(?<![0-9])', '')}`, 'g');

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

/** 2^n and 2^n − 1 with 10–15 digits (n = 30…49): sizes and limits in specs (`4294967295`). */
const POWERS_OF_TWO: ReadonlySet<string> = new Set(
  Array.from({ length: 20 }, (_, i) => 2 ** (30 + i)).flatMap((p) => [String(p), String(p - 1)]).filter((s) => s.length >= 10),
);

type PhoneVerdict = 'phone' | 'timestamp' | 'no';

/** Each group's digits, in order. */
function groupsOf(c: string): string[] {
  return c.split(/[^0-9]+/).filter((g) => g !== '');
}

/** `0 1 2 3 4 5 6 7 8 9 0 1 …`, `1 2 3 4`, `7 8 9 10 11`: counting, as in bit rulers and lists. */
function isCounting(groups: readonly string[]): boolean {
  if (groups.length < 4) return false;
  for (let i = 1; i < groups.length; i++) {
    const prev = Number(groups[i - 1]);
    const cur = Number(groups[i]);
    if (cur !== prev + 1 && !((groups[i] ?? '').length === 1 && cur === (prev + 1) % 10)) return false;
  }
  return true;
}

/** Judge one phone candidate (digits with separators, optional `+` and parentheses). */
export function judgePhone(c: string): PhoneVerdict {
  if (c.length < 7) return 'no'; // fewer than 7 digits, surely (the pieces of `1 2 3 …` are judged too)
  const digits = c.replace(/[^0-9]/g, '');
  if (digits.length < 7 || digits.length > 15) return 'no';
  const plus = c.startsWith('+');
  // An exact dotted quad is an address or a version (the IPv4 rule judges it); a `+` or a group of
  // four digits says it cannot be one, and then it is judged as a phone number.
  if (!plus && /^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?:\/[0-9]{1,2})?$/.test(c)) return 'no'; // with a CIDR prefix length too
  // Small numbers listed with slashes (`16/30/32/33/64`, `60/64/64`): a list or ratios.
  if (!plus && /^[0-9]{1,3}(?:\/[0-9]{1,3}){2,}$/.test(c)) return 'no';
  // Addresses or versions joined by spaces (`192.0.2.1 10.0.0.1`): each piece is judged alone.
  if (!plus && c.includes(' ') && c.split(' ').some((piece) => /^[0-9]+\.[0-9]+\.[0-9]+/.test(piece))) return 'no';
  if (isFictionalPhone(c)) return 'no';
  const paren = c.includes('(');
  // The separators (what is left without digits, `+` and parentheses): none at all, or dots only.
  const noSeparator = /^[0-9+()]*$/.test(c);
  const dotsOnly = !noSeparator && /^[0-9+().]*$/.test(c);
  const groups = groupsOf(c);
  if (!plus && isDatePrefix(c)) return 'no';
  if (!plus && !paren && dotsOnly) {
    if (groups.length === 2) return 'no'; // a decimal number
    if (groups.every((g) => g.length <= 3) && !(groups[0] ?? '').startsWith('0')) return 'no'; // a version
    // A version with a build number (`2.3000.1017054665`, as WhatsApp Web numbers its builds).
    if (groups.length >= 3 && /^[1-9][0-9]?$/.test(groups[0] ?? '') && (groups[groups.length - 1] ?? '').length >= 6) return 'no';
  }
  if (!plus && !paren && noSeparator) {
    if (digits.length < 10) return 'no'; // short bare numbers: counts, latencies, ids
    if (POWERS_OF_TWO.has(digits)) return 'no';
    return isTimestampLike(digits) ? 'timestamp' : 'phone';
  }
  if (!plus && !paren) {
    const spaced = /^[0-9]+(?: [0-9]+)+$/.test(c);
    // Bit rulers and counted lists.
    if (spaced && isCounting(groups)) return 'no';
    // Spaced byte pairs (`00 50 11 22`); a national number in pairs (`06 12 34 56 78`) has five.
    if (spaced && groups.every((g) => g.length === 2) && !(groups.length === 5 && /^0[1-9]$/.test(groups[0] ?? ''))) return 'no';
    // A numeric range (`49152-65535`): two groups of one length, the second the larger.
    if (/^[1-9][0-9]*-[1-9][0-9]*$/.test(c) && groups[0]?.length === groups[1]?.length && Number(groups[1]) > Number(groups[0])) return 'no';
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

/** The characters a phone match is made of: `[0-9 .\-/()+]`. */
function isPhoneChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 32 || c === 46 || c === 45 || c === 47 || c === 40 || c === 41 || c === 43;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isHexChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

const CONTEXT = 64; // how far a token around a match is followed (bounded: linear time)

/**
 * Is the digit run at `[start, end)` part of hex rather than a number? Judged on the token of
 * letters and digits it is glued to (character classes within the token): a `0x` literal; a hex
 * token of 16+ characters whose letters and digits alternate at least three times (random hex:
 * hashes, keys, left to the key rules); a UUID or other dash-grouped hex (groups of 4 or more)
 * with letters.
 */
function inHex(text: string, start: number, end: number): boolean {
  // The alphanumeric token around the match's first and last digits.
  let s = start;
  while (s > 0 && start - s < CONTEXT && isAlnum(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && e - end < CONTEXT && isAlnum(text.charCodeAt(e))) e++;
  if (s < start || e > end) {
    if (/^0[xX]/.test(text.slice(s, s + 2))) return true;
    const token = text.slice(s, e);
    if (token.length >= 16 && /^[0-9A-Fa-f]+$/.test(token)) {
      let switches = 0;
      for (let i = 1; i < token.length; i++) if (isDigitCode(token.charCodeAt(i)) !== isDigitCode(token.charCodeAt(i - 1))) switches++;
      if (switches >= 3) return true;
    }
  }
  // Dash-grouped hex around the match (`123e4567-e89b-12d3-a456-426614174000`).
  let hs = start;
  while (hs > 0 && start - hs < CONTEXT && (isHexChar(text.charCodeAt(hs - 1)) || text.charCodeAt(hs - 1) === 45)) hs--;
  let he = end;
  while (he < text.length && he - end < CONTEXT && (isHexChar(text.charCodeAt(he)) || text.charCodeAt(he) === 45)) he++;
  if (hs === start && he === end) return false;
  const grouped = text.slice(hs, he);
  return /^[0-9A-Fa-f]{4,}(?:-[0-9A-Fa-f]{4,}){3,}$/.test(grouped) && /[A-Fa-f]/.test(grouped) && !isAlnum(text.charCodeAt(he)) && !isAlnum(text.charCodeAt(hs - 1));
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Spaced hex bytes right before or after the match (`… 3f 00 50 11 22 a0 …`): a row of bytes. */
function besideHexBytes(text: string, start: number, end: number): boolean {
  return /^ [0-9A-Fa-f]{2}(?![0-9A-Za-z])/.test(text.slice(end, end + 4)) || /(?<![0-9A-Za-z])[0-9A-Fa-f]{2} $/.test(text.slice(Math.max(0, start - 4), start));
}

/**
 * Phone numbers and bare Unix times at the candidate starts. Nothing with fewer than 7 digits is
 * reported (`judgePhone` rejects it, and every piece of it), and a match lies inside the stretch of
 * phone characters where it starts: a start whose stretch holds fewer than 7 digits is skipped
 * without running the regex. Skipping it cannot change later matches: every start the regex would
 * then have passed over lies in the same stretch, with fewer digits still.
 */
export function phones(text: string, cand: Candidates, out: Hit[]): void {
  // Two passes: numbers written as words, then numbers glued to other characters. Each pass skips
  // starts inside its own previous match; where their hits overlap, `dedupe` keeps one. (One pass
  // over both lists would let a glued match swallow the start of a number written as a word.)
  phonesAt(text, cand.phones, out);
  phonesAt(text, cand.gluedPhones, out);
  oddlySeparated(text, cand.phones, out);
}

/**
 * Digit groups joined by a separator PHONE_RE does not take: a tab, a line break (also as the
 * `&#10;` / `&#xA;` reference), a dash-like character (en dash U+2013, em dash U+2014, minus sign
 * U+2212: read as `-`), `_`, `~` or `,`. Each separator may have spaces or tabs around it.
 */
export const ODD_PHONE_RE =
  /(?<![0-9A-Za-z_+.\-])\+?[0-9]{1,15}(?:(?:[ \t]*(?:[\t\r\n\u2013\u2014\u2212_~,]|&#10;|&#[xX]0*[aA];)[ \t]*|[ .\-/])[0-9]{1,15}){1,14}(?![0-9A-Za-z])/g;
const ODD_PHONE_AT = sticky(ODD_PHONE_RE);
const ODD_SEPARATOR_RE = /[\t\r\n\u2013\u2014\u2212_~,]|&#/;
const DASHES_RE = /[\u2013\u2014\u2212]/;

/**
 * Phone numbers whose groups are joined by an odd separator (ODD_PHONE_RE). Benign lists (`1, 2,
 * 3`, `a_1_2`, numbers one per line) are kept out by shape: with a `+` the number must have a
 * country code of 1–4 digits, 10–15 digits and no group of one digit after it; without a `+` only
 * the dashes count, each read as `-` and judged by `judgePhone` like any dashed number.
 */
function oddlySeparated(text: string, starts: readonly number[], out: Hit[]): void {
  // Every match of ODD_PHONE_RE starts at a `Candidates.phones` start (same lookbehind, a `+` or a
  // digit first): run sticky there only, as a global scan would meet them (see `simpleAt` in keys.ts).
  let resume = 0;
  for (const start of starts) {
    if (start < resume) continue;
    const m = execAt(ODD_PHONE_AT, text, start);
    if (!m) continue;
    const c = m[0];
    resume = start + c.length;
    if (!ODD_SEPARATOR_RE.test(c)) continue; // the other passes judge it
    const groups = groupsOf(c.replace(/&#[xX]?[0-9A-Fa-f]+;/g, ' '));
    const digits = groups.join('');
    if (inHex(text, start, start + c.length)) continue;
    if (c.startsWith('+')) {
      if (digits.length < 10 || digits.length > 15) continue;
      if (!/^[0-9]{1,4}$/.test(groups[0] ?? '') || groups.slice(1).some((g) => g.length < 2)) continue;
      out.push(hit(start, start + c.length, 'phone-number', 9, { encoding: 'text', length: digits.length }));
      continue;
    }
    // Without a country code only dashes join groups: `030–1234–5678` reads as `030-1234-5678`.
    if (!DASHES_RE.test(c) || /[\t\r\n_~,]|&#/.test(c)) continue;
    const dashed = c.replace(/[ \t]*[\u2013\u2014\u2212][ \t]*/g, '-');
    if (judgePhone(dashed) === 'phone') out.push(hit(start, start + c.length, 'phone-number', 9, { encoding: 'text', length: digits.length }));
  }
}

function phonesAt(text: string, starts: readonly number[], out: Hit[]): void {
  let resume = 0;
  // A walk from p that met the end of its run of phone characters with fewer than 7 digits: every
  // later start inside that run sees a part of the same run, so fewer digits still. Skipping them
  // keeps a long run without digits (`+++…`) linear instead of a walk to its end from each start.
  let fewDigitsUntil = 0;
  const n = text.length;
  for (const p of starts) {
    if (p < resume || p < fewDigitsUntil) continue;
    let digits = 0;
    let k = p;
    for (; k < n && digits < 7; k++) {
      const c = text.charCodeAt(k);
      if (!isPhoneChar(c)) break;
      if (c >= 48 && c <= 57) digits++;
    }
    if (digits < 7) {
      fewDigitsUntil = k;
      continue;
    }
    const m = execAt(PHONE_AT, text, p);
    if (!m) continue;
    const c = m[0];
    const end = p + c.length;
    resume = end;
    const next = text.charCodeAt(end);
    // A digit after the match: a run longer than any phone number. `@`: a JID (jids.ts judges it).
    // `:` + digit: a device JID or a time.
    if (isDigitCode(next) || next === 64 || (next === 58 && isDigitCode(text.charCodeAt(end + 1)))) continue;
    if (inHex(text, p, end)) continue;
    const verdict = judgePhone(c);
    // Five spaced pairs (`06 12 34 56 78`) beside more spaced hex pairs are a row of bytes.
    if (verdict === 'phone' && /^[0-9]{2}(?: [0-9]{2}){4}$/.test(c) && besideHexBytes(text, p, end)) continue;
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
