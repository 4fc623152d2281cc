// kindOf answers captures by string tests before its patterns (a corpus holds thousands of them):
// the answer must be the patterns' own for every path, tricky names included.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { kindOf } from '../../src/spec/repo.ts';
import { Gen } from '../sanitize/helpers.ts';

/** The capture answer of the patterns alone (formats.md: `corpus/captures/<id>.yaml` or `.yml`). */
function capturePattern(path: string): boolean {
  return /^corpus\/captures\/[^/]+\.ya?ml$/.test(path);
}

const TRICKY = [
  'corpus/captures/x.yaml',
  'corpus/captures/x.yml',
  'corpus/captures/.yaml',
  'corpus/captures/.yml',
  'corpus/captures/..yaml',
  'corpus/captures/a.yaml.yml',
  'corpus/captures/a.YAML',
  'corpus/captures/a.yaml\n',
  'corpus/captures/a\n.yaml',
  'corpus/captures/sub/a.yaml',
  'corpus/captures//a.yaml',
  'corpus/captures/a.json',
  'corpus/captures/',
  'corpus/captures',
  'corpus/capturesx/a.yaml',
  'corpus/schema/capture.schema.json',
  'spec/stanzas/offer.yaml',
  '/corpus/captures/a.yaml',
];

describe('kindOf: captures by string tests', () => {
  it('answers "capture" exactly where the pattern does, on tricky paths', () => {
    for (const path of TRICKY) assert.equal(kindOf(path) === 'capture', capturePattern(path), JSON.stringify(path));
    assert.equal(kindOf('corpus/captures/gen-000001.yaml'), 'capture');
    assert.equal(kindOf('corpus/captures/sub/a.yaml'), undefined);
    assert.equal(kindOf('corpus/captures/.yaml'), undefined);
  });

  it('answers "capture" exactly where the pattern does, on generated paths', () => {
    const g = new Gen(0x6b1d);
    const pieces = ['corpus/', 'captures/', 'capture', 'spec/', '/', '.', 'yaml', 'yml', 'a', 'x-1', '\n', ' ', '.yaml', '.yml'];
    let captures = 0;
    for (let i = 0; i < 20000; i++) {
      const parts = [g.int(0, 3) === 0 ? '' : 'corpus/captures/'];
      for (let k = g.int(0, 4); k > 0; k--) parts.push(pieces[g.int(0, pieces.length - 1)] ?? '');
      const path = parts.join('');
      const expected = capturePattern(path);
      if (expected) captures++;
      assert.equal(kindOf(path) === 'capture', expected, JSON.stringify(path));
    }
    assert.ok(captures > 500, `the paths exercise both answers (${captures} captures)`);
  });
});
