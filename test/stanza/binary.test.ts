import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readStanza } from '../../src/stanza/read.ts';

function bytesOf(text: string): number[] {
  const r = readStanza(text);
  assert.ok(r.ok, r.ok ? '' : `${r.error.message} at ${r.error.line}:${r.error.column}`);
  assert.ok(r.bytes, 'bytes expected');
  return [...r.bytes];
}

function hexError(text: string): string {
  const r = readStanza(text);
  assert.ok(!r.ok, 'expected an error');
  assert.equal(r.format, 'hex');
  return `${r.error.line}:${r.error.column}`;
}

describe('hex layouts', () => {
  test('plain and spaced, any case, with or without 0x prefixes', () => {
    for (const text of ['ff0001', 'FF 00 01', '  ff\n00\t01\n', '0xff 0x00 0x01', '0XFF0001', '0xff00 01']) {
      assert.deepEqual(bytesOf(text), [255, 0, 1], text);
    }
  });

  test('an odd digit group is an error at the group, even when the total is even', () => {
    assert.equal(hexError('ff0'), '1:1');
    assert.equal(hexError('ff 0 00 1'), '1:4');
    assert.equal(hexError('ff\n  0x123'), '2:3');
  });

  test('xxd: offsets and ASCII gutter are dropped, short last lines and -g1 groups work', () => {
    const xxd = [
      '00000000: ff00 0102 0304 0506 0708 090a 0b0c 0d0e  ................',
      '00000010: 0f10                                     ..',
    ].join('\n');
    assert.deepEqual(bytesOf(xxd), Array.from({ length: 18 }, (_, k) => (k === 0 ? 255 : k - 1)));
    assert.deepEqual(bytesOf('00000000: ff 00 01  ...\r\n00000003: 02  .\r\n'), [255, 0, 1, 2]);
  });

  test('xxd: a gutter full of hex-looking characters is still ignored', () => {
    assert.deepEqual(bytesOf('00000000: 6162 6364  abcd'), [0x61, 0x62, 0x63, 0x64]);
  });

  test('xxd: errors at the offending character', () => {
    assert.equal(hexError('00000000: ff00  ..\nff00 0102'), '2:1');
    assert.equal(hexError('00000000: ff0g  ..'), '1:14');
    assert.equal(hexError('00000000: ff0  ..'), '1:11');
  });

  test('hexdump -C: offsets, the double space and the |gutter| are dropped', () => {
    const dump = [
      '00000000  ff 00 01 02 03 04 05 06  07 08 09 0a 0b 0c 0d 0e  |................|',
      '00000010  0f 10                                             |..|',
      '00000012',
    ].join('\n');
    assert.deepEqual(bytesOf(dump), Array.from({ length: 18 }, (_, k) => (k === 0 ? 255 : k - 1)));
  });

  test('hexdump -C: a gutter holding | or hex digits is ignored', () => {
    assert.deepEqual(bytesOf('00000000  7c 61 62  ||ab|\n00000003'), [0x7c, 0x61, 0x62]);
  });

  test('hexdump -C: errors at the offending character; * lines are refused', () => {
    assert.equal(hexError('00000000  ff 00 01  |...|\n00000003  fff  |.|'), '2:11');
    assert.equal(hexError('00000000  ff 00 0g  |...|'), '1:17');
    assert.equal(hexError('00000000  ff 00 01  |...|\nzz'), '2:1');
    assert.equal(hexError('00000000  ff ff  |..|\n*\n00000010'), '2:1');
  });

  test('hex of random bytes gives bytes and no tree', () => {
    const r = readStanza('f8a7507f565696f1');
    assert.ok(r.ok);
    if (r.ok) assert.deepEqual([r.format, r.tree, r.bytes?.length], ['hex', undefined, 8]);
  });
});

describe('base64 decoding', () => {
  test('wrapped, CRLF, leading/trailing blank lines', () => {
    const body = Buffer.from(Array.from({ length: 100 }, (_, k) => (k * 37 + 200) & 255));
    body[0] = 0xff;
    const wrapped = `\n\n${body.toString('base64').replace(/(.{76})/g, '$1\r\n')}\r\n\n`;
    const r = readStanza(wrapped);
    assert.ok(r.ok);
    if (r.ok) {
      assert.equal(r.format, 'base64');
      assert.deepEqual(Buffer.from(r.bytes ?? []), body);
    }
  });
});

describe('hexdump -C without its gutter', () => {
  test('a first line starting 00000000 and two spaces is hexdump -C, so offsets are not data', () => {
    const r = readStanza('00000000  3c 61 2f 3e\n00000004\n');
    assert.ok(r.ok);
    if (r.ok) assert.deepEqual([r.format, r.tree?.tag], ['hex', 'a']);
    assert.deepEqual(bytesOf('00000000  ff 00\n00000002'), [255, 0]);
  });
});
