// End-to-end: the client's retries and rate-limit waits (src/github/client.ts, src/github/retry.ts) as
// dist/index.js runs them against the loopback fake GitHub with injected failures, and the
// proxy-aware path a runner behind a proxy loads on demand. (A 502 and a secondary limit on creating
// the pull request are in action.test.ts.)
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { suite, test } from 'node:test';
import { withFakeGitHub, type E2eEnv, type IssueJson } from './fake-github.mjs';
import { formBody, makeWorkspace, runAction, type RunResult } from './harness.mjs';

const CAPTURE_LABEL = 'type/stanza-capture';

type Env = E2eEnv;

async function setup(): Promise<Env> {
  return withFakeGitHub(await makeWorkspace());
}

function opened(env: Env, issue: IssueJson, extraEnv?: Record<string, string>): Promise<RunResult> {
  const payload = { action: 'opened', issue, repository: env.gh.repositoryJson(), sender: issue.user };
  return runAction({ server: env.gh, workspace: env.ws.dir, eventName: 'issues', payload, ...(extraEnv ? { env: extraEnv } : {}) });
}

const statuses = (env: Env, method: string, route: string) => env.gh.requests.filter((r) => r.method === method && r.route === route).map((r) => r.status);

/** A loopback URL where nothing listens (a port just released). */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

const STACK = /\n\s+at .+:\d+:\d+\)?\n/;
/** The workflow-command error lines of a run. */
const errorLines = (run: RunResult) => run.stdout.split('\n').filter((line) => line.startsWith('::error'));

suite('retries and rate limits (dist/index.js)', () => {
  test('429 with retry-after on a comment: waited out, then posted', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      const route = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
      env.gh.inject({ method: 'POST', route, status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too Many Requests' } });
      const started = Date.now();
      const run = await opened(env, issue);
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['result'], 'accepted');
      assert.deepEqual(statuses(env, 'POST', route).slice(0, 2), [429, 201]);
      assert.ok(Date.now() - started >= 1000, 'waited the second GitHub asked for');
      assert.match(run.stdout, /rate limit on POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments: retrying in 1s/);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('primary rate limit (x-ratelimit-remaining 0): retried after x-ratelimit-reset', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      const route = '/repos/{owner}/{repo}/git/trees';
      const reset = Math.floor(Date.now() / 1000);
      env.gh.inject({ method: 'POST', route, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded for installation.' } });
      const run = await opened(env, issue);
      assert.equal(run.code, 0, run.stdout);
      assert.deepEqual(statuses(env, 'POST', route), [403, 201]);
      assert.match(run.stdout, /rate limit on POST \/repos\/\{owner\}\/\{repo\}\/git\/trees: retrying in \ds/);
      assert.equal(env.gh.branchCommits(`capture/issue-${issue.number}`).length, 1);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('a rate limit that resets in an hour is not slept through: clear error, exit 1, nothing half-written', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      const route = '/repos/{owner}/{repo}/git/trees';
      const reset = Math.floor(Date.now() / 1000) + 3600;
      env.gh.inject({ method: 'POST', route, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded for installation.' } });
      const started = Date.now();
      const run = await opened(env, issue);
      assert.equal(run.code, 1, run.stdout);
      assert.ok(Date.now() - started < 60_000);
      assert.deepEqual(statuses(env, 'POST', route), [403]);
      assert.match(run.stdout, /rate limit on POST \/repos\/\{owner\}\/\{repo\}\/git\/trees: giving up \(the wait exceeds 120s\)/);
      assert.match(run.stdout, /::error::.*rate limit exceeded \(HTTP 403\), not waited for \(the wait exceeds 120s\)\. Re-run the job after /);
      assert.doesNotMatch(run.stdout, /already waited/);
      assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at .+:\d+:\d+\)?\n/, 'no stack trace');
      assert.equal(env.gh.pulls().length, 0);
    } finally {
      await env.dispose();
    }
  });

  test('5xx twice, then success: each retry logged, one commit', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      const route = '/repos/{owner}/{repo}/git/commits';
      env.gh.inject({ method: 'POST', route, status: 503, times: 2, body: { message: 'Service Unavailable' } });
      const run = await opened(env, issue);
      assert.equal(run.code, 0, run.stdout);
      assert.deepEqual(statuses(env, 'POST', route), [503, 503, 201]);
      assert.match(run.stdout, /HTTP 503 on POST \/repos\/\{owner\}\/\{repo\}\/git\/commits: retrying in 1s/);
      assert.match(run.stdout, /HTTP 503 on POST \/repos\/\{owner\}\/\{repo\}\/git\/commits: retrying in 4s/);
      assert.equal(env.gh.branchCommits(`capture/issue-${issue.number}`).length, 1);
    } finally {
      await env.dispose();
    }
  });

  test('with a proxy configured, the toolkit proxy-aware fetch is loaded and the run completes (loopback bypasses the proxy)', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      // Nothing listens on port 9: a request sent through this proxy would fail.
      const run = await opened(env, issue, { https_proxy: 'http://127.0.0.1:9', http_proxy: 'http://127.0.0.1:9' });
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.equal(run.outputs['result'], 'accepted');
      assert.equal(env.gh.pulls().length, 1);
    } finally {
      await env.dispose();
    }
  });

  test('GITHUB_API_URL where nothing listens (ECONNREFUSED): not retried, one clear error line, exit 1 within seconds', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      const started = Date.now();
      const run = await opened(env, issue, { GITHUB_API_URL: await closedPortUrl() });
      assert.equal(run.code, 1, run.stdout);
      // Retried, this took 1 + 4 + 9 s of waits.
      assert.ok(Date.now() - started < 10_000, `gave up at once (${Date.now() - started} ms)`);
      assert.doesNotMatch(run.stdout, /retrying in/);
      assert.match(run.stdout, /network error on GET \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}: giving up \(ECONNREFUSED: the connection was refused, a retry cannot help\)/);
      const errors = errorLines(run);
      assert.equal(errors.length, 1, run.stdout);
      assert.match(errors[0] ?? '', /failed: connect ECONNREFUSED 127\.0\.0\.1:\d+\. GitHub could not be reached, not retried \(ECONNREFUSED: the connection was refused, a retry cannot help\): check the runner's network or proxy settings/);
      assert.doesNotMatch(run.stdout + run.stderr, STACK, 'no stack trace');
      assert.equal(env.gh.requests.length, 0);
    } finally {
      await env.dispose();
    }
  });

  test('an answer larger than the transport limit (64 MiB): not read further, not retried, one clear error line naming the limit, nothing written', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      const route = '/repos/{owner}/{repo}/issues/{issue_number}';
      // Valid JSON, one byte over the limit: only the size is wrong.
      const limit = 64 * 1024 * 1024;
      const rawBody = Buffer.alloc(limit + 1, 0x20);
      rawBody.write('{"message":"', 0);
      rawBody.write('"}', limit - 1);
      env.gh.inject({ method: 'GET', route, status: 200, rawBody, times: 4 });
      const run = await opened(env, issue);
      assert.equal(run.code, 1, run.stdout);
      assert.deepEqual(statuses(env, 'GET', route), [200], 'asked once');
      assert.match(run.stdout, /giving up \(WACRG_RESPONSE_TOO_LARGE: the answer is larger than the limit of one response, a retry cannot help\)/);
      const errors = errorLines(run);
      assert.equal(errors.length, 1, run.stdout);
      assert.match(errors[0] ?? '', /failed: the response body is larger than 64 MiB \(the transport's limit of one response\), not retried \(.*\)\. GitHub's REST API answers these calls with far less/);
      assert.doesNotMatch(run.stdout + run.stderr, STACK, 'no stack trace');
      assert.equal(env.gh.requests.filter((r) => r.method !== 'GET').length, 0, 'nothing written');
    } finally {
      await env.dispose();
    }
  });
});
