// End-to-end for flavors: a Flavor registration issue through the same intake flow as captures (one
// branch, one pull request, one sticky comment each, however often it is edited or re-run), and push
// notifications (one tracking issue per opted-in flavor, opened once, then updated), with the
// committed dist/index.js against the loopback GitHub that checks every request against OpenAPI.
import assert from 'node:assert/strict';
import { cp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { before, suite, test } from 'node:test';
import { withFakeGitHub, type E2eEnv, type IssueJson } from './fake-github.mjs';
import { DIST, makeWorkspace, REPO_ROOT, runAction, type RunResult } from './harness.mjs';
import { FLAVOR_FIXTURES, FLAVOR_REPO, flavorFormBody } from '../intake/flavor-cases.ts';

const FLAVOR_LABEL = 'type/flavor-registration';
const LEAK_LABEL = 'status/needs-sanitization';
const INTAKE_MARKER = '<!-- wacrg:intake:v1 -->';
const AFFECTED_REPO = join(import.meta.dirname, '../fixtures/affected/repo');
const NOTIFY_TOKEN = 'ghp_notifyTokenForTheLoopbackServer00000';
const ALPHA = 'example-org/alpha-kit';
const BETA = 'example-org/beta-kit';

type Env = E2eEnv;

/** A checkout of `source` (spec/) with this repository's issue forms, and the fake holding the same files. */
async function setup(source: string, otherRepos: string[] = []): Promise<Env> {
  const ws = await makeWorkspace(source);
  await cp(join(REPO_ROOT, '.github/ISSUE_TEMPLATE'), join(ws.dir, '.github/ISSUE_TEMPLATE'), { recursive: true });
  for (const name of ['flavor_registration.yml', 'stanza_capture.yml']) {
    const path = `.github/ISSUE_TEMPLATE/${name}`;
    ws.files.push({ path, text: await readFile(join(ws.dir, path), 'utf8') });
  }
  return withFakeGitHub(ws, { otherRepos });
}

function issueEvent(env: Env, action: 'opened' | 'edited', issue: IssueJson, previousBody?: string | null): Promise<RunResult> {
  const payload = { action, issue, repository: env.gh.repositoryJson(), sender: issue.user, ...(action === 'edited' ? { changes: { body: { from: previousBody ?? '' } } } : {}) };
  return runAction({ server: env.gh, workspace: env.ws.dir, eventName: 'issues', payload });
}

function writes(env: Env, since: number): string[] {
  return env.gh.requests.slice(since).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.route ?? r.path}`);
}

/** Writes anyone can see: creating a tree is content-addressed (the intake compares tree ids), so it is left out. */
function visibleWrites(env: Env, since: number): string[] {
  return writes(env, since).filter((w) => w !== 'POST /repos/{owner}/{repo}/git/trees');
}

function own(env: Env, issue: number) {
  return env.gh.comments(issue).filter((c) => c.user.login === env.gh.bot.login && c.body.startsWith(INTAKE_MARKER));
}

const CAROL = { login: 'Carol-Example', id: 7003, type: 'User' as const };

suite('flavors end to end', { concurrency: true }, () => {
  before(() => {
    assert.ok(existsSync(DIST), `${DIST} is missing: the tests run the committed bundle (npm run build)`);
  });

  test('registration opened, edited, re-run: one branch, one pull request, one comment each; the maintainer record comes along', async () => {
    const env = await setup(FLAVOR_REPO);
    try {
      const body = flavorFormBody({});
      const issue = env.gh.addIssue({ title: '[flavor]: example-call-kit', body, user: CAROL, labels: [FLAVOR_LABEL, 'status/needs-review'] });
      const opened = await issueEvent(env, 'opened', issue);
      assert.equal(opened.code, 0, opened.stdout + opened.stderr);
      const branch = `flavor/issue-${issue.number}`;
      const files = env.gh.branchFiles(branch);
      // The same bytes as the new-maintainer fixture (same body, same author).
      for (const path of ['spec/flavors/example-call-kit.yaml', 'spec/contributors/carol-example.yaml']) {
        assert.equal(files?.get(path), await readFile(join(FLAVOR_FIXTURES, 'new-maintainer/expected', path), 'utf8'), path);
      }
      assert.equal(env.gh.branchCommits(branch).length, 1);
      const [pr, ...morePulls] = env.gh.pulls();
      assert.ok(pr);
      assert.deepEqual(morePulls, []);
      assert.equal(pr.head.ref, branch);
      assert.equal(pr.title, `flavor: register example-call-kit (issue #${issue.number})`);
      assert.match(pr.body ?? '', new RegExp(`Closes #${issue.number}\\b`));
      assert.deepEqual(pr.labels.map((l) => l.name), [FLAVOR_LABEL]);
      assert.equal(own(env, pr.number).length, 1);
      assert.equal(own(env, issue.number).length, 1);
      assert.match(own(env, issue.number)[0]?.body ?? '', /### Flavor registration accepted[\s\S]*adds your contributor record `spec\/contributors\/carol-example\.yaml`/);
      assert.equal(opened.outputs['result'], 'accepted');
      assert.equal(opened.outputs['capture-path'], 'spec/flavors/example-call-kit.yaml');

      // Edited: a new commit on the same branch, the same pull request and comments, updated.
      const edited = env.gh.editIssue(issue.number, { body: flavorFormBody({ maturity: 'working' }) });
      const second = await issueEvent(env, 'edited', edited, body);
      assert.equal(second.code, 0, second.stdout);
      assert.equal(env.gh.branchCommits(branch).length, 2);
      assert.match(env.gh.branchFiles(branch)?.get('spec/flavors/example-call-kit.yaml') ?? '', /^maturity: working$/m);
      assert.equal(env.gh.pulls().length, 1);
      assert.equal(own(env, pr.number).length, 1);
      assert.equal(own(env, issue.number).length, 1);

      // Re-run of the same event: nothing visible is written.
      const since = env.gh.requests.length;
      const rerun = await issueEvent(env, 'edited', edited, body);
      assert.equal(rerun.code, 0, rerun.stdout);
      assert.deepEqual(visibleWrites(env, since), []);
      assert.equal(rerun.outputs['result'], 'unchanged');
      assert.equal(env.gh.branchCommits(branch).length, 2);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('a leak in a registration: nothing pushed, the sticky comment and the label, the pull request left alone', async () => {
    const env = await setup(FLAVOR_REPO);
    try {
      const issue = env.gh.addIssue({ title: '[flavor]: example-call-kit', body: flavorFormBody({}), user: CAROL, labels: [FLAVOR_LABEL] });
      assert.equal((await issueEvent(env, 'opened', issue)).code, 0);
      const branch = `flavor/issue-${issue.number}`;
      const head = env.gh.branchSha(branch);
      const leak = `+1 555 010 ${String(4000 + (issue.number % 1000)).padStart(4, '1')}`;
      const edited = env.gh.editIssue(issue.number, { body: flavorFormBody({ description: `Reach me at ${leak}.` }) });
      const run = await issueEvent(env, 'edited', edited, null);
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['result'], 'rejected');
      assert.equal(env.gh.branchSha(branch), head, 'nothing pushed');
      assert.ok(env.gh.issue(issue.number)?.labels.includes(LEAK_LABEL));
      const comment = own(env, issue.number);
      assert.equal(comment.length, 1);
      assert.match(comment[0]?.body ?? '', /### Flavor registration rejected: possible personal data/);
      assert.match(comment[0]?.body ?? '', /`description`/);
      for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(env.gh.comments(issue.number)), JSON.stringify(env.gh.pulls())]) {
        assert.ok(!text.includes(leak) && !text.includes(leak.replace(/\D/g, '')), 'the leak is never repeated');
      }
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('an issue with both form labels is skipped with a clear reason', async () => {
    const env = await setup(FLAVOR_REPO);
    try {
      const issue = env.gh.addIssue({ title: 'x', body: flavorFormBody({}), user: CAROL, labels: [FLAVOR_LABEL, 'type/stanza-capture'] });
      const since = env.gh.requests.length;
      const run = await issueEvent(env, 'opened', issue);
      assert.equal(run.code, 0);
      assert.match(run.summary, /carries the labels of two forms/);
      assert.deepEqual(writes(env, since), []);
    } finally {
      await env.dispose();
    }
  });
});

/** Writes the pushed files into the checkout too (the workflow checks out `after`). */
async function pushBoth(env: Env, files: Record<string, string>): Promise<Record<string, unknown>> {
  const { payload } = env.gh.push(files);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(env.ws.dir, path)), { recursive: true });
    await writeFile(join(env.ws.dir, path), text);
  }
  return payload;
}

async function edited(path: string, note: string): Promise<string> {
  return `${await readFile(join(AFFECTED_REPO, path), 'utf8')}normative: ${note}\n`;
}

function pushRun(env: Env, payload: unknown, token: boolean): Promise<RunResult> {
  return runAction({ server: env.gh, workspace: env.ws.dir, eventName: 'push', payload, inputs: token ? { 'notify-token': NOTIFY_TOKEN } : {} });
}

suite('push notifications end to end', { concurrency: true }, () => {
  test('a push changing two parts of an opted-in flavor opens one tracking issue; a second push updates it; a re-run adds nothing', async () => {
    const env = await setup(AFFECTED_REPO, [ALPHA, BETA]);
    try {
      const first = await pushBoth(env, {
        'spec/signalling/call-offer.yaml': await edited('spec/signalling/call-offer.yaml', 'The offer carries one audio element.'),
        'spec/signalling/call-accept.yaml': await edited('spec/signalling/call-accept.yaml', 'The accept echoes the call id.'),
      });
      const run1 = await pushRun(env, first, true);
      assert.equal(run1.code, 0, run1.stdout + run1.stderr);
      assert.equal(run1.outputs['result'], 'notified');
      const [issue, ...more] = env.gh.otherIssues(ALPHA);
      assert.ok(issue);
      assert.deepEqual(more, [], 'one tracking issue');
      assert.equal(issue.title, 'Spec changes in wacrg/spec for alpha-kit');
      assert.ok(issue.body?.startsWith('<!-- wacrg:spec-changes:v1 source=wacrg/spec flavor=alpha-kit -->'));
      assert.match(issue.body ?? '', /`wacrg:SIG-01`.*`call-offer`.*Call offer.*`working`/);
      assert.match(issue.body ?? '', /`wacrg:SIG-02`.*`call-accept`.*Call accept.*`partial`/);
      assert.match(issue.body ?? '', /\(https:\/\/github\.com\/wacrg\/spec\/blob\/[0-9a-f]{40}\/spec\/signalling\/call-offer\.yaml\)/);
      // beta-kit implements call-offer but did not opt in; gamma-port has no repository.
      assert.deepEqual(env.gh.otherIssues(BETA), []);
      const notes = JSON.parse(run1.outputs['notifications'] ?? '[]') as { flavor: string; kind: string }[];
      assert.deepEqual(notes.map((n) => [n.flavor, n.kind]), [['alpha-kit', 'created']]);
      // Requests to the flavor's repository carry the notify token, the others the workflow token.
      for (const r of env.gh.requests) assert.equal(r.token === NOTIFY_TOKEN, r.path.startsWith(`/repos/${ALPHA}/`), `${r.method} ${r.path}`);

      const second = await pushBoth(env, { 'spec/signalling/call-accept.yaml': await edited('spec/signalling/call-accept.yaml', 'The accept may carry a relay element.') });
      const run2 = await pushRun(env, second, true);
      assert.equal(run2.code, 0, run2.stdout);
      const after = env.gh.otherIssues(ALPHA);
      assert.equal(after.length, 1, 'updated, not duplicated');
      const body = after[0]?.body ?? '';
      assert.ok(body.startsWith(issue.body ?? '\u0000'), 'the update appends');
      assert.equal(body.match(/^### Push /gm)?.length, 2);
      assert.match(body.slice((issue.body ?? '').length), /`wacrg:SIG-02`/);
      assert.doesNotMatch(body.slice((issue.body ?? '').length), /`wacrg:SIG-01`/, 'the second push changed call-accept only');

      const since = env.gh.requests.length;
      const again = await pushRun(env, second, true);
      assert.equal(again.code, 0);
      assert.deepEqual(writes(env, since), [], 'a re-run of the same push appends nothing');
      assert.equal(env.gh.otherIssues(ALPHA)[0]?.body, body);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('without the notify token: the plan in the summary and the output only, no request to the flavor repository', async () => {
    const env = await setup(AFFECTED_REPO, [ALPHA, BETA]);
    try {
      const payload = await pushBoth(env, { 'spec/signalling/call-offer.yaml': await edited('spec/signalling/call-offer.yaml', 'Changed.') });
      const run = await pushRun(env, payload, false);
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['result'], 'planned');
      const plan = JSON.parse(run.outputs['notifications'] ?? '') as { flavor: string; notifyRepo: string; kind: string; parts: { code: string }[] }[];
      assert.deepEqual(plan.map((p) => [p.flavor, p.notifyRepo, p.kind, p.parts.map((x) => x.code)]), [['alpha-kit', ALPHA, 'planned', ['SIG-01']]]);
      assert.match(run.summary, /No notify-token input/);
      assert.match(run.summary, /\| `alpha-kit` \| `example-org\/alpha-kit` \| `SIG-01` \| planned: no notify token \|/);
      assert.match(run.summary, /Not notified \(no `notify_opt_in: true` with a `notify_repo`\): `beta-kit`/);
      assert.ok(env.gh.requests.every((r) => !r.path.startsWith('/repos/example-org/')));
      assert.deepEqual(env.gh.otherIssues(ALPHA), []);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('when the flavor repository refuses, the run still succeeds and says so', async () => {
    const env = await setup(AFFECTED_REPO, [ALPHA]);
    try {
      env.gh.inject({ method: 'POST', path: /^\/repos\/example-org\/alpha-kit\/issues$/, status: 403, body: { message: 'Resource not accessible by personal access token', documentation_url: 'https://docs.github.com/rest', status: '403' } });
      const payload = await pushBoth(env, { 'spec/signalling/call-offer.yaml': await edited('spec/signalling/call-offer.yaml', 'Changed.') });
      const run = await pushRun(env, payload, true);
      assert.equal(run.code, 0, run.stdout);
      assert.match(run.summary, /\| `alpha-kit` \| `example-org\/alpha-kit` \| `SIG-01` \| failed: /);
      assert.match(run.stdout, /::warning::flavor alpha-kit: /);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('a push to another branch, and a push that touches no spec part, notify nobody', async () => {
    const env = await setup(AFFECTED_REPO, [ALPHA]);
    try {
      const other = await runAction({ server: env.gh, workspace: env.ws.dir, eventName: 'push', payload: { ref: 'refs/heads/topic', before: 'a'.repeat(40), after: 'b'.repeat(40), repository: env.gh.repositoryJson() }, inputs: { 'notify-token': NOTIFY_TOKEN } });
      assert.equal(other.code, 0);
      assert.match(other.stdout, /a branch other than the default branch/);
      const payload = await pushBoth(env, { 'spec/flavors/beta-kit.yaml': 'id: beta-kit\nname: Beta Kit 2\n' });
      const run = await pushRun(env, payload, true);
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['result'], 'unchanged');
      assert.deepEqual(env.gh.otherIssues(ALPHA), []);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });
});
