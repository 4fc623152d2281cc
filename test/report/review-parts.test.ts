// The spec parts a pull request changes, with their annotation codes: computed from the base and head
// trees (the today-layout fixture and edits of it) and rendered in the review comment.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { coverageOf } from '../../src/coverage/coverage.ts';
import { partChangesMarkdown, reviewComment } from '../../src/report/review.ts';
import { reviewSummary } from '../../src/report/summary.ts';
import { partChanges } from '../../src/spec/part-changes.ts';
import { loadRepo } from '../../src/spec/load.ts';
import { readRepoFiles } from '../../src/spec/read-files.ts';
import type { RepoFile } from '../../src/spec/repo.ts';

const TODAY = join(import.meta.dirname, '../fixtures/repo-today');

function edit(files: RepoFile[], changes: Record<string, string | null>): RepoFile[] {
  const map = new Map(files.map((f) => [f.path, f.text]));
  for (const [path, text] of Object.entries(changes)) {
    if (text === null) map.delete(path);
    else map.set(path, text);
  }
  return [...map].map(([path, text]) => ({ path, text }));
}

const NEW_PART = ['id: relay-fallback', 'code: REL-07', 'category: relay', 'title: Relay fallback', 'summary: What happens when no relay answers.', ''].join('\n');

async function trees() {
  const baseFiles = await readRepoFiles(TODAY);
  const text = (path: string) => baseFiles.find((f) => f.path === path)?.text ?? '';
  const headFiles = edit(baseFiles, {
    'spec/signalling/ring-timeout.yaml': text('spec/signalling/ring-timeout.yaml').replace('code: SIG-02', 'code: SIG-09'),
    'spec/crypto/session-key.yaml': text('spec/crypto/session-key.yaml').replace('status: planned', 'status: working'),
    'spec/relay/relay-fallback.yaml': NEW_PART,
    'spec/encodings/frame-header.yaml': null,
  });
  return { base: loadRepo(baseFiles).repo, head: loadRepo(headFiles).repo };
}

const CHANGED = [
  { path: 'spec/signalling/ring-timeout.yaml', status: 'modified' },
  { path: 'spec/crypto/session-key.yaml', status: 'modified' },
  { path: 'spec/relay/relay-fallback.yaml', status: 'added' },
  { path: 'spec/encodings/frame-header.yaml', status: 'removed' },
  { path: 'spec/stanzas/ring-start.yaml', status: 'modified' },
  { path: 'README.md', status: 'modified' },
];

test('partChanges: added, changed (renumbered or not), removed with codes from head and base; other files ignored', async () => {
  const { base, head } = await trees();
  const removedCode = base.parts.find((p) => p.record.id === 'frame-header')?.record.code;
  assert.ok(removedCode !== undefined, 'the fixture has frame-header');
  assert.deepEqual(partChanges(CHANGED, base, head), [
    { change: 'changed', id: 'ring-timeout', category: 'signalling', code: 'SIG-09', previousCode: 'SIG-02', file: 'spec/signalling/ring-timeout.yaml' },
    { change: 'changed', id: 'session-key', category: 'crypto', code: 'CRY-01', file: 'spec/crypto/session-key.yaml' },
    { change: 'added', id: 'relay-fallback', category: 'relay', code: 'REL-07', file: 'spec/relay/relay-fallback.yaml' },
    { change: 'removed', id: 'frame-header', category: 'encodings', code: removedCode, file: 'spec/encodings/frame-header.yaml' },
  ]);
});

test('partChanges: a rename out of a part folder removes the part, into one adds it', async () => {
  const { base, head } = await trees();
  assert.deepEqual(
    partChanges([{ path: 'spec/relay/relay-fallback.yaml', previousPath: 'notes/relay-fallback.yaml', status: 'renamed' }], base, head).map((c) => c.change),
    ['added'],
  );
  assert.deepEqual(
    partChanges([{ path: 'notes/session-key.yaml', previousPath: 'spec/crypto/session-key.yaml', status: 'renamed' }], base, head).map((c) => [c.change, c.code]),
    [['removed', 'CRY-01']],
  );
});

test('review comment: the changed parts with their wacrg codes, after the coverage delta; none → no section', async () => {
  const { base, head } = await trees();
  const parts = partChanges(CHANGED, base, head);
  const cov = (repo: typeof base) => coverageOf(repo.stanzas.map((s) => s.record), repo.flavors.map((f) => f.record));
  const view = { pullNumber: 7, headSha: '0123456789abcdef0123456789abcdef01234567', problems: [], changedFiles: CHANGED.map((c) => c.path), base: cov(base), head: cov(head), parts };
  const body = reviewComment(view);
  assert.match(body, /\*\*Spec parts:\*\* 1 added, 2 changed, 1 removed\./);
  assert.match(body, /\| changed \| `wacrg:SIG-02` → `wacrg:SIG-09` \| `ring-timeout` \| `signalling` \|/);
  assert.match(body, /\| changed \| `wacrg:CRY-01` \| `session-key` \| `crypto` \|/);
  assert.match(body, /\| added \| `wacrg:REL-07` \| `relay-fallback` \| `relay` \|/);
  assert.match(body, /\| removed \| `wacrg:ENC-\d+` \| `frame-header` \| `encodings` \|/);
  assert.ok(body.indexOf('**Spec parts:**') > body.indexOf('**overall**'), 'after the coverage delta');
  assert.match(reviewSummary(view, []), /\| added \| `wacrg:REL-07` \| `relay-fallback` \|/);
  assert.ok(!reviewComment({ ...view, parts: [] }).includes('Spec parts:'));
});

test('a part whose head version fails its schema is listed with no code', () => {
  const md = partChangesMarkdown([{ change: 'changed', id: 'x-part', category: 'relay', code: null, file: 'spec/relay/x-part.yaml' }]);
  assert.match(md, /\| changed \| — \| `x-part` \| `relay` \|/);
});
