// Allow-list scan of a parsed stanza tree. Known identifying attributes and secret-bearing nodes
// pass only with placeholders; everything else goes through the free-text rules.
// The walk is local rather than src/stanza/walk.ts `walk`: that one builds the full path string of
// every node (quadratic in depth); here paths are bounded (first and last 32 segments) so an
// adversarial deep tree stays linear. Path format is the same (`call/offer/enc`, attrPath).

import type { StanzaAttr, StanzaNode } from '../stanza/types.ts';
import type { Encoding, Finding, Severity } from './types.ts';
import { RULES, type RuleId } from './rules.ts';
import {
  isDocumentationIp,
  isJidServer,
  isPlaceholder,
  isPlaceholderJid,
  isSafeConstantJid,
  parseIpv4,
  parseIpv6,
} from './placeholders.ts';
import { decodeEncodedText } from './bytes.ts';
import { classifyJid, detectAll, messageOf, scanText } from './text.ts';
import { attrPath } from '../stanza/walk.ts';

/** Attributes that hold a JID (plus: any value containing `@`). */
export const JID_ATTRS: ReadonlySet<string> = new Set([
  'from',
  'to',
  'call-creator',
  'jid',
  'participant',
  'recipient',
  'creator',
  'sender',
  'lid',
]);

/** Attributes that identify a person, device or place: only placeholders pass. */
export const IDENTIFYING_ATTRS: ReadonlySet<string> = new Set([
  'notify',
  'caller_pn',
  'caller_country_code',
  'platform',
  'version',
  'device_class',
  'relay_name',
  'uuid',
  'self_pid',
  'peer_pid',
]);

/** Nodes whose content is secret whatever its length or entropy. */
export const SECRET_NODES: ReadonlySet<string> = new Set([
  'enc',
  'key',
  'hbh_key',
  'token',
  'auth_token',
  'raw_e2e',
  'device-identity',
  'privacy',
  'te',
  'te2',
  'rte',
  'capability',
]);

/**
 * Attributes that carry secrets (`<relay token="…">` in the relay-latency stanza): only placeholders
 * pass. Not `enc`, which on `<audio>`/`<video>` names a codec.
 */
export const SECRET_ATTRS: ReadonlySet<string> = new Set(['token', 'auth_token', 'key', 'hbh_key', 'raw_e2e', 'te', 'te2', 'rte', 'secret']);

/** Attributes holding an IP address (documentation addresses or placeholders only). */
export const IP_ATTRS: ReadonlySet<string> = new Set(['ip', 'ip4', 'ip6', 'relay_ip']);

const RELAY_NODES: ReadonlySet<string> = new Set(['te', 'te2']);
const MAX_PATH_SEGMENTS = 64;

interface Sink {
  field: string;
  out: Finding[];
  seen: Set<string>;
}

function push(
  sink: Sink,
  rule: RuleId,
  path: string,
  line: number,
  column: number,
  extra: { encoding?: Encoding; length?: number; severity?: Severity; message?: string },
): void {
  const key = `${rule}\u0000${path}\u0000${line}\u0000${column}`;
  if (sink.seen.has(key)) return;
  sink.seen.add(key);
  const f: Finding = {
    rule,
    severity: extra.severity ?? RULES[rule].severity,
    field: sink.field,
    line,
    column,
    path,
    message: extra.message ?? RULES[rule].message,
  };
  if (extra.encoding !== undefined) f.encoding = extra.encoding;
  if (extra.length !== undefined) f.length = extra.length;
  sink.out.push(f);
}

/** Strip a port from an address attribute: `[2001:db8::1]:3478`, `192.0.2.1:3478`. */
function hostOf(value: string): string {
  const bracket = /^\[([^\]]{1,45})\](?::[0-9]{1,5})?$/.exec(value);
  if (bracket) return bracket[1] ?? value;
  const v4port = /^([0-9.]{7,15}):[0-9]{1,5}$/.exec(value);
  if (v4port) return v4port[1] ?? value;
  return value;
}

function checkAttr(sink: Sink, nodePath: () => string, attr: StanzaAttr): void {
  const { name, value, pos } = attr;
  // (Invisible format characters in values are reported by the text scan of the raw stanza, at
  // their exact place.)
  if (value === '' || isPlaceholder(value)) return;
  const lname = name.toLowerCase();
  const path = (): string => attrPath(nodePath(), name);
  const at = (rule: RuleId, extra: { encoding?: Encoding; length?: number; severity?: Severity } = {}): void =>
    push(sink, rule, path(), pos.line, pos.column, { encoding: 'text', length: value.length, ...extra });

  if (IDENTIFYING_ATTRS.has(lname) || lname.endsWith('_pn')) {
    const jidLike = lname.endsWith('_pn') && (isPlaceholderJid(value) || isSafeConstantJid(value));
    if (jidLike) return;
    at(lname === 'notify' ? 'push-name' : lname.endsWith('_pn') || lname === 'caller_country_code' ? 'caller-pn' : 'identifying-attr');
    return;
  }
  if (SECRET_ATTRS.has(lname)) {
    const decoded = decodeEncodedText(value);
    at('secret-attr', decoded ? { encoding: decoded.encoding, length: decoded.bytes.length } : {});
    return;
  }
  if (lname === 't') {
    at('real-timestamp');
    return;
  }
  if (IP_ATTRS.has(lname)) {
    const host = hostOf(value);
    if (isDocumentationIp(host)) return;
    at(parseIpv4(host) ? 'ipv4' : parseIpv6(host) ? 'ipv6' : 'ip-attr');
    return;
  }
  if (JID_ATTRS.has(lname) || lname.endsWith('_lid') || lname.endsWith('_jid') || value.includes('@')) {
    if (isPlaceholderJid(value) || isSafeConstantJid(value)) return;
    const atSign = value.lastIndexOf('@');
    if (atSign >= 0) {
      const server = value.slice(atSign + 1).toLowerCase();
      if (isJidServer(server)) {
        at(classifyJid(value.slice(0, atSign), server) ?? 'jid-attr');
        return;
      }
    }
    const hits = detectAll(value);
    const first = hits[0];
    if (first) at(first.rule, { encoding: first.encoding ?? 'text', length: first.length ?? value.length, severity: first.severity });
    else at('jid-attr');
    return;
  }
  // Any other attribute: free-text rules, reported at the attribute's position.
  for (const h of detectAll(value)) {
    const extra: { encoding?: Encoding; length?: number; severity?: Severity; message?: string } = {
      severity: h.severity,
      message: messageOf(h),
    };
    if (h.encoding !== undefined) extra.encoding = h.encoding;
    if (h.length !== undefined) extra.length = h.length;
    push(sink, h.rule, path(), pos.line, pos.column, extra);
  }
}

function checkContent(sink: Sink, nodePath: () => string, node: StanzaNode): void {
  const content = node.content;
  if (!content) return;
  const tag = node.tag.toLowerCase();
  const { line, column } = content.pos;
  if (content.kind === 'bytes') {
    const length = content.bytes.length;
    if (length === 0) return;
    const rule: RuleId =
      RELAY_NODES.has(tag) && (length === 6 || length === 18)
        ? 'relay-address-bytes'
        : SECRET_NODES.has(tag)
          ? 'secret-node-content'
          : 'bytes-content';
    push(sink, rule, nodePath(), line, column, { encoding: 'binary', length });
    return;
  }
  const trimmed = content.text.trim();
  if (trimmed === '' || isPlaceholder(trimmed)) return;
  if (SECRET_NODES.has(tag)) {
    const decoded = decodeEncodedText(trimmed);
    const length = decoded ? decoded.bytes.length : trimmed.length;
    const encoding: Encoding = decoded ? decoded.encoding : 'text';
    const rule: RuleId =
      RELAY_NODES.has(tag) && decoded && (length === 6 || length === 18) ? 'relay-address-bytes' : 'secret-node-content';
    push(sink, rule, nodePath(), line, column, { encoding, length });
    return;
  }
  // Free text inside an ordinary node: positions relative to where the content starts.
  for (const f of scanText(sink.field, content.text)) {
    const l = line + f.line - 1;
    const c = f.line === 1 ? column + f.column - 1 : f.column;
    const extra: { encoding?: Encoding; length?: number; severity?: Severity; message?: string } = {
      severity: f.severity,
      message: f.message,
    };
    if (f.encoding !== undefined) extra.encoding = f.encoding;
    if (f.length !== undefined) extra.length = f.length;
    push(sink, f.rule as RuleId, nodePath(), l, c, extra);
  }
}

/** `call/offer/enc`; very deep paths keep their first and last segments around an ellipsis. */
function pathOf(stack: readonly string[]): string {
  if (stack.length <= MAX_PATH_SEGMENTS) return stack.join('/');
  const half = MAX_PATH_SEGMENTS / 2;
  return [...stack.slice(0, half), '…', ...stack.slice(stack.length - half + 1)].join('/');
}

/** Scan a stanza tree with the allow-list; findings carry the tree's positions and node paths. */
export function scanTree(field: string, root: StanzaNode): Finding[] {
  const sink: Sink = { field, out: [], seen: new Set() };
  const tags: string[] = [];
  const frames: { node: StanzaNode; next: number }[] = [];
  const enter = (node: StanzaNode): void => {
    tags.push(node.tag);
    frames.push({ node, next: 0 });
    // Paths are built only when a finding needs one.
    let cached: string | undefined;
    const path = (): string => (cached ??= pathOf(tags));
    for (const attr of node.attrs) checkAttr(sink, path, attr);
    checkContent(sink, path, node);
  };
  enter(root);
  while (frames.length > 0) {
    const top = frames[frames.length - 1];
    if (!top) break;
    const child = top.node.children[top.next];
    if (child) {
      top.next++;
      enter(child);
    } else {
      frames.pop();
      tags.pop();
    }
  }
  return sink.out;
}
