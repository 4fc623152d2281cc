// End-to-end: the intake's request sequence, stale runs, large reports, exact bot identity, error
// messages and pull requests after a merge. The committed dist/index.js runs as a child process
// against the loopback GitHub, which checks every request against GitHub's OpenAPI description.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { before, suite, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { withFakeGitHub, type E2eEnv, type FakeUser, type IssueJson } from './fake-github.mjs';
import { DIST, formBody, makeWorkspace, runAction, type RunResult } from './harness.mjs';

const CAPTURE_LABEL = 'type/stanza-capture';
const LEAK_LABEL = 'status/needs-sanitization';
const INTAKE_MARKER = '<!-- wacrg:intake:v1 -->';
const COMMENT_LIMIT = 65_536;
/** The intake's trust in a read of the issue (src/action/intake.ts FRESH_MS). */
const FRESH_MS = 10_000;

const ROUTE = {
  issue: 'GET /repos/{owner}/{repo}/issues/{issue_number}',
  branch: 'GET /repos/{owner}/{repo}/branches/{branch}',
  tree: 'POST /repos/{owner}/{repo}/git/trees',
  commit: 'POST /repos/{owner}/{repo}/git/commits',
  createRef: 'POST /repos/{owner}/{repo}/git/refs',
  updateRef: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  createPull: 'POST /repos/{owner}/{repo}/pulls',
  labels: 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
  comment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
};

/** A phone-number JID user that is not a placeholder: generated, fictional 1555 prefix. */
function leakNumber(): string {
  return `1555${String(randomInt(1_000_000, 9_999_999))}`;
}

function rawWith(from: string): string {
  return [
    `<call from="${from}@s.whatsapp.net" to="Callee@s.whatsapp.net" id="STANZAID1" t="TIMESTAMP1">`,
    '  <offer call-id="CALLID1" call-creator="Caller:1@s.whatsapp.net">',
    '    <audio enc="opus" rate="16000"/>',
    '  </offer>',
    '</call>',
  ].join('\n');
}

interface Env extends E2eEnv {
  inputs: Record<string, string>;
}

async function setup(options: { bot?: FakeUser; botApp?: string; tokenUser?: FakeUser; inputs?: Record<string, string> } = {}): Promise<Env> {
  const { inputs = {}, ...fake } = options;
  return { ...(await withFakeGitHub(await makeWorkspace(), fake)), inputs };
}

function intakeEvent(env: Env, action: 'opened' | 'edited', issue: IssueJson, extraEnv: Record<string, string> = {}): Promise<RunResult> {
  const payload = { action, issue, repository: env.gh.repositoryJson(), sender: issue.user, ...(action === 'edited' ? { changes: { body: { from: '' } } } : {}) };
  return runAction({ server: env.gh, workspace: env.ws.dir, eventName: 'issues', payload, inputs: env.inputs, env: extraEnv });
}

function ownComments(env: Env, issue: number) {
  return env.gh.comments(issue).filter((c) => c.user.login === env.gh.bot.login && c.body.startsWith(INTAKE_MARKER));
}

const calls = (env: Env, since = 0) => env.gh.requests.slice(since).map((r) => `${r.method} ${r.route ?? r.path}`);
const visibleWrites = (env: Env, since = 0) => calls(env, since).filter((c) => !c.startsWith('GET ') && c !== ROUTE.tree);
const capturePath = (n: number) => `corpus/captures/issue-${n}.yaml`;

suite('intake flow end to end', { concurrency: 4 }, () => {
  before(() => {
    assert.ok(existsSync(DIST), `${DIST} is missing: the tests run the committed bundle (npm run build)`);
  });

  test('an accepted new issue takes 9 requests: no lookup of what cannot exist yet, no listing after creating', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      const run = await intakeEvent(env, 'opened', issue);
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['result'], 'accepted');
      // On a starved machine (the whole suite at once on 2 cores) a run can take longer than the
      // intake trusts a read of the issue (FRESH_MS): it then reads again before writing and lists
      // the comments, and says so. Those logged requests are the only ones allowed beyond the 9.
      const reread = /reading the issue again before writing/.test(run.stdout);
      const listed = /listing the comments before writing one/.test(run.stdout);
      assert.deepEqual(calls(env), [
        ROUTE.issue, // the issue as it is now (stale runs never win)
        ROUTE.branch, // the default branch: head commit and its tree in one call
        ...(reread ? [ROUTE.issue] : []),
        ROUTE.tree, // same id as the default branch's tree would mean: nothing to propose
        ROUTE.commit,
        ROUTE.createRef,
        ROUTE.createPull,
        ROUTE.labels,
        ROUTE.comment, // on the new pull request: nothing to list
        ...(listed ? ['GET /repos/{owner}/{repo}/issues/{issue_number}/comments'] : []),
        ROUTE.comment, // on the issue: the read said it has no comment
      ]);
      assert.equal(ownComments(env, issue.number).length, 1);
      // The comment and the commit record the version of the issue they were made from.
      const version = env.gh.issueJson(issue.number)['updated_at'];
      assert.match(ownComments(env, issue.number)[0]?.body ?? '', new RegExp(`<!-- wacrg:version ${String(version)} -->`));
      assert.match(env.gh.branchCommits(`capture/issue-${issue.number}`)[0]?.message ?? '', new RegExp(`Wacrg-Source-Version: ${String(version)}`));
      // Re-running the same event changes nothing anyone sees.
      const mark = env.gh.requests.length;
      const again = await intakeEvent(env, 'opened', issue);
      assert.equal(again.code, 0, again.stdout);
      assert.equal(again.outputs['result'], 'unchanged');
      assert.deepEqual(visibleWrites(env, mark), []);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  for (const order of ['newest event first', 'oldest event first', 'both at once'] as const) {
    test(`stale runs, clean then clean (${order}): the branch, the pull request and the comment end on the newest body`, async () => {
      const env = await setup();
      try {
        const opened = env.gh.addIssue({ title: '[capture]: offer', body: formBody({ confidence: 'probable' }), labels: [CAPTURE_LABEL] });
        const edited = env.gh.editIssue(opened.number, { body: formBody({ confidence: 'speculative', decoded: 'Second reading of the same offer.' }) });
        const older = () => intakeEvent(env, 'opened', opened);
        const newer = () => intakeEvent(env, 'edited', edited);
        const runs =
          order === 'newest event first' ? [await newer(), await older()] : order === 'oldest event first' ? [await older(), await newer()] : await Promise.all([older(), newer()]);
        for (const run of runs) assert.equal(run.code, 0, run.stdout);
        const branch = `capture/issue-${opened.number}`;
        assert.match(env.gh.branchFiles(branch)?.get(capturePath(opened.number)) ?? '', /confidence: speculative/);
        assert.equal(env.gh.pulls().length, 1);
        const staleRun = order === 'newest event first' ? runs[1] : runs[0];
        assert.match(staleRun?.summary ?? '', /changed after the event that started this run.*processed the issue as it is now/s);
        for (const c of ownComments(env, opened.number)) assert.match(c.body, new RegExp(`<!-- wacrg:version ${String(edited['updated_at'])} -->`));
        assert.ok(ownComments(env, opened.number).length >= 1);
        assert.deepEqual(env.gh.violations, []);
      } finally {
        await env.dispose();
      }
    });

    test(`stale runs, clean then leak (${order}): the leak wins, nothing pushed, rejection comment and label stay`, async () => {
      const env = await setup();
      try {
        const leak = leakNumber();
        const opened = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
        const edited = env.gh.editIssue(opened.number, { body: formBody({ raw: rawWith(leak) }) });
        const older = () => intakeEvent(env, 'opened', opened);
        const newer = () => intakeEvent(env, 'edited', edited);
        const runs =
          order === 'newest event first' ? [await newer(), await older()] : order === 'oldest event first' ? [await older(), await newer()] : await Promise.all([older(), newer()]);
        for (const run of runs) {
          assert.equal(run.code, 0, run.stdout);
          assert.equal(run.outputs['result'], 'rejected');
          for (const text of [run.stdout, run.stderr, run.summary]) assert.ok(!text.includes(leak));
        }
        assert.equal(env.gh.branchSha(`capture/issue-${opened.number}`), null, 'nothing pushed');
        assert.equal(env.gh.pulls().length, 0);
        assert.ok(env.gh.issue(opened.number)?.labels.includes(LEAK_LABEL));
        const mine = ownComments(env, opened.number);
        assert.ok(mine.length >= 1);
        for (const c of mine) {
          assert.match(c.body, /Capture rejected/);
          assert.match(c.body, /Delete revision from history/);
        }
        assert.deepEqual(env.gh.violations, []);
      } finally {
        await env.dispose();
      }
    });
  }

  test('a run that read the issue before a leak edit, then stalled, stops as superseded: the newer run\'s rejection stays', async () => {
    const env = await setup();
    try {
      const leak = leakNumber();
      const opened = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      // The older run reads the clean issue, then stalls on its next request (longer than FRESH_MS).
      const held = env.gh.hold({ method: 'GET', route: '/repos/{owner}/{repo}/branches/{branch}' });
      const olderRun = intakeEvent(env, 'opened', opened);
      await held.reached;
      const since = Date.now();
      const edited = env.gh.editIssue(opened.number, { body: formBody({ raw: rawWith(leak) }) });
      const newer = await intakeEvent(env, 'edited', edited);
      assert.equal(newer.outputs['result'], 'rejected');
      await sleep(Math.max(0, FRESH_MS + 500 - (Date.now() - since)));
      held.release();
      const older = await olderRun;
      assert.equal(older.code, 0, older.stdout);
      assert.equal(older.outputs['result'], 'superseded');
      assert.match(older.summary, /Stopped as superseded: the issue was edited while this run was working/);
      assert.equal(env.gh.branchSha(`capture/issue-${opened.number}`), null, 'the stale clean body was not pushed');
      assert.equal(env.gh.pulls().length, 0);
      assert.ok(env.gh.issue(opened.number)?.labels.includes(LEAK_LABEL));
      const mine = ownComments(env, opened.number);
      assert.equal(mine.length, 1);
      assert.match(mine[0]?.body ?? '', /Capture rejected/);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('a stale run whose older version is already superseded on the branch and in the comments writes nothing', async () => {
    const env = await setup();
    try {
      const opened = env.gh.addIssue({ title: '[capture]: offer', body: formBody({ confidence: 'probable' }), labels: [CAPTURE_LABEL] });
      assert.equal((await intakeEvent(env, 'opened', opened)).code, 0);
      const edited = env.gh.editIssue(opened.number, { body: formBody({ confidence: 'speculative' }) });
      assert.equal((await intakeEvent(env, 'edited', edited)).code, 0);
      // The version this older run holds is older than the one recorded: the comment guard stops it.
      // (Simulated by a comment recording a future version, as a newer run would leave it.)
      const mine = ownComments(env, opened.number)[0];
      assert.ok(mine);
      const future = '2099-01-01T00:00:00Z';
      env.gh.addComment({ issue: opened.number, body: mine.body.replace(/<!-- wacrg:version \S+ -->/, `<!-- wacrg:version ${future} -->`) });
      const mark = env.gh.requests.length;
      const run = await intakeEvent(env, 'edited', edited);
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['result'], 'superseded');
      assert.match(run.summary, new RegExp(`already reports on the issue as updated ${future}`));
      assert.deepEqual(visibleWrites(env, mark), [], 'nothing written, no duplicate deleted');
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('1,000 findings: the rejection comment keeps the remediation first, caps the table with a count, stays under the limit; the summary lists all', async () => {
    const env = await setup();
    try {
      const leaks = Array.from({ length: 1000 }, () => `${leakNumber()}@s.whatsapp.net`);
      const body = formBody({ notes: leaks.join(' ') });
      assert.ok(body.length < COMMENT_LIMIT, 'the issue body itself is within GitHub\'s limit');
      const issue = env.gh.addIssue({ title: '[capture]: offer', body, labels: [CAPTURE_LABEL] });
      const run = await intakeEvent(env, 'opened', issue);
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['result'], 'rejected');
      const comment = ownComments(env, issue.number)[0]?.body ?? '';
      assert.ok(comment.length <= COMMENT_LIMIT, `comment of ${comment.length} characters`);
      const steps = comment.indexOf('Delete revision from history');
      const rotate = comment.indexOf('rotate it');
      const table = comment.indexOf('| rule | severity |');
      assert.ok(steps > 0 && rotate > 0 && table > rotate, 'remediation before the table');
      const rows = comment.split('\n').filter((l) => l.startsWith('| `phone-jid` |')).length;
      const omitted = /_(\d+) more findings not shown here \((\d+) of (\d+) listed\)/.exec(comment);
      assert.ok(omitted, 'the count of what was left out');
      assert.equal(Number(omitted[2]), rows);
      assert.equal(Number(omitted[1]) + rows, Number(omitted[3]));
      assert.ok(Number(omitted[3]) >= 1000);
      assert.match(comment, /\[job summary of the workflow run\]\(https:\/\/github\.com\/wacrg\/spec\/actions\/runs\/4242\)/);
      const summaryRows = run.summary.split('\n').filter((l) => l.startsWith('| `phone-jid` |')).length;
      assert.equal(summaryRows, Number(omitted[3]), 'the job summary lists every finding');
      for (const leak of leaks.slice(0, 50)) assert.ok(!comment.includes(leak) && !run.summary.includes(leak));
      assert.ok(env.gh.issue(issue.number)?.labels.includes(LEAK_LABEL));
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('an issue body over 65,536 characters with a leak is still scanned: rejected, labelled, with the guidance', async () => {
    const env = await setup();
    try {
      const leak = leakNumber();
      const body = formBody({ raw: rawWith(leak), notes: 'the offer was seen twice in the same test call '.repeat(1500) });
      assert.ok(body.length > COMMENT_LIMIT);
      const issue = env.gh.addIssue({ title: '[capture]: offer', body, labels: [CAPTURE_LABEL] });
      const run = await intakeEvent(env, 'opened', issue);
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['result'], 'rejected');
      assert.ok(env.gh.issue(issue.number)?.labels.includes(LEAK_LABEL));
      assert.match(ownComments(env, issue.number)[0]?.body ?? '', /Delete revision from history/);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('another app\'s comment with our marker is never edited or deleted; ours is found by exact identity', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody({ confidence: 'probable' }), labels: [CAPTURE_LABEL] });
      const foreignBody = `${INTAKE_MARKER}\nanother app's report`;
      const foreign = env.gh.addComment({ issue: issue.number, body: foreignBody, user: { login: 'other-app[bot]', id: 7777, type: 'Bot' }, app: 'other-app' });
      const first = await intakeEvent(env, 'opened', env.gh.issueJson(issue.number));
      assert.equal(first.code, 0, first.stdout);
      const edited = env.gh.editIssue(issue.number, { body: formBody({ confidence: 'speculative' }) });
      const second = await intakeEvent(env, 'edited', edited);
      assert.equal(second.code, 0, second.stdout);
      const all = env.gh.comments(issue.number);
      assert.deepEqual(all.filter((c) => c.id === foreign.id).map((c) => c.body), [foreignBody], 'untouched');
      assert.equal(ownComments(env, issue.number).length, 1);
      assert.match(ownComments(env, issue.number)[0]?.body ?? '', /Capture accepted/);
      assert.ok(!env.gh.requests.some((r) => r.path.includes(`/issues/comments/${foreign.id}`)), 'no request touched the foreign comment');
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('with a GitHub App token (app-slug): its own comments are updated, the workflow bot\'s marked comment is foreign', async () => {
    const bot: FakeUser = { login: 'wacrg-intake[bot]', id: 9100, type: 'Bot' };
    const env = await setup({ bot, botApp: 'wacrg-intake', inputs: { 'app-slug': 'wacrg-intake' } });
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody({ confidence: 'probable' }), labels: [CAPTURE_LABEL] });
      const actionsBody = `${INTAKE_MARKER}\nfrom the workflow token`;
      const actions = env.gh.addComment({ issue: issue.number, body: actionsBody, user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }, app: 'github-actions' });
      assert.equal((await intakeEvent(env, 'opened', env.gh.issueJson(issue.number))).code, 0);
      const edited = env.gh.editIssue(issue.number, { body: formBody({ confidence: 'speculative' }) });
      assert.equal((await intakeEvent(env, 'edited', edited)).code, 0);
      const mine = ownComments(env, issue.number);
      assert.equal(mine.length, 1);
      assert.equal(mine[0]?.performed_via_github_app?.slug, 'wacrg-intake');
      assert.deepEqual(env.gh.comments(issue.number).filter((c) => c.id === actions.id).map((c) => c.body), [actionsBody]);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('with a user\'s token: its own login (GET /user) tells its comments from a look-alike', async () => {
    const maintainer: FakeUser = { login: 'maintainer-a', id: 9200, type: 'User' };
    const env = await setup({ bot: maintainer, tokenUser: maintainer });
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody({ confidence: 'probable' }), labels: [CAPTURE_LABEL] });
      const lookAlike = env.gh.addComment({ issue: issue.number, body: `${INTAKE_MARKER}\nlooks like the bot`, user: { login: 'mallory', id: 666, type: 'User' } });
      assert.equal((await intakeEvent(env, 'opened', env.gh.issueJson(issue.number))).code, 0);
      const edited = env.gh.editIssue(issue.number, { body: formBody({ confidence: 'speculative' }) });
      assert.equal((await intakeEvent(env, 'edited', edited)).code, 0);
      assert.equal(ownComments(env, issue.number).length, 1, 'updated, not duplicated');
      assert.match(ownComments(env, issue.number)[0]?.body ?? '', /confidence `speculative`/);
      assert.equal(env.gh.comments(issue.number).find((c) => c.id === lookAlike.id)?.body, `${INTAKE_MARKER}\nlooks like the bot`);
      assert.ok(env.gh.requests.some((r) => r.route === '/user'));
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('404 on the repository: the message names the token\'s access, not a missing branch', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      const run = await intakeEvent(env, 'opened', issue, { GITHUB_REPOSITORY: 'wacrg/elsewhere' });
      assert.equal(run.code, 1);
      assert.match(run.stdout, /::error::reading issue #\d+ failed: HTTP 404 Not Found\. Either it does not exist or the token cannot see the repository wacrg\/elsewhere/);
      assert.match(run.stdout, /personal or app token must be granted access to the repository wacrg\/elsewhere/);
      assert.doesNotMatch(run.stdout, /base branch does not exist/);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('a missing default branch is named as such, with what to do', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      const payload = { action: 'opened', issue, repository: { ...env.gh.repositoryJson(), default_branch: 'trunk' }, sender: issue.user };
      const run = await runAction({ server: env.gh, workspace: env.ws.dir, eventName: 'issues', payload });
      assert.equal(run.code, 1);
      assert.match(run.stdout, /::error::reading the base branch trunk failed: wacrg\/spec has no branch trunk\. Push a first commit/);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('a branch that keeps moving (persistent 409 on the ref update): a bounded number of attempts, a message, in seconds', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody({ confidence: 'probable' }), labels: [CAPTURE_LABEL] });
      assert.equal((await intakeEvent(env, 'opened', issue)).code, 0);
      const edited = env.gh.editIssue(issue.number, { body: formBody({ confidence: 'speculative' }) });
      env.gh.inject({ method: 'PATCH', route: '/repos/{owner}/{repo}/git/refs/{ref}', status: 409, times: 100, body: { message: 'Reference update failed', documentation_url: 'https://docs.github.com/rest', status: '409' } });
      const run = await intakeEvent(env, 'edited', edited);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /::error::updating branch capture\/issue-\d+ failed: the branch changed under this run 3 times in a row.*re-run the job once the other writer is done/);
      const patches = env.gh.requests.filter((r) => r.method === 'PATCH' && r.route === '/repos/{owner}/{repo}/git/refs/{ref}').length;
      // Time is bounded by counting: 3 writes, and a 409 is not retried by the client (no waits at all).
      assert.equal(patches, 3, 'conflicts are settled by reading again, not by retrying the same write');
      assert.doesNotMatch(run.stdout, /retrying in/);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('422 from a repository rule on creating the branch: the message says to exempt the capture branches', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      env.gh.inject({ method: 'POST', route: '/repos/{owner}/{repo}/git/refs', status: 422, times: 100, body: { message: 'Repository rule violations found', documentation_url: 'https://docs.github.com/rest', status: '422' } });
      const run = await intakeEvent(env, 'opened', issue);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /::error::creating branch capture\/issue-\d+ failed: HTTP 422 Repository rule violations found\. A branch protection rule or repository ruleset refuses this branch write: exempt the capture branches \(the `branch-prefix` input/);
      assert.equal(env.gh.requests.filter((r) => r.route === '/repos/{owner}/{repo}/git/refs').length, 1, 'a 422 is not retried');
      assert.doesNotMatch(run.stdout, /retrying in/);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('a persistent 502 on creating the pull request: retried within the budget, then a message saying to re-run later', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      // Exactly as many failures as the client tries (1 + 3 retries): GitHub recovers right after.
      env.gh.inject({ method: 'POST', route: '/repos/{owner}/{repo}/pulls', status: 502, times: 4, body: { message: 'Server Error' } });
      const run = await intakeEvent(env, 'opened', issue);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /::error::creating the pull request failed: GitHub answered HTTP 502 Server Error, still failing after 3 retries\..*re-run the job later/);
      const tries = env.gh.requests.filter((r) => r.method === 'POST' && r.route === '/repos/{owner}/{repo}/pulls').length;
      assert.equal(tries, 4, 'one request and 3 retries');
      // The waits the client logs: backoff 1 + 4 + 9 s, within the documented budget.
      const waits = [...run.stdout.matchAll(/HTTP 502 on POST \/repos\/\{owner\}\/\{repo\}\/pulls: retrying in (\d+)s/g)].map((m) => Number(m[1]));
      assert.ok(waits.reduce((a, b) => a + b, 0) <= 14, `waited ${waits.join(' + ')} s`);
      // A re-run once GitHub recovers opens the pull request on the branch already written.
      const rerun = await intakeEvent(env, 'opened', issue);
      assert.equal(rerun.code, 0, rerun.stdout);
      assert.equal(env.gh.pulls().length, 1);
      assert.equal(env.gh.branchCommits(`capture/issue-${issue.number}`).length, 1);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  for (const deleteBranch of [false, true]) {
    test(`after a squash merge (head branch ${deleteBranch ? 'deleted' : 'kept'}): a re-save proposes nothing; a changed value opens a clean one-file pull request`, async () => {
      const env = await setup();
      try {
        const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody({ confidence: 'probable' }), labels: [CAPTURE_LABEL] });
        assert.equal((await intakeEvent(env, 'opened', issue)).code, 0);
        const first = env.gh.pulls()[0];
        assert.ok(first);
        // Another capture lands on the default branch meanwhile, then ours is squash-merged.
        const other = env.gh.addIssue({ title: '[capture]: other', body: formBody({ direction: 'incoming' }), labels: [CAPTURE_LABEL] });
        assert.equal((await intakeEvent(env, 'opened', other)).code, 0);
        const otherPr = env.gh.pulls().find((p) => p.head.ref === `capture/issue-${other.number}`);
        assert.ok(otherPr);
        env.gh.mergePullRequest(otherPr.number, { deleteBranch: true });
        env.gh.mergePullRequest(first.number, { deleteBranch });
        const path = capturePath(issue.number);
        assert.ok(env.gh.branchFiles('main')?.has(path));

        // Re-save (same body): nothing to propose, and the comment says so.
        const resaved = env.gh.editIssue(issue.number, { body: formBody({ confidence: 'probable' }) });
        const mark = env.gh.requests.length;
        const resave = await intakeEvent(env, 'edited', resaved);
        assert.equal(resave.code, 0, resave.stdout);
        assert.equal(resave.outputs['result'], 'unchanged');
        assert.equal(resave.outputs['pull-request-number'], undefined);
        assert.equal(env.gh.pulls().filter((p) => p.state === 'open').length, 0, 'no pull request without a change');
        assert.deepEqual(visibleWrites(env, mark).filter((w) => w !== 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'), []);
        assert.match(resave.summary, /already has exactly this content: nothing to propose/);
        assert.match(ownComments(env, issue.number)[0]?.body ?? '', /already holds exactly this .*nothing new to propose/);

        // A changed value: a new pull request from the default branch as it is now, one file, mergeable.
        const changed = env.gh.editIssue(issue.number, { body: formBody({ confidence: 'speculative' }) });
        const run = await intakeEvent(env, 'edited', changed);
        assert.equal(run.code, 0, run.stdout);
        assert.equal(run.outputs['result'], 'accepted');
        const open = env.gh.pulls().filter((p) => p.state === 'open');
        assert.equal(open.length, 1);
        const second = open[0];
        assert.ok(second && second.number !== first.number);
        assert.equal(run.outputs['pull-request-number'], String(second.number));
        assert.deepEqual(env.gh.pullDiff(second.number), { files: [path], mergeable: true, conflicts: [] });
        assert.equal(env.gh.branchCommits(`capture/issue-${issue.number}`).length, 1, 'one commit on today\'s default branch');
        assert.match(run.summary, deleteBranch ? /\(new branch\)/ : /branch reset to `main`/);
        env.gh.mergePullRequest(second.number);
        assert.match(env.gh.branchFiles('main')?.get(path) ?? '', /confidence: speculative/);
        assert.deepEqual(env.gh.violations, []);
      } finally {
        await env.dispose();
      }
    });
  }

  test('after a pull request is closed unmerged, an edit opens a new clean one from the default branch', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody({ confidence: 'probable' }), labels: [CAPTURE_LABEL] });
      assert.equal((await intakeEvent(env, 'opened', issue)).code, 0);
      const first = env.gh.pulls()[0];
      assert.ok(first);
      env.gh.closePullRequest(first.number);
      const edited = env.gh.editIssue(issue.number, { body: formBody({ confidence: 'speculative' }) });
      const run = await intakeEvent(env, 'edited', edited);
      assert.equal(run.code, 0, run.stdout);
      const open = env.gh.pulls().filter((p) => p.state === 'open');
      assert.equal(open.length, 1);
      assert.notEqual(open[0]?.number, first.number);
      assert.deepEqual(env.gh.pullDiff(open[0]?.number ?? 0).files, [capturePath(issue.number)]);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('re-ingest after its pull request was squash-merged: nothing to propose, then a clean pull request for a change', async () => {
    const env = await setup();
    try {
      const a = env.gh.addIssue({ title: '[capture]: a', body: formBody({ confidence: 'probable' }), labels: [CAPTURE_LABEL] });
      const dispatch = () =>
        runAction({ server: env.gh, workspace: env.ws.dir, eventName: 'workflow_dispatch', payload: { inputs: { issues: 'all' }, ref: 'refs/heads/main', repository: env.gh.repositoryJson() } });
      assert.equal((await dispatch()).code, 0);
      const first = env.gh.pulls()[0];
      assert.ok(first);
      env.gh.mergePullRequest(first.number);
      const again = await dispatch();
      assert.equal(again.code, 0, again.stdout);
      assert.equal(again.outputs['result'], 'unchanged');
      assert.match(again.summary, /already holds exactly these files: nothing to propose/);
      assert.equal(env.gh.pulls().filter((p) => p.state === 'open').length, 0);
      env.gh.editIssue(a.number, { body: formBody({ confidence: 'speculative' }) });
      const changed = await dispatch();
      assert.equal(changed.code, 0, changed.stdout);
      assert.equal(changed.outputs['result'], 'accepted');
      const open = env.gh.pulls().filter((p) => p.state === 'open');
      assert.equal(open.length, 1);
      assert.deepEqual(env.gh.pullDiff(open[0]?.number ?? 0), { files: [capturePath(a.number)], mergeable: true, conflicts: [] });
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('two re-ingest runs finishing out of order: the one that read the issues later wins, the older stops as superseded', async () => {
    const env = await setup();
    try {
      const a = env.gh.addIssue({ title: '[capture]: a', body: formBody({ confidence: 'probable' }), labels: [CAPTURE_LABEL] });
      const dispatch = () =>
        runAction({ server: env.gh, workspace: env.ws.dir, eventName: 'workflow_dispatch', payload: { inputs: { issues: 'all' }, ref: 'refs/heads/main', repository: env.gh.repositoryJson() } });
      // The older run reads the issue, then stalls before it touches the branch.
      const held = env.gh.hold({ method: 'GET', route: '/repos/{owner}/{repo}/branches/{branch}' });
      const olderRun = dispatch();
      await held.reached;
      env.gh.editIssue(a.number, { body: formBody({ confidence: 'speculative' }) });
      const newer = await dispatch();
      assert.equal(newer.code, 0, newer.stdout);
      assert.equal(newer.outputs['result'], 'accepted');
      held.release();
      const older = await olderRun;
      assert.equal(older.code, 0, older.stdout);
      assert.equal(older.outputs['result'], 'superseded');
      assert.match(older.summary, /Stopped as superseded/);
      assert.match(env.gh.branchFiles('capture/reingest')?.get(capturePath(a.number)) ?? '', /confidence: speculative/);
      assert.equal(env.gh.pulls().length, 1);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });
});
