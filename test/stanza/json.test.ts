import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_DEPTH, readStanza } from '../../src/stanza/read.ts';
import type { StanzaNode } from '../../src/stanza/types.ts';

function tree(text: string): StanzaNode {
  const r = readStanza(text);
  assert.ok(r.ok, r.ok ? '' : `${r.error.message} at ${r.error.line}:${r.error.column}`);
  assert.equal(r.format, 'json');
  assert.ok(r.tree);
  return r.tree;
}

function error(text: string): { at: string; message: string } {
  const r = readStanza(text);
  assert.ok(!r.ok, 'expected an error');
  assert.equal(r.format, 'json');
  return { at: `${r.error.line}:${r.error.column}`, message: r.error.message };
}

describe('JSON reader: shape', () => {
  test('numbers keep their source spelling, booleans become true/false', () => {
    const t = tree('{"tag":"a","attrs":{"n":1e3,"big":12345678901234567890,"neg":-0.5,"b":false}}');
    assert.deepEqual(
      t.attrs.map((a) => [a.name, a.value]),
      [['n', '1e3'], ['big', '12345678901234567890'], ['neg', '-0.5'], ['b', 'false']],
    );
  });

  test('attrs and content may be absent or null; whitespace-only text is no content', () => {
    assert.deepEqual(tree('{"tag":"a"}').attrs, []);
    assert.deepEqual(tree('{"tag":"a","attrs":null,"content":null}').attrs, []);
    assert.equal(tree('{"tag":"a","content":"  \\n "}').content, undefined);
  });

  test('string content is text positioned after its quote; escapes decode', () => {
    const t = tree('{"tag":"a",\n "content":"\\u0041\\n\\"x\\/"}');
    assert.deepEqual(t.content, { kind: 'text', text: 'A\n"x/', pos: { line: 2, column: 13 } });
  });

  test('bytes: Buffer JSON and the Uint8Array shape', () => {
    const b = tree('{"tag":"a","content":{"type":"Buffer","data":[0,255]}}').content;
    assert.ok(b?.kind === 'bytes');
    assert.deepEqual([...b.bytes], [0, 255]);
    const u = tree('{"tag":"a","content":{"0":7,"1":8}}').content;
    assert.ok(u?.kind === 'bytes');
    assert.deepEqual([...u.bytes], [7, 8]);
    assert.ok(tree('{"tag":"a","content":{}}').content?.kind === 'bytes', 'empty object: zero bytes');
  });

  test('bad byte shapes are errors', () => {
    assert.equal(error('{"tag":"a","content":{"type":"Buffer","data":[1],"x":1}}').at, '1:22');
    assert.equal(error('{"tag":"a","content":{"type":"Blob","data":[1]}}').at, '1:22');
    assert.equal(error('{"tag":"a","content":{"type":"Buffer","data":"AQ=="}}').at, '1:22');
    assert.equal(error('{"tag":"a","content":{"1":7,"0":8}}').at, '1:22');
    assert.equal(error('{"tag":"a","content":{"type":"Buffer","data":[1.5]}}').at, '1:47');
    assert.equal(error('{"tag":"a","content":{"type":"Buffer","data":[-1]}}').at, '1:47');
  });

  test('other content and attribute value types are errors naming the path', () => {
    assert.match(error('{"tag":"a","content":5}').message, /\$\.content must be/);
    assert.match(error('{"tag":"a","attrs":[]}').message, /\$\.attrs must be an object/);
    const e = error('{"tag":"a","content":[{"tag":"b","attrs":{"x":[1]}}]}');
    assert.match(e.message, /\$\.content\[0\]\.attrs\.x must be a string, number or boolean, not an array/);
    assert.equal(e.at, '1:47');
  });

  test('the root must be a node object with a valid tag', () => {
    assert.match(error('{"tag":7}').message, /\$\.tag must be a string/);
    assert.match(error('{"tag":"a b"}').message, /\$\.tag must be a string/);
    assert.match(error('{"tag":"a","attrs":{"b c":"1"}}').message, /attribute name/);
  });

  test(`node nesting beyond ${MAX_DEPTH} is an error; raw JSON nesting is bounded too`, () => {
    const nest = (depth: number): string =>
      '{"tag":"a","content":['.repeat(depth - 1) + '{"tag":"a"}' + ']}'.repeat(depth - 1);
    assert.equal(tree(nest(MAX_DEPTH)).tag, 'a');
    assert.match(error(nest(MAX_DEPTH + 1)).message, /nested deeper/);
    assert.match(error('{"tag":"a","attrs":{"x":' + '['.repeat(100_000) + '}}').message, /nested deeper/);
  });
});

describe('JSON reader: syntax', () => {
  test('strict JSON errors with positions', () => {
    assert.equal(error('{"tag":"a",}').at, '1:12');
    assert.equal(error('{"tag":"a"} x').at, '1:13');
    assert.equal(error('{"tag":"a","attrs":{"n":01}}').at, '1:26');
    assert.equal(error('{"tag":"a","content":"x').at, '1:22');
    assert.equal(error('{"tag":"a","content":"x\ty"}').at, '1:24');
    assert.equal(error('{"tag":"a","content":"\\q"}').at, '1:23');
    assert.equal(error('{"tag":"a","content":"\\u12"}').at, '1:23');
    assert.equal(error("{'tag':'a'}").at, '1:2');
    assert.equal(error('{"tag" "a"}').at, '1:8');
    assert.equal(error('{"tag":"a"').at, '1:1');
    assert.equal(error('{"tag":"a","content":[{"tag":"b"}').at, '1:22');
    assert.equal(error('{"tag":"a","content":[').at, '1:23');
  });

  test('each error is at the first character that is not JSON, with what was expected there', () => {
    const cases: [string, string, RegExp][] = [
      // A string broken twice: the first break counts (the parser library keeps the last).
      ['{"tag":"call\t,\n "attrs":{}}', '1:13', /control character inside a string/],
      ['{"tag":"call\\,\n "attrs":{}}', '1:13', /bad escape sequence/],
      // A stray quote where a comma belongs is that mistake, not an unterminated string.
      ['{"tag":"call"",\n "attrs":{}}', '1:14', /expected ',' or '}'/],
      ['{"tag":"a"}\n"', '2:1', /unexpected data after the JSON value/],
      // A number stops being one where its next character cannot continue it.
      ['{"tag":"a","attrs":{"n":10e"2"}}', '1:27', /expected ',' or '}'/],
      ['{"tag":"a","attrs":{"n":1.}}', '1:26', /expected ',' or '}'/],
      ['{"tag":"a","attrs":{"n":-}}', '1:25', /a value was expected/],
      ['{"tag":"a","attrs":{"x":1,}}', '1:27', /expected a string key/],
      ['{"tag":"a","content":[1,', '1:25', /unexpected end of input, a value was expected/],
      ['{"tag":"a","attrs":{"n":1} /* c */}', '1:28', /expected ',' or '}'/],
      ['{"ta"g":"a"}', '1:6', /expected ':' after a key/],
    ];
    for (const [input, at, message] of cases) {
      const e = error(input);
      assert.equal(e.at, at, input);
      assert.match(e.message, message, input);
    }
    assert.equal(tree('\ufeff{"tag":"a"}').tag, 'a', 'a leading byte-order mark is allowed');
  });

  test('duplicate keys are errors at the second key', () => {
    assert.equal(error('{"tag":"a","attrs":{"x":"1","x":"2"}}').at, '1:29');
    assert.equal(error('{"tag":"a","tag":"b"}').at, '1:12');
  });

  test('unknown keys are errors (the tree would not carry their data)', () => {
    const e = error('{"tag":"a","attrs":{},"note":"x"}');
    assert.equal(e.at, '1:23');
    assert.match(e.message, /unknown key \$\.note/);
  });
});

describe('JSON reader: messages carry no content', () => {
  test('keys that are not plain names, or hold many digits, are shown by index', () => {
    const e1 = error('{"tag":"a","attrs":{"ok":"1","15550100001":"x"}}');
    assert.ok(!e1.message.includes('1555'));
    assert.match(e1.message, /\[key #1\]/);
    const e2 = error('{"tag":"a","x15550100001":1}');
    assert.ok(!e2.message.includes('1555'));
    assert.match(e2.message, /\[key #1\]/);
    const e3 = error('{"tag":"a","attrs":{"caller_pn":{"v":"15550100001"}}}');
    assert.match(e3.message, /\$\.attrs\.caller_pn /);
    assert.ok(!e3.message.includes('1555'));
  });

  test('values never appear in messages', () => {
    for (const input of [
      '{"tag":"zq15550100001 "}',
      '{"tag":"a","content":"zq15550100001',
      '{"tag":"a","content":[{"zq15550100001":1}]}',
    ]) {
      const e = error(input);
      assert.ok(!e.message.includes('zq') && !e.message.includes('1555'), e.message);
    }
  });
});
