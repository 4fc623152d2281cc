// The job summary in the runner's file format (src/action/summary.ts): exactly what @actions/core's
// summary.addRaw(…).write() appends, and its errors.
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import * as core from '@actions/core';
import { appendSummary } from '../../src/action/summary.ts';

const MARKDOWN = ['## wacrg intake: issue #7 accepted\n\n| a | b |\n|---|---|\n| ü | `x` |\n', 'second block, no newline at the end', '\r\nthird\r\n'];

test('appends each block as core.summary does, byte for byte, after what the file held', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wacrg-summary-'));
  try {
    const ours = join(dir, 'ours.md');
    const theirs = join(dir, 'theirs.md');
    writeFileSync(ours, 'earlier step\n');
    writeFileSync(theirs, 'earlier step\n');
    for (const block of MARKDOWN) appendSummary(block, { GITHUB_STEP_SUMMARY: ours });
    const saved = process.env['GITHUB_STEP_SUMMARY'];
    process.env['GITHUB_STEP_SUMMARY'] = theirs;
    try {
      for (const block of MARKDOWN) await core.summary.addRaw(block).write();
    } finally {
      if (saved === undefined) delete process.env['GITHUB_STEP_SUMMARY'];
      else process.env['GITHUB_STEP_SUMMARY'] = saved;
    }
    assert.deepEqual(readFileSync(ours), readFileSync(theirs));
    assert.ok(readFileSync(ours, 'utf8').startsWith('earlier step\n## wacrg intake'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without GITHUB_STEP_SUMMARY, or with a file it cannot write, it fails with core.summary\'s message', (t) => {
  assert.throws(() => appendSummary('x', {}), /Unable to find environment variable for \$GITHUB_STEP_SUMMARY/);
  const dir = mkdtempSync(join(tmpdir(), 'wacrg-summary-'));
  try {
    assert.throws(() => appendSummary('x', { GITHUB_STEP_SUMMARY: join(dir, 'missing.md') }), /Unable to access summary file: '.*missing\.md'/);
    const readOnly = join(dir, 'read-only.md');
    writeFileSync(readOnly, '');
    chmodSync(readOnly, 0o444);
    if (process.getuid?.() === 0) {
      t.diagnostic('running as root: file permissions do not apply, the read-only case is not checked');
      return;
    }
    assert.throws(() => appendSummary('x', { GITHUB_STEP_SUMMARY: readOnly }), /Unable to access summary file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
