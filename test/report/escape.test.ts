import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capBody, codeSpan, escapeText, MAX_BODY } from '../../src/report/escape.ts';

const ZWJ = '\u200d';

test('codeSpan: the fence is longer than any backtick run in the value', () => {
  assert.equal(codeSpan('call'), '`call`');
  assert.equal(codeSpan('a``b'), '```a``b```');
  assert.equal(codeSpan('```'), '```` ``` ````');
  assert.equal(codeSpan('`x'), '`` `x ``');
});

test('codeSpan: one line, no table break, nothing inserted (GitHub links no mention in code), never empty', () => {
  assert.equal(codeSpan('a\nb\r\nc'), '`a b c`');
  assert.equal(codeSpan('a|b'), '`a\\|b`');
  assert.equal(codeSpan('@octocat'), '`@octocat`');
  assert.equal(codeSpan('call-offer:offer@call-id'), '`call-offer:offer@call-id`');
  assert.equal(codeSpan(''), '` `');
});

test('escapeText: mentions get a zero-width joiner', () => {
  assert.equal(escapeText('ping @maintainers'), `ping @${ZWJ}maintainers`);
});

test('escapeText: entities that render as @ are neutralised', () => {
  for (const entity of ['&#64;team', '&commat;team', '&#x40;team']) {
    const out = escapeText(entity);
    assert.ok(out.startsWith('&amp;'), out);
  }
});

test('escapeText: nobody can forge the hidden marker or close a <details>', () => {
  const out = escapeText('<!-- wacrg:intake:v1 --></details><img src=x>');
  assert.ok(!out.includes('<') && !out.includes('>'));
  assert.ok(out.includes('&lt;'));
});

test('escapeText: Markdown syntax is inert and the value stays on one line', () => {
  const out = escapeText('[link](https://example.com) **bold**\n# heading');
  assert.ok(!/(^|[^\\])\[/.test(out), out);
  assert.ok(!out.includes('\n'));
  assert.match(out, /\\\*\\\*bold\\\*\\\*/);
});

test('capBody: bodies above GitHub limit are cut with a note, never inside a surrogate pair', () => {
  assert.equal(capBody('short'), 'short');
  const long = '😀'.repeat(MAX_BODY);
  const capped = capBody(long);
  assert.ok(capped.length <= MAX_BODY);
  assert.match(capped, /truncated/);
  const beforeNote = capped.slice(0, capped.indexOf('\n\n_…'));
  assert.ok(!/[\ud800-\udbff]$/.test(beforeNote), 'no lone high surrogate');
});
