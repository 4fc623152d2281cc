// The coverage metric against numbers counted by hand (test/fixtures/repo-other/expected-coverage.json).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coverageDelta, coverageOf, NO_PROVENANCE, percent, points, type Tally } from '../../src/coverage/coverage.ts';
import { factsOf } from '../../src/coverage/facts.ts';
import { coverageBadge, coverageMarkdown, coverageText } from '../../src/coverage/render.ts';
import { loadRepo } from '../../src/spec/load.ts';
import type { Stanza } from '../../src/spec/types.ts';
import { repoOtherFiles } from '../spec/helpers.ts';
import { assertReport, EXPECTED } from './helpers.ts';

function stanzas(): Stanza[] {
  const { repo, problems } = loadRepo(repoOtherFiles());
  assert.deepEqual(problems, []);
  return repo.stanzas.map((s) => s.record);
}

test('coverageOf repo-other equals the hand count', () => {
  assertReport(coverageOf(stanzas()), EXPECTED);
});

test('the hand count is consistent with itself (categories add up to overall; techniques to 10 attributes + 4)', () => {
  const sum = (tallies: Tally[]) => tallies.reduce((n, t) => n + t.total, 0);
  assert.equal(sum(Object.values(EXPECTED.byCategory)), EXPECTED.overall.total);
  assert.equal(sum(Object.values(EXPECTED.byTechnique)), 10 + 4);
});

test('children count overall and by category but never by technique; flavor figures count attributes and children', () => {
  const base: Stanza = { id: 's', tag: 't', display_name: 'd', category: 'media', direction: ['outgoing'], status: 'draft', spec_version: '0.1.0', summary: 's' };
  const report = coverageOf(
    [
      {
        ...base,
        children: [{ tag: 'c', occurrence: '1', confidence: 'probable', description: 'd', provenance: { techniques: ['mitm-tls'], flavors: ['f1', 'f2'] } }],
      },
    ],
    [{ id: 'f1' }, { id: 'f2', derives_from: ['f0'] }],
  );
  assert.equal(report.overall.total, 1);
  assert.deepEqual(Object.keys(report.byCategory), ['media']);
  assert.equal(report.byTechnique['mitm-tls']?.total, 0);
  assert.deepEqual(report.flavorCorroboration, { citing: 1, independent: 1 });
});

test('facts: every attribute and child at any depth, with fact paths', () => {
  const facts = stanzas().flatMap(factsOf);
  assert.equal(facts.length, 16);
  assert.deepEqual(
    facts.filter((f) => f.stanza === 'receipt-read').map((f) => f.path),
    ['receipt-read:@from', 'receipt-read:@type', 'receipt-read:@t', 'receipt-read:list', 'receipt-read:list/item', 'receipt-read:list/item@id', 'receipt-read:list/item@participant', 'receipt-read:ack'],
  );
  const last = facts.find((f) => f.path === 'presence-probe:status/last@t');
  assert.deepEqual(last?.recordPath, ['children', 0, 'children', 0, 'attributes', 0]);
  assert.deepEqual(last?.techniques, ['baileys-instrumentation', 'mitm-tls']);
});

test('a fact without provenance counts overall and under its own row; one with two techniques under both', () => {
  const base: Stanza = { id: 's', tag: 't', display_name: 'd', category: 'keying', direction: ['outgoing'], status: 'draft', spec_version: '0.1.0', summary: 's' };
  const report = coverageOf([
    {
      ...base,
      attributes: [
        { name: 'a', type: 'string', confidence: 'probable', description: 'd' },
        { name: 'b', type: 'string', confidence: 'confirmed', description: 'd', provenance: { techniques: ['mitm-tls', 'memory-dump'] } },
      ],
    },
  ]);
  assert.deepEqual(report.overall, { confirmed: 1, probable: 1, speculative: 0, unknown: 0, total: 2, coverage: 0.75 });
  assert.deepEqual(report.byCategory.keying, report.overall);
  assert.deepEqual(report.byTechnique[NO_PROVENANCE], { confirmed: 0, probable: 1, speculative: 0, unknown: 0, total: 1, coverage: 0.5 });
  assert.deepEqual(report.byTechnique['mitm-tls'], { confirmed: 1, probable: 0, speculative: 0, unknown: 0, total: 1, coverage: 1 });
  assert.deepEqual(report.byTechnique['memory-dump'], report.byTechnique['mitm-tls']);
  assert.equal(report.byTechnique['frida-hooking']?.total, 0);
});

test('no facts: zero coverage, no category row (only categories with facts get one), every technique row, no no-technique row', () => {
  const report = coverageOf([]);
  assert.deepEqual(report.overall, { confirmed: 0, probable: 0, speculative: 0, unknown: 0, total: 0, coverage: 0 });
  assert.deepEqual(Object.keys(report.byCategory), []);
  assert.equal(Object.keys(report.byTechnique).length, 7);
});

test('percent, points and coverageDelta', () => {
  assert.equal(percent(0.375), '37.5%');
  assert.equal(percent(0), '0.0%');
  assert.equal(percent(1), '100.0%');
  assert.equal(points(0.25, 0.267), '+1.7');
  assert.equal(points(0.5, 0.496), '-0.4');
  assert.equal(points(0.3, 0.3), '±0.0');
  const delta = coverageDelta(coverageOf([]), EXPECTED);
  assert.equal(delta.overall.after.total, 16);
  assert.deepEqual(delta.byTechnique.map((r) => r.key).at(-1), NO_PROVENANCE);
  assert.equal(delta.byTechnique.at(-1)?.before.total, 0);
});

test('text table: counts beside percentages, one row per category and technique', () => {
  const text = coverageText(EXPECTED);
  const row = (label: string) => text.split('\n').find((l) => l.trimStart().startsWith(`${label} `))?.trim().split(/\s+/);
  assert.deepEqual(row('overall'), ['overall', '4', '4', '5', '3', '16', '37.5%']);
  assert.deepEqual(row('signaling'), ['signaling', '2', '3', '2', '1', '8', '43.8%']);
  assert.deepEqual(row('(no technique)'), ['(no', 'technique)', '0', '0', '1', '0', '1', '0.0%']);
  assert.match(text, /coverage = \(confirmed \+ 0\.5 × probable\) \/ total/);
});

test('Markdown and badge', () => {
  const md = coverageMarkdown(EXPECTED, 'wacrg coverage --write');
  assert.match(md, /^# Coverage\n/);
  assert.match(md, /Overall: \*\*37\.5%\*\* of 16 facts\./);
  assert.ok(md.includes('| transport | 2 | 1 | 3 | 2 | 8 | 31.3% |'));
  assert.ok(md.includes('| frida-hooking | 2 | 0 | 0 | 0 | 2 | 100.0% |'));
  assert.ok(md.includes('| citing at least one flavor | 0 |'));
  assert.ok(md.includes('| backed by two or more independent flavors | 0 |'));
  assert.deepEqual(JSON.parse(coverageBadge(EXPECTED)), { schemaVersion: 1, label: 'spec coverage', message: '37.5%', color: 'orange' });
  const color = (coverage: number) => (JSON.parse(coverageBadge({ ...EXPECTED, overall: { ...EXPECTED.overall, coverage } })) as { color: string }).color;
  assert.deepEqual([0, 0.25, 0.5, 0.75, 1].map(color), ['red', 'orange', 'yellow', 'brightgreen', 'brightgreen']);
});
