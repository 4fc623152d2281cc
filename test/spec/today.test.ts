// Today's layout (formats-head.md): the repo-today fixture has every record kind and passes every
// rule; each folder of today-mutants breaks exactly one rule and names the problem it must cause.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateRepository } from '../../src/capture/check.ts';
import { readRepoFiles } from '../../src/spec/read-files.ts';
import { formatProblem, validateRepo } from '../../src/spec/validate.ts';
import { FIXTURES, filesUnder, overlayFiles, repoOtherFiles } from './helpers.ts';

const REPO_TODAY = join(FIXTURES, 'repo-today');
const MUTANTS = join(FIXTURES, 'today-mutants');
const todayFiles = () => filesUnder(REPO_TODAY).filter((f) => /^(spec|corpus)\//.test(f.path));
/** The two warnings repo-today has on purpose: what the group's schema allows but wacrg doubts. */
const BASE_WARNINGS = [
  'corpus/captures/example-ring.yaml:6:16 source.captured_at: empty: expected an ISO 8601 date (YYYY-MM-DD)',
  'corpus/captures/issue-4.yaml:6:16 source.contributor: "someone-new" names no contributor: no file spec/contributors/someone-new.yaml',
];

test('repo-today: every kind loads, no errors, the two expected warnings (with the capture scan)', async () => {
  const files = await readRepoFiles(REPO_TODAY);
  const { repo, problems, warnings } = validateRepository(files);
  assert.deepEqual(problems.map(formatProblem), []);
  assert.deepEqual(warnings.map(formatProblem), BASE_WARNINGS);
  assert.deepEqual(repo.contributors.map((c) => c.record.id), ['ada-q', 'kit-ro', 'lumen-dev']);
  assert.deepEqual(repo.flavors.map((f) => f.record.id), ['alpha-voip', 'beta-port', 'gamma-call']);
  assert.deepEqual(repo.parts.map((p) => `${p.record.category}/${p.record.id} ${p.record.code}`), [
    'crypto/session-key CRY-01',
    'encodings/frame-header ENC-01',
    'relay/relay-select REL-01',
    'signalling/ring-start SIG-01',
    'signalling/ring-timeout SIG-02',
  ]);
  assert.deepEqual(repo.tools, ['wiretap-lab']);
  assert.deepEqual(repo.stanzas.map((s) => s.record.id), ['relay-hint', 'ring-start']);
  assert.deepEqual(repo.captures.map((c) => c.record.id), ['example-ring', 'issue-4']);
  assert.deepEqual(repo.rejected, []);
});

for (const name of readdirSync(MUTANTS).sort()) {
  test(`repo-today mutant ${name}`, () => {
    const { files, expected, warnings } = overlayFiles(todayFiles(), join(MUTANTS, name));
    const result = validateRepo(files);
    assert.deepEqual(result.problems.map(formatProblem), expected);
    assert.deepEqual(result.warnings.map(formatProblem), warnings ?? BASE_WARNINGS);
    if (warnings === undefined) assert.ok(expected.length > 0, 'a mutant without warnings.txt must cause an error');
  });
}

test('a repository schema that is looser than the built-in one: the record is a warning and left out, references still resolve', () => {
  const { files } = overlayFiles(todayFiles(), join(MUTANTS, 'own-schema-looser'));
  const { repo, problems, warnings } = validateRepo(files);
  assert.deepEqual(problems, []);
  assert.deepEqual(warnings.map(formatProblem), [
    ...BASE_WARNINGS,
    `spec/contributors/ada-q.yaml:2:1 pronouns: unexpected key "pronouns": this record allows no other keys (the repository's schema allows this; wacrg's built-in schema does not, so wacrg leaves this record out)`,
  ].sort());
  assert.ok(!repo.contributors.some((c) => c.record.id === 'ada-q'));
});

test('review rule: the schema files passed in decide, not those among the files (a pull request cannot loosen its rules)', () => {
  const { files } = overlayFiles(todayFiles(), join(MUTANTS, 'own-schema-tighter'));
  // Head loosened nothing here: it tightened; checked against the base's (built-in) schemas it is valid.
  const baseSchemas = todayFiles().filter((f) => f.path.startsWith('spec/schema/'));
  assert.deepEqual(validateRepo(files, undefined, { schemaFiles: baseSchemas }).problems, []);
  // And the other way round: the base's stricter schema applies to a head that dropped it.
  const strict = overlayFiles(todayFiles(), join(MUTANTS, 'own-schema-tighter')).files.filter((f) => f.path.startsWith('spec/schema/'));
  assert.deepEqual(validateRepo(todayFiles(), undefined, { schemaFiles: strict }).problems.map(formatProblem), ['spec/flavors/gamma-call.yaml:1:1 missing required key "url"']);
});

test('the first-release layout still validates: an empty source.contributor is a warning, exit stays 0', () => {
  const files = repoOtherFiles().map((f) => (f.path === 'corpus/captures/issue-7.yaml' ? { ...f, text: f.text.replace('contributor: octo-tester', 'contributor: ""') } : f));
  const { problems, warnings } = validateRepository(files);
  assert.deepEqual(problems.map(formatProblem), []);
  assert.deepEqual(warnings.map(formatProblem), ['corpus/captures/issue-7.yaml:7:16 source.contributor: empty: expected the GitHub login of the person who captured it']);
});

test('repo-today coverage and flavor figures equal the hand count (expected-coverage.json, README table)', async () => {
  const { assertReport } = await import('../coverage/helpers.ts');
  const { coverageOf } = await import('../../src/coverage/coverage.ts');
  const { readFileSync } = await import('node:fs');
  const expected = JSON.parse(readFileSync(join(REPO_TODAY, 'expected-coverage.json'), 'utf8'));
  const { repo } = validateRepo(todayFiles());
  assertReport(coverageOf(repo.stanzas.map((s) => s.record), repo.flavors.map((f) => f.record)), expected);
  // Without the derives_from link, fact 1 (alpha-voip + beta-port) would count as independent too.
  const unlinked = repo.flavors.map((f) => ({ ...f.record, derives_from: [] }));
  assert.equal(coverageOf(repo.stanzas.map((s) => s.record), unlinked).flavorCorroboration.independent, 3);
});
