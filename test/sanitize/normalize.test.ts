import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lineColumn, lineStarts, normalizeForScan } from '../../src/sanitize/normalize.ts';

describe('normalizeForScan', () => {
  it('ASCII is unchanged with an identity map', () => {
    const n = normalizeForScan('ab\ncd');
    assert.equal(n.text, 'ab\ncd');
    assert.deepEqual([...n.map], [0, 1, 2, 3, 4, 5]);
  });

  it('strips zero-width and bidi controls and maps back to the original offsets', () => {
    const invisible = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u00ad'];
    for (const z of invisible) {
      const n = normalizeForScan(`49${z}15`);
      assert.equal(n.text, '4915', `U+${z.codePointAt(0)?.toString(16)}`);
      assert.deepEqual([...n.map], [0, 1, 3, 4, 5]);
    }
  });

  it('maps full-width digits and signs to ASCII (NFKC)', () => {
    const n = normalizeForScan('x＋４９＠ｌｉｄ');
    assert.equal(n.text, 'x+49@lid');
    assert.deepEqual([...n.map], [0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('composes a base letter with its combining marks and maps both to the base', () => {
    const n = normalizeForScan('e\u0301x');
    assert.equal(n.text, '\u00e9x');
    assert.deepEqual([...n.map], [0, 2, 3]);
  });

  it('expanding characters map every output unit to their source', () => {
    const n = normalizeForScan('a\ufb01b'); // ﬁ ligature → "fi"
    assert.equal(n.text, 'afib');
    assert.deepEqual([...n.map], [0, 1, 1, 2, 3]);
  });

  it('astral characters keep offsets in UTF-16 code units', () => {
    const n = normalizeForScan('😀\u200b1');
    assert.equal(n.text, '😀1');
    assert.deepEqual([...n.map], [0, 0, 3, 4]);
  });
});

describe('lineColumn', () => {
  it('is 1-based and counts columns in the line', () => {
    const starts = lineStarts('ab\ncde\n\nf');
    assert.deepEqual(lineColumn(starts, 0), { line: 1, column: 1 });
    assert.deepEqual(lineColumn(starts, 4), { line: 2, column: 2 });
    assert.deepEqual(lineColumn(starts, 7), { line: 3, column: 1 });
    assert.deepEqual(lineColumn(starts, 8), { line: 4, column: 1 });
  });
});
