import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blockFence, inlineCode, longestBacktickRun } from '../../src/text/code.ts';

test('an inline code span is fenced longer than any backtick run inside it', () => {
  assert.equal(inlineCode('plain'), '`plain`');
  assert.equal(inlineCode('a``b'), '```a``b```');
  assert.equal(inlineCode('`edge'), '`` `edge ``');
  assert.equal(inlineCode(''), '` `');
});

test('a code block fence has at least three backticks and outruns the body', () => {
  assert.equal(blockFence('no ticks'), '```');
  assert.equal(blockFence('```\ninside\n````'), '`````');
});

test('hundreds of thousands of backtick runs are measured without a spread of arguments', () => {
  const hostile = '` '.repeat(300_000);
  assert.equal(longestBacktickRun(hostile), 1);
  assert.equal(inlineCode(hostile).startsWith('`` '), true);
});
