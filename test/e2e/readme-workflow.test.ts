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
import { readmeWorkflows } from './readme.ts';
import { missingGrants, parseWorkflow, runWorkflow, unusedWrites, CHECKOUT, THIS_ACTION } from './workflow-runner.ts';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const INTAKE_FILE = '.github/workflows/wacrg-intake.yml';

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
