// End-to-end: the committed dist/index.js runs as a child process against a stateful fake GitHub on
// loopback that checks every request against GitHub's OpenAPI description.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { before, suite, test } from 'node:test';
import { withFakeGitHub, type E2eEnv, type FakeGitHub, type IssueJson } from './fake-github.mjs';
import { DIST, formBody, makeWorkspace, runAction, type RunResult } from './harness.mjs';

const CAPTURE_LABEL = 'type/stanza-capture';
const LEAK_LABEL = 'status/needs-sanitization';
const INTAKE_MARKER = '<!-- wacrg:intake:v1 -->';
const REVIEW_MARKER = '<!-- wacrg:review:v1 -->';
const NOT_PERMITTED = 'GitHub Actions is not permitted to create or approve pull requests.';

/** A phone-number JID user that is not a placeholder: generated, fictional 1555 prefix. */
function leakNumber(): string {
  return `1555${String(randomInt(1_000_000, 9_999_999))}`;
}

function rawWith(from: string, callId = 'CALLID1'): string {
  return [
    `<call from="${from}@s.whatsapp.net" to="Callee@s.whatsapp.net" id="STANZAID1" t="TIMESTAMP1">`,
    `  <offer call-id="${callId}" call-creator="Caller:1@s.whatsapp.net">`,
    '    <audio enc="opus" rate="16000"/>',
    '    <enc v="2" type="pkmsg" count="0">CIPHERTEXTPLACEHOLDER</enc>',
    '  </offer>',
    '</call>',
  ].join('\n');
}

type Env = E2eEnv;

async function setup(): Promise<Env> {
  return withFakeGitHub(await makeWorkspace());
}

function intakeEvent(env: Env, action: 'opened' | 'edited', issue: IssueJson, previousBody?: string | null): Promise<RunResult> {
  const payload = {
    action,
    issue,
    repository: env.gh.repositoryJson(),
    sender: issue.user,
    ...(action === 'edited' ? { changes: { body: { from: previousBody ?? '' } } } : {}),
  };
  return runAction({ server: env.gh, workspace: env.ws.dir, eventName: 'issues', payload });
}

/** Runs after an edit: the fake's issue gets the new body and the event carries it. */
async function edit(env: Env, number: number, body: string): Promise<RunResult> {
  const previous = env.gh.issueJson(number).body;
  const issue = env.gh.editIssue(number, { body });
  return intakeEvent(env, 'edited', issue, previous);
}

/** Nothing the contributor typed in the stanza, and no leak value, reaches the logs or the summary. */
function assertQuiet(run: RunResult, secrets: string[], stanza?: string): void {
  const logs = [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)];
  for (const secret of secrets) for (const text of logs) assert.ok(!text.includes(secret), 'a leak value reached the log, summary or outputs');
  if (stanza !== undefined) {
    for (const line of stanza.split('\n').map((l) => l.trim()).filter((l) => l.length > 12)) {
      assert.ok(!run.stdout.includes(line) && !run.stderr.includes(line), 'a stanza line reached the log');
    }
  }
  assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at .+:\d+:\d+\)?\n/, 'no stack trace');
}

function writes(env: Env, since: number): string[] {
  return env.gh.requests.slice(since).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.route ?? r.path}`);
}

/**
 * Writes that change what anyone sees: every write except creating a tree, which is content-addressed
 * (writing a tree that exists changes nothing; the intake compares its id with the branch's to know
 * whether anything changed, instead of reading the whole tree).
 */
function visibleWrites(env: Env, since: number): string[] {
  return writes(env, since).filter((w) => w !== 'POST /repos/{owner}/{repo}/git/trees');
}

function ownComments(env: Env, issue: number, marker = INTAKE_MARKER) {
  return env.gh.comments(issue).filter((c) => c.user.login === env.gh.bot.login && c.body.startsWith(marker));
}

suite('action end to end', { concurrency: true }, () => {
  before(() => {
    assert.ok(existsSync(DIST), `${DIST} is missing: the tests run the committed bundle (npm run build)`);
  });

  test('clean issue opened: branch, one commit with the file, PR with Closes #N, one comment each', async () => {
    const env = await setup();
    try {
      const raw = rawWith('Caller');
      const issue = env.gh.addIssue({ title: '[capture]: call offer', body: formBody({ raw }), labels: [CAPTURE_LABEL, 'status/needs-review'] });
      const run = await intakeEvent(env, 'opened', issue);
      assert.equal(run.code, 0, run.stdout);
      const branch = `capture/issue-${issue.number}`;
      const commits = env.gh.branchCommits(branch);
      assert.equal(commits.length, 1);
      const file = env.gh.branchFiles(branch)?.get(`corpus/captures/issue-${issue.number}.yaml`);
      assert.ok(file?.includes(`id: issue-${issue.number}`) && file.includes('sanitized: true'));
      const pulls = env.gh.pulls();
      assert.equal(pulls.length, 1);
      const pr = pulls[0];
      assert.ok(pr);
      assert.equal(pr.head.ref, branch);
      assert.equal(pr.base.ref, 'main');
      assert.match(pr.body ?? '', new RegExp(`Closes #${issue.number}\\b`));
      assert.deepEqual(pr.labels.map((l) => l.name), [CAPTURE_LABEL]);
      assert.equal(ownComments(env, pr.number).length, 1);
      assert.equal(env.gh.comments(pr.number).length, 1);
      assert.equal(ownComments(env, issue.number).length, 1);
      assert.match(ownComments(env, issue.number)[0]?.body ?? '', new RegExp(`Pull request #${pr.number}`));
      assert.deepEqual(
        { result: run.outputs['result'], path: run.outputs['capture-path'], number: run.outputs['pull-request-number'], url: run.outputs['pull-request-url'] },
        { result: 'accepted', path: `corpus/captures/issue-${issue.number}.yaml`, number: String(pr.number), url: pr.html_url },
      );
      assert.match(run.outputs['coverage'] ?? '', /^\d+\.\d%$/);
      // The capture was made with Baileys; the spec knows these facts from websocket captures only:
      // both comments propose promotions and show the projected coverage, which the output carries.
      assert.match(run.outputs['coverage-delta'] ?? '', /^\+\d+\.\d$/);
      for (const comment of [ownComments(env, pr.number)[0]?.body ?? '', ownComments(env, issue.number)[0]?.body ?? '']) {
        assert.match(comment, /call-offer/);
        assert.match(comment, /probable → confirmed/);
        assert.match(comment, /coverage \d+\.\d% → \d+\.\d% \(\+\d+\.\d\) if these promotions are accepted/);
        assert.match(comment, /```mermaid\nflowchart/);
      }
      assert.match(run.summary, /wacrg intake: issue #\d+ → accepted/);
      assertQuiet(run, [], raw);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('the same event twice: no new commit, one PR, one comment each; raced duplicates cleaned, human look-alikes ignored', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      // A person pasting our marker must not be mistaken for the bot.
      env.gh.addComment({ issue: issue.number, body: `${INTAKE_MARKER}\nlooks like the bot`, user: { login: 'mallory', id: 666, type: 'User' } });
      const first = await intakeEvent(env, 'opened', issue);
      assert.equal(first.code, 0, first.stdout);
      const head = env.gh.branchSha(`capture/issue-${issue.number}`);
      const mark = env.gh.requests.length;
      const second = await intakeEvent(env, 'opened', issue);
      assert.equal(second.code, 0, second.stdout);
      assert.equal(second.outputs['result'], 'unchanged');
      assert.deepEqual(visibleWrites(env, mark), [], 'a re-run writes nothing');
      assert.equal(env.gh.branchSha(`capture/issue-${issue.number}`), head);
      assert.equal(env.gh.pulls().length, 1);
      const pr = env.gh.pulls()[0];
      assert.ok(pr);
      assert.equal(ownComments(env, pr.number).length, 1);
      assert.equal(ownComments(env, issue.number).length, 1);
      assert.equal(env.gh.comments(issue.number).filter((c) => c.user.login === 'mallory').length, 1, 'the human comment is untouched');

      // Two runs raced and both commented: the oldest is kept, the other deleted.
      const oldest = ownComments(env, issue.number)[0];
      env.gh.addComment({ issue: issue.number, body: `${INTAKE_MARKER}\nduplicate from a raced run` });
      const third = await intakeEvent(env, 'opened', issue);
      assert.equal(third.code, 0, third.stdout);
      assert.deepEqual(ownComments(env, issue.number).map((c) => c.id), [oldest?.id]);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('issue edited with a changed value: the same PR is updated, with a new commit', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody({ confidence: 'probable' }), labels: [CAPTURE_LABEL] });
      assert.equal((await intakeEvent(env, 'opened', issue)).code, 0);
      const run = await edit(env, issue.number, formBody({ confidence: 'speculative', decoded: 'Re-read: the offer carries one prekey message.' }));
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['result'], 'accepted');
      const branch = `capture/issue-${issue.number}`;
      assert.equal(env.gh.branchCommits(branch).length, 2);
      assert.match(env.gh.branchFiles(branch)?.get(`corpus/captures/issue-${issue.number}.yaml`) ?? '', /confidence: speculative/);
      assert.equal(env.gh.pulls().length, 1);
      const pr = env.gh.pulls()[0];
      assert.ok(pr);
      assert.equal(run.outputs['pull-request-number'], String(pr.number));
      assert.equal(ownComments(env, pr.number).length, 1);
      assert.equal(ownComments(env, issue.number).length, 1);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('edited to add a leak, then fixed: nothing pushed, PR untouched, comment + label; the fix removes the label and updates the PR', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      assert.equal((await intakeEvent(env, 'opened', issue)).code, 0);
      const branch = `capture/issue-${issue.number}`;
      const path = `corpus/captures/issue-${issue.number}.yaml`;
      const head = env.gh.branchSha(branch);
      const clean = env.gh.branchFiles(branch)?.get(path);
      const pr = env.gh.pulls()[0];
      assert.ok(pr);
      const prBody = pr.body;

      const leak = leakNumber();
      const leakyRaw = rawWith(leak);
      const rejected = await edit(env, issue.number, formBody({ raw: leakyRaw }));
      assert.equal(rejected.code, 0, rejected.stdout);
      assert.equal(rejected.outputs['result'], 'rejected');
      assert.equal(env.gh.branchSha(branch), head, 'nothing pushed');
      assert.equal(env.gh.branchFiles(branch)?.get(path), clean, 'PR content untouched');
      assert.equal(env.gh.pulls()[0]?.body, prBody);
      assert.ok(env.gh.issue(issue.number)?.labels.includes(LEAK_LABEL));
      const issueComments = ownComments(env, issue.number);
      assert.equal(issueComments.length, 1);
      const comment = issueComments[0]?.body ?? '';
      assert.match(comment, /rejected/i);
      assert.match(comment, /Delete revision from history/);
      assert.match(comment, /\| `raw-stanza` \|/);
      assert.ok(!comment.includes(leak), 'the comment never repeats the value');
      const note = ownComments(env, pr.number);
      assert.equal(note.length, 1);
      assert.match(note[0]?.body ?? '', /untouched/);
      assertQuiet(rejected, [leak], leakyRaw);

      const fixed = await edit(env, issue.number, formBody({ raw: rawWith('Caller', 'CALLID2') }));
      assert.equal(fixed.code, 0, fixed.stdout);
      assert.equal(fixed.outputs['result'], 'accepted');
      assert.ok(!env.gh.issue(issue.number)?.labels.includes(LEAK_LABEL), 'label removed');
      assert.match(env.gh.branchFiles(branch)?.get(path) ?? '', /CALLID2/);
      assert.equal(env.gh.pulls().length, 1);
      assert.match(ownComments(env, pr.number)[0]?.body ?? '', /accepted/);
      assert.match(ownComments(env, issue.number)[0]?.body ?? '', /Capture accepted/);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('invalid form: the comment lists the errors, no branch, no label', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody({ direction: 'sideways' }), labels: [CAPTURE_LABEL] });
      const run = await intakeEvent(env, 'opened', issue);
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['result'], 'invalid');
      assert.equal(env.gh.branchSha(`capture/issue-${issue.number}`), null);
      assert.equal(env.gh.pulls().length, 0);
      const comment = ownComments(env, issue.number)[0]?.body ?? '';
      assert.match(comment, /cannot be ingested/);
      assert.match(comment, /`direction`/);
      assert.ok(!env.gh.issue(issue.number)?.labels.includes(LEAK_LABEL));
      assert.deepEqual(writes(env, 0), ['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('issue without the capture label: nothing happens', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: 'question', body: 'hello', labels: ['question'] });
      const run = await intakeEvent(env, 'opened', issue);
      assert.equal(run.code, 0);
      assert.deepEqual(env.gh.requests, []);
      assert.equal(run.outputs['result'], undefined);
    } finally {
      await env.dispose();
    }
  });

  async function reviewRun(env: Env, pr: ReturnType<FakeGitHub['addPullRequest']>): Promise<RunResult> {
    return runAction({
      server: env.gh,
      workspace: env.ws.dir,
      eventName: 'pull_request',
      payload: { action: 'opened', number: pr.number, pull_request: pr, repository: env.gh.repositoryJson() },
    });
  }

  /** A capture with a leak and a wrong vocabulary value, plus a stanza change that moves coverage. */
  async function badChange(env: Env, leak: string): Promise<{ files: Record<string, string>; capture: string }> {
    const capture = 'corpus/captures/bad-capture.yaml';
    const text = [
      'id: bad-capture',
      'source:',
      '  technique: websocket-capture',
      'stanza_tag: call',
      'direction: outgoing',
      'confidence: certain',
      'raw:',
      '  format: xml',
      '  body: |',
      `    <call from="${leak}@s.whatsapp.net" to="Callee@s.whatsapp.net" id="STANZAID1" t="TIMESTAMP1"/>`,
      'sanitized: true',
      '',
    ].join('\n');
    const stanzaPath = 'spec/stanzas/call-ack.yaml';
    const stanza = env.ws.files.find((f) => f.path === stanzaPath)?.text ?? '';
    const changed = stanza.replace(/confidence: probable/g, 'confidence: speculative');
    assert.notEqual(changed, stanza, 'the fixture stanza has probable facts to demote');
    const files = { [capture]: text, [stanzaPath]: changed };
    for (const [path, body] of Object.entries(files)) await writeFile(join(env.ws.dir, path), body);
    return { files, capture };
  }

  test('pull request with a bad capture: annotations, review comment with the coverage delta, failed step', async () => {
    const env = await setup();
    try {
      const leak = leakNumber();
      const { files, capture } = await badChange(env, leak);
      const pr = env.gh.addPullRequest({
        head: 'spec-change',
        files,
        pullFiles: [
          { filename: capture, status: 'added' },
          { filename: 'spec/stanzas/call-ack.yaml', status: 'modified' },
          { filename: 'README.md', status: 'modified' },
        ],
      });
      const run = await reviewRun(env, pr);
      assert.equal(run.code, 1);
      assert.match(run.stdout, new RegExp(`::error title=wacrg validate,file=${capture.replace(/\./g, '\\.')},line=\\d+,col=\\d+::`));
      assert.equal(run.outputs['result'], 'reviewed');
      assert.match(run.outputs['coverage-delta'] ?? '', /^-\d+\.\d$/);
      const review = ownComments(env, pr.number, REVIEW_MARKER);
      assert.equal(review.length, 1);
      assert.match(review[0]?.body ?? '', /❌ \d+ problems?/);
      assert.match(review[0]?.body ?? '', /By category/);
      assert.ok(!(review[0]?.body ?? '').includes(leak));
      // Few requests: the file list and one base read for the modified spec file.
      const reads = env.gh.requests.filter((r) => r.route === '/repos/{owner}/{repo}/contents/{path}');
      assert.equal(reads.length, 1);
      assertQuiet(run, [leak]);
      // Second run: the same comment is updated or left alone, never duplicated.
      await reviewRun(env, pr);
      assert.equal(ownComments(env, pr.number, REVIEW_MARKER).length, 1);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('fork pull request: no comment attempted, summary written', async () => {
    const env = await setup();
    try {
      const stanzaPath = 'spec/stanzas/call-ack.yaml';
      const pr = env.gh.addPullRequest({ head: 'fork-change', fromFork: true, pullFiles: [{ filename: stanzaPath, status: 'modified' }] });
      const run = await reviewRun(env, pr);
      assert.equal(run.code, 0, run.stdout);
      assert.equal(env.gh.requests.filter((r) => r.route?.includes('comments')).length, 0);
      assert.match(run.summary, /fork/);
      assert.match(run.summary, /No problems/);
      assert.equal(run.outputs['result'], 'reviewed');
      assert.equal(run.outputs['coverage-delta'], '±0.0');
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('comment refused with 403 "Resource not accessible by integration": summary instead, run not failed', async () => {
    const env = await setup();
    try {
      const pr = env.gh.addPullRequest({ head: 'same-repo', pullFiles: [{ filename: 'spec/stanzas/call-ack.yaml', status: 'modified' }] });
      env.gh.inject({ method: 'POST', route: '/repos/{owner}/{repo}/issues/{issue_number}/comments', status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' } });
      const run = await reviewRun(env, pr);
      assert.equal(run.code, 0, run.stdout);
      assert.match(run.stdout, /::warning::could not comment on the pull request/);
      assert.match(run.summary, /could not be posted/);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('re-ingest of several issues: one branch, one commit, one pull request, a line per issue', async () => {
    const env = await setup();
    try {
      const leak = leakNumber();
      const a = env.gh.addIssue({ title: '[capture]: a', body: formBody(), labels: [CAPTURE_LABEL] });
      const b = env.gh.addIssue({ title: '[capture]: b', body: formBody({ raw: rawWith('Caller', 'CALLID7'), direction: 'incoming' }), labels: [CAPTURE_LABEL] });
      const c = env.gh.addIssue({ title: '[capture]: c', body: formBody({ raw: rawWith(leak) }), labels: [CAPTURE_LABEL] });
      const d = env.gh.addIssue({ title: 'not a capture', body: 'hi', labels: [] });
      const dispatch = (issues: string, dryRun = 'false') =>
        runAction({
          server: env.gh,
          workspace: env.ws.dir,
          eventName: 'workflow_dispatch',
          payload: { inputs: { issues, 'dry-run': dryRun }, ref: 'refs/heads/main', repository: env.gh.repositoryJson() },
        });

      const dry = await dispatch(`${a.number},${b.number}`, 'true');
      assert.equal(dry.code, 0, dry.stdout);
      assert.deepEqual(writes(env, 0), [], 'a dry run writes nothing');
      assert.match(dry.summary, /dry run/);

      const run = await dispatch(`${a.number}, ${b.number},${c.number},${d.number}`);
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['result'], 'accepted');
      const commits = env.gh.branchCommits('capture/reingest');
      assert.equal(commits.length, 1);
      const files = env.gh.branchFiles('capture/reingest');
      assert.ok(files?.has(`corpus/captures/issue-${a.number}.yaml`) && files.has(`corpus/captures/issue-${b.number}.yaml`));
      assert.ok(!files?.has(`corpus/captures/issue-${c.number}.yaml`));
      assert.equal(env.gh.pulls().length, 1);
      assert.match(run.summary, new RegExp(`#${a.number} \\| accepted`));
      assert.match(run.summary, new RegExp(`#${c.number} \\| rejected`));
      assert.match(run.summary, new RegExp(`#${d.number} \\| skipped`));
      assertQuiet(run, [leak]);

      const again = await dispatch('all');
      assert.equal(again.code, 0, again.stdout);
      assert.equal(again.outputs['result'], 'unchanged');
      assert.equal(env.gh.branchCommits('capture/reingest').length, 1);
      assert.equal(env.gh.pulls().length, 1);

      const bad = await dispatch('1,two');
      assert.equal(bad.code, 1);
      assert.match(bad.stdout, /::error::input issues: item 2 of 2 is not an issue number/);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('a 502 then success: retried with backoff', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      env.gh.inject({ method: 'POST', route: '/repos/{owner}/{repo}/git/trees', status: 502, body: { message: 'Server Error' } });
      const run = await intakeEvent(env, 'opened', issue);
      assert.equal(run.code, 0, run.stdout);
      const trees = env.gh.requests.filter((r) => r.method === 'POST' && r.route === '/repos/{owner}/{repo}/git/trees').map((r) => r.status);
      assert.deepEqual(trees, [502, 201]);
      assert.equal(env.gh.branchCommits(`capture/issue-${issue.number}`).length, 1);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('a secondary rate limit on creating the pull request: waited out as GitHub asks, then created', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      env.gh.inject({
        method: 'POST',
        route: '/repos/{owner}/{repo}/pulls',
        status: 403,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api', status: '403' },
      });
      const run = await intakeEvent(env, 'opened', issue);
      assert.equal(run.code, 0, run.stdout);
      const creates = env.gh.requests.filter((r) => r.method === 'POST' && r.route === '/repos/{owner}/{repo}/pulls').map((r) => r.status);
      assert.deepEqual(creates, [403, 201]);
      assert.equal(env.gh.pulls().length, 1);
      assert.match(run.stdout, /secondary rate limit on POST \/repos\/\{owner\}\/\{repo\}\/pulls: retrying in 1s/);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('403 not permitted to create pull requests: clear error naming the setting, exit code 1', async () => {
    const env = await setup();
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      env.gh.inject({ method: 'POST', route: '/repos/{owner}/{repo}/pulls', status: 403, body: { message: NOT_PERMITTED, documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request', status: '403' } });
      const run = await intakeEvent(env, 'opened', issue);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /::error::creating the pull request failed: GitHub Actions is not permitted to create or approve pull requests\. .*Allow GitHub Actions to create and approve pull requests/);
      assertQuiet(run, []);
      assert.equal(env.gh.pulls().length, 0);
      // Once the setting is on, a re-run opens the pull request without a second commit.
      const rerun = await intakeEvent(env, 'opened', issue);
      assert.equal(rerun.code, 0, rerun.stdout);
      assert.equal(rerun.outputs['result'], 'accepted');
      assert.equal(env.gh.pulls().length, 1);
      assert.equal(env.gh.branchCommits(`capture/issue-${issue.number}`).length, 1);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });
});
