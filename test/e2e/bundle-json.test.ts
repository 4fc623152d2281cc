// The committed CLI bundle reads JSON stanzas with its bundled JSON parser (jsonc-parser's ESM
// build; its UMD "main" cannot be bundled): a JSON capture is accepted with the same facts as the
// XML one, and a malformed one is refused with the parser's position, as the source does.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { formBody, REPO_ROOT } from './harness.mjs';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function ingest(body: string): { code: number | null; json: { status: string; errors: { message: string }[]; corroboration?: { stanza: string } } } {
  const run = spawnSync(process.execPath, [CLI, 'ingest', '--body', '-', '--issue', '7', '--json', '--root', REPO_ROOT], { input: body, encoding: 'utf8' });
  assert.equal(run.stderr.includes('Error:'), false, run.stderr);
  return { code: run.status, json: JSON.parse(run.stdout) };
}

const stanza = {
  tag: 'call',
  attrs: { from: 'Caller@s.whatsapp.net', to: 'Callee@s.whatsapp.net', id: 'STANZAID1', t: 'TIMESTAMP1' },
  content: [{ tag: 'offer', attrs: { 'call-id': 'CALLID1', 'call-creator': 'Caller:1@s.whatsapp.net' }, content: [{ tag: 'audio', attrs: { enc: 'opus', rate: '16000' } }] }],
};

test('dist/cli.js ingest: a JSON stanza is read and matched to its spec stanza', () => {
  const run = ingest(formBody({ raw: JSON.stringify(stanza, null, 2) }));
  assert.equal(run.code, 0);
  assert.equal(run.json.status, 'accepted');
  assert.equal(run.json.corroboration?.stanza, 'call-offer');
});

test('dist/cli.js ingest: malformed JSON is refused with the position of the mistake', () => {
  // A trailing comma after the last attribute: strict JSON refuses it at the `}`.
  const raw = JSON.stringify(stanza, null, 2).replace('"TIMESTAMP1"', '"TIMESTAMP1",');
  const run = ingest(formBody({ raw }));
  assert.equal(run.code, 1);
  assert.equal(run.json.status, 'invalid');
  // Line 8 is the `  },` closing "attrs": its `}` is at column 3.
  assert.deepEqual(run.json.errors.map((e) => e.message), ['cannot read the raw stanza at line 8, column 3: JSON: expected a string key']);
});
