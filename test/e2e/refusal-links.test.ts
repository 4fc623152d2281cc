// End-to-end: a leaky issue is refused (comment + label) even when the checkout's file for its
// capture, corpus/captures/issue-<N>.yaml, is a symbolic link out of the repository. The scanner's
// verdict depends on the issue alone; the link is never followed, read or written through.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, test } from 'node:test';
import { withFakeGitHub, type E2eEnv, type IssueJson } from './fake-github.mjs';
import { formBody, makeWorkspace, runAction, type RunResult } from './harness.mjs';

const CAPTURE_LABEL = 'type/stanza-capture';
const LEAK_LABEL = 'status/needs-sanitization';
const INTAKE_MARKER = '<!-- wacrg:intake:v1 -->';

/** A raw stanza whose caller is a phone-number JID: generated, fictional 1555 prefix. */
function leakyRaw(): { raw: string; leak: string } {
  const leak = `1555${String(randomInt(1_000_000, 9_999_999))}`;
  const raw = [
    `<call from="${leak}@s.whatsapp.net" to="Callee@s.whatsapp.net" id="STANZAID1" t="TIMESTAMP1">`,
    '  <offer call-id="CALLID1" call-creator="Caller:1@s.whatsapp.net">',
    '    <audio enc="opus" rate="16000"/>',
    '  </offer>',
    '</call>',
  ].join('\n');
  return { raw, leak };
}

function opened(env: E2eEnv, issue: IssueJson): Promise<RunResult> {
  const payload = { action: 'opened', issue, repository: env.gh.repositoryJson(), sender: issue.user };
  return runAction({ server: env.gh, workspace: env.ws.dir, eventName: 'issues', payload });
}

suite('refusal with a capture path that is a link out of the checkout (dist/index.js)', () => {
  for (const target of ['an existing file', 'a file that does not exist'] as const) {
    test(`leaky issue, corpus/captures/issue-<N>.yaml a link to ${target} outside: rejected, comment and label, the link not followed`, async () => {
      const env = await withFakeGitHub(await makeWorkspace());
      const outside = await mkdtemp(join(tmpdir(), 'wacrg-outside-'));
      try {
        const { raw, leak } = leakyRaw();
        const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody({ raw }), labels: [CAPTURE_LABEL] });
        const outsideFile = join(outside, 'elsewhere.yaml');
        const before = 'outside the repository: never read nor written by the action\n';
        if (target === 'an existing file') await writeFile(outsideFile, before);
        await symlink(outsideFile, join(env.ws.dir, `corpus/captures/issue-${issue.number}.yaml`));

        const run = await opened(env, issue);
        assert.equal(run.code, 0, run.stdout + run.stderr);
        assert.equal(run.outputs['result'], 'rejected');
        assert.ok(env.gh.issue(issue.number)?.labels.includes(LEAK_LABEL), 'labelled');
        const mine = env.gh.comments(issue.number).filter((c) => c.user.login === env.gh.bot.login && c.body.startsWith(INTAKE_MARKER));
        assert.equal(mine.length, 1);
        const comment = mine[0]?.body ?? '';
        assert.match(comment, /Capture rejected/);
        // Findings by rule, field, position and length only.
        assert.match(comment, /\| `raw-stanza` \|/);
        for (const text of [comment, run.stdout, run.stderr, run.summary]) assert.ok(!text.includes(leak), 'the value is never repeated');
        assert.equal(env.gh.pulls().length, 0);
        assert.equal(env.gh.branchSha(`capture/issue-${issue.number}`), null, 'nothing pushed');
        // The link is left as it was, and nothing went through it.
        if (target === 'an existing file') assert.equal(await readFile(outsideFile, 'utf8'), before);
        else await assert.rejects(readFile(outsideFile), { code: 'ENOENT' });
        assert.deepEqual(env.gh.violations, []);
      } finally {
        await env.dispose();
        await rm(outside, { recursive: true, force: true });
      }
    });
  }

  test('a clean issue with the same link still stops with the link error: a capture is never proposed past it', async () => {
    const env = await withFakeGitHub(await makeWorkspace());
    const outside = await mkdtemp(join(tmpdir(), 'wacrg-outside-'));
    try {
      const issue = env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] });
      await writeFile(join(outside, 'elsewhere.yaml'), 'x: 1\n');
      await symlink(join(outside, 'elsewhere.yaml'), join(env.ws.dir, `corpus/captures/issue-${issue.number}.yaml`));
      const run = await opened(env, issue);
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.stdout, new RegExp(`::error::.*corpus/captures/issue-${issue.number}\\.yaml is a symbolic link that leaves the repository root`));
      assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at .+:\d+:\d+\)?\n/, 'no stack trace');
      assert.equal(env.gh.pulls().length, 0);
      assert.equal(env.gh.requests.filter((r) => r.method !== 'GET').length, 0, 'nothing written');
    } finally {
      await env.dispose();
      await rm(outside, { recursive: true, force: true });
    }
  });
  // The intake lists corpus/captures/ while it reads the issue (src/action/intake.ts); a folder that
  // leaves the checkout stops the run as before, with the link named, and a run that stops earlier
  // (the issue lost its label) ends cleanly, not on the listing's unhandled error.
  /** Runs `check` on a checkout whose corpus/captures is a link to a folder outside it, with a clean issue filed. */
  async function withCapturesOutside(check: (env: E2eEnv, issue: IssueJson) => Promise<void>): Promise<void> {
    const env = await withFakeGitHub(await makeWorkspace());
    const outside = await mkdtemp(join(tmpdir(), 'wacrg-outside-'));
    try {
      await mkdir(join(outside, 'captures'));
      await rename(join(env.ws.dir, 'corpus/captures'), join(outside, 'captures', 'moved'));
      await symlink(join(outside, 'captures', 'moved'), join(env.ws.dir, 'corpus/captures'));
      await check(env, env.gh.addIssue({ title: '[capture]: offer', body: formBody(), labels: [CAPTURE_LABEL] }));
    } finally {
      await env.dispose();
      await rm(outside, { recursive: true, force: true });
    }
  }

  test('corpus/captures itself a link out of the checkout: the run stops with the link named, nothing written', () =>
    withCapturesOutside(async (env, issue) => {
      const run = await opened(env, issue);
      assert.equal(run.code, 1, run.stdout + run.stderr);
      assert.match(run.stdout, /::error::.*corpus\/captures is a symbolic link that leaves the repository root/);
      assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at .+:\d+:\d+\)?\n/, 'no stack trace');
      assert.equal(env.gh.requests.filter((r) => r.method !== 'GET').length, 0, 'nothing written');
    }));

  test('the same link, and the issue no longer carries the form\'s label: skipped, exit 0, no error', () =>
    withCapturesOutside(async (env, issue) => {
      env.gh.editIssue(issue.number, { labels: [] });
      const run = await opened(env, issue);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /no longer carries the label of its form/);
      assert.doesNotMatch(run.stdout + run.stderr, /::error::|RootLinkError|symbolic link/);
      assert.equal(env.gh.requests.filter((r) => r.method !== 'GET').length, 0, 'nothing written');
    }));
});
