// The pure parts of the github module: blob ids, bot identity, error messages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOwnComment } from '../../src/github/comments.ts';
import { describeFailure } from '../../src/github/errors.ts';
import { gitBlobSha } from '../../src/github/git.ts';
import type { CommentInfo } from '../../src/github/types.ts';

test('gitBlobSha equals git hash-object', () => {
  // printf 'hello\n' | git hash-object --stdin
  assert.equal(gitBlobSha('hello\n'), 'ce013625030ba8dba906f756967f9e9ca394464a');
  assert.equal(gitBlobSha(''), 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  // Length is in bytes, not characters.
  assert.notEqual(gitBlobSha('é'), gitBlobSha('e'));
});

const comment = (c: Partial<CommentInfo>): CommentInfo => ({ id: 1, body: '', author: 'someone', authorType: 'User', createdAt: '2026-01-01T00:00:00Z', ...c });

test('own comments: github-actions[bot], or the app bot that performed the comment', () => {
  assert.equal(isOwnComment(comment({ author: 'github-actions[bot]', authorType: 'Bot' })), true);
  assert.equal(isOwnComment(comment({ author: 'wacrg-intake[bot]', authorType: 'Bot', appSlug: 'wacrg-intake' })), true);
  assert.equal(isOwnComment(comment({ author: 'other[bot]', authorType: 'Bot', appSlug: 'wacrg-intake' })), false);
  assert.equal(isOwnComment(comment({ author: 'mallory' })), false);
  assert.equal(isOwnComment(comment({ author: 'wacrg-intake[bot]', authorType: 'User', appSlug: 'wacrg-intake' })), false);
});

function httpError(status: number, message: string, headers: Record<string, string> = {}) {
  return Object.assign(new Error(message), { status, response: { data: { message }, headers } });
}

test('403 not permitted to create pull requests names the repository setting', () => {
  const text = describeFailure(httpError(403, 'GitHub Actions is not permitted to create or approve pull requests.'), { what: 'creating the pull request', permission: 'pull-requests: write' });
  assert.match(text, /Settings → Actions → General → Workflow permissions/);
  assert.match(text, /Allow GitHub Actions to create and approve pull requests/);
});

test('other 403/404 name the missing workflow permission', () => {
  assert.match(describeFailure(httpError(403, 'Resource not accessible by integration'), { what: 'committing', permission: 'contents: write' }), /lacks `contents: write`/);
  assert.match(describeFailure(httpError(404, 'Not Found'), { what: 'commenting', permission: 'issues: write' }), /needs `issues: write`/);
});

test('rate limits and 5xx say they were retried', () => {
  assert.match(describeFailure(httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1900000000' }), { what: 'x', permission: 'issues: read' }), /rate limit exceeded.*already retried/);
  assert.match(describeFailure(httpError(502, 'Server Error'), { what: 'x', permission: 'issues: read' }), /still failing after retries/);
});
