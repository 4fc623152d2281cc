// FROZEN PRE-OPTIMISATION REFERENCE: a verbatim copy of src/sanitize/text.ts as of commit 837d480, kept
// ONLY for test/sanitize/differential.test.ts (the optimised scanner must find exactly what this
// one finds). Nothing in src/ may import it; do not edit it. Only its import paths were changed, to
// point at the unchanged modules in src/ (rules, types, placeholders, bytes, text/lines).

// Free-text rules: every detector runs over the NORMALISED text and reports spans; spans are
// deduplicated (the more specific rule wins) and mapped back to the original line/column.
//
// Linear time: every regex either starts at a literal (`@`, `-----BEGIN`, `eyJ`, `gh?_`) or at a
// token boundary (a negative lookbehind on the token's own class), has no nested quantifiers over
// overlapping classes, and bounded repetition; classification happens in code on bounded slices.

import type { Encoding, Finding, Severity } from '../../../src/sanitize/types.ts';
import { RULES, type RuleId } from '../../../src/sanitize/rules.ts';
import { lineColumn, lineStarts, normalizeForScan } from './normalize.ts';
import {
  isDocumentationDomain,
  isDocumentationIp,
  isFictionalPhone,
  isJidServer,
  isPlaceholder,
  isPlaceholderJid,
  isSafeConstantJid,
  parseIpv4,
  parseIpv6,
} from '../../../src/sanitize/placeholders.ts';
import { classifyBytes, decodeBase64, KEY_SIZES, looksRandom } from '../../../src/sanitize/bytes.ts';

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

// --- generic secrets ---------------------------------------------------------------------------

const PEM_RE = /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
const JWT_RE = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
const GITHUB_RE = /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{22,255})/g;
const CLOUD_RE =
  /(?<![A-Za-z0-9])(?:(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}(?![A-Za-z0-9])|AIza[0-9A-Za-z_-]{35}|xox[abprs]-[A-Za-z0-9-]{10,200}|(?:sk|rk)_live_[A-Za-z0-9]{16,200})/g;

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

function simple(re: RegExp, rule: RuleId, rank: number, text: string, out: Hit[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(hit(m.index, m.index + m[0].length, rule, rank, { encoding: 'text', length: m[0].length }));
  }
}

// --- JIDs and e-mail -----------------------------------------------------------------------------

const USER_CHAR = /[A-Za-z0-9._%+:\-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.\-]/;

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

function atSigns(text: string, out: Hit[]): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 128 && USER_CHAR.test(text[s - 1] ?? '')) s--;
    let e = at + 1;
    while (e < text.length && e - at <= 253 && DOMAIN_CHAR.test(text[e] ?? '')) e++;
    while (e > at + 1 && /[.\-]/.test(text[e - 1] ?? '')) e--;
    // Leading punctuation is not part of the user.
    while (s < at && /[.:\-]/.test(text[s] ?? '')) s++;
    const user = text.slice(s, at);
    const domain = text.slice(at + 1, e).toLowerCase();
    if (isJidServer(domain)) {
      const rule = classifyJid(user, domain);
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

function ipv4(text: string, out: Hit[]): void {
  IPV4_RE.lastIndex = 0;
  for (let m = IPV4_RE.exec(text); m; m = IPV4_RE.exec(text)) {
    const value = m[0];
    const octets = parseIpv4(value);
    if (!octets || isDocumentationIp(value)) continue;
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

function ipv6(text: string, out: Hit[]): void {
  IPV6_RE.lastIndex = 0;
  for (let m = IPV6_RE.exec(text); m; m = IPV6_RE.exec(text)) {
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

function mac(text: string, out: Hit[]): void {
  MAC_RE.lastIndex = 0;
  for (let m = MAC_RE.exec(text); m; m = MAC_RE.exec(text)) {
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
function judgePhone(c: string): PhoneVerdict {
  const digits = c.replace(/[^0-9]/g, '');
  if (digits.length < 7 || digits.length > 15) return 'no';
  if (isFictionalPhone(c)) return 'no';
  const plus = c.startsWith('+');
  const paren = c.includes('(');
  const seps = c.replace(/[0-9+()]/g, '');
  const groups = c.split(/[^0-9]+/).filter((g) => g !== '');
  if (!plus && isDatePrefix(c)) return 'no';
  // Dotted quads are addresses or versions (the IPv4 rule judges them), not phone numbers.
  if (/[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}/.test(c)) return 'no';
  if (!plus && !paren && seps !== '' && /^\.+$/.test(seps)) {
    if (groups.length === 2) return 'no'; // a decimal number
    if (groups.every((g) => g.length <= 3) && !(groups[0] ?? '').startsWith('0')) return 'no'; // a version
  }
  if (!plus && !paren && seps === '') {
    if (digits.length < 10) return 'no'; // short bare numbers: counts, latencies, ids
    return isTimestampLike(digits) ? 'timestamp' : 'phone';
  }
  if (!plus && digits.length < 10) {
    const national = (groups[0] ?? '').startsWith('0');
    if (!national && !paren && !/^[0-9]{3}[-.][0-9]{4}$/.test(c)) return 'no';
  }
  return 'phone';
}

function pushPhone(verdict: PhoneVerdict, start: number, c: string, out: Hit[]): void {
  if (verdict === 'timestamp') out.push(hit(start, start + c.length, 'real-timestamp', 9, { encoding: 'text', length: c.length }));
  if (verdict === 'phone') out.push(hit(start, start + c.length, 'phone-number', 9, { encoding: 'text', length: c.replace(/[^0-9]/g, '').length }));
}

function phones(text: string, out: Hit[]): void {
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(text); m; m = PHONE_RE.exec(text)) {
    const c = m[0];
    const end = m.index + c.length;
    const next = text[end] ?? '';
    if (/[A-Za-z0-9_@]/.test(next) || (next === ':' && /[0-9]/.test(text[end + 1] ?? ''))) continue;
    const verdict = judgePhone(c);
    if (verdict !== 'no' || !c.includes(' ')) {
      pushPhone(verdict, m.index, c, out);
      continue;
    }
    // Space-joined numbers (`15550100001 15550100002`, `t 1732608000 1732608001`): judge each piece.
    let offset = m.index;
    for (const piece of c.split(' ')) {
      if (piece !== '') pushPhone(judgePhone(piece), offset, piece, out);
      offset += piece.length + 1;
    }
  }
}

// --- encoded tokens (hex / base64) ----------------------------------------------------------------

const TOKEN_RE = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}/g;
const HEX_DUMP_RE =
  /(?<![A-Za-z0-9_:])(?:(?:[0-9A-Fa-f]{2}){1,4}(?: {1,2}(?:[0-9A-Fa-f]{2}){1,4}){1,}|[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){15,})(?![A-Za-z0-9_:])/g;

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

function tokens(text: string, out: Hit[]): void {
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const full = m[0];
    const start = m.index;
    const end = start + full.length;
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
 * the last of one width ≥ 40, are joined and judged as one token.
 */
function wrappedBase64(text: string, out: Hit[]): void {
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
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
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
    pos = nl + 1;
  }
  flush();
}

const DUMP_OFFSET = /^[ \t]*[0-9A-Fa-f]{4,8}:?[ \t]{1,3}$/;

function hexDumps(text: string, out: Hit[]): void {
  HEX_DUMP_RE.lastIndex = 0;
  // Consecutive xxd / `hexdump -C` rows (offset column, ASCII gutter) are one dump.
  let dump: { start: number; end: number; bytes: number; hex: string } | undefined;
  const flush = (): void => {
    if (dump && dump.bytes >= 16) judgeHex(dump.start, dump.end, dump.hex, dump.bytes, out, true);
    dump = undefined;
  };
  for (let m = HEX_DUMP_RE.exec(text); m; m = HEX_DUMP_RE.exec(text)) {
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

/** All hits in a normalised text, deduplicated: where spans overlap, the lower rank (then the longer span) wins. */
export function detect(text: string): Hit[] {
  // Nothing any rule flags is shorter than five characters (`1@lid`); short attribute values are common.
  if (text.length < 5) return [];
  const raw: Hit[] = [];
  pem(text, raw);
  simple(JWT_RE, 'jwt', 1, text, raw);
  simple(GITHUB_RE, 'github-token', 2, text, raw);
  simple(CLOUD_RE, 'cloud-key', 3, text, raw);
  atSigns(text, raw);
  ipv6(text, raw);
  ipv4(text, raw);
  mac(text, raw);
  hexDumps(text, raw);
  tokens(text, raw);
  wrappedBase64(text, raw);
  phones(text, raw);
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
  const norm = normalizeForScan(text);
  const hits = detect(norm.text);
  if (hits.length === 0) return [];
  const starts = lineStarts(text);
  return hits.map((h) => {
    const { line, column } = lineColumn(starts, norm.map[h.start] ?? 0);
    const f: Finding = { rule: h.rule, severity: h.severity, field, line, column, message: messageOf(h) };
    if (h.encoding !== undefined) f.encoding = h.encoding;
    if (h.length !== undefined) f.length = h.length;
    return f;
  });
}
