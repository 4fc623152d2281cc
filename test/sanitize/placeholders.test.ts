import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  GRAMMAR_PREDICATES,
  isDocumentationDomain,
  isDocumentationIp,
  isFictionalPhone,
  isPlaceholder,
  isPlaceholderJid,
  isPlaceholderJidUser,
  isSafeConstantJid,
  parseIpv6,
  PLACEHOLDER_GRAMMAR,
} from '../../src/sanitize/placeholders.ts';

describe('PLACEHOLDER_GRAMMAR (rendered by the docs)', () => {
  for (const shape of PLACEHOLDER_GRAMMAR) {
    it(`${shape.name}: every example matches its own predicate and pattern`, () => {
      const predicate = GRAMMAR_PREDICATES[shape.name];
      assert.ok(predicate, `no predicate for ${shape.name}`);
      assert.ok(shape.examples.length > 0);
      assert.ok(shape.description.length > 20);
      const re = new RegExp(shape.pattern, shape.name === 'documentation-domain' ? 'i' : '');
      for (const example of shape.examples) {
        assert.ok(predicate(example), `${shape.name} predicate rejects ${example}`);
        // The fictional-phone pattern applies to the digits only (documented in its description).
        const subject = shape.name === 'fictional-phone' ? example.replace(/[^0-9]/g, '') : example;
        if (shape.name !== 'documentation-ipv6') assert.ok(re.test(subject), `${shape.name} pattern rejects ${example}`);
        else assert.ok(re.test(example), `${shape.name} pattern rejects ${example}`);
      }
    });
  }
});

describe('placeholders are whole tokens', () => {
  it('value placeholders', () => {
    for (const ok of ['CALLID1', 'CALLID0001', 'TIMESTAMP1', 'TOKEN', 'KEY_PLACEHOLDER_2', '...redacted...']) assert.ok(isPlaceholder(ok), ok);
    for (const bad of ['A', 'Callid1', 'callid1', 'CALLID12345', 'xCALLID1', 'CALLID1 ', ' TOKEN', '1TOKEN', 'TOK3N', `A${'B'.repeat(40)}`, '..redacted..', '...REDACTED...', 'x...redacted...', '']) {
      assert.ok(!isPlaceholder(bad), bad);
    }
  });

  it('JID users and placeholder JIDs: digits only as agent/device suffixes', () => {
    for (const ok of ['A', 'Alice', 'CALLER', 'Caller:2', 'B_1', 'B.1:12', 'Self']) assert.ok(isPlaceholderJidUser(ok), ok);
    for (const bad of ['a', 'alice', 'A1', 'aLICE', 'A:123', 'Caller:2:3', '15550100001', 'A-B', `A${'b'.repeat(16)}`]) {
      assert.ok(!isPlaceholderJidUser(bad), bad);
    }
    for (const ok of ['A@s.whatsapp.net', 'Caller:2@s.whatsapp.net', 'B@lid', 'Peer@hosted.lid', 'G@g.us', 'CALLID1@call']) assert.ok(isPlaceholderJid(ok), ok);
    for (const bad of ['15550100001@s.whatsapp.net', 'A1@s.whatsapp.net', 'alice@s.whatsapp.net', 'A@gmail.com', 'A@s.whatsapp.net.evil', 'xA@s.whatsapp.net', 'A@', '@lid']) {
      assert.ok(!isPlaceholderJid(bad), bad);
    }
  });

  it('safe constants are exact', () => {
    for (const ok of ['0@s.whatsapp.net', '0@c.us', '0@lid', '0@g.us', 'status@broadcast', 'server@c.us', 's.whatsapp.net', '@s.whatsapp.net']) assert.ok(isSafeConstantJid(ok), ok);
    for (const bad of ['1@s.whatsapp.net', '00@s.whatsapp.net', '0:1@lid', 'status@g.us', 'server@s.whatsapp.net', '0@example.com', 'xstatus@broadcast']) {
      assert.ok(!isSafeConstantJid(bad), bad);
    }
  });
});

describe('documentation values', () => {
  it('IPv4 and IPv6 ranges', () => {
    for (const ok of ['192.0.2.0', '192.0.2.255', '198.51.100.1', '203.0.113.9', '2001:db8::', '2001:db8:ffff::1', '2001:0db8::1']) assert.ok(isDocumentationIp(ok), ok);
    for (const bad of ['192.0.3.1', '192.0.2.256', '198.51.101.1', '203.0.112.1', '2001:db9::1', '2002:db8::1', '8.8.8.8', '192.0.2.1.5', 'x192.0.2.1']) {
      assert.ok(!isDocumentationIp(bad), bad);
    }
  });

  it('IPv6 parsing: compression, embedded IPv4, and rejection of non-addresses', () => {
    assert.deepEqual(parseIpv6('2001:db8::1'), [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(parseIpv6('::ffff:192.0.2.1'), [0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201]);
    for (const bad of ['12:30:45', '1::2::3', 'a:b:c:d:e:f:1:2:3', 'g::1', '1:2:3:4:5:6:7:8::', ':']) assert.equal(parseIpv6(bad), undefined, bad);
  });

  it('domains', () => {
    for (const ok of ['example.com', 'EXAMPLE.ORG', 'mail.example.net', 'x.test', 'a.b.invalid', 'host.example', 'example.com.']) assert.ok(isDocumentationDomain(ok), ok);
    for (const bad of ['example.co', 'notexample.com', 'example.com.evil.org', 'gmail.com', 'test.com', 'exampletest']) assert.ok(!isDocumentationDomain(bad), bad);
  });

  it('fictional phone numbers 555-0100…555-0199', () => {
    for (const ok of ['555-0100', '555-0199', '(202) 555-0123', '+1 202 555 0142', '1-800-555-0150', '5550150']) assert.ok(isFictionalPhone(ok), ok);
    for (const bad of ['555-0200', '555-0099', '15550100001', '(555) 010-0123', '+49 555 0100', '555-0100x', '555 0100 00']) assert.ok(!isFictionalPhone(bad), bad);
  });
});
