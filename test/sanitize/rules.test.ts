// Every rule in the table fires on a minimal example and nothing else fires there. The Record type
// makes a new rule without an example a type error; the loop makes it a test failure.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../src/sanitize/types.ts';
import { RULE_IDS, RULES, type RuleId } from '../../src/sanitize/rules.ts';
import { scanBinary, scanText, scanTree } from '../../src/sanitize/scan.ts';
import { assertNoLeak, b64, Gen, hex, TreeBuilder } from './helpers.ts';

const g = new Gen(31);
const t = new TreeBuilder();
const pn = (): string => g.secret(`1555010${g.digits(4)}`);
const text = (s: string) => (): Finding[] => scanText('notes', s);
const attr = (name: string, value: string) => (): Finding[] => scanTree('raw-stanza', t.el('call', { [name]: value }));
const content = (tag: string, c: string | Uint8Array) => (): Finding[] => scanTree('raw-stanza', t.el(tag, {}, c));

const EXAMPLES: Record<RuleId, () => Finding[]> = {
  'phone-jid': text(`${pn()}@s.whatsapp.net`),
  'device-jid': text(`${pn()}:3@s.whatsapp.net`),
  'lid-jid': text(`${g.secret(g.digits(15))}@lid`),
  'group-jid': text(`${g.secret(`120363${g.digits(12)}`)}@g.us`),
  'other-jid': text(`${g.secret(g.chars(6, 'klmnop'))}@s.whatsapp.net`),
  'jid-attr': attr('from', g.secret(g.chars(6, 'klmnop'))),
  'phone-number': text(`tel +1 555 010 ${g.secret(g.digits(4))}`),
  email: text(`${g.secret(g.chars(6, 'klmnop'))}@mailhost.org`),
  ipv4: text(`addr ${g.secret(`${g.int(11, 99)}.${g.int(11, 99)}.${g.int(11, 99)}.${g.int(11, 99)}`)}`),
  'ipv4-private': text('addr 10.20.30.40'),
  ipv6: text(`addr 2a01:${g.secret(hex(g.bytes(2)))}:1::7`),
  'ipv6-local': text('addr fe80::1:2:3'),
  mac: text(`mac ${g.secret(Array.from(g.bytes(6, [0x3c]), (b) => b.toString(16).padStart(2, '0')).join(':'))}`),
  'push-name': attr('notify', g.secret('Qzx Tester')),
  'caller-pn': attr('caller_pn', `${pn()}@s.whatsapp.net`),
  'identifying-attr': attr('relay_name', g.secret('zzq1c02')),
  'real-timestamp': attr('t', g.secret(String(g.int(1704067200, 1790000000)))),
  'secret-node-content': content('enc', g.secret(b64(g.bytes(40)))),
  'secret-attr': attr('token', g.secret(b64(g.bytes(12)))),
  'relay-address-bytes': content('te', g.secret(hex(g.bytes(6)))),
  'bytes-content': content('audio', g.bytes(5)),
  'ip-attr': attr('ip', 'somewhere'),
  'key-base64': text(g.secret(b64(g.bytes(32)))),
  'key-hex': text(g.secret(hex(g.bytes(32)))),
  'double-base64': text(g.secret(b64(Buffer.from(b64(g.bytes(30)))))),
  'signal-message': text(g.secret(b64(g.bytes(60, [0x33, 0x0a, 0x21, 0x05])))),
  'encoded-blob': text(g.secret(b64(g.bytes(200)))),
  'hex-dump': text(g.secret(Array.from(g.bytes(80), (b) => b.toString(16).padStart(2, '0')).join(' '))),
  'high-entropy-token': text(g.secret(b64(g.bytes(20)))),
  'pem-private-key': text(`-----BEGIN EC PRIVATE KEY-----\n${g.secret(b64(g.bytes(48)))}\n-----END EC PRIVATE KEY-----`),
  jwt: text(`eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.${g.secret(Buffer.from(g.bytes(32)).toString('base64url'))}`),
  'github-token': text(`ghp_${g.secret(g.chars(36, 'abcdefghijklmnopqrstuvwxyzABCDEF0123456789'))}`),
  'cloud-key': text(`AKIA${g.secret(g.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))}`),
  'format-character': text('Caller\u202eCallee'),
  'binary-undecodable': () => scanBinary('raw-stanza', g.bytes(33), 'hex'),
};

describe('every rule fires on its minimal example, alone', () => {
  for (const id of RULE_IDS) {
    it(id, () => {
      const findings = EXAMPLES[id]();
      assert.deepEqual(findings.map((f) => f.rule), [id]);
      const [f] = findings;
      assert.equal(f?.severity, RULES[id].severity);
      assert.ok(f?.message.startsWith(RULES[id].message.slice(0, 12)));
      assertNoLeak(findings, g.secrets);
    });
  }
});
