// `validate` on more than one batch of captures runs in a worker thread (src/cli/validate-large.ts):
// same problems as in this thread, the files read from disk by the worker.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { checkCapture } from '../../src/capture/check.ts';
import { validateRoot } from '../../src/cli/validate-large.ts';
import { openSpecRoot } from '../../src/cli/io.ts';
import { validateInBatches } from '../../src/spec/batches.ts';
import { kindOf } from '../../src/spec/repo.ts';
import { formatProblem } from '../../src/spec/validate.ts';
import { repoOtherFiles } from '../spec/helpers.ts';

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
