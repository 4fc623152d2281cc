// What a capture means for implementations (issue #11, item 3): the matched stanza's spec parts with
// their codes and implementations, and the flavor corroboration of the facts the capture touches, in
// the result, the comment and `ingest --json`. The spec is this repository's, plus two parts, three
// flavors and flavor provenance on two facts; the figures below are counted by hand.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { corroborationJson } from '../../src/corroborate/json.ts';
import { ingest } from '../../src/intake/ingest.ts';
import { intakeIssueAcceptedComment } from '../../src/report/intake.ts';
import { readRepoFiles } from '../../src/spec/read-files.ts';
import { kindOf } from '../../src/spec/repo.ts';
import { formBody } from '../e2e/harness.mjs';
import { REPO_ROOT } from '../intake/cases.ts';

const templateText = readFileSync(join(REPO_ROOT, '.github/ISSUE_TEMPLATE/stanza_capture.yml'), 'utf8');

const ADDED: Record<string, string> = {
  'spec/flavors/alpha-kit.yaml': 'id: alpha-kit\nname: Alpha Kit\n',
  'spec/flavors/beta-kit.yaml': 'id: beta-kit\nname: Beta Kit\n',
  // A port of alpha-kit: not independent of it.
  'spec/flavors/gamma-port.yaml': 'id: gamma-port\nderives_from:\n  - alpha-kit\n',
  'spec/signalling/call-offer.yaml': [
    'id: call-offer',
    'code: SIG-01',
    'category: signalling',
    'title: Call offer',
    'summary: Opening a call (fixture).',
    'implementations:',
    '  - flavor: alpha-kit',
    '    status: working',
    '  - flavor: gamma-port',
    '    status: partial',
    '',
  ].join('\n'),
  // Documents the same stanza through its parent.
  'spec/signalling/offer-audio.yaml': ['id: offer-audio', 'code: SIG-07', 'category: signalling', 'title: Offered audio', 'summary: The audio element (fixture).', 'parent: call-offer', 'implementations:', '  - flavor: beta-kit', '    status: planned', ''].join('\n'),
  // Another stanza's part: not listed.
  'spec/signalling/call-accept.yaml': ['id: call-accept', 'code: SIG-02', 'category: signalling', 'title: Call accept', 'summary: Accepting (fixture).', 'implementations:', '  - flavor: beta-kit', '    status: working', ''].join('\n'),
};

/**
 * This repository's records in the first-release layout: its own spec parts, flavors and
 * contributors left out, and the flavors its stanzas cite removed, so the fixture above is the
 * whole of what the capture can meet.
 */
async function firstReleaseFiles(): Promise<{ path: string; text: string }[]> {
  return (await readRepoFiles(REPO_ROOT))
    .filter((f) => !['flavor', 'contributor', 'part'].includes(kindOf(f.path) ?? ''))
    .map((f) => (kindOf(f.path) === 'stanza' ? { ...f, text: f.text.replace(/^ {6}flavors:\n(?: {8}- .*\n)+/gm, '') } : f));
}

/** `from` cites alpha-kit and its port (one lineage); `to` cites alpha-kit and beta-kit (two). */
function withFlavors(stanza: string): string {
  const provenance = '    provenance:\n      techniques:\n        - websocket-capture\n        - baileys-instrumentation\n';
  const [head, rest] = [stanza.slice(0, stanza.indexOf('  - name: to')), stanza.slice(stanza.indexOf('  - name: to'))];
  assert.ok(head.endsWith(provenance) && rest.includes(`${provenance}  - name: id`), 'the stanza file still has the expected shape');
  return `${head}      flavors:\n        - alpha-kit\n        - gamma-port\n${rest.replace(`${provenance}  - name: id`, `${provenance}      flavors:\n        - alpha-kit\n        - beta-kit\n  - name: id`)}`;
}

test('an accepted capture names the parts of its stanza, their codes and implementations, and the flavor corroboration of its facts', async () => {
  const files = (await firstReleaseFiles()).map((f) => (f.path === 'spec/stanzas/call-offer.yaml' ? { ...f, text: withFlavors(f.text) } : f));
  files.push(...Object.entries(ADDED).map(([path, text]) => ({ path, text })));
  const result = ingest({ body: formBody({}), issue: 8, author: 'contributor-a', templateText, repoFiles: files });
  assert.equal(result.status, 'accepted', JSON.stringify(result.errors));
  const impl = result.corroboration?.implementations;
  assert.ok(impl);
  assert.deepEqual(impl.parts, [
    { id: 'call-offer', code: 'SIG-01', title: 'Call offer', implementations: [{ flavor: 'alpha-kit', status: 'working' }, { flavor: 'gamma-port', status: 'partial' }] },
    { id: 'offer-audio', code: 'SIG-07', title: 'Offered audio', implementations: [{ flavor: 'beta-kit', status: 'planned' }] },
  ]);
  assert.deepEqual(impl.facts, [
    { path: 'call-offer:@from', flavors: ['alpha-kit', 'gamma-port'], independent: 1 },
    { path: 'call-offer:@to', flavors: ['alpha-kit', 'beta-kit'], independent: 2 },
  ]);
  assert.equal(impl.citingFlavor, 2);
  assert.equal(impl.independentFlavors, 1);
  assert.equal(impl.touched, (result.corroboration?.corroboration.corroborated.length ?? 0) + (result.corroboration?.corroboration.conflicts.length ?? 0));

  const comment = intakeIssueAcceptedComment({ issue: 8, path: 'corpus/captures/issue-8.yaml', branch: 'capture/issue-8', facts: {}, findings: [], committed: true, corroboration: result.corroboration! });
  assert.match(comment, /#### Implementations/);
  assert.match(comment, /\| `call-offer` Call offer \| `wacrg:SIG-01` \| `alpha-kit`: `working`, `gamma-port`: `partial` \|/);
  assert.match(comment, /\| `offer-audio` Offered audio \| `wacrg:SIG-07` \| `beta-kit`: `planned` \|/);
  assert.doesNotMatch(comment, /SIG-02/);
  assert.match(comment, /2 cite at least one flavor, 1 is backed by two or more independent flavors/);

  const json = corroborationJson(result.corroboration!.corroboration, result.corroboration!.projection, impl);
  assert.deepEqual(json.corroboration.implementations, impl);
});

test('a spec without parts: the capture says no part documents the stanza yet', async () => {
  const result = ingest({ body: formBody({}), issue: 9, author: 'contributor-a', templateText, repoFiles: await firstReleaseFiles() });
  assert.equal(result.status, 'accepted');
  assert.deepEqual(result.corroboration?.implementations?.parts, []);
  assert.equal(result.corroboration?.implementations?.citingFlavor, 0);
});
