// Recall and precision of the scanner, measured on two corpora (also reported by `npm run bench`):
// - recall: the generated leak corpus (test/sanitize/quality/recall.ts: every identifier and key
//   kind × field × encoding layer × plain/glued/spaced/non-ASCII), every case blocked, and no
//   finding repeats a value or any 4 characters of it;
// - precision: technical prose written for this project (test/sanitize/quality/benign.md: protocol
//   notes, identifiers, paths, anchors, short hex dumps with offsets, bit diagrams, timestamps as
//   specs write them, escaped text), no blocking finding at all.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanText } from '../../src/sanitize/scan.ts';
import { assertNoLeak } from './helpers.ts';
import { recallCorpus, scanCase } from './quality/recall.ts';

describe('recall: the generated leak corpus is blocked in full', () => {
  const cases = recallCorpus();

  it(`every one of the ${cases.length} cases blocks, per kind, field, layer and variant`, () => {
    const missed = cases.filter((c) => !scanCase(c).some((f) => f.severity === 'block'));
    assert.deepEqual(missed.map(({ kind, field, layer, variant }) => `${kind} ${field} ${layer} ${variant}`), []);
    assert.ok(cases.length > 1000);
  });

  it('no finding repeats a value or 4 characters of one', () => {
    for (const c of cases) assertNoLeak(scanCase(c), c.secrets);
  });

  it('covers every kind with every field, layer and variant it has', () => {
    const kinds = new Set(cases.map((c) => c.kind));
    for (const kind of kinds) {
      const own = cases.filter((c) => c.kind === kind);
      assert.equal(new Set(own.map((c) => c.field)).size, 5, kind);
      assert.equal(new Set(own.map((c) => c.layer)).size, 4, kind);
    }
    assert.ok(kinds.size >= 15);
  });
});

describe('precision: benign technical prose gives no blocking finding', () => {
  const text = readFileSync(join(import.meta.dirname, 'quality/benign.md'), 'utf8');

  it('zero blocking findings', () => {
    const blocking = scanText('benign.md', text).filter((f) => f.severity === 'block');
    assert.deepEqual(blocking.map(({ rule, line, column }) => `${rule} ${line}:${column}`), []);
  });
});
