// A new repository wired from the README alone: the `issues` workflow snippet is taken out of
// README.md's "Use it in your repository" section, committed into a scratch repository (this
// repository's spec/, corpus/ and issue form, and NO other workflow), and run the way a runner would
// (trigger, `if:`, concurrency group, checkout, action.yml inputs → INPUT_*, dist/index.js on Node 24)
// against the loopback fake GitHub. It must end with the capture's pull request, and the job's
// `permissions:` must be exactly what the run used.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { startFakeGitHub } from './fake-github.mjs';
import { formBody, makeWorkspace, REPO_ROOT } from './harness.mjs';
import { FLAVOR_REPO, flavorFormBody } from '../intake/flavor-cases.ts';
import { readmeWorkflows } from './readme.ts';
import { missingGrants, parseWorkflow, runWorkflow, unusedWrites, CHECKOUT, THIS_ACTION } from './workflow-runner.ts';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const INTAKE_FILE = '.github/workflows/wacrg-intake.yml';
const NOTIFY_FILE = '.github/workflows/wacrg-notify.yml';
const AFFECTED_REPO = join(REPO_ROOT, 'test/fixtures/affected/repo');
const NOTIFY_TOKEN = 'ghp_notifyTokenForTheLoopbackServer00000';
const ALPHA = 'example-org/alpha-kit';
const BETA = 'example-org/beta-kit';

/** The labels the issue form applies (GitHub puts them on the issue at creation). */
function formLabels(): string[] {
  const form: unknown = parse(readFileSync(join(REPO_ROOT, '.github/ISSUE_TEMPLATE/stanza_capture.yml'), 'utf8'));
  assert.ok(typeof form === 'object' && form !== null && 'labels' in form && Array.isArray(form.labels));
  return form.labels.map(String);
}

test('README: the issues-mode snippet names this action at @v1 and checks out with a pinned actions/checkout', () => {
  const text = readmeWorkflows(readme).get(INTAKE_FILE);
  assert.ok(text, `the README has a yaml block starting with "# ${INTAKE_FILE}"`);
  const [[, job]] = parseWorkflow(text).jobs as [[string, Record<string, unknown>]];
  const uses = (job['steps'] as Record<string, unknown>[]).map((s) => String(s['uses']));
  assert.ok(uses.some((u) => CHECKOUT.test(u)), 'actions/checkout pinned to a full SHA');
  assert.ok(uses.some((u) => THIS_ACTION.test(u)), 'uses: <owner>/<repo>@v1');
});

test('README issues snippet, run like a runner in a scratch repository: the capture pull request, with exactly the granted permissions', async () => {
  const text = readmeWorkflows(readme).get(INTAKE_FILE);
  assert.ok(text);
  const workflow = parseWorkflow(text);
  const ws = await makeWorkspace();
  // The scratch repository: spec/, corpus/, the issue form and the README's workflow, nothing else.
  const files = [...ws.files.filter((f) => !f.path.startsWith('.github/workflows/')), { path: INTAKE_FILE, text }];
  const gh = await startFakeGitHub({ files });
  try {
    assert.deepEqual([...(gh.branchFiles(gh.defaultBranch)?.keys() ?? [])].filter((p) => p.startsWith('.github/workflows/')), [INTAKE_FILE]);
    const event = (issue: ReturnType<typeof gh.addIssue>) => ({ action: 'opened', issue, repository: gh.repositoryJson(), sender: issue.user });

    // An issue without the form's label: the job's `if:` skips it, nothing is called.
    const plain = gh.addIssue({ title: 'a question', body: 'How do I file a capture?', labels: [] });
    const skipped = await runWorkflow({ workflow, gh, eventName: 'issues', payload: event(plain) });
    assert.ok(skipped.triggered);
    assert.deepEqual(skipped.jobs, []);
    assert.equal(gh.requests.length, 0);

    // A capture filed through the form (which applies its labels).
    const issue = gh.addIssue({ title: '[capture]: call offer', body: formBody(), labels: formLabels() });
    const run = await runWorkflow({ workflow, gh, eventName: 'issues', payload: event(issue) });
    assert.equal(run.jobs.length, 1, 'the intake job ran');
    const [job] = run.jobs as [(typeof run.jobs)[number]];
    assert.equal(job.result.code, 0, job.result.stdout + job.result.stderr);
    assert.equal(job.result.outputs['result'], 'accepted');

    const pulls = gh.pulls();
    assert.equal(pulls.length, 1, 'one pull request');
    const [pr] = pulls as [(typeof pulls)[number]];
    assert.equal(pr.head.ref, `capture/issue-${issue.number}`);
    assert.equal(pr.base.ref, gh.defaultBranch);
    assert.match(pr.body ?? '', new RegExp(`Closes #${issue.number}\\b`));
    assert.match(gh.branchFiles(pr.head.ref)?.get(`corpus/captures/issue-${issue.number}.yaml`) ?? '', new RegExp(`id: issue-${issue.number}\\b`));
    assert.equal(job.result.outputs['pull-request-number'], String(pr.number));
    assert.deepEqual(gh.violations, []);

    // permissions: every request is covered, and every write grant was needed.
    const pullNumbers = new Set(pulls.map((p) => p.number));
    assert.deepEqual(missingGrants(job, pullNumbers), []);
    assert.deepEqual(unusedWrites(job, pullNumbers), []);

    // concurrency: one group per issue, so two issues never wait on each other.
    const other = gh.addIssue({ title: '[capture]: another', body: formBody(), labels: formLabels() });
    const second = await runWorkflow({ workflow, gh, eventName: 'issues', payload: event(other) });
    assert.ok(job.concurrencyGroup?.includes(String(issue.number)));
    assert.notEqual(second.jobs[0]?.concurrencyGroup, job.concurrencyGroup);
    assert.equal(gh.pulls().length, 2);

    // A `labeled` event (GitHub sends one per form label) does not start the workflow at all.
    assert.equal((await runWorkflow({ workflow, gh, eventName: 'issues', payload: { ...event(issue), action: 'labeled' } })).triggered, false);
  } finally {
    await gh.close();
    await ws.remove();
  }
});

test('README review and re-ingest snippets, run like a runner: they do their job with exactly the granted permissions', async () => {
  const blocks = readmeWorkflows(readme);
  const review = blocks.get('.github/workflows/wacrg-review.yml');
  const reingest = blocks.get('.github/workflows/wacrg-reingest.yml');
  assert.ok(review && reingest, 'the README has the review and re-ingest workflows');
  const ws = await makeWorkspace();
  const gh = await startFakeGitHub({ files: ws.files });
  try {
    // Review: a pull request changing a stanza file.
    const stanza = ws.files.find((f) => f.path.startsWith('spec/stanzas/'));
    assert.ok(stanza);
    const pr = gh.addPullRequest({ head: 'edit-stanza', files: { [stanza.path]: `${stanza.text}\n` }, pullFiles: [{ filename: stanza.path, status: 'modified' }] });
    const reviewed = await runWorkflow({
      workflow: parseWorkflow(review),
      gh,
      eventName: 'pull_request',
      payload: { action: 'opened', number: pr.number, pull_request: pr, repository: gh.repositoryJson() },
    });
    const [reviewJob] = reviewed.jobs;
    assert.ok(reviewJob, 'the review job ran');
    assert.equal(reviewJob.result.code, 0, reviewJob.result.stdout);
    assert.equal(reviewJob.result.outputs['result'], 'reviewed');
    assert.equal(gh.comments(pr.number).length, 1, 'one review comment');
    let pullNumbers = new Set(gh.pulls().map((p) => p.number));
    assert.deepEqual(missingGrants(reviewJob, pullNumbers), []);
    assert.deepEqual(unusedWrites(reviewJob, pullNumbers), []);

    // Re-ingest: two capture issues into one pull request.
    const a = gh.addIssue({ title: '[capture]: a', body: formBody(), labels: formLabels() });
    const b = gh.addIssue({ title: '[capture]: b', body: formBody({ direction: 'incoming' }), labels: formLabels() });
    const dispatched = await runWorkflow({
      workflow: parseWorkflow(reingest),
      gh,
      eventName: 'workflow_dispatch',
      payload: { inputs: { issues: `${a.number},${b.number}`, 'dry-run': false }, ref: `refs/heads/${gh.defaultBranch}`, repository: gh.repositoryJson() },
    });
    const [reingestJob] = dispatched.jobs;
    assert.ok(reingestJob, 'the re-ingest job ran');
    assert.equal(reingestJob.result.code, 0, reingestJob.result.stdout);
    assert.equal(reingestJob.result.outputs['result'], 'accepted');
    const batch = gh.pulls().find((p) => p.head.ref === 'capture/reingest');
    assert.ok(batch, 'one batch pull request');
    pullNumbers = new Set(gh.pulls().map((p) => p.number));
    assert.deepEqual(missingGrants(reingestJob, pullNumbers), []);
    assert.deepEqual(unusedWrites(reingestJob, pullNumbers), []);
    assert.deepEqual(gh.violations, []);
  } finally {
    await gh.close();
    await ws.remove();
  }
});

test('README issues snippet: a Flavor registration (type/flavor-registration) goes through the same job and gets its pull request', async () => {
  const text = readmeWorkflows(readme).get(INTAKE_FILE);
  assert.ok(text);
  const ws = await makeWorkspace(FLAVOR_REPO);
  // The scratch repository: the flavor fixture's spec/, both issue forms, and the README's workflow only.
  const forms = ['flavor_registration.yml', 'stanza_capture.yml'].map((name) => `.github/ISSUE_TEMPLATE/${name}`);
  const files = [...ws.files.filter((f) => !f.path.startsWith('.github/')), ...forms.map((path) => ({ path, text: readFileSync(join(REPO_ROOT, path), 'utf8') })), { path: INTAKE_FILE, text }];
  const gh = await startFakeGitHub({ files });
  try {
    const form: unknown = parse(readFileSync(join(REPO_ROOT, forms[0] ?? ''), 'utf8'));
    assert.ok(typeof form === 'object' && form !== null && 'labels' in form && Array.isArray(form.labels));
    const labels = form.labels.map(String);
    assert.ok(labels.includes('type/flavor-registration'), 'the registration form applies the flavor label');
    const issue = gh.addIssue({ title: '[flavor]: example-call-kit', body: flavorFormBody({}), user: { login: 'Carol-Example', id: 7003, type: 'User' }, labels });
    const run = await runWorkflow({ workflow: parseWorkflow(text), gh, eventName: 'issues', payload: { action: 'opened', issue, repository: gh.repositoryJson(), sender: issue.user } });
    assert.deepEqual(run.skipped, [], "the job's if: lets a registration through");
    const [job] = run.jobs;
    assert.ok(job, 'the intake job ran');
    assert.equal(job.result.code, 0, job.result.stdout + job.result.stderr);
    assert.equal(job.result.outputs['result'], 'accepted');
    const [pr, ...more] = gh.pulls();
    assert.ok(pr);
    assert.deepEqual(more, []);
    assert.equal(pr.head.ref, `flavor/issue-${issue.number}`);
    assert.match(gh.branchFiles(pr.head.ref)?.get('spec/flavors/example-call-kit.yaml') ?? '', /^id: example-call-kit$/m);
    const pullNumbers = new Set([pr.number]);
    assert.deepEqual(missingGrants(job, pullNumbers), []);
    assert.deepEqual(gh.violations, []);
  } finally {
    await gh.close();
    await ws.remove();
  }
});

test('README push snippet, run like a runner: without the secret a plan, with it one tracking issue in the flavor repository', async () => {
  const text = readmeWorkflows(readme).get(NOTIFY_FILE);
  assert.ok(text, `the README has a yaml block starting with "# ${NOTIFY_FILE}"`);
  const workflow = parseWorkflow(text);
  const ws = await makeWorkspace(AFFECTED_REPO);
  const gh = await startFakeGitHub({ files: [...ws.files, { path: NOTIFY_FILE, text }], otherRepos: [ALPHA, BETA] });
  const edit = (path: string, note: string) => `${readFileSync(join(AFFECTED_REPO, path), 'utf8')}normative: ${note}\n`;
  try {
    // A push to another branch does not start the workflow.
    assert.equal((await runWorkflow({ workflow, gh, eventName: 'push', payload: { ref: 'refs/heads/topic', before: 'a'.repeat(40), after: 'b'.repeat(40), repository: gh.repositoryJson() } })).triggered, false);

    // No WACRG_NOTIFY_TOKEN secret: the run succeeds and only plans.
    const first = gh.push({ 'spec/signalling/call-offer.yaml': edit('spec/signalling/call-offer.yaml', 'The offer carries one audio element.') });
    const planned = await runWorkflow({ workflow, gh, eventName: 'push', payload: first.payload });
    const [planJob] = planned.jobs;
    assert.ok(planJob, 'the notify job ran');
    assert.equal(planJob.result.code, 0, planJob.result.stdout + planJob.result.stderr);
    assert.equal(planJob.result.outputs['result'], 'planned');
    assert.match(planJob.result.summary, /\| `alpha-kit` \| `example-org\/alpha-kit` \| `SIG-01` \| planned: no notify token \|/);
    assert.deepEqual(gh.otherIssues(ALPHA), []);
    assert.ok(gh.requests.every((r) => !r.path.startsWith('/repos/example-org/')), 'nothing sent to the flavor repository');

    // With the secret: one tracking issue in the opted-in flavor's repository, written with the secret.
    const second = gh.push({ 'spec/signalling/call-accept.yaml': edit('spec/signalling/call-accept.yaml', 'The accept echoes the call id.') });
    const since = gh.requests.length;
    const sent = await runWorkflow({ workflow, gh, eventName: 'push', payload: second.payload, secrets: { WACRG_NOTIFY_TOKEN: NOTIFY_TOKEN } });
    const [sendJob] = sent.jobs;
    assert.ok(sendJob);
    assert.equal(sendJob.result.code, 0, sendJob.result.stdout + sendJob.result.stderr);
    assert.equal(sendJob.result.outputs['result'], 'notified');
    const [issue, ...more] = gh.otherIssues(ALPHA);
    assert.ok(issue, 'a tracking issue in example-org/alpha-kit');
    assert.deepEqual(more, []);
    assert.match(issue.body ?? '', /`wacrg:SIG-02`/);
    assert.deepEqual(gh.otherIssues(BETA), [], 'beta-kit did not opt in');
    for (const r of gh.requests.slice(since)) assert.equal(r.token === NOTIFY_TOKEN, r.path.startsWith(`/repos/${ALPHA}/`), `${r.method} ${r.path}`);

    // permissions: the workflow token only reads (contents: read), and nothing more is granted.
    for (const job of [planJob, sendJob]) {
      assert.deepEqual(missingGrants(job, new Set()), []);
      assert.deepEqual(unusedWrites(job, new Set()), []);
      assert.ok(job.requests.every((r) => r.method === 'GET'), 'the workflow token writes nothing');
    }
    assert.deepEqual(gh.violations, []);
  } finally {
    await gh.close();
    await ws.remove();
  }
});
