// `wacrg ingest --body FILE` where FILE is an `issues` event payload (what GitHub writes to
// GITHUB_EVENT_PATH), as the README's "Try it" runs it on examples/issue-capture.json: the payload's
// issue body is ingested, with its number, title and author unless the options give them.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeWorkspace, type Workspace } from '../e2e/harness.mjs';
import { assertNoStack, REPO_ROOT } from '../intake/cases.ts';
import { cli } from './run-cli.ts';

const EXAMPLE = join(REPO_ROOT, 'examples/issue-capture.json');

describe('wacrg ingest on an issues event payload', () => {
  let ws: Workspace;
  let scratch: string;
  let example: { issue: { number: number; title: string; body: string; user: { login: string } } };
  before(async () => {
    ws = await makeWorkspace();
    scratch = await mkdtemp(join(tmpdir(), 'wacrg-event-'));
    example = JSON.parse(await readFile(EXAMPLE, 'utf8')) as typeof example;
  });
  after(async () => {
    await ws.remove();
    await rm(scratch, { recursive: true, force: true });
  });

  it('as the README says, from the repository root: `wacrg ingest --body examples/issue-capture.json` is accepted, a dry run', async () => {
    const run = await cli(['ingest', '--body', 'examples/issue-capture.json'], { cwd: REPO_ROOT });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, new RegExp(`^accepted \\(dry run, nothing written; --write writes corpus/captures/issue-${example.issue.number}\\.yaml\\)`));
    assert.match(run.stdout, new RegExp(`^title: "${example.issue.title.replace(/[[\]]/g, '\\$&')}"$`, 'm'));
    assert.match(run.stdout, new RegExp(`^  contributor: ${example.issue.user.login}$`, 'm'));
  });

  it('--write writes the capture named after the payload\'s issue number; the same file as the body given with the options', async () => {
    const fromEvent = await cli(['ingest', '--root', ws.dir, '--body', EXAMPLE, '--write'], { cwd: scratch });
    assert.equal(fromEvent.code, 0, fromEvent.stdout + fromEvent.stderr);
    const written = await readFile(join(ws.dir, `corpus/captures/issue-${example.issue.number}.yaml`), 'utf8');
    const bodyFile = join(scratch, 'body.md');
    await writeFile(bodyFile, example.issue.body);
    const fromBody = await cli(['ingest', '--root', ws.dir, '--body', bodyFile, '--issue', String(example.issue.number), '--title', example.issue.title, '--author', example.issue.user.login, '--json'], { cwd: scratch });
    assert.equal(fromBody.code, 0, fromBody.stdout + fromBody.stderr);
    const fromEventJson = await cli(['ingest', '--root', ws.dir, '--body', EXAMPLE, '--json'], { cwd: scratch });
    assert.deepEqual(JSON.parse(fromEventJson.stdout), JSON.parse(fromBody.stdout));
    assert.match(written, new RegExp(`^id: issue-${example.issue.number}$`, 'm'));
  });

  it('the options win over the payload', async () => {
    const run = await cli(['ingest', '--root', ws.dir, '--body', EXAMPLE, '--issue', '7', '--title', '[capture]: other', '--json'], { cwd: scratch });
    assert.equal(run.code, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as { path: string }).path, 'corpus/captures/issue-7.yaml');
  });

  it('a payload whose issue has a field of the wrong type: exit 2 naming the field, no stack trace', async () => {
    const bad = join(scratch, 'bad-event.json');
    await writeFile(bad, JSON.stringify({ ...example, issue: { ...example.issue, number: 'forty-two' } }));
    const run = await cli(['ingest', '--root', ws.dir, '--body', bad], { cwd: scratch });
    assert.equal(run.code, 2, run.stdout);
    assert.match(run.stderr, /the --body file is an issues event payload, but its issue\.number is not a positive whole number/);
    assertNoStack(run.stderr, 'stderr');
  });

  it('JSON that is no event payload is an issue body as before (not a form: invalid, exit 1)', async () => {
    const other = join(scratch, 'other.json');
    await writeFile(other, '{"body": "not an event"}');
    const run = await cli(['ingest', '--root', ws.dir, '--body', other], { cwd: scratch });
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /^invalid: /);
  });
});
