import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_DEPTH, readStanza } from '../../src/stanza/read.ts';
import type { ReadResult, StanzaNode } from '../../src/stanza/types.ts';

function tree(text: string): StanzaNode {
  const r = readStanza(text);
  assert.ok(r.ok, r.ok ? '' : `${r.error.message} at ${r.error.line}:${r.error.column}`);
  assert.ok(r.tree);
  return r.tree;
}

function error(text: string): { at: string; message: string; format: string | undefined } {
  const r: ReadResult = readStanza(text);
  assert.ok(!r.ok, 'expected an error');
  return { at: `${r.error.line}:${r.error.column}`, message: r.error.message, format: r.format };
}

describe('XML reader: structure', () => {
  test(`nesting up to ${MAX_DEPTH} levels reads; one more is an error at that tag, not a crash`, () => {
    let node = tree('<a>'.repeat(MAX_DEPTH) + '</a>'.repeat(MAX_DEPTH));
    let depth = 1;
    while (node.children[0] !== undefined) {
      node = node.children[0];
      depth++;
    }
    assert.equal(depth, MAX_DEPTH);
    const e = error('<a>'.repeat(MAX_DEPTH + 1) + '</a>'.repeat(MAX_DEPTH + 1));
    assert.equal(e.at, `1:${3 * MAX_DEPTH + 1}`);
    assert.match(e.message, /nested deeper than 256/);
  });

  test('tag and attribute names follow [A-Za-z_][A-Za-z0-9_.:-]*', () => {
    const t = tree('<_a.b:c-d9 x:y-z.w_1="v"/>');
    assert.equal(t.tag, '_a.b:c-d9');
    assert.equal(t.attrs[0]?.name, 'x:y-z.w_1');
    assert.equal(error('<1a/>').at, '1:1');
    assert.equal(error('<a -b="1"/>').at, '1:4');
  });

  test('a close tag may have whitespace before >, a start tag around =', () => {
    const t = tree('<a  b =\n "1"\t></a  >');
    assert.deepEqual(t.attrs, [{ name: 'b', value: '1', pos: { line: 2, column: 3 } }]);
  });

  test('> inside an attribute value is fine; < is not', () => {
    assert.equal(tree('<a b="x>y"/>').attrs[0]?.value, 'x>y');
    assert.equal(error('<a b="x<y"/>').at, '1:6');
  });

  test('an empty attribute value is positioned where it would start', () => {
    assert.deepEqual(tree('<a b=""/>').attrs[0], { name: 'b', value: '', pos: { line: 1, column: 7 } });
  });

  test('text split by a comment is joined; text beside child elements is dropped', () => {
    assert.deepEqual(tree('<a> foo<!-- x -->bar </a>').content, { kind: 'text', text: 'foobar', pos: { line: 1, column: 5 } });
    const mixed = tree('<a>text<b/>more</a>');
    assert.equal(mixed.content, undefined);
    assert.equal(mixed.children.length, 1);
  });

  test('whitespace-only text is ignored; text is trimmed and positioned at its first non-space', () => {
    assert.equal(tree('<a>\n \t </a>').content, undefined);
    const t = tree('<a>\n   x y  \n</a>');
    assert.deepEqual(t.content, { kind: 'text', text: 'x y', pos: { line: 2, column: 4 } });
  });

  test('processing instructions anywhere outside tags are skipped', () => {
    assert.equal(tree('<?xml version="1.0"?><a><?pi data?><b/></a><?end?>').children.length, 1);
  });

  test('/ in a start tag must be followed by >', () => {
    assert.equal(error('<a / >').at, '1:4');
  });

  test('a close tag after the root is an error at its <', () => {
    const e = error('<a/></b>');
    assert.equal(e.at, '1:5');
    assert.match(e.message, /after the root/);
  });

  test('an unclosed inner element is reported at its own start tag', () => {
    const e = error('<a><b><c></a>');
    assert.equal(e.at, '1:7');
    assert.match(e.message, /^unclosed tag/);
  });

  test('unterminated close tag, CDATA, prolog; CDATA outside the root', () => {
    assert.equal(error('<a></a').at, '1:4');
    assert.equal(error('<a><![CDATA[x</a>').at, '1:4');
    assert.equal(error('<?xml version="1.0"').at, '1:1');
    assert.equal(error('<![CDATA[x]]><a/>').at, '1:1');
  });

  test('no root element (only comments) is an error', () => {
    const e = error('<!-- nothing -->\n');
    assert.equal(e.at, '2:1');
    assert.match(e.message, /no root element/);
  });
});

describe('XML reader: entities', () => {
  test('the five entities and numeric references decode in attributes and text', () => {
    const t = tree('<a v="&lt;&gt;&amp;&quot;&apos;&#48;&#x41;&#x4a;">&#x1F600;&#169;</a>');
    assert.equal(t.attrs[0]?.value, '<>&"\'0AJ');
    assert.equal(t.content?.kind === 'text' ? t.content.text : '', '\u{1F600}\u00A9');
  });

  test('unknown, unterminated or out-of-range references are errors at the &', () => {
    assert.equal(error('<a>&nbsp;</a>').at, '1:4');
    assert.equal(error('<a>a & b</a>').at, '1:6');
    assert.equal(error('<a>&#X42;</a>').at, '1:4', 'the x of a hex reference is lower case');
    assert.equal(error('<a>&#0;</a>').at, '1:4');
    assert.equal(error('<a>&#xD800;</a>').at, '1:4');
    assert.equal(error('<a>&#x110000;</a>').at, '1:4');
    assert.equal(error('<a>&#12345678;</a>').at, '1:4');
    assert.equal(error('<a b="&amp"/>').at, '1:7');
    assert.equal(error('<a>&averyveryverylongname;</a>').at, '1:4');
    assert.equal(error('<a>&valueOf;</a>').at, '1:4', 'no Object.prototype lookups');
    assert.equal(error('<a b="&toString;"/>').at, '1:7');
    assert.equal(error('<a>&__proto__;</a>').at, '1:4');
  });
});

describe('XML reader: positions', () => {
  test('CRLF and lone CR count as one line break each', () => {
    const t = tree('<a>\r\n  <b x="1"/>\r<c/>\n</a>');
    assert.deepEqual(t.children[0]?.pos, { line: 2, column: 3 });
    assert.deepEqual(t.children[0]?.attrs[0]?.pos, { line: 2, column: 9 });
    assert.deepEqual(t.children[1]?.pos, { line: 3, column: 1 });
  });

  test('columns count UTF-16 code units; a leading BOM is column 1', () => {
    const t = tree('\uFEFF<a n="\u{1F600}" m="x"/>');
    assert.deepEqual(t.pos, { line: 1, column: 2 });
    assert.deepEqual(t.attrs[1]?.pos, { line: 1, column: 15 });
  });

  test('leading blank lines move the root position', () => {
    assert.deepEqual(tree('\n\n   <a/>').pos, { line: 3, column: 4 });
  });
});

describe('XML reader: messages carry no content', () => {
  test('no tag name, attribute name or value appears in any error message', () => {
    const secret = 'zq15550100001';
    const inputs = [
      `<${secret}><b></${secret}x>`,
      `<a><${secret}></a>`,
      `<a ${secret}="1" ${secret}="2"/>`,
      `<a b="${secret}`,
      `<a b=${secret}/>`,
      `<a>${secret} &${secret};</a>`,
      `<a/>${secret}`,
      `<a/><${secret}/>`,
    ];
    for (const input of inputs) {
      const e = error(input);
      assert.ok(!e.message.includes('zq'), e.message);
      assert.ok(!e.message.includes('1555'), e.message);
    }
  });
});
