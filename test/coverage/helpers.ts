// The hand-counted coverage of repo-other and a comparison that is exact on counts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoverageReport, Tally } from '../../src/coverage/coverage.ts';
import { REPO_OTHER } from '../spec/helpers.ts';

export const EXPECTED: CoverageReport = JSON.parse(readFileSync(join(REPO_OTHER, 'expected-coverage.json'), 'utf8')) as CoverageReport;

/** Counts exactly; coverage to 1e-12 (the hand-written fractions are exact in binary anyway). */
export function assertReport(actual: CoverageReport, expected: CoverageReport): void {
  const same = (a: Record<string, Tally>, e: Record<string, Tally>, what: string) => {
    assert.deepEqual(Object.keys(a).sort(), Object.keys(e).sort(), what);
    for (const key of Object.keys(e)) assertTally(a[key], e[key], `${what}.${key}`);
  };
  assertTally(actual.overall, expected.overall, 'overall');
  same(actual.byCategory, expected.byCategory, 'byCategory');
  same(actual.byTechnique, expected.byTechnique, 'byTechnique');
  assert.deepEqual(actual.flavorCorroboration, expected.flavorCorroboration, 'flavorCorroboration');
}

function assertTally(actual: Tally | undefined, expected: Tally | undefined, what: string): void {
  assert.ok(actual && expected, what);
  const { coverage: a, ...aCounts } = actual;
  const { coverage: e, ...eCounts } = expected;
  assert.deepEqual(aCounts, eCounts, what);
  assert.ok(Math.abs(a - e) < 1e-12, `${what}: coverage ${a} ≠ ${e}`);
}

