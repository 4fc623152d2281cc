// End-to-end (issue #14, item 4): the intake and the review of a pull request that changes only
// captures read the spec and the changed captures, never the corpus's other captures. Seen by a user:
// other capture files, however broken or however much evidence they hold, change neither the
// intake's verdict nor its comments (the comment says how many captures it did not weigh), and the
// review of a capture-only pull request annotates only the changed captures' problems.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { suite, test } from 'node:test';
import { notWeighedText } from '../../src/report/corroboration.ts';
import { withFakeGitHub, type E2eEnv } from './fake-github.mjs';
import { formBody, makeWorkspace, runAction, type RunResult } from './harness.mjs';
import { captureYaml } from '../intake/cases.ts';

const CAPTURE_LABEL = 'type/stanza-capture';
const INTAKE_MARKER = '<!-- wacrg:intake:v1 -->';
const REVIEW_MARKER = '<!-- wacrg:review:v1 -->';

/**
 * Other captures already on the default branch: one that is evidence of another technique (frida
 * hooking shows the offer's facts, which the spec knows from websocket captures), one that is not
 * YAML, one that fails the capture schema.
 */
const OTHER_CAPTURES: Record<string, string> = {
  'corpus/captures/frida-offer.yaml': captureYaml('frida-offer', 'frida-hooking'),
  'corpus/captures/garbage.yaml': '\u0000\u0001 {{{ not: [yaml\n\t- :\n',
  'corpus/captures/wrong-schema.yaml': 'id: wrong-schema\nconfidence: certain\nsanitized: false\n',
};

type Env = E2eEnv;

/** This repository, plus `extra` files committed on the default branch and present in the checkout. */
async function setup(extra: Record<string, string> = {}): Promise<Env> {
  const ws = await makeWorkspace();
  for (const [path, text] of Object.entries(extra)) {
    await writeFile(join(ws.dir, path), text);
    ws.files.push({ path, text });
  }
  return withFakeGitHub(ws);
}

function ownComments(env: Env, issue: number, marker: string): string[] {
  return env.gh
    .comments(issue)
    .filter((c) => c.user.login === env.gh.bot.login && c.body.startsWith(marker))
    .map((c) => c.body);
}

/** A comment without its hidden lines (marker, version: the issue's `updated_at` differs between servers). */
function visible(body: string): string {
  return body
    .split('\n')
    .filter((line) => !/^<!--.*-->$/.test(line))
    .join('\n');
}

/** One intake of a websocket capture of a call offer: the result and both comments. */
async function intake(env: Env): Promise<{ run: RunResult; file: string | undefined; pr: string; issue: string }> {
  const issue = env.gh.addIssue({ title: '[capture]: call offer', body: formBody({ technique: 'websocket-capture', tools: 'wireshark' }), labels: [CAPTURE_LABEL] });
  const run = await runAction({ server: env.gh, workspace: env.ws.dir, eventName: 'issues', payload: { action: 'opened', issue, repository: env.gh.repositoryJson(), sender: issue.user } });
  const pull = env.gh.pulls()[0];
  return {
    run,
    file: env.gh.branchFiles(`capture/issue-${issue.number}`)?.get(`corpus/captures/issue-${issue.number}.yaml`),
    pr: ownComments(env, pull?.number ?? 0, INTAKE_MARKER)[0] ?? '',
    issue: ownComments(env, issue.number, INTAKE_MARKER)[0] ?? '',
  };
}

suite('the intake and the review read only what they need', { concurrency: true }, () => {
  test('other captures, broken or holding evidence, change neither the verdict nor the comments; the comment says what it did not weigh', async () => {
    const plain = await setup();
    const crowded = await setup(OTHER_CAPTURES);
    try {
      const [a, b] = [await intake(plain), await intake(crowded)];
      for (const r of [a, b]) {
        assert.equal(r.run.code, 0, r.run.stdout);
        assert.equal(r.run.outputs['result'], 'accepted');
      }
      assert.ok(a.file?.includes('technique: websocket-capture'));
      assert.equal(b.file, a.file, 'the same record');
      assert.equal(b.run.outputs['coverage-delta'], a.run.outputs['coverage-delta']);
      // This repository holds one other capture (the worked example); the crowded checkout four.
      for (const body of [a.pr, a.issue]) assert.ok(body.includes(notWeighedText(1)), body);
      for (const body of [b.pr, b.issue]) {
        assert.ok(body.includes(notWeighedText(4)), body);
        assert.match(body, /Evidence here = the fact's provenance \+ this capture\./);
        // Websocket provenance + this websocket capture: one technique, probable at most, although
        // the frida capture on the default branch shows the same fact (`wacrg corroborate` weighs it).
        assert.match(body, /\| `call-offer:offer\/audio@rate` \| speculative → probable \| websocket-capture \|/);
      }
      assert.equal(visible(b.pr).replace(notWeighedText(4), notWeighedText(1)), visible(a.pr));
      assert.equal(visible(b.issue).replace(notWeighedText(4), notWeighedText(1)), visible(a.issue));
      assert.deepEqual([...plain.gh.violations, ...crowded.gh.violations], []);
    } finally {
      await plain.dispose();
      await crowded.dispose();
    }
  });

  /** On the default branch: the broken captures, and a valid capture `twin.yml` whose id a pull request reuses. */
  const ON_MAIN = { ...OTHER_CAPTURES, 'corpus/captures/twin.yml': captureYaml('twin', 'websocket-capture') };

  /** A pull request whose head adds or changes `files` (also written into the checkout), reviewed once. */
  async function review(env: Env, files: Record<string, string>, pullFiles: { filename: string; status: string }[], changedFiles?: number): Promise<{ run: RunResult; number: number }> {
    for (const [path, text] of Object.entries(files)) await writeFile(join(env.ws.dir, path), text);
    const pr = env.gh.addPullRequest({ head: 'change', files, pullFiles });
    const payload = { action: 'opened', number: pr.number, pull_request: changedFiles === undefined ? pr : { ...pr, changed_files: changedFiles }, repository: env.gh.repositoryJson() };
    return { run: await runAction({ server: env.gh, workspace: env.ws.dir, eventName: 'pull_request', payload }), number: pr.number };
  }

  const annotated = (run: RunResult): string[] => [...new Set([...run.stdout.matchAll(/::(?:error|warning) title=wacrg validate,file=([^,]+),/g)].map((m) => m[1] ?? ''))].sort();

  test('a pull request that changes only captures: the changed captures (and a file of the same id) are validated, not the others', async () => {
    const env = await setup(ON_MAIN);
    try {
      const added = {
        // Fails the capture schema (a confidence outside the vocabulary).
        'corpus/captures/bad-capture.yaml': captureYaml('bad-capture', 'websocket-capture').replace('confidence: probable', 'confidence: certain'),
        // Valid alone, but its id is also the id of twin.yml on the default branch (rule 4).
        'corpus/captures/twin.yaml': captureYaml('twin', 'frida-hooking'),
      };
      const { run, number } = await review(env, added, [
        { filename: 'corpus/captures/bad-capture.yaml', status: 'added' },
        { filename: 'corpus/captures/twin.yaml', status: 'added' },
        { filename: 'README.md', status: 'modified' },
      ]);
      assert.equal(run.code, 1, run.stdout);
      assert.equal(run.outputs['result'], 'reviewed');
      // The broken captures already on the default branch are not this pull request's: not annotated.
      assert.deepEqual(annotated(run), ['corpus/captures/bad-capture.yaml', 'corpus/captures/twin.yml']);
      assert.match(run.stdout, /::error title=wacrg validate,file=corpus\/captures\/twin\.yml,line=1,col=\d+::id: duplicate capture id "twin": also used by corpus\/captures\/twin\.yaml/);
      // Read: the two changed captures and twin.yml (same id); listed only: the four others.
      assert.match(run.stdout, /changes captures only: validated the spec and 3 capture file\(s\) of 7 \(the others are unchanged and were not read\)/);
      const [comment] = ownComments(env, number, REVIEW_MARKER);
      assert.match(comment ?? '', /❌ \d+ problems in 2 files\./);
      assert.ok(!(comment ?? '').includes('garbage.yaml') && !(comment ?? '').includes('wrong-schema.yaml'));
      assert.match(comment ?? '', /No fact changed confidence\./);
      assert.equal(run.outputs['coverage-delta'], '±0.0');
      // No spec file changed: nothing of the base branch needs reading.
      assert.equal(env.gh.requests.filter((r) => r.route === '/repos/{owner}/{repo}/contents/{path}').length, 0);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('a pull request that also changes a spec file: the whole repository is validated, as before', async () => {
    const env = await setup(ON_MAIN);
    try {
      const stanzaPath = 'spec/stanzas/call-ack.yaml';
      const stanza = env.ws.files.find((f) => f.path === stanzaPath)?.text ?? '';
      const { run } = await review(env, { 'corpus/captures/fine.yaml': captureYaml('fine', 'frida-hooking'), [stanzaPath]: `${stanza}\n` }, [
        { filename: 'corpus/captures/fine.yaml', status: 'added' },
        { filename: stanzaPath, status: 'modified' },
      ]);
      assert.equal(run.code, 1, run.stdout);
      // A spec change can invalidate any capture: every file is checked, the broken ones on the default branch too.
      assert.deepEqual(annotated(run), ['corpus/captures/garbage.yaml', 'corpus/captures/wrong-schema.yaml']);
      assert.match(run.stdout, /validated \d+ file\(s\)/);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('a list of changed files that may be cut short (GitHub lists at most 3,000) is no proof of a captures-only change: everything is validated', async () => {
    const env = await setup(ON_MAIN);
    try {
      // The event counts more changed files than the list holds: a file past GitHub's cut could be anything.
      const { run } = await review(env, { 'corpus/captures/fine.yaml': captureYaml('fine', 'frida-hooking') }, [{ filename: 'corpus/captures/fine.yaml', status: 'added' }], 3001);
      assert.equal(run.code, 1, run.stdout);
      assert.doesNotMatch(run.stdout, /changes captures only/);
      assert.deepEqual(annotated(run), ['corpus/captures/garbage.yaml', 'corpus/captures/wrong-schema.yaml']);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });
});
