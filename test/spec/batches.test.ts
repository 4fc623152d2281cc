// Validation a batch of captures at a time (src/spec/batches.ts) reports exactly what one validation of
// every file reports: on every fixture scenario, and on corpora built to straddle batch boundaries.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkCapture, validateRepository } from '../../src/capture/check.ts';
import { validateInBatches, type BatchedRepo } from '../../src/spec/batches.ts';
import { kindOf, type RepoFile } from '../../src/spec/repo.ts';
import type { Problem } from '../../src/spec/types.ts';
import { formatProblem } from '../../src/spec/validate.ts';
import { FIXTURES, filesUnder, overlayFiles, repoOtherFiles, scenarioFiles, SCENARIOS } from './helpers.ts';

function batched(files: RepoFile[]): BatchedRepo & { reads: string[] } {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const reads: string[] = [];
  return {
    spec: files.filter((f) => kindOf(f.path) !== 'capture'),
    captures: files.filter((f) => kindOf(f.path) === 'capture').map((f) => f.path),
    read: (path) => (reads.push(path), texts.get(path) ?? ''),
    reads,
  };
}

const both = (r: { problems: Problem[]; warnings: Problem[] }) => ({ problems: r.problems.map(formatProblem), warnings: r.warnings.map(formatProblem) });
const whole = (files: RepoFile[]) => both(validateRepository(files));

/** repo-other's capture under other ids: valid ones, and some made invalid or leaky. */
function corpus(ids: string[], broken: (id: string) => 'ok' | 'schema' | 'leak' = () => 'ok'): RepoFile[] {
  const base = repoOtherFiles();
  const capture = base.find((f) => kindOf(f.path) === 'capture');
  assert.ok(capture, 'repo-other has a capture');
  const extra = ids.map((file) => {
    const id = file.replace(/\.ya?ml$/, '');
    let text = capture.text.replace(/^id: .*$/m, `id: ${id}`);
    if (broken(id) === 'schema') text = text.replace(/^title: .*$/m, 'title: 42');
    if (broken(id) === 'leak') text = text.replace('from="A@s.whatsapp.net"', 'from="15550123456@s.whatsapp.net"');
    return { path: `corpus/captures/${file}`, text };
  });
  return [...base, ...extra].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

test('every validate scenario: batches of one capture report what one pass over all files reports', () => {
  for (const name of readdirSync(SCENARIOS)) {
    const { files } = scenarioFiles(name);
    for (const size of [1, 2, 5000]) {
      assert.deepEqual(both(validateInBatches(batched(files), checkCapture, size)), whole(files), `${name}, batches of ${size}`);
    }
  }
});

test("today's layout and every one of its mutants: same problems and warnings in batches", () => {
  const today = filesUnder(join(FIXTURES, 'repo-today')).filter((f) => /^(spec|corpus)\//.test(f.path));
  const mutants = join(FIXTURES, 'today-mutants');
  const cases = [today, ...readdirSync(mutants).map((name) => overlayFiles(today, join(mutants, name)).files)];
  assert.ok(cases.length > 10 && today.filter((f) => kindOf(f.path) === 'capture').length >= 2);
  for (const files of cases) {
    for (const size of [1, 5000]) assert.deepEqual(both(validateInBatches(batched(files), checkCapture, size)), whole(files));
  }
});

test('problems of captures in later batches are all reported, spec problems once', () => {
  const ids = Array.from({ length: 12 }, (_, i) => `issue-${100 + i}.yaml`);
  const files = corpus(ids, (id) => (id === 'issue-103' ? 'schema' : id === 'issue-110' ? 'leak' : 'ok'));
  // A spec problem too: a stanza without its file name as id.
  const stanza = files.find((f) => kindOf(f.path) === 'stanza');
  assert.ok(stanza);
  stanza.text = stanza.text.replace(/^id: .*$/m, 'id: renamed-stanza');
  const expected = whole(files);
  assert.ok(expected.problems.some((p) => p.includes('issue-103')) && expected.problems.some((p) => p.includes('issue-110')) && expected.problems.some((p) => p.includes('renamed-stanza')), 'the corpus has problems to find');
  for (const size of [1, 3, 4]) assert.deepEqual(both(validateInBatches(batched(files), checkCapture, size)), expected, `batches of ${size}`);
});

test('x.yaml and x.yml stay in one batch: the duplicate id is found at any batch size', () => {
  const files = corpus(['issue-200.yaml', 'issue-201.yaml', 'issue-201.yml', 'issue-202.yaml']);
  const expected = whole(files);
  assert.ok(expected.problems.some((p) => /duplicate capture id "issue-201"/.test(p)), 'one pass finds the duplicate');
  for (const size of [1, 2, 3]) assert.deepEqual(both(validateInBatches(batched(files), checkCapture, size)), expected, `batches of ${size}`);
});

test('each capture is read once', () => {
  const files = corpus(['issue-300.yaml', 'issue-301.yaml', 'issue-302.yaml']);
  const repo = batched(files);
  validateInBatches(repo, checkCapture, 2);
  assert.deepEqual(repo.reads, repo.captures);
});

test('the fixture scenarios exist (the first test is not vacuous)', () => {
  assert.ok(readdirSync(SCENARIOS).length >= 10);
  assert.ok(readFileSync(join(SCENARIOS, 'duplicate-id', 'expected.txt'), 'utf8').includes('duplicate'));
});
