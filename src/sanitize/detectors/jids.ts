// Detector family: JIDs (`user[_agent|.agent][:device]@server`, sanitization.md). A JID on a known
// server passes only with a placeholder user or as a public constant; otherwise the user part
// decides the rule: digits on a phone server (phone-jid, device-jid with a suffix), on `lid`
// (lid-jid), on `g.us` (group-jid), anything else (other-jid). Rules: phone-jid, device-jid,
// lid-jid, group-jid, other-jid (and jid-attr, judged on stanza attributes in tree.ts).

import type { RuleId } from '../rules.ts';
import { isJidServer, isPlaceholderJid, isSafeConstantJid, JID_SERVERS } from '../placeholders.ts';
import type { Candidates } from './tokenise.ts';
import { classAt, C_DOMAIN, C_USER, hit, type Hit } from './shared.ts';

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

/** An `@` and what stands around it: the user (or local part) `[start, at)` and the domain `(at, end)`. */
export interface AtSign {
  start: number;
  at: number;
  end: number;
  user: string;
  /** Lower case; the JID server when one is written. */
  domain: string;
}

/** The user and domain around the `@` at `at` (bounded: 128 characters back, 253 on). */
export function atSignAt(text: string, at: number): AtSign {
  let s = at;
  while (s > 0 && at - s < 128 && classAt(text, s - 1) & C_USER) s--;
  let e = at + 1;
  while (e < text.length && e - at <= 253 && classAt(text, e) & C_DOMAIN) e++;
  while (e > at + 1 && isDotOrDash(text.charCodeAt(e - 1))) e--;
  // Leading punctuation is not part of the user.
  while (s < at && (isDotOrDash(text.charCodeAt(s)) || text.charCodeAt(s) === 58)) s++;
  const domain = writtenServer(text, at + 1, e) ?? text.slice(at + 1, e).toLowerCase();
  return { start: s, at, end: e, user: text.slice(s, at), domain };
}

/** JIDs on the known servers whose user part is not a placeholder. */
export function jids(text: string, _cand: Candidates, out: Hit[]): void {
  // The same JIDs recur (every stanza names the same peers): classify each distinct one once.
  let seen: Map<string, Map<string, RuleId | null>> | undefined;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const { start, end, user, domain } = atSignAt(text, at);
    if (!isJidServer(domain)) continue;
    seen ??= new Map();
    let users = seen.get(domain);
    if (!users) seen.set(domain, (users = new Map()));
    let rule = users.get(user);
    if (rule === undefined) {
      rule = classifyJid(user, domain) ?? null;
      users.set(user, rule);
    }
    if (rule) out.push(hit(start, end, rule, 4, { encoding: 'text', length: end - start }));
  }
}
