// Detector family: NETWORK IDENTIFIERS: IPv4 (private, link-local and shared ranges warn), IPv6
// (link-local and unique-local warn), MAC addresses. Documentation ranges (RFC 5737, RFC 3849,
// RFC 7042), loopback, broadcast and version strings pass. Rules: ipv4, ipv4-private, ipv6,
// ipv6-local, mac (and ip-attr, relay-address-bytes on stanza nodes in tree.ts).

import { isDocumentationIp, parseIpv4, parseIpv6 } from '../placeholders.ts';
import type { Candidates } from './tokenise.ts';
import { classAt, classOf, C_HEX, C_WORD, execAt, hit, sticky, type Hit } from './shared.ts';

export const IPV4_RE = /(?<![A-Za-z0-9_.+])[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?![A-Za-z0-9_])(?!\.[0-9])/g;
const VERSION_CONTEXT = /\b(?:version|ver|build|release|whatsapp|android|ios|v)\s*[:=]?\s*$/i;

const IPV4_AT = sticky(IPV4_RE);

export function ipv4Addresses(text: string, cand: Candidates, out: Hit[]): void {
  let resume = 0;
  for (const p of cand.ipv4) {
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

export const IPV6_RE = /(?<![A-Za-z0-9_:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.[0-9]{1,3}){0,3}(?![A-Za-z0-9_:])/g;

const IPV6_AT = sticky(IPV6_RE);

/**
 * A match starts with 0–4 hex digits then a `:`, right after a character outside `[A-Za-z0-9_:.]`;
 * so its start is the start of the hex run before some `:` (at most 4 long). Only those are tried.
 */
export function ipv6Addresses(text: string, _cand: Candidates, out: Hit[]): void {
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

export const MAC_RE =
  /(?<![A-Za-z0-9_:.\-])(?:[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![A-Za-z0-9_:\-])(?!\.[0-9A-Fa-f])/g;

const MAC_AT = sticky(MAC_RE);

export function macAddresses(text: string, cand: Candidates, out: Hit[]): void {
  let resume = 0;
  for (const p of cand.macs) {
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
