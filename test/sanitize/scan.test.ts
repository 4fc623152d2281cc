// scan() over a whole input, binary bodies, and the finer points of the free-text rules: whole-token
// placeholders, deduplication, the version-string choice, evasions, no value in any finding.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hasBlocking, scan, scanBinary, scanText } from '../../src/sanitize/scan.ts';
import { RULE_IDS, RULES } from '../../src/sanitize/rules.ts';
import { assertNoLeak, b64, Gen, hex, TreeBuilder } from './helpers.ts';

const rules = (text: string): string[] => scanText('notes', text).map((f) => f.rule);

describe('scan()', () => {
  it('a phone number in the title field is reported against the title', () => {
    const g = new Gen(21);
    const title = `Offer fails when calling +1 555 010 ${g.secret(g.digits(4))}`;
    const findings = scan({ texts: [{ field: 'title', text: title }, { field: 'notes', text: 'nothing here' }] });
    assert.equal(findings.length, 1);
    assert.deepEqual(
      findings.map(({ rule, field, line, column, severity }) => ({ rule, field, line, column, severity })),
      [{ rule: 'phone-number', field: 'title', line: 1, column: 26, severity: 'block' }],
    );
    assert.ok(hasBlocking(findings));
    assertNoLeak(findings, g.secrets);
  });

  it('combines text, tree and binary findings', () => {
    const g = new Gen(22);
    const t = new TreeBuilder();
    const root = t.el('call', { from: `${g.secret(`1555010${g.digits(4)}`)}@s.whatsapp.net` });
    const findings = scan({
      texts: [{ field: 'notes', text: `mail ${g.secret(g.chars(6, 'abcdefg'))}@mailhost.org` }],
      tree: { field: 'raw-stanza', root },
      binary: { field: 'raw-stanza', bytes: g.bytes(40), encoding: 'hex' },
    });
    assert.deepEqual(findings.map((f) => `${f.field}:${f.rule}`), ['raw-stanza:phone-jid', 'notes:email', 'raw-stanza:binary-undecodable']);
    assertNoLeak(findings, g.secrets);
  });

  it('the raw stanza scanned as tree and as text is reported once per place, with its node path', () => {
    const g = new Gen(24);
    const phone = g.secret(`1555010${g.digits(4)}`);
    const text = `<call from="${phone}@s.whatsapp.net"/>`;
    const t = new TreeBuilder();
    const root = t.el('call', { from: `${phone}@s.whatsapp.net` });
    const attr = root.attrs[0];
    assert.ok(attr);
    attr.pos = { line: 1, column: 13 };
    const findings = scan({ texts: [{ field: 'raw-stanza', text }], tree: { field: 'raw-stanza', root } });
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.path, 'call@from');
    // Text beside the elements (not in the tree) is still caught by the text pass.
    const beside = scan({ texts: [{ field: 'raw-stanza', text: `${text} call me +49 ${g.secret(`151${g.digits(8)}`)}` }], tree: { field: 'raw-stanza', root } });
    assert.ok(beside.some((f) => f.rule === 'phone-number' && f.path === undefined));
    assertNoLeak(beside, g.secrets);
  });

  it('a warn-only result does not block', () => {
    const findings = scan({ texts: [{ field: 'notes', text: 'at 1732608000 it rang' }] });
    assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [['real-timestamp', 'warn']]);
    assert.equal(hasBlocking(findings), false);
  });

  it('an empty input has no findings', () => {
    assert.deepEqual(scan({ texts: [] }), []);
  });
});

describe('binary bodies always block', () => {
  it('reports encoding and decoded length, nothing of the bytes', () => {
    const g = new Gen(23);
    const bytes = g.bytes(77);
    const [f] = scanBinary('raw-stanza', bytes, 'base64');
    assert.deepEqual(
      { rule: f?.rule, severity: f?.severity, encoding: f?.encoding, length: f?.length, line: f?.line, column: f?.column },
      { rule: 'binary-undecodable', severity: 'block', encoding: 'base64', length: 77, line: 1, column: 1 },
    );
    assert.doesNotMatch(f?.message ?? '', /phone/);
    g.secret(hex(bytes));
    g.secret(b64(bytes));
    assertNoLeak([f!], g.secrets);
  });

  it('mentions nibble-packed phone digits (binary node format) in the message', () => {
    const g = new Gen(24);
    // 0xFF NIBBLE_8, length byte (0x80 | 6 bytes: odd, 11 digits), digits 1555010xxxx + 0xF pad.
    const digits = `1555010${g.digits(4)}`;
    g.secret(digits);
    const packed = Buffer.from(`${digits}f`, 'hex');
    const bytes = new Uint8Array([0xf8, 0x03, 0xfa, 0xff, 0x80 | packed.length, ...packed, 0x03]);
    const [f] = scanBinary('raw-stanza', bytes, 'hex');
    assert.match(f?.message ?? '', /packed digits that look like a phone number/);
    assertNoLeak([f!], [...g.secrets, hex(bytes)]);
  });

  it('mentions ASCII digit runs too', () => {
    const bytes = new Uint8Array([0x01, ...Buffer.from('15550100042', 'ascii'), 0x02]);
    assert.match(scanBinary('raw-stanza', bytes, 'hex')[0]?.message ?? '', /phone number/);
  });
});

describe('free-text rules: details', () => {
  it('placeholders are whole tokens: a key containing PLACEHOLDER or EXAMPLE still blocks', () => {
    const g = new Gen(25);
    for (const word of ['PLACEHOLDER', 'EXAMPLE', 'redacted', 'TOKEN']) {
      const key = b64(g.bytes(32));
      const spliced = g.secret(key.slice(0, 10) + word + key.slice(10 + word.length));
      assert.deepEqual(rules(`key ${spliced}`), ['key-base64'], word);
    }
    assertNoLeak(scanText('notes', 'x'), g.secrets);
  });

  it('the redaction marker next to a key does not hide it', () => {
    const g = new Gen(26);
    assert.deepEqual(rules(`...redacted... ${g.secret(hex(g.bytes(32)))} ...redacted...`), ['key-hex']);
  });

  it('a JID is one finding (not also an e-mail or phone number), covering the device suffix', () => {
    const findings = scanText('notes', '15550100001:12@s.whatsapp.net');
    assert.deepEqual(findings.map((f) => [f.rule, f.column, f.length]), [['device-jid', 1, 29]]);
  });

  it('JID servers: legacy, hosted, interop and msgr users are phone JIDs; unknown servers are e-mail rules', () => {
    assert.deepEqual(rules('15550100001@hosted 15550100001@interop 15550100001@msgr'), ['phone-jid', 'phone-jid', 'phone-jid']);
    assert.deepEqual(rules('A@lid B:3@lid Caller_1:2@s.whatsapp.net'), []);
  });

  it('e-mail: documentation domains pass, `name@2x.png` and package specs are not addresses', () => {
    assert.deepEqual(rules('x@example.com y@sub.example.net z@foo.test icon@2x.png yaml@2.9.1 @actions/core'), []);
    assert.deepEqual(rules('x@examp1e.com'), ['email']);
  });

  it('version strings: a dotted quad after a version word is a version; alone it is an address', () => {
    assert.deepEqual(rules('WhatsApp 2.24.10.76 and version: 2.3.1.0 and v2.24.10.76'), []);
    assert.deepEqual(rules('relay 23.45.67.89'), ['ipv4']);
    assert.deepEqual(rules('dev 23.45.67.89, server: 34.56.78.90'), ['ipv4', 'ipv4']);
    assert.deepEqual(rules('1.2.3.4.5 is a version list, 1.2.3 too'), []);
  });

  it('phone numbers: dates, times, decimals, ports and short numbers are not phones', () => {
    assert.deepEqual(rules('on 2026-11-26 05:02:20, 26.11.2026, 11/26/2026, pi 3.14159265, port 3478, ports 3478-3480, 1234567 bytes'), []);
    assert.deepEqual(rules('+1 555 010 4321'), ['phone-number']);
    assert.deepEqual(rules('0151 5550100'), ['phone-number']);
    assert.deepEqual(rules('1555.010.4321'), ['phone-number']);
    assert.deepEqual(rules('call 555-0142 or (800) 555-0199'), []);
  });

  it('timestamps: seconds and milliseconds warn, other long numbers are phone numbers', () => {
    assert.deepEqual(rules('1732608000 1732608000123'), ['real-timestamp', 'real-timestamp']);
    assert.deepEqual(rules('9915550100001'), ['phone-number']);
  });

  it('IPv4 private ranges warn; loopback, unspecified and broadcast pass', () => {
    assert.deepEqual(scanText('n', '10.0.0.1 172.16.0.1 192.168.1.1 100.64.0.1 169.254.1.1').map((f) => f.severity), ['warn', 'warn', 'warn', 'warn', 'warn']);
    assert.deepEqual(rules('127.0.0.1 0.0.0.0 255.255.255.255'), []);
  });

  it('IPv6: embedded IPv4, brackets with port; short shapes and MAC-like strings are not IPv6', () => {
    assert.deepEqual(rules('[2a01:4f8:1c1c::1]:3478'), ['ipv6']);
    assert.deepEqual(rules('::1 a::b dead:beef:cafe'), []);
    assert.deepEqual(rules('3c:22:fb:12:34:56'), ['mac']);
    assert.deepEqual(rules('3c-22-fb-12-34-56 and 3c22.fb12.3456'), ['mac', 'mac']);
  });

  it('base64 heuristics: words, camelCase and paths are not keys; random tokens of non-key sizes warn', () => {
    const g = new Gen(27);
    assert.deepEqual(rules('internationalization RelayLatencyMeasurements /usr/local/lib/node_modules/typescript'), []);
    assert.deepEqual(rules(`x ${g.secret(b64(g.bytes(20)))}`), ['high-entropy-token']);
    assert.deepEqual(rules(`x ${g.secret(hex(g.bytes(20)))}`), ['high-entropy-token']);
    assert.deepEqual(rules(`x ${'0'.repeat(64)} ${'ab'.repeat(32)}`), []);
  });

  it('hex keys in quotes, XML text and with a 0x prefix', () => {
    const g = new Gen(30);
    const k = (): string => g.secret(hex(g.bytes(32)));
    assert.deepEqual(rules(`{"key":"${k()}"} <enc>${k()}</enc> 0x${k()}`), ['key-hex', 'key-hex', 'key-hex']);
  });

  it('double base64 reports the inner decoded length', () => {
    const g = new Gen(28);
    const [f] = scanText('n', g.secret(b64(Buffer.from(b64(g.bytes(32))))));
    assert.deepEqual([f?.rule, f?.encoding, f?.length], ['double-base64', 'base64-base64', 32]);
  });

  it('Curve25519 public key: 44 base64 characters starting with B (33 bytes, 0x05 type byte)', () => {
    const g = new Gen(29);
    const key = g.secret(b64(g.bytes(33, [0x05])));
    assert.equal(key[0], 'B');
    assert.equal(key.length, 44);
    const [f] = scanText('n', key);
    assert.deepEqual([f?.rule, f?.length], ['key-base64', 33]);
    assert.match(f?.message ?? '', /33 bytes/);
  });

  it('zero-width characters inside a JID and full-width digits are seen through; columns stay original', () => {
    const findings = scanText('notes', 'ab\u200b \u200b1555\u200b0100\u200b001@s\u200b.whatsapp.net');
    assert.deepEqual(findings.map((f) => [f.rule, f.line, f.column]), [['format-character', 1, 3], ['format-character', 1, 5], ['phone-jid', 1, 6], ['format-character', 1, 10], ['format-character', 1, 15], ['format-character', 1, 21]]);
    assert.deepEqual(rules('１５５５０１００００１＠ｓ．ｗｈａｔｓａｐｐ．ｎｅｔ'), ['phone-jid']);
  });
});

describe('rule table', () => {
  it('every rule has a severity and guidance without digits beyond documented examples', () => {
    for (const id of RULE_IDS) {
      const r = RULES[id];
      assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.ok(r.severity === 'block' || r.severity === 'warn');
      assert.ok(/:/.test(r.message), `${id}: meaning, colon, what to do`);
    }
  });
});
