// `npm run demo` (the README's first command) works, and what it prints (the pull request, its
// file, the bot's comments, the job summary) holds no zero-width or other invisible character: values
// sit in code spans, which GitHub never links, so nothing is inserted into them and a maintainer can
// copy them as they are.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from './harness.mjs';

test('npm run demo: exit 0, a pull request and comments, no U+200D or other invisible character in the output', () => {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'demo.mjs')], { encoding: 'utf8', cwd: REPO_ROOT });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const out = run.stdout;
  assert.match(out, /─ pull request #\d+ /);
  assert.match(out, /─ comment by /);
  assert.ok(!out.includes('\u200d'), 'no zero-width joiner');
  const invisible = [...out.matchAll(/[\u200b-\u200f\u2060-\u2064\ufeff]/gu)].map((m) => `U+${m[0].codePointAt(0)?.toString(16).toUpperCase()}`);
  assert.deepEqual(invisible, []);
  // The facts appear as typed, ready to copy.
  assert.match(out, /`call-offer:offer@call-id`/);
});
