// `validate` on more than one batch of captures runs in worker threads (src/cli/validate-large.ts):
// same problems in the same order as in this thread, with one worker or two, the files read from
// disk by the workers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkCapture } from '../../src/capture/check.ts';
import { validateRoot } from '../../src/cli/validate-large.ts';
import { openSpecRoot } from '../../src/cli/io.ts';
import { validateInBatches } from '../../src/spec/batches.ts';
import { kindOf } from '../../src/spec/repo.ts';
import { formatProblem } from '../../src/spec/validate.ts';
import { REPO_OTHER, repoOtherFiles, writeRepoOtherWithCaptures } from '../spec/helpers.ts';

test('more than one batch: the worker reports what this thread reports, problems of every batch included', async () => {
  const root = mkdtempSync(join(tmpdir(), 'wacrg-large-'));
  try {
    const files = repoOtherFiles();
    const capture = files.find((f) => kindOf(f.path) === 'capture');
    assert.ok(capture);
    for (let i = 0; i < 7; i++) {
      let text = capture.text.replace(/^id: .*$/m, `id: issue-${500 + i}`);
      if (i === 2) text = text.replace(/^title: .*$/m, 'title: 42');
      if (i === 6) text = text.replace('from="A@s.whatsapp.net"', 'from="15550123456@s.whatsapp.net"');
      files.push({ path: `corpus/captures/issue-${500 + i}.yaml`, text });
    }
    for (const f of files) {
      mkdirSync(dirname(join(root, f.path)), { recursive: true });
      writeFileSync(join(root, f.path), f.text);
    }
    const { repo } = await openSpecRoot(root, { out: () => {}, err: () => {} });
    const expected = validateInBatches(repo, checkCapture);
    assert.ok(expected.problems.map(formatProblem).some((p) => p.includes('issue-502')) && expected.problems.map(formatProblem).some((p) => p.includes('issue-506')), 'the corpus has problems in two batches');
    assert.deepEqual(await validateRoot(root, repo, { batchSize: 2, workers: 1 }), expected);
    // Two workers take batches as they free up: the same problems in the same order.
    assert.deepEqual(await validateRoot(root, repo, { batchSize: 2, workers: 2 }), expected);
    assert.deepEqual(await validateRoot(root, repo, { batchSize: 1, workers: 2 }), expected);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a capture removed after the listing: the run fails with that read error, whichever worker meets it', async () => {
  const root = mkdtempSync(join(tmpdir(), 'wacrg-large-'));
  try {
    writeRepoOtherWithCaptures(root, 6);
    const { repo } = await openSpecRoot(root, { out: () => {}, err: () => {} });
    rmSync(join(root, 'corpus/captures/issue-504.yaml'));
    // The CLI turns an error with a code into "cannot read input (ENOENT)", exit 2 (src/cli/main.ts).
    await assert.rejects(validateRoot(root, repo, { batchSize: 2, workers: 2 }), (error: NodeJS.ErrnoException) => error.code === 'ENOENT' && error.message.includes('issue-504.yaml'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a few batches (a fixture repository; 1,500 captures): validate runs in this thread, node:worker_threads not loaded', () => {
  const bin = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));
  const hook = "process.on('exit', () => process.stderr.write(process.moduleLoadList.includes('NativeModule worker_threads') ? 'loaded' : 'not loaded'))";
  const validate = (root: string) => spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, bin, 'validate', '--root', root], { encoding: 'utf8' });
  const small = validate(REPO_OTHER);
  assert.equal(small.status, 0, small.stderr);
  assert.equal(small.stderr, 'not loaded');
  const root = mkdtempSync(join(tmpdir(), 'wacrg-large-'));
  try {
    const files = repoOtherFiles();
    const capture = files.find((f) => kindOf(f.path) === 'capture');
    assert.ok(capture);
    for (let i = 0; i < 1500; i++) files.push({ path: `corpus/captures/issue-${1000 + i}.yaml`, text: capture.text.replace(/^id: .*$/m, `id: issue-${1000 + i}`) });
    for (const f of files) {
      mkdirSync(dirname(join(root, f.path)), { recursive: true });
      writeFileSync(join(root, f.path), f.text);
    }
    const two = validate(root);
    assert.equal(two.status, 0, two.stderr);
    assert.match(two.stdout, /^valid: 15\d\d files checked/m);
    assert.equal(two.stderr, 'not loaded');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
