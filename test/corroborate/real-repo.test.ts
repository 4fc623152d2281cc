// Against the real repository: the example capture, filed as if made with Baileys instrumentation,
// corroborates facts the spec knows from websocket captures only, and so supports their promotion.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { factsOf } from '../../src/coverage/facts.ts';
import { corroborateCorpus, countsAsEvidence, projectCorroboration } from '../../src/corroborate/evidence.ts';
import { corroborate } from '../../src/corroborate/match.ts';
import { loadRepo } from '../../src/spec/load.ts';
import { readRepoFiles } from '../../src/spec/read-files.ts';
import { tree } from './helpers.ts';

test('the example capture filed with baileys-instrumentation promotes websocket-only facts', async () => {
  const { repo } = loadRepo(await readRepoFiles(join(import.meta.dirname, '..', '..')));
  const example = repo.captures.find((c) => c.record.id === 'example-sanitized-offer');
  assert.ok(example, 'corpus/captures/example-sanitized-offer.yaml');
  const c = corroborate(tree(example.record.raw.body), 'baileys-instrumentation', repo);
  assert.equal(c.stanza, 'call-offer');
  assert.deepEqual(c.conflicts, []);
  const projection = projectCorroboration(c, repo);
  const facts = new Map(repo.stanzas.flatMap((s) => factsOf(s.record)).map((f) => [f.path, f]));
  const websocketOnly = c.corroborated.filter((ref) => {
    const fact = facts.get(ref.path);
    return fact !== undefined && fact.confidence !== 'confirmed' && fact.techniques.length === 1 && fact.techniques[0] === 'websocket-capture';
  });
  assert.ok(websocketOnly.length > 0, 'the example shows facts known from websocket captures only');
  for (const ref of websocketOnly) {
    const promotion = projection.promotions.find((p) => p.path === ref.path);
    assert.ok(promotion, `${ref.path} is promotable`);
    assert.equal(promotion.to, 'confirmed');
    assert.deepEqual(promotion.techniques, ['websocket-capture', 'baileys-instrumentation']);
  }
  assert.ok(projection.projected.overall.coverage > projection.before.overall.coverage);
  assert.ok((projection.projected.byTechnique['baileys-instrumentation']?.total ?? 0) > (projection.before.byTechnique['baileys-instrumentation']?.total ?? 0));
});

test('example and deprecated captures are illustrations: they never count as evidence', async () => {
  const { repo } = loadRepo(await readRepoFiles(join(import.meta.dirname, '..', '..')));
  assert.ok(repo.captures.some((c) => c.record.id.startsWith('example-')));
  // The repository holds only its example: nothing in the spec is promotable on its strength.
  assert.deepEqual(corroborateCorpus(repo).promotable, []);
  assert.equal(countsAsEvidence({ id: 'example-sanitized-offer' }), false);
  assert.equal(countsAsEvidence({ id: 'issue-7', status: 'deprecated' }), false);
  assert.equal(countsAsEvidence({ id: 'issue-7', status: 'draft' }), true);
  // The same body under an issue id does count.
  const example = repo.captures.find((c) => c.record.id === 'example-sanitized-offer');
  assert.ok(example);
  const asIssue = { ...example, record: { ...example.record, id: 'issue-7' } };
  assert.ok(corroborateCorpus({ ...repo, captures: [asIssue] }).promotable.length > 0);
});
