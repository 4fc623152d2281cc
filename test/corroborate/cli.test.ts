// `wacrg corroborate` and the JSON `wacrg ingest --json` carries about a corroboration.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { corroborateCommand, corroborationJson, usage } from '../../src/cli/corroborate.ts';
import { projectCorroboration, projectOnCapture } from '../../src/corroborate/evidence.ts';
import { corroborate } from '../../src/corroborate/match.ts';
import { FIXTURES, fixtureRepo, REPO_ROOT, tree } from './helpers.ts';

function capture(): { out: string[]; err: string[]; io: { out(t: string): void; err(t: string): void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t) => out.push(t), err: (t) => err.push(t) } };
}

test('usage', () => {
  assert.equal(usage, 'wacrg corroborate [--root DIR] [--json]');
});

test('--json: promotable and unsupported; exit 1 when a claim is unsupported', async () => {
  const { out, err, io } = capture();
  const code = await corroborateCommand(['--root', REPO_ROOT, '--json'], io);
  assert.equal(code, 1);
  assert.deepEqual(err, []);
  const json = JSON.parse(out.join('')) as { promotable: Record<string, unknown>[]; unsupported: Record<string, unknown>[] };
  assert.deepEqual(Object.keys(json), ['promotable', 'unsupported']);
  assert.equal(json.promotable.length, 4);
  for (const p of json.promotable) assert.deepEqual(Object.keys(p), ['path', 'from', 'to', 'techniques']);
  assert.deepEqual(json.unsupported, [{ path: 'relay-latency:@class', claimed: 'confirmed', techniques: ['baileys-instrumentation'] }]);
});

test('exit 0 when the evidence supports every claim; text output names each fact', async () => {
  const root = mkdtempSync(join(tmpdir(), 'wacrg-corroborate-'));
  try {
    cpSync(REPO_ROOT, root, { recursive: true });
    cpSync(join(FIXTURES, 'more-captures', 'ws-relay.yaml'), join(root, 'corpus', 'captures', 'ws-relay.yaml'));
    const { out, io } = capture();
    assert.equal(await corroborateCommand(['--root', root], io), 0);
    const text = out.join('');
    assert.ok(text.includes('4 capture(s) in the corpus.'));
    assert.ok(text.includes('relay-latency:relay@latency  unknown → confirmed  (websocket-capture, frida-hooking)'));
    assert.ok(text.includes('Every claimed confidence is supported by the evidence.'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('corroborationJson has exactly the shape wacrg ingest --json carries', async () => {
  const repo = await fixtureRepo({ captures: ['ws-offer'] });
  const c = corroborate(tree('<call id="STANZAID1" t="soon"><offer call-id="CALLID1" foo="1"><enc type="pkmsg"/></offer></call>'), 'baileys-instrumentation', repo);
  const json = JSON.parse(JSON.stringify(corroborationJson(c, projectCorroboration(c, repo)))) as Record<string, Record<string, unknown>>;
  assert.deepEqual(Object.keys(json), ['corroboration', 'coverage']);
  const cor = json.corroboration ?? {};
  assert.deepEqual(Object.keys(cor), ['stanza', 'corroborated', 'new', 'conflicts', 'missing', 'promotions', 'implementations', 'notWeighed']);
  assert.equal(cor.implementations, null, 'no implementations given: null');
  assert.equal(cor.notWeighed, null, 'the whole corpus was weighed: null');
  // On the provenance and this capture alone: the number of other captures it did not weigh.
  assert.equal(corroborationJson(c, projectOnCapture(c, repo, 12)).corroboration.notWeighed, 12);
  assert.equal(cor.stanza, 'call-offer');
  assert.deepEqual(cor.new, ['call-offer:offer@foo']);
  assert.deepEqual(cor.conflicts, [{ path: 'call-offer:@t', kind: 'type', message: 'expected a timestamp (whole seconds since the Unix epoch)' }]);
  assert.deepEqual(cor.missing, ['call-offer:@from']);
  assert.deepEqual(cor.corroborated, ['call-offer:@id', 'call-offer:offer', 'call-offer:offer@call-id', 'call-offer:offer/enc', 'call-offer:offer/enc@type']);
  const promotions = cor.promotions as Record<string, unknown>[];
  assert.equal(promotions.length, 5);
  for (const p of promotions) assert.deepEqual(Object.keys(p), ['path', 'from', 'to', 'techniques']);
  assert.deepEqual(promotions[0], { path: 'call-offer:@id', from: 'probable', to: 'confirmed', techniques: ['websocket-capture', 'baileys-instrumentation'] });
  const coverage = json.coverage ?? {};
  assert.deepEqual(Object.keys(coverage), ['before', 'projected']);
  for (const report of [coverage.before, coverage.projected]) {
    assert.deepEqual(Object.keys(report as object), ['overall', 'byCategory', 'byTechnique', 'flavorCorroboration']);
  }
  // Hand-counted: 5 probable facts → confirmed: confirmed 6, probable 4; (6 + 2) / 20 = 0.4.
  assert.equal((coverage.projected as { overall: { coverage: number } }).overall.coverage, 0.4);
  // Unmatched: stanza null, empty lists, coverage unchanged.
  const none = corroborate(tree('<presence/>'), 'websocket-capture', repo);
  const unmatched = corroborationJson(none, projectCorroboration(none, repo));
  assert.equal(unmatched.corroboration.stanza, null);
  assert.deepEqual(unmatched.coverage.projected, unmatched.coverage.before);
});
