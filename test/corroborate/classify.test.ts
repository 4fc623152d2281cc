/**
 * One test per folder in test/fixtures/corroborate/classify/: `input.xml` is corroborated (as a
 * websocket capture) against the fixture repository; the matched stanza and every classification
 * must equal `expected.json` (paths compared as sets: order is document order, not the contract).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { corroborate } from '../../src/corroborate/match.ts';
import { FIXTURES, fixtureRepo, tree } from './helpers.ts';

interface Expected {
  stanza: string | null;
  corroborated: string[];
  new: string[];
  conflicts: { path: string; kind: string }[];
  missing: string[];
  observed: { path: string; value: string }[];
}

const root = join(FIXTURES, 'classify');
const sorted = (values: string[]) => [...values].sort();

for (const scenario of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  test(`classify: ${scenario}`, async () => {
    const repo = await fixtureRepo();
    const input = readFileSync(join(root, scenario, 'input.xml'), 'utf8');
    const expected = JSON.parse(readFileSync(join(root, scenario, 'expected.json'), 'utf8')) as Expected;
    const c = corroborate(tree(input), 'websocket-capture', repo);
    assert.equal(c.stanza ?? null, expected.stanza);
    assert.equal(c.unmatched !== undefined, expected.stanza === null, 'an unmatched capture says why');
    assert.deepEqual(sorted(c.corroborated.map((f) => f.path)), sorted(expected.corroborated), 'corroborated');
    assert.deepEqual(sorted(c.new.map((f) => f.path)), sorted(expected.new), 'new');
    assert.deepEqual(sorted(c.conflicts.map((x) => `${x.path} ${x.kind}`)), sorted(expected.conflicts.map((x) => `${x.path} ${x.kind}`)), 'conflicts');
    assert.deepEqual(sorted(c.missing.map((f) => f.path)), sorted(expected.missing), 'missing');
    assert.deepEqual(sorted(c.observed.map((o) => `${o.path}=${o.value}`)), sorted(expected.observed.map((o) => `${o.path}=${o.value}`)), 'observed enum values');
    // Each path is reported once per list, even when siblings repeat it.
    for (const list of [c.corroborated, c.new, c.missing]) assert.equal(new Set(list.map((f) => f.path)).size, list.length);
    // Every path is in fact path notation for the matched stanza.
    for (const f of [...c.corroborated, ...c.new, ...c.missing, ...c.conflicts]) assert.ok(f.path.startsWith(`${c.stanza}:`));
  });
}
