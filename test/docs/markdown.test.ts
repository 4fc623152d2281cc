import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { coverageOfFacts, percent } from '../../src/coverage/coverage.ts';
import { apportion, bar } from '../../src/docs/coverage.ts';
import { cell, code, externalLink, fenced, inline, slug, splitCodeSpans } from '../../src/docs/markdown.ts';
import type { Confidence } from '../../src/spec/vocabulary.ts';
import { ROOT } from './helpers.ts';

describe('table cells (the one escaper)', () => {
  it('escapes pipes, folds newlines, never returns an empty cell', () => {
    assert.equal(cell('a | b'), 'a \\| b');
    assert.equal(cell('line one\nline two\r\nthree\rfour'), 'line one line two three four');
    assert.equal(cell('`x|y`'), '`x\\|y`');
    assert.equal(cell(''), ' ');
  });
  it('neutralises HTML outside code spans and keeps it inside', () => {
    assert.equal(cell('<script>x</script> and `<call>`'), '&lt;script&gt;x&lt;/script&gt; and `<call>`');
    assert.equal(inline('a ``<b>`` c <d>'), 'a ``<b>`` c &lt;d&gt;');
  });
  it('an unmatched backtick run is text, not a code span', () => {
    assert.deepEqual(splitCodeSpans('a `b <c>'), [{ code: false, text: 'a `b <c>' }]);
    assert.equal(inline('a `b <c>'), 'a `b &lt;c&gt;');
    assert.deepEqual(splitCodeSpans('``a`b`` c'), [{ code: true, text: '``a`b``' }, { code: false, text: ' c' }]);
  });
});

describe('code, fences, links, slugs', () => {
  it('code spans and fences are longer than any backtick run inside', () => {
    assert.equal(code('a`b'), '``a`b``');
    assert.equal(code('`x'), '`` `x ``');
    assert.deepEqual(fenced('x\n````\ny\n', 'xml'), ['`````xml', 'x', '````', 'y', '`````']);
  });
  it('external links only for plain http(s) URLs', () => {
    assert.equal(externalLink('T [1]', 'https://example.com/a'), '[T \\[1\\]](https://example.com/a)');
    assert.equal(externalLink('T', 'javascript:alert(1)'), 'T');
    assert.equal(externalLink('T', undefined), 'T');
  });
  it('slugs follow GitHub for the headings we generate', () => {
    assert.equal(slug('call/offer/enc'), 'callofferenc');
    assert.equal(slug('call/device-identity (2)'), 'calldevice-identity-2');
    assert.equal(slug('Open questions'), 'open-questions');
  });
});

describe('coverage bars', () => {
  it('apportions exactly the width, largest remainder first', () => {
    assert.deepEqual(apportion([1, 1, 1], 10), [4, 3, 3]);
    assert.deepEqual(apportion([0, 56, 53, 3], 30), [0, 15, 14, 1]);
    assert.deepEqual(apportion([0, 0], 30), [0, 0]);
  });
  it('draws one glyph per confidence', () => {
    const tally = { confirmed: 1, probable: 1, speculative: 1, unknown: 1, total: 4, coverage: 0.375 };
    assert.equal(bar(tally, 8), '██▓▓░░··');
  });
});

describe('the worked coverage example on docs/corroboration.md', () => {
  const facts = (counts: Record<Confidence, number>) =>
    (Object.entries(counts) as [Confidence, number][]).flatMap(([confidence, n]) => Array.from({ length: n }, () => ({ category: 'signaling' as const, techniques: [], confidence })));
  it('matches the coverage formula the tools use', () => {
    const page = readFileSync(join(ROOT, 'docs/corroboration.md'), 'utf8');
    const before = coverageOfFacts(facts({ confirmed: 2, probable: 4, speculative: 3, unknown: 1 })).overall;
    const after = coverageOfFacts(facts({ confirmed: 3, probable: 3, speculative: 3, unknown: 1 })).overall;
    assert.equal(percent(before.coverage), '40.0%');
    assert.equal(percent(after.coverage), '45.0%');
    assert.ok(page.includes('(2 + 0.5 × 4) / 10 = 4 / 10 = 40.0%'));
    assert.ok(page.includes('(3 + 0.5 × 3) / 10 = 4.5 / 10 = 45.0%'));
  });
});
