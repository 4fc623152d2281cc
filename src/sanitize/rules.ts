// The scanner's rules: id, default severity and the guidance shown to the reporter. One table, used by
// the scanner for messages and renderable by the docs. Messages never contain any part of a value.

import type { Severity } from './types.ts';

/**
 * Detector families (one module each in detectors/): phone numbers, JIDs, keys and secrets,
 * network identifiers, personal text; `invisible` is the format-character report (format.ts).
 */
export type RuleFamily = 'phones' | 'jids' | 'keys' | 'network' | 'personal' | 'invisible';

export const RULE_FAMILIES: readonly RuleFamily[] = ['phones', 'jids', 'keys', 'network', 'personal', 'invisible'];

export interface RuleInfo {
  id: string;
  family: RuleFamily;
  severity: Severity;
  /** What the finding means and what to do; never includes the flagged value. */
  message: string;
}

const JID_FIX = 'replace the user part with a placeholder such as A@s.whatsapp.net';

const RULE_LIST = [
  { id: 'phone-jid', family: 'jids', severity: 'block', message: `a phone-number JID: ${JID_FIX}` },
  { id: 'device-jid', family: 'jids', severity: 'block', message: `a device or agent JID (phone number with a device/agent suffix): ${JID_FIX} or Caller:2@s.whatsapp.net` },
  { id: 'lid-jid', family: 'jids', severity: 'block', message: 'a LID JID (a stable per-account pseudonym): replace the user part with a placeholder such as B@lid' },
  { id: 'group-jid', family: 'jids', severity: 'block', message: 'a group JID (older group ids embed the creator\'s phone number): replace the user part with a placeholder such as G@g.us' },
  { id: 'other-jid', family: 'jids', severity: 'block', message: `a JID whose user part is not a placeholder: ${JID_FIX}` },
  { id: 'jid-attr', family: 'jids', severity: 'block', message: 'a JID attribute whose value is not a placeholder JID: use a placeholder such as A@s.whatsapp.net or a public constant such as s.whatsapp.net' },
  { id: 'phone-number', family: 'phones', severity: 'block', message: 'a phone number: remove it or use a fictional number in the 555-0100…555-0199 range' },
  { id: 'email', family: 'personal', severity: 'block', message: 'an e-mail address: remove it or use an address at example.com' },
  { id: 'ipv4', family: 'network', severity: 'block', message: 'an IPv4 address: replace it with a documentation address such as 192.0.2.1' },
  { id: 'ipv4-private', family: 'network', severity: 'warn', message: 'a private-network, link-local or shared IPv4 address: it reveals little, but replace it with a documentation address such as 192.0.2.1' },
  { id: 'ipv6', family: 'network', severity: 'block', message: 'an IPv6 address: replace it with a documentation address such as 2001:db8::1' },
  { id: 'ipv6-local', family: 'network', severity: 'warn', message: 'a link-local or unique-local IPv6 address: replace it with a documentation address such as 2001:db8::1' },
  { id: 'mac', family: 'network', severity: 'block', message: 'a MAC address: remove it or use the documentation range 00-00-5E-00-53-00' },
  { id: 'push-name', family: 'personal', severity: 'block', message: 'a push name (notify attribute): replace it with a placeholder such as PUSHNAME' },
  { id: 'caller-pn', family: 'phones', severity: 'block', message: 'a caller phone number (caller_pn, it maps the LID to the phone number): replace it with a placeholder JID such as A@s.whatsapp.net' },
  { id: 'identifying-attr', family: 'personal', severity: 'block', message: 'an identifying attribute (device, version, relay location or session id): replace its value with a placeholder such as VALUE1' },
  { id: 'real-timestamp', family: 'phones', severity: 'warn', message: 'a real timestamp dates a real call: replace it with a placeholder such as TIMESTAMP1' },
  { id: 'secret-node-content', family: 'keys', severity: 'block', message: 'content of a secret-bearing node (ciphertext, keys, tokens, identity): replace it with a placeholder such as CIPHERTEXTPLACEHOLDER or ...redacted...' },
  { id: 'secret-attr', family: 'keys', severity: 'block', message: 'a secret-bearing attribute (token or key): replace its value with a placeholder such as RELAY_TOKEN_PLACEHOLDER' },
  { id: 'relay-address-bytes', family: 'network', severity: 'block', message: 'relay address bytes (te/te2 content of 6 or 18 bytes encodes an IP address and port): replace the content with a placeholder such as ...redacted...' },
  { id: 'bytes-content', family: 'keys', severity: 'block', message: 'binary node content cannot be cleared: replace it with a placeholder such as CIPHERTEXTPLACEHOLDER' },
  { id: 'ip-attr', family: 'network', severity: 'block', message: 'an ip attribute that is not a documentation address: use 192.0.2.1, 2001:db8::1 or a placeholder' },
  { id: 'key-base64', family: 'keys', severity: 'block', message: 'base64 of a key-sized value (16, 28, 30, 32, 33, 44, 46 or 64 bytes): replace it with a placeholder such as KEYPLACEHOLDER1; rotate the key if it was real' },
  { id: 'key-hex', family: 'keys', severity: 'block', message: 'hex of a key-sized value (16, 28, 30, 32, 33, 44, 46 or 64 bytes): replace it with a placeholder such as KEYPLACEHOLDER1; rotate the key if it was real' },
  { id: 'double-base64', family: 'keys', severity: 'block', message: 'base64 of base64 (how hbh_key and similar keys are sometimes carried): replace it with a placeholder such as KEYPLACEHOLDER1' },
  { id: 'signal-message', family: 'keys', severity: 'block', message: 'a Signal message (version byte 0x33): replace it with a placeholder such as CIPHERTEXTPLACEHOLDER' },
  { id: 'encoded-blob', family: 'keys', severity: 'block', message: 'a long hex or base64 blob: binary data cannot be cleared by text rules; remove it or replace it with a placeholder' },
  { id: 'hex-dump', family: 'keys', severity: 'block', message: 'a hex dump: binary data cannot be cleared by text rules (phone digits are nibble-packed inside); remove it or replace it with a placeholder' },
  { id: 'high-entropy-token', family: 'keys', severity: 'warn', message: 'a random-looking token that matches no known key size: if it is a key, token or id from a real capture, replace it with a placeholder' },
  { id: 'pem-private-key', family: 'keys', severity: 'block', message: 'a PEM private-key block: remove it and rotate the key' },
  { id: 'jwt', family: 'keys', severity: 'block', message: 'a JSON Web Token: remove it and revoke the token' },
  { id: 'github-token', family: 'keys', severity: 'block', message: 'a GitHub token: remove it and revoke the token' },
  { id: 'cloud-key', family: 'keys', severity: 'block', message: 'a cloud or service API key: remove it and revoke the key' },
  { id: 'format-character', family: 'invisible', severity: 'warn', message: 'invisible format characters (bidirectional controls reorder how text displays; zero-width, soft-hyphen and tag characters hide inside values) are not kept: the record is written without them; check that the value still reads as intended' },
  { id: 'binary-undecodable', family: 'keys', severity: 'block', message: 'a binary stanza that does not decode to a readable tree: it cannot be checked; paste the decoded stanza (XML or JSON) with placeholders instead' },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof RULE_LIST)[number]['id'];

export const RULES: Readonly<Record<RuleId, RuleInfo>> = Object.fromEntries(
  RULE_LIST.map((r) => [r.id, r]),
) as Record<RuleId, RuleInfo>;

export const RULE_IDS: readonly RuleId[] = RULE_LIST.map((r) => r.id);
