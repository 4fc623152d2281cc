import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkBranchPrefix, InputError, MAX_REINGEST, parseDryRun, parseIssueSelection, relativePath } from '../../src/action/inputs.ts';

test('issues: "all" or comma-separated numbers', () => {
  assert.deepEqual(parseIssueSelection('all'), { all: true });
  assert.deepEqual(parseIssueSelection(' ALL '), { all: true });
  assert.deepEqual(parseIssueSelection('3, 7,#12'), { all: false, numbers: [3, 7, 12] });
});

test('issues: anything else is a clear error that does not echo the input', () => {
  for (const bad of ['', '1,,2', '0', '-3', '1.5', '3;rm -rf', 'x', '1e3', '01']) {
    assert.throws(() => parseIssueSelection(bad), (e: unknown) => e instanceof InputError && !e.message.includes('rm -rf'), bad);
  }
  assert.throws(() => parseIssueSelection('4,4'), /listed twice/);
  const many = Array.from({ length: MAX_REINGEST + 1 }, (_, i) => String(i + 1)).join(',');
  assert.throws(() => parseIssueSelection(many), /at most/);
});

test('dry-run: true, false or empty', () => {
  assert.equal(parseDryRun(''), false);
  assert.equal(parseDryRun('false'), false);
  assert.equal(parseDryRun('TRUE'), true);
  assert.throws(() => parseDryRun('yes'), InputError);
});

test('branch-prefix: a safe ref fragment', () => {
  assert.equal(checkBranchPrefix('capture/'), 'capture/');
  for (const bad of ['../x', 'a..b', '/abs', 'a b', 'x//y', 'ref.lock/', '-x']) assert.throws(() => checkBranchPrefix(bad), InputError, bad);
});

test('paths stay inside the workspace', () => {
  assert.equal(relativePath('root', '.'), '');
  assert.equal(relativePath('root', './spec-repo/'), 'spec-repo');
  assert.throws(() => relativePath('root', '../elsewhere'), InputError);
  assert.throws(() => relativePath('template', '/etc/passwd'), InputError);
});
