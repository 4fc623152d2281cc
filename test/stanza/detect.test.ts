import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectFormat, NOT_READABLE, readStanza } from '../../src/stanza/read.ts';
import { renderNode } from './render.ts';

const XML = '<call id="CALLID1">\n  <terminate call-id="CALLID1" reason="timeout"/>\n</call>\n';
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

describe('detectFormat', () => {
  test('a leading < is XML and a leading { is JSON, after whitespace or a BOM', () => {
    assert.equal(detectFormat('<call/>'), 'xml');
    assert.equal(detectFormat(' \t\r\n<call/>'), 'xml');
    assert.equal(detectFormat('\uFEFF<call/>'), 'xml');
    assert.equal(detectFormat('{"tag":"call"}'), 'json');
    assert.equal(detectFormat('\n  {"tag":"call"}'), 'json');
  });

  test('detection looks at the text only: a malformed body keeps its format', () => {
    assert.equal(detectFormat('<call'), 'xml');
    assert.equal(detectFormat('{nope'), 'json');
  });

  test('a text of hex digits only is hex even when it is also valid base64', () => {
    assert.equal(detectFormat('cafe'), 'hex');
    assert.equal(detectFormat('3308'), 'hex');
    assert.equal(detectFormat('ABCDEF12'), 'hex');
    assert.equal(detectFormat('330'), 'hex', 'odd digit count is still hex (an error when read)');
  });

  test('base64 needs a non-hex character or padding', () => {
    assert.equal(detectFormat('QQ=='), 'base64');
    assert.equal(detectFormat('AA=='), 'base64');
    assert.equal(detectFormat('SGVsbG8'), 'base64', 'unpadded, length 3 mod 4');
    assert.equal(detectFormat('SGVsbG8h'), 'base64');
    assert.equal(detectFormat('-_-_'), 'base64', 'URL alphabet');
  });

  test('invalid base64 shapes are not base64', () => {
    assert.equal(detectFormat('SGVsbG8hS'), undefined, 'length 1 mod 4');
    assert.equal(detectFormat('QQ='), undefined, 'padded but not a multiple of 4');
    assert.equal(detectFormat('Q==='), undefined, 'three padding characters');
    assert.equal(detectFormat('QQ==QQ=='), undefined, 'padding in the middle');
    assert.equal(detectFormat('ab+/cd-_'), undefined, 'mixed standard and URL alphabets');
    assert.equal(detectFormat('SGVs bG8h'), undefined, 'a space inside a line');
    assert.equal(detectFormat('SGVsbG8hSGVs\nbG8h\nSGVsbG8h'), undefined, 'wrapped lines of unequal length');
    assert.equal(detectFormat('SGVsbG8\nSGVsbG8'), undefined, 'wrapped line length not a multiple of 4');
    assert.equal(detectFormat('SGVs\nSGVsbG8h'), undefined, 'last line longer than the wrap width');
  });

  test('wrapped base64 is base64', () => {
    assert.equal(detectFormat('SGVsbG8h\nSGVsbG8h\nSGVs\n'), 'base64');
    assert.equal(detectFormat('SGVsbG8h\r\nSGVsbG8h\r\nSGU=\r\n'), 'base64');
  });

  test('empty, free text and other shapes are not readable', () => {
    assert.equal(detectFormat(''), undefined);
    assert.equal(detectFormat(' \n\t '), undefined);
    assert.equal(detectFormat('the call failed'), undefined);
    assert.equal(detectFormat('[{"tag":"call"}]'), undefined);
    assert.equal(detectFormat('0x 0y'), undefined);
  });

  test('documented ambiguity: one word in the base64 alphabet with a valid length is base64', () => {
    // The reader cannot tell a lone word from a short base64 body; the result is bytes without a
    // tree, which the scanner blocks as undecodable binary (fail closed).
    assert.equal(detectFormat('call'), 'base64');
    const r = readStanza('call');
    assert.ok(r.ok && r.tree === undefined && r.bytes?.length === 3);
  });
});

describe('readStanza: formats and decoding', () => {
  test('not readable: a clear message, a position, no format and none of the input', () => {
    const r = readStanza('caller 15550100001 rang me');
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.format, undefined);
    assert.ok(r.error.message.startsWith(NOT_READABLE));
    assert.ok(!r.error.message.includes('1555'));
    assert.ok(!r.error.message.includes('caller'));
    assert.deepEqual([r.error.line, r.error.column], [1, 7]);
  });

  test('not readable: the position is where the further of hex and base64 broke', () => {
    const hexish = readStanza('  33 08 a1 zz');
    assert.ok(!hexish.ok);
    if (!hexish.ok) assert.deepEqual([hexish.error.line, hexish.error.column], [1, 12]);
    const b64ish = readStanza('SGVsbG8h\nSGVs#G8h');
    assert.ok(!b64ish.ok);
    if (!b64ish.ok) assert.deepEqual([b64ish.error.line, b64ish.error.column], [2, 5]);
  });

  test('empty input is an error at 1:1', () => {
    for (const text of ['', '\n\n  ']) {
      const r = readStanza(text);
      assert.ok(!r.ok);
      if (!r.ok) assert.deepEqual([r.error.line, r.error.column, r.format], [1, 1, undefined]);
    }
  });

  test('hex and base64 of XML give the same tree as the XML, positions relative to the decoded text', () => {
    const direct = readStanza(XML);
    assert.ok(direct.ok && direct.tree);
    const bodies = [
      utf8(XML).toString('hex'),
      utf8(XML).toString('hex').toUpperCase(),
      utf8(XML).toString('base64'),
      utf8(XML).toString('base64url'),
    ];
    for (const body of bodies) {
      const r = readStanza(body);
      assert.ok(r.ok && r.tree, body.slice(0, 8));
      if (!r.ok || !r.tree || !direct.ok || !direct.tree) return;
      assert.deepEqual(renderNode(r.tree), renderNode(direct.tree));
      assert.deepEqual(r.decoded, { format: 'xml', text: XML });
      assert.equal(r.bytes, undefined);
      assert.equal(r.tree.children[0]?.pos.line, 2, 'line inside the decoded text, not the hex');
    }
  });

  test('a decoded tree keeps the outer format', () => {
    assert.equal(readStanza(utf8(XML).toString('hex')).format, 'hex');
    assert.equal(readStanza(utf8(XML).toString('base64')).format, 'base64');
  });

  test('decoded JSON gives a tree', () => {
    const json = '{"tag":"call","attrs":{"id":"CALLID1"}}';
    const r = readStanza(utf8(json).toString('base64'));
    assert.ok(r.ok);
    if (r.ok) assert.deepEqual([r.decoded?.format, r.tree?.tag], ['json', 'call']);
  });

  test('decoding happens once: hex of base64 of XML is bytes without a tree', () => {
    const r = readStanza(utf8(utf8(XML).toString('base64')).toString('hex'));
    assert.ok(r.ok);
    if (r.ok) {
      assert.equal(r.tree, undefined);
      assert.equal(r.bytes?.length, utf8(XML).toString('base64').length);
    }
  });

  test('UTF-8 text that is not XML or JSON is bytes without a tree', () => {
    const r = readStanza(utf8('just some words').toString('base64'));
    assert.ok(r.ok);
    if (r.ok) {
      assert.equal(r.format, 'base64');
      assert.equal(r.tree, undefined);
      assert.equal(r.decodedError, undefined);
      assert.deepEqual(Buffer.from(r.bytes ?? []).toString(), 'just some words');
    }
  });

  test('invalid UTF-8 is bytes without a tree, even if it starts with <', () => {
    const r = readStanza('3c61ff3e');
    assert.ok(r.ok);
    if (r.ok) assert.deepEqual([r.tree, r.bytes?.length], [undefined, 4]);
  });

  test('malformed decoded XML: bytes, no tree, and the error relative to the decoded text', () => {
    const r = readStanza(utf8('<call>\n  <offer>\n</call>').toString('hex'));
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.equal(r.tree, undefined);
    assert.equal(r.bytes?.length, 24);
    assert.deepEqual([r.decodedError?.line, r.decodedError?.column], [2, 3]);
  });

  test('a decoded BOM is dropped before reading', () => {
    const r = readStanza(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('<a/>')]).toString('hex'));
    assert.ok(r.ok && r.tree);
    if (r.ok) assert.deepEqual([r.tree?.tag, r.tree?.pos], ['a', { line: 1, column: 1 }]);
  });

  test('base64 decoding is exact for every length and both alphabets', () => {
    let seed = 7;
    for (let len = 1; len <= 64; len++) {
      const bytes = Buffer.from(Array.from({ length: len }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24)));
      bytes[0] = 0xff; // not UTF-8, so the result is the bytes
      for (const body of [bytes.toString('base64'), bytes.toString('base64url')]) {
        const r = readStanza(body);
        assert.ok(r.ok, `length ${len}`);
        if (!r.ok) continue;
        if (r.format === 'hex') continue; // all hex digits and no padding: hex by rule
        assert.equal(r.format, 'base64');
        assert.deepEqual(Buffer.from(r.bytes ?? []), bytes, `length ${len}`);
      }
    }
  });
});
