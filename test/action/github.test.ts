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

test('own comments: exactly the configured app\'s bot, or the token\'s own login; never any other [bot]', () => {
  // The workflow token: the github-actions app, whether or not GitHub names the app on the comment.
  assert.equal(isOwnComment(comment({ author: 'github-actions[bot]', authorType: 'Bot' }), 'github-actions'), true);
  assert.equal(isOwnComment(comment({ author: 'github-actions[bot]', authorType: 'Bot', appSlug: 'github-actions' }), 'github-actions'), true);
  // Another app's bot is foreign, even when it is consistent with its own app (the old rule took it).
  assert.equal(isOwnComment(comment({ author: 'other-app[bot]', authorType: 'Bot', appSlug: 'other-app' }), 'github-actions'), false);
  assert.equal(isOwnComment(comment({ author: 'wacrg-intake[bot]', authorType: 'Bot', appSlug: 'wacrg-intake' }), 'github-actions'), false);
  // A configured app: its bot only, and only when performed by that app.
  assert.equal(isOwnComment(comment({ author: 'wacrg-intake[bot]', authorType: 'Bot', appSlug: 'wacrg-intake' }), 'wacrg-intake'), true);
  assert.equal(isOwnComment(comment({ author: 'wacrg-intake[bot]', authorType: 'Bot', appSlug: 'other-app' }), 'wacrg-intake'), false);
  assert.equal(isOwnComment(comment({ author: 'github-actions[bot]', authorType: 'Bot' }), 'wacrg-intake'), false);
  // A user account named like a bot is not the bot.
  assert.equal(isOwnComment(comment({ author: 'wacrg-intake[bot]', authorType: 'User' }), 'wacrg-intake'), false);
  // A user's token: its own login, nobody else's.
  assert.equal(isOwnComment(comment({ author: 'maintainer-a' }), 'github-actions', 'maintainer-a'), true);
  assert.equal(isOwnComment(comment({ author: 'mallory' }), 'github-actions', 'maintainer-a'), false);
  assert.equal(isOwnComment(comment({ author: 'mallory' }), 'github-actions'), false);
});

function httpError(status: number, message: string, headers: Record<string, string> = {}) {
  return Object.assign(new Error(message), { status, response: { data: { message }, headers } });
}

test('403 not permitted to create pull requests names the repository setting', () => {
  const text = describeFailure(httpError(403, 'GitHub Actions is not permitted to create or approve pull requests.'), { what: 'creating the pull request', permission: 'pull-requests: write' });
  assert.match(text, /Settings → Actions → General → Workflow permissions/);
  assert.match(text, /Allow GitHub Actions to create and approve pull requests/);
});

test('403 names the missing permission; 404 names the token\'s access to the repository', () => {
  assert.match(describeFailure(httpError(403, 'Resource not accessible by integration'), { what: 'committing', permission: 'contents: write' }), /lacks `contents: write`/);
  const notFound = describeFailure(httpError(404, 'Not Found'), { what: 'reading issue #3', permission: 'issues: read', repository: 'o/r' });
  assert.match(notFound, /the token cannot see the repository o\/r/);
  assert.match(notFound, /must be granted access to the repository o\/r with `issues: read`/);
  assert.doesNotMatch(notFound, /branch does not exist/);
});

test('409, 410, 422 and network failures each say what to change', () => {
  const ref = { what: 'updating branch capture/issue-3', permission: 'contents: write', kind: 'ref', repository: 'o/r' } as const;
  assert.match(describeFailure(httpError(409, 'Git Repository is empty.'), ref), /no commit yet: push a first commit/);
  assert.match(describeFailure(httpError(409, 'Conflict'), ref), /conflict.*Re-run the job/);
  assert.match(describeFailure(httpError(422, 'Repository rule violations found'), ref), /exempt the capture branches \(the `branch-prefix` input/);
  assert.match(describeFailure(httpError(422, 'Update is not a fast forward'), ref), /kept moving/);
  assert.match(describeFailure(httpError(422, 'Validation Failed: Label name is invalid'), { what: 'adding labels', permission: 'issues: write', kind: 'label' }), /check the `labels`/);
  assert.match(describeFailure(httpError(410, 'Issues are disabled for this repo'), { what: 'reading issue #3', permission: 'issues: read' }), /issues are turned off/);
  assert.match(describeFailure(new Error('fetch failed'), { what: 'x', permission: 'issues: read' }), /could not be reached.*network or proxy/);
  // Octokit's form of a request that got no answer: status 500 and no response.
  const unanswered = Object.assign(new Error('getaddrinfo ENOTFOUND api.github.invalid'), { status: 500 });
  const text = describeFailure(unanswered, { what: 'x', permission: 'issues: read' });
  assert.match(text, /could not be reached.*network or proxy/);
  assert.doesNotMatch(text, /GitHub answered|githubstatus/);
  // A 500 GitHub did answer stays a server error.
  assert.match(describeFailure(httpError(500, 'Server Error'), { what: 'x', permission: 'issues: read' }), /GitHub answered HTTP 500/);
});

test('rate limits and 5xx say they were retried within the budget and when to re-run', () => {
  assert.match(describeFailure(httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1900000000' }), { what: 'x', permission: 'issues: read' }), /rate limit exceeded.*retry budget\. Re-run the job after 2030-/);
  assert.match(describeFailure(httpError(502, 'Server Error'), { what: 'x', permission: 'issues: read' }), /still failing after the retries of the run's retry budget.*re-run the job later/);
});
