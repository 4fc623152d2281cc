// The allow-list inside the stanza tree. Trees are built by hand (TreeBuilder) so these tests do not
// depend on the reader; leak values are generated (Gen) and every test checks that no finding
// carries any piece of them.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { StanzaNode } from '../../src/stanza/types.ts';
import { scanTree } from '../../src/sanitize/scan.ts';
import { SECRET_NODES } from '../../src/sanitize/tree.ts';
import { assertNoLeak, b64, b64url, brief, Gen, hex, TreeBuilder } from './helpers.ts';

function check(tree: StanzaNode, gen: Gen, expected: string[]): ReturnType<typeof scanTree> {
  const findings = scanTree('raw-stanza', tree);
  assert.deepEqual(brief(findings).sort(), [...expected].sort());
  for (const f of findings) assert.equal(f.field, 'raw-stanza');
  assertNoLeak(findings, gen.secrets);
  return findings;
}

describe('tree: a fully sanitised offer passes', () => {
  it('placeholders, documentation IPs, enums, empty and redacted content', () => {
    const t = new TreeBuilder();
    const tree = t.el('call', { from: 'A@s.whatsapp.net', to: 'B:2@s.whatsapp.net', id: 'MSGID1', t: 'TIMESTAMP1', notify: 'PUSHNAME' }, [
      t.el('offer', { 'call-id': 'CALLID1', 'call-creator': 'Caller:2@s.whatsapp.net', caller_pn: 'A@s.whatsapp.net', platform: 'PLATFORM', version: 'VERSION1' }, [
        t.el('audio', { enc: 'opus', rate: '16000' }),
        t.el('video', { enc: 'vp8', orientation: '0' }),
        t.el('net', { medium: '3' }),
        t.el('capability', { ver: '1' }, 'CAPABILITYPLACEHOLDER'),
        t.el('encopt', { keygen: '2' }),
        t.el('enc', { v: '2', type: 'pkmsg', count: '0' }, 'CIPHERTEXTPLACEHOLDER'),
        t.el('enc', { v: '2', type: 'msg', count: '0' }, '...redacted...'),
        t.el('hbh_key', {}, ''),
        t.el('destination', {}, [
          t.el('te', { ip: '192.0.2.1', port: '3478', latency: '33554479' }, 'RELAY_TOKEN_PLACEHOLDER'),
          t.el('te', { ip: '[2001:db8::1]:3478', priority: '1' }, '...redacted...'),
          t.el('endpoint', { ip: '198.51.100.7:3478' }),
        ]),
      ]),
    ]);
    check(tree, new Gen(1), []);
  });

  it('public constant and bare server JIDs pass; so does a JID attribute with a placeholder value', () => {
    const t = new TreeBuilder();
    const tree = t.el('ack', { class: 'call', from: 's.whatsapp.net', to: '0@s.whatsapp.net', participant: 'status@broadcast', jid: 'server@c.us', recipient: '@s.whatsapp.net', creator: 'JID1' });
    check(tree, new Gen(1), []);
  });
});

describe('tree: JID attributes', () => {
  it('phone, device, agent, LID, group and other JIDs in JID attributes', () => {
    const g = new Gen(2);
    const t = new TreeBuilder();
    const tree = t.el('call', { from: `${g.secret(`1555010${g.digits(4)}`)}@s.whatsapp.net`, to: `${g.secret(`1${g.digits(14)}`)}@lid` }, [
      t.el('offer', { 'call-creator': `${g.secret(`1555010${g.digits(4)}`)}:12@s.whatsapp.net`, jid: `${g.secret(`1555010${g.digits(4)}`)}_1@s.whatsapp.net`, participant: `${g.secret(`120363${g.digits(12)}`)}@g.us`, recipient: 'maria@c.us' }),
    ]);
    check(tree, g, [
      'phone-jid call@from',
      'lid-jid call@to',
      'device-jid call/offer@call-creator',
      'device-jid call/offer@jid',
      'group-jid call/offer@participant',
      'other-jid call/offer@recipient',
    ]);
  });

  it('a JID attribute that is not a JID at all blocks (jid-attr), digits in the user part block', () => {
    const g = new Gen(3);
    const t = new TreeBuilder();
    const tree = t.el('call', { from: 'maria', to: `${g.secret(`1555010${g.digits(4)}`)}` , participant: 'CALLER1X@s.whatsapp.net' });
    check(tree, g, ['jid-attr call@from', 'phone-number call@to', 'other-jid call@participant']);
  });

  it('any attribute value containing @ is judged as a JID or an address', () => {
    const g = new Gen(4);
    const t = new TreeBuilder();
    const tree = t.el('error', { code: '500', text: `${g.secret(`1555010${g.digits(4)}`)}@s.whatsapp.net`, reason: `${g.secret(g.chars(8, 'abcdefgh'))}@mailhost.org`, ok: 'A@s.whatsapp.net', doc: 'alice@example.com' });
    check(tree, g, ['phone-jid error@text', 'email error@reason', 'jid-attr error@doc']);
  });

  it('findings carry the attribute position and never the value', () => {
    const g = new Gen(5);
    const t = new TreeBuilder();
    const tree = t.el('call', { id: 'MSGID1', from: `${g.secret(`1555010${g.digits(4)}`)}@s.whatsapp.net` });
    const [f] = check(tree, g, ['phone-jid call@from']);
    assert.ok(f);
    assert.equal(f.line, 1);
    assert.equal(f.column, 20);
    assert.equal(f.severity, 'block');
    assert.equal(f.encoding, 'text');
    assert.equal(f.length, 26);
    assert.match(f.message, /phone-number JID: replace the user part with a placeholder/);
  });
});

describe('tree: identifying attributes must be placeholders', () => {
  it('notify, caller_pn, caller_country_code and the device/session attributes', () => {
    const g = new Gen(6);
    const t = new TreeBuilder();
    const tree = t.el('call', { notify: g.secret('Zqx Tester'), from: 'A@lid' }, [
      t.el('offer', {
        caller_pn: `${g.secret(`1555010${g.digits(4)}`)}@s.whatsapp.net`,
        caller_country_code: g.secret('DE'.toLowerCase() + 'x'),
        platform: 'android',
        version: '2.24.10.76',
        device_class: 'phone',
        relay_name: g.secret('zzq1c02'),
        uuid: g.secret(`${hex(g.bytes(4))}-${hex(g.bytes(2))}-4${hex(g.bytes(2)).slice(1)}`),
        self_pid: g.secret(g.digits(5)),
        peer_pid: g.secret(g.digits(5)),
      }),
    ]);
    const findings = check(tree, g, [
      'push-name call@notify',
      'caller-pn call/offer@caller_pn',
      'caller-pn call/offer@caller_country_code',
      'identifying-attr call/offer@platform',
      'identifying-attr call/offer@version',
      'identifying-attr call/offer@device_class',
      'identifying-attr call/offer@relay_name',
      'identifying-attr call/offer@uuid',
      'identifying-attr call/offer@self_pid',
      'identifying-attr call/offer@peer_pid',
    ]);
    assert.ok(findings.every((f) => f.severity === 'block'));
  });

  it('a placeholder JID in caller_pn passes; a role word is not a push-name placeholder', () => {
    const t = new TreeBuilder();
    const tree = t.el('offer', { caller_pn: 'A@s.whatsapp.net', notify: 'PUSHNAME1' }, [t.el('x', { notify: 'Alice' })]);
    check(tree, new Gen(1), ['push-name offer/x@notify']);
  });

  it('t: a placeholder passes, a real number warns real-timestamp', () => {
    const g = new Gen(7);
    const t = new TreeBuilder();
    const tree = t.el('ack', { t: g.secret(String(g.int(1704067200, 1790000000))) }, [t.el('call', { t: 'TIMESTAMP1' })]);
    const [f] = check(tree, g, ['real-timestamp ack@t']);
    assert.equal(f?.severity, 'warn');
  });
});

describe('tree: ip attributes', () => {
  it('only documentation addresses or placeholders pass', () => {
    const g = new Gen(8);
    const t = new TreeBuilder();
    const tree = t.el('destination', {}, [
      t.el('te', { ip: g.secret(`${g.int(11, 99)}.${g.int(11, 99)}.${g.int(11, 99)}.${g.int(11, 99)}`) }),
      t.el('relay', { ip: `${g.secret(`${g.int(11, 99)}.${g.int(11, 99)}.${g.int(11, 99)}.${g.int(11, 99)}`)}:3478` }),
      t.el('endpoint', { ip: `2a0${g.int(1, 9)}:${g.secret(hex(g.bytes(2)))}::${g.int(1000, 9999)}` }),
      t.el('other', { ip: 'not-an-address' }),
      t.el('ok', { ip: 'RELAYIP1' }),
      t.el('ok', { ip: '203.0.113.9' }),
    ]);
    check(tree, g, ['ipv4 destination/te@ip', 'ipv4 destination/relay@ip', 'ipv6 destination/endpoint@ip', 'ip-attr destination/other@ip']);
  });
});

describe('tree: secret-bearing node content', () => {
  for (const tag of SECRET_NODES) {
    it(`<${tag}> content blocks whatever its length or entropy`, () => {
      const g = new Gen(9);
      const t = new TreeBuilder();
      const tree = t.el('call', {}, [t.el(tag, {}, g.secret(`${g.chars(3, 'abcdefghij')}!${g.chars(3, 'abcdefghij')}`))]);
      const [f] = check(tree, g, [`secret-node-content call/${tag}`]);
      assert.equal(f?.encoding, 'text');
      assert.equal(f?.length, 7);
      // TreeBuilder numbers nodes in construction order: the child is built first (line 1).
      assert.equal(f?.line, 1);
      assert.equal(f?.column, 5);
    });
  }

  it('encoded content reports its encoding and decoded length', () => {
    const g = new Gen(10);
    const t = new TreeBuilder();
    const tree = t.el('offer', {}, [
      t.el('enc', { v: '2', type: 'pkmsg' }, g.secret(b64(g.bytes(100, [0x33, 0x08])))),
      t.el('hbh_key', {}, g.secret(b64(Buffer.from(b64(g.bytes(30)))))),
      t.el('raw_e2e', {}, g.secret(hex(g.bytes(32)))),
      t.el('token', {}, g.secret(b64url(g.bytes(3)))),
    ]);
    const findings = check(tree, g, ['secret-node-content offer/enc', 'secret-node-content offer/hbh_key', 'secret-node-content offer/raw_e2e', 'secret-node-content offer/token']);
    assert.deepEqual(
      findings.map((f) => [f.encoding, f.length]),
      [['base64', 100], ['base64', 40], ['hex', 32], ['base64', 3]],
    );
  });

  it('te/te2 content of 6 or 18 bytes is relay address bytes (hex, base64 or bytes)', () => {
    const g = new Gen(11);
    const t = new TreeBuilder();
    const tree = t.el('destination', {}, [
      t.el('te', {}, g.secret(hex(g.bytes(6)))),
      t.el('te2', {}, g.secret(b64(g.bytes(18)))),
      t.el('te', {}, g.bytes(18)),
      t.el('te2', {}, g.bytes(6)),
      t.el('te', {}, g.bytes(7)),
    ]);
    const findings = check(tree, g, [
      'relay-address-bytes destination/te',
      'relay-address-bytes destination/te2',
      'relay-address-bytes destination/te',
      'relay-address-bytes destination/te2',
      'secret-node-content destination/te',
    ]);
    assert.deepEqual(
      findings.map((f) => [f.encoding, f.length]),
      [['hex', 6], ['base64', 18], ['binary', 18], ['binary', 6], ['binary', 7]],
    );
  });

  it('bytes content blocks in any node; empty bytes pass', () => {
    const g = new Gen(12);
    const t = new TreeBuilder();
    const tree = t.el('call', {}, [t.el('audio', {}, g.bytes(4)), t.el('enc', {}, g.bytes(64)), t.el('video', {}, new Uint8Array(0))]);
    check(tree, g, ['bytes-content call/audio', 'secret-node-content call/enc']);
  });
});

describe('tree: secret-bearing attributes', () => {
  it('<relay token> and key attributes must be placeholders; the codec attribute enc is not secret', () => {
    const g = new Gen(16);
    const t = new TreeBuilder();
    const tree = t.el('relaylatency', { 'call-id': 'CALLID1' }, [
      t.el('relay', { ip: '192.0.2.1', token: g.secret(b64(g.bytes(12))), latency: '31' }),
      t.el('relay', { ip: '192.0.2.2', token: 'RELAY_TOKEN_PLACEHOLDER' }),
      t.el('audio', { enc: 'opus', key: g.secret(g.chars(5, 'xyz')) }),
    ]);
    const findings = check(tree, g, ['secret-attr relaylatency/relay@token', 'secret-attr relaylatency/audio@key']);
    assert.deepEqual(findings.map((f) => [f.encoding, f.length]), [['base64', 12], ['text', 5]]);
  });
});

describe('tree: other attributes and text go through the free-text rules', () => {
  it('a key-sized hex call-id, a phone number in an error text, an e-mail in content', () => {
    const g = new Gen(13);
    const t = new TreeBuilder();
    const tree = t.el('call', {}, [
      t.el('offer', { 'call-id': g.secret(hex(g.bytes(16)).toUpperCase()) }),
      t.el('error', { code: '404', text: `no route to +1 555 010 ${g.secret(g.digits(4))}` }),
      t.el('note', {}, `first line\nmail ${g.secret(g.chars(6, 'abcdefgh'))}@mailhost.org`),
    ]);
    const findings = check(tree, g, ['key-hex call/offer@call-id', 'phone-number call/error@text', 'email call/note']);
    const mail = findings.find((f) => f.rule === 'email');
    // The note (built third) has its content at line 3, column 5; the address is on the content's
    // second line, column 6.
    assert.deepEqual([mail?.line, mail?.column], [4, 6]);
  });

  it('findings in ordinary content keep the content position on the first line', () => {
    const g = new Gen(14);
    const t = new TreeBuilder();
    const tree = t.el('note', {}, `ip ${g.secret(`${g.int(11, 99)}.${g.int(11, 99)}.${g.int(11, 99)}.${g.int(11, 99)}`)}`);
    const [f] = check(tree, g, ['ipv4 note']);
    assert.deepEqual([f?.line, f?.column], [1, 8]);
  });
});

describe('tree: very deep paths are bounded', () => {
  it('a finding 200 levels down names the first and last segments around an ellipsis', () => {
    const g = new Gen(15);
    const t = new TreeBuilder();
    let node = t.el('enc', {}, g.secret(g.chars(9, 'abc')));
    for (let i = 0; i < 200; i++) node = t.el(i === 199 ? 'call' : 'n', {}, [node]);
    const [f] = scanTree('raw-stanza', node);
    assert.equal(f?.rule, 'secret-node-content');
    const parts = f?.path?.split('/') ?? [];
    assert.equal(parts[0], 'call');
    assert.equal(parts.at(-1), 'enc');
    assert.ok(parts.includes('…'));
    assert.ok(parts.length <= 64);
  });
});
