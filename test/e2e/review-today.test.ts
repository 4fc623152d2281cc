// End-to-end: the review mode (committed dist/index.js as a child process, loopback GitHub checking
// every request against OpenAPI) on pull requests against a repository in today's layout. The
// sticky comment carries the coverage delta with the flavor figures and the spec parts changed, with
// their `wacrg:<code>` annotations.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, suite, test } from 'node:test';
import { withFakeGitHub, type E2eEnv, type FakeGitHub } from './fake-github.mjs';
import { DIST, makeWorkspace, runAction, type RunResult } from './harness.mjs';

const REVIEW_MARKER = '<!-- wacrg:review:v1 -->';
const TODAY = join(import.meta.dirname, '../fixtures/repo-today');

type Env = E2eEnv;

async function setup(source: string = TODAY): Promise<Env> {
  return withFakeGitHub(await makeWorkspace(source));
}

/** Opens a pull request with `files` (null deletes) and checks its head out in the workspace. */
async function openPull(env: Env, files: Record<string, string | null>, pullFiles: { filename: string; status: string }[]) {
  const written = Object.fromEntries(Object.entries(files).filter((e): e is [string, string] => e[1] !== null));
  const deleted = Object.keys(files).filter((p) => files[p] === null);
  for (const [path, text] of Object.entries(written)) await writeFile(join(env.ws.dir, path), text);
  for (const path of deleted) await rm(join(env.ws.dir, path));
  return env.gh.addPullRequest({ head: 'part-change', files: written, deleted, pullFiles });
}

function review(env: Env, pr: ReturnType<FakeGitHub['addPullRequest']>): Promise<RunResult> {
  return runAction({ server: env.gh, workspace: env.ws.dir, eventName: 'pull_request', payload: { action: 'opened', number: pr.number, pull_request: pr, repository: env.gh.repositoryJson() } });
}

function comments(env: Env, number: number): string[] {
  return env.gh.comments(number).filter((c) => c.user.login === env.gh.bot.login && c.body.startsWith(REVIEW_MARKER)).map((c) => c.body);
}

const fixture = (path: string) => readFile(join(TODAY, path), 'utf8');
const NEW_PART = ['id: relay-fallback', 'code: REL-07', 'category: relay', 'title: Relay fallback', 'summary: What a device does when no relay answers.', 'requires: [relay-select]', ''].join('\n');

suite('review of a repository in today\'s layout, end to end', { concurrency: true }, () => {
  before(() => {
    assert.ok(existsSync(DIST), `${DIST} is missing: the tests run the committed bundle (npm run build)`);
  });

  test('a pull request that only changes spec parts: one comment listing the parts and their codes, with the coverage delta', async () => {
    const env = await setup();
    try {
      const expected = JSON.parse(await fixture('expected-coverage.json')) as { flavorCorroboration: { citing: number; independent: number } };
      const timeout = await fixture('spec/signalling/ring-timeout.yaml');
      const key = await fixture('spec/crypto/session-key.yaml');
      assert.ok(timeout.includes('code: SIG-02') && key.includes('status: planned'), 'fixture as the test expects it');
      const pr = await openPull(
        env,
        {
          'spec/signalling/ring-timeout.yaml': timeout.replace('code: SIG-02', 'code: SIG-09'),
          'spec/crypto/session-key.yaml': key.replace('status: planned', 'status: working'),
          'spec/relay/relay-fallback.yaml': NEW_PART,
        },
        [
          { filename: 'spec/signalling/ring-timeout.yaml', status: 'modified' },
          { filename: 'spec/crypto/session-key.yaml', status: 'modified' },
          { filename: 'spec/relay/relay-fallback.yaml', status: 'added' },
        ],
      );
      const run = await review(env, pr);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.equal(run.outputs['result'], 'reviewed');
      assert.equal(run.outputs['coverage-delta'], '±0.0');
      const bodies = comments(env, pr.number);
      assert.equal(bodies.length, 1);
      const body = bodies[0] ?? '';
      assert.match(body, /No problems/);
      assert.match(body, /\*\*overall\*\*/);
      const { citing, independent } = expected.flavorCorroboration;
      assert.match(body, new RegExp(`\\*\\*Flavor corroboration\\*\\* \\(not part of the score\\): ${citing} facts citing a flavor, ${independent} backed by two or more independent flavors\\.`));
      assert.match(body, /\*\*Spec parts:\*\* 1 added, 2 changed, 0 removed\./);
      assert.match(body, /\| changed \| `wacrg:SIG-02` → `wacrg:SIG-09` \| `ring-timeout` \| `signalling` \|/);
      assert.match(body, /\| changed \| `wacrg:CRY-01` \| `session-key` \| `crypto` \|/);
      assert.match(body, /\| added \| `wacrg:REL-07` \| `relay-fallback` \| `relay` \|/);
      // session-key is implemented by alpha-voip: the implementations section names it.
      assert.match(body, /\| `alpha-voip` \| `wacrg:CRY-01` \| `session-key` \| `working` \|/);
      assert.match(run.summary, /\| added \| `wacrg:REL-07` \| `relay-fallback` \|/);
      // A re-run keeps one comment.
      assert.equal((await review(env, pr)).code, 0);
      assert.equal(comments(env, pr.number).length, 1);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test('a stanza change that cites one more flavor and a removed part: the flavor figure moves, the part is listed as removed', async () => {
    const env = await setup();
    try {
      const expected = JSON.parse(await fixture('expected-coverage.json')) as { flavorCorroboration: { citing: number; independent: number } };
      const stanza = await fixture('spec/stanzas/relay-hint.yaml');
      const cited = stanza.replace('    provenance:\n      techniques:\n        - mitm-tls\nchildren:', '    provenance:\n      techniques:\n        - mitm-tls\n      flavors:\n        - gamma-call\nchildren:');
      assert.notEqual(cited, stanza, 'the fixture port attribute has no flavors');
      // ring-timeout: nothing else requires it, so removing it keeps the repository valid.
      const pr = await openPull(env, { 'spec/stanzas/relay-hint.yaml': cited, 'spec/signalling/ring-timeout.yaml': null }, [
        { filename: 'spec/stanzas/relay-hint.yaml', status: 'modified' },
        { filename: 'spec/signalling/ring-timeout.yaml', status: 'removed' },
      ]);
      const run = await review(env, pr);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      const body = comments(env, pr.number)[0] ?? '';
      const { citing, independent } = expected.flavorCorroboration;
      assert.match(body, new RegExp(`: ${citing} → ${citing + 1} facts citing a flavor, ${independent} backed by`));
      assert.match(body, /\*\*Spec parts:\*\* 0 added, 0 changed, 1 removed\./);
      assert.match(body, /\| removed \| `wacrg:SIG-02` \| `ring-timeout` \| `signalling` \|/);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
    }
  });

  test("a repository schema that differs from the built-in one is compiled by the action's bundle, and its verdict applies", async () => {
    // Base: today's layout with a contributor schema that allows `pronouns` (the built-in one does not).
    const source = mkdtempSync(join(tmpdir(), 'wacrg-own-schema-'));
    cpSync(TODAY, source, { recursive: true });
    cpSync(join(import.meta.dirname, '../fixtures/today-mutants/own-schema-looser/spec'), join(source, 'spec'), { recursive: true });
    const env = await setup(source);
    try {
      const path = 'spec/contributors/ada-q.yaml';
      const text = await readFile(join(env.ws.dir, path), 'utf8');
      const pr = await openPull(env, { [path]: `${text.trimEnd()}\n` }, [{ filename: path, status: 'modified' }]);
      const run = await review(env, pr);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /::warning title=wacrg validate,file=spec\/contributors\/ada-q\.yaml,line=2,col=1::pronouns: unexpected key "pronouns": .*\(the repository's schema allows this; wacrg's built-in schema does not, so wacrg leaves this record out\)/);
      assert.deepEqual(env.gh.violations, []);
    } finally {
      await env.dispose();
      rmSync(source, { recursive: true, force: true });
    }
  });
});
