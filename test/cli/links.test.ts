// Symbolic links out of the root (issue #13, item 2), through the bundle (dist/cli.js) and the
// action (dist/index.js): every command refuses to read or write through a link that leaves the
// root, naming the link, and leaves everything outside untouched and unread. "Unread" is proven
// with a named pipe (FIFO) outside: opening it for reading would block until the test times out.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startFakeGitHub } from '../e2e/fake-github.mjs';
import { formBody, runAction } from '../e2e/harness.mjs';

const REPO = join(import.meta.dirname, '..', '..');
const CLI = join(REPO, 'dist', 'cli.js');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    // The timeout ends a run that blocked on the outside FIFO: it then fails on its exit code.
    execFile(process.execPath, [CLI, ...args], { timeout: 30_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? -1) : 0, stdout, stderr });
    });
  });
}

let scratch: string;
before(() => {
  assert.ok(existsSync(CLI), `the bundle ${CLI} exists (npm run build)`);
  scratch = mkdtempSync(join(tmpdir(), 'wacrg-links-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
/**
 * A fresh layout: `root`, a copy of this repository's spec/, corpus/, docs/, README.md, mkdocs.yml, issue
 * template (generated docs up to date), and `outside`, a folder next to it holding a plain file and
 * a FIFO in every folder the test links to.
 */
function layout(): { root: string; outside: string } {
  const base = join(scratch, `case-${++count}`);
  const root = join(base, 'root');
  const outside = join(base, 'outside');
  mkdirSync(root, { recursive: true });
  for (const part of ['spec', 'corpus', 'docs', 'README.md', 'mkdocs.yml', join('.github', 'ISSUE_TEMPLATE')]) cpSync(join(REPO, part), join(root, part), { recursive: true });
  mkdirSync(join(root, '.git'));
  mkdirSync(outside);
  writeFileSync(join(outside, 'unrelated.txt'), 'someone else\'s file\n');
  return { root, outside };
}

function fifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

/** Every entry under `dir` with its kind, and the content of regular files: what "untouched" compares. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => {
      const abs = join(e.parentPath, e.name);
      const kind = e.isFIFO() ? 'fifo' : e.isSymbolicLink() ? 'link' : e.isDirectory() ? 'dir' : 'file';
      return `${abs.slice(dir.length)} ${kind}${kind === 'file' ? ` ${JSON.stringify(readFileSync(abs, 'utf8'))} ${statSync(abs).mtimeMs}` : ''}`;
    })
    .sort();
}

const refusal = (link: string): RegExp =>
  new RegExp(`^wacrg \\w+: ${link.replace(/[./]/g, '\\$&')} is a symbolic link that leaves the repository root; refusing to read or write through it \\(replace the link with the files themselves\\)\\n$`);

describe('links out of the root', { concurrency: 2 }, () => {
  it('a linked docs/spec: generate and generate --check refuse, the linked folder keeps every file', async () => {
    const { root, outside } = layout();
    const pages = join(outside, 'pages');
    mkdirSync(join(pages, 'stanzas'), { recursive: true });
    writeFileSync(join(pages, 'notes.md'), 'unrelated notes\n');
    fifo(join(pages, 'index.md'));
    rmSync(join(root, 'docs', 'spec'), { recursive: true });
    symlinkSync(pages, join(root, 'docs', 'spec'));
    const before = snapshot(outside);
    for (const args of [['generate', '--root', root], ['generate', '--root', root, '--check']]) {
      const r = await cli(args);
      assert.equal(r.code, 2, args.join(' ') + r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, refusal('docs/spec'));
    }
    assert.deepEqual(snapshot(outside), before);
  });

  it('a linked generated page: generate refuses before writing anything; the outside file is unread', async () => {
    const { root, outside } = layout();
    const page = join(root, 'docs', 'spec', 'stanzas', 'call-offer.md');
    assert.ok(existsSync(page));
    rmSync(page);
    fifo(join(outside, 'page.md'));
    symlinkSync(join(outside, 'page.md'), page);
    // A stale page too: it must not be rewritten either, since the run stops first.
    const stale = join(root, 'docs', 'spec', 'index.md');
    writeFileSync(stale, 'stale\n');
    const before = snapshot(outside);
    const r = await cli(['generate', '--root', root]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, refusal('docs/spec/stanzas/call-offer.md'));
    assert.equal(readFileSync(stale, 'utf8'), 'stale\n');
    assert.ok(lstatSync(page).isSymbolicLink());
    assert.deepEqual(snapshot(outside), before);
  });

  it('a linked capture file (and a dangling link out): ingest --write and validate refuse, nothing created outside', async () => {
    const { root, outside } = layout();
    writeFileSync(join(outside, 'capture.yaml'), 'outside capture\n');
    symlinkSync(join(outside, 'capture.yaml'), join(root, 'corpus', 'captures', 'issue-77.yaml'));
    const body = join(scratch, `body-${count}.md`);
    writeFileSync(body, formBody({}));
    const before = snapshot(outside);
    const ingest = await cli(['ingest', '--root', root, '--body', body, '--issue', '77', '--write']);
    assert.equal(ingest.code, 2, ingest.stderr);
    assert.match(ingest.stderr, refusal('corpus/captures/issue-77.yaml'));
    assert.doesNotMatch(ingest.stdout, /accepted/);
    const validate = await cli(['validate', '--root', root, '--json']);
    assert.equal(validate.code, 2);
    assert.match((JSON.parse(validate.stdout) as { error: string }).error, /^corpus\/captures\/issue-77\.yaml is a symbolic link that leaves the repository root/);
    assert.deepEqual(snapshot(outside), before);

    rmSync(join(root, 'corpus', 'captures', 'issue-77.yaml'));
    symlinkSync(join(outside, 'not-yet.yaml'), join(root, 'corpus', 'captures', 'issue-78.yaml'));
    const dangling = await cli(['ingest', '--root', root, '--body', body, '--issue', '78', '--write']);
    assert.equal(dangling.code, 2, dangling.stderr);
    assert.match(dangling.stderr, refusal('corpus/captures/issue-78.yaml'));
    assert.ok(!existsSync(join(outside, 'not-yet.yaml')));
  });

  it('a linked COVERAGE.md: coverage --write writes neither file, --check reads nothing outside', async () => {
    const { root, outside } = layout();
    fifo(join(outside, 'COVERAGE.md'));
    symlinkSync(join(outside, 'COVERAGE.md'), join(root, 'COVERAGE.md'));
    rmSync(join(root, 'docs', 'coverage-badge.json'), { force: true });
    const before = snapshot(outside);
    for (const args of [['coverage', '--root', root, '--write'], ['coverage', '--root', root, '--check'], ['coverage', '--root', root, '--write', '--json']]) {
      const r = await cli(args);
      assert.equal(r.code, 2, args.join(' ') + r.stderr);
      assert.match(r.stderr, refusal('COVERAGE.md'));
    }
    assert.ok(!existsSync(join(root, 'docs', 'coverage-badge.json')), 'the badge is not written either');
    assert.deepEqual(snapshot(outside), before);
  });

  it('a linked corpus/ (and spec/): validate, corroborate and ingest refuse; outside ids never printed', async () => {
    const { root, outside } = layout();
    const corpus = join(outside, 'corpus');
    mkdirSync(join(corpus, 'captures'), { recursive: true });
    writeFileSync(join(corpus, 'captures', 'outside-id-zq.yaml'), 'id: outside-id-zq\n');
    fifo(join(corpus, 'captures', 'trap.yaml'));
    rmSync(join(root, 'corpus'), { recursive: true });
    symlinkSync(corpus, join(root, 'corpus'));
    const before = snapshot(outside);
    const body = join(scratch, `body-${count}.md`);
    writeFileSync(body, formBody({}));
    for (const args of [['validate', '--root', root], ['corroborate', '--root', root], ['ingest', '--root', root, '--body', body]]) {
      const r = await cli(args);
      assert.equal(r.code, 2, args.join(' ') + r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, refusal('corpus'));
      assert.doesNotMatch(r.stdout + r.stderr, /outside-id/);
    }
    // coverage reads stanzas only: it neither needs nor lists corpus/.
    assert.equal((await cli(['coverage', '--root', root, '--json'])).code, 0);
    assert.deepEqual(snapshot(outside), before);

    rmSync(join(root, 'corpus'));
    cpSync(join(REPO, 'corpus'), join(root, 'corpus'), { recursive: true });
    renameSync(join(root, 'spec'), join(outside, 'spec'));
    symlinkSync(join(outside, 'spec'), join(root, 'spec'));
    const spec = await cli(['validate', '--root', root]);
    assert.equal(spec.code, 2);
    assert.match(spec.stderr, refusal('spec'));
  });

  it('a link to / inside corpus/ stops at once instead of walking the filesystem', async () => {
    const { root } = layout();
    symlinkSync('/', join(root, 'corpus', 'captures', 'everything'));
    const started = Date.now();
    const r = await cli(['validate', '--root', root]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, refusal('corpus/captures/everything'));
    assert.ok(Date.now() - started < 15_000);
  });

  it('links that stay inside the root are followed', async () => {
    const { root } = layout();
    const expected = await cli(['validate', '--root', root]);
    assert.equal(expected.code, 0, expected.stdout);
    mkdirSync(join(root, 'shared'));
    renameSync(join(root, 'spec', 'stanzas'), join(root, 'shared', 'stanzas'));
    symlinkSync(join('..', 'shared', 'stanzas'), join(root, 'spec', 'stanzas'));
    assert.deepEqual(await cli(['validate', '--root', root]), expected);
  });
});

describe('generate removes only what it generated', () => {
  it('an orphaned page is removed; a file reached through a link to another folder of the root is left', async () => {
    const { root } = layout();
    mkdirSync(join(root, 'notes'));
    writeFileSync(join(root, 'notes', 'mine.md'), 'hand-written\n');
    symlinkSync(join('..', '..', 'notes'), join(root, 'docs', 'spec', 'notes'));
    writeFileSync(join(root, 'docs', 'spec', 'orphan.md'), 'nobody generates me\n');
    const r = await cli(['generate', '--root', root]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^removed docs\/spec\/orphan\.md$/m);
    assert.match(r.stderr, /^left docs\/spec\/notes\/mine\.md: reached through a link to another folder$/m);
    assert.ok(!existsSync(join(root, 'docs', 'spec', 'orphan.md')));
    assert.equal(readFileSync(join(root, 'notes', 'mine.md'), 'utf8'), 'hand-written\n');
  });
});

describe('atomic writes', () => {
  it('coverage --write replaces COVERAGE.md by a rename: a hard link to the old file outside keeps its text, no temporary file stays', async () => {
    const { root, outside } = layout();
    writeFileSync(join(root, 'COVERAGE.md'), 'old coverage\n');
    linkSync(join(root, 'COVERAGE.md'), join(outside, 'hard-link.md'));
    const r = await cli(['coverage', '--root', root, '--write']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(readFileSync(join(root, 'COVERAGE.md'), 'utf8'), /coverage/i);
    assert.notEqual(readFileSync(join(root, 'COVERAGE.md'), 'utf8'), 'old coverage\n');
    assert.equal(readFileSync(join(outside, 'hard-link.md'), 'utf8'), 'old coverage\n');
    assert.deepEqual(readdirSync(root).filter((name) => name.endsWith('.tmp')), []);
    assert.deepEqual(readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.tmp')), []);
  });
});

describe('the action (review mode) with a linked corpus/', () => {
  it('fails with the message naming the link; outside ids never reach the log, a comment or an annotation', async () => {
    const { root, outside } = layout();
    const corpus = join(outside, 'corpus');
    mkdirSync(join(corpus, 'captures'), { recursive: true });
    writeFileSync(join(corpus, 'captures', 'outside-id-zq.yaml'), 'id: outside-id-zq\n');
    fifo(join(corpus, 'captures', 'trap.yaml'));
    rmSync(join(root, 'corpus'), { recursive: true });
    symlinkSync(corpus, join(root, 'corpus'));
    const gh = await startFakeGitHub({ files: [] });
    try {
      const pr = gh.addPullRequest({ head: 'spec-change', files: {}, pullFiles: [{ filename: 'corpus/captures/x.yaml', status: 'added' }] });
      const run = await runAction({
        server: gh,
        workspace: root,
        eventName: 'pull_request',
        payload: { action: 'opened', number: pr.number, pull_request: pr, repository: gh.repositoryJson() },
      });
      assert.equal(run.code, 1);
      assert.match(run.stdout, /^::error::corpus is a symbolic link that leaves the repository root; refusing to read or write through it/m);
      assert.doesNotMatch(run.stdout + run.stderr + run.summary, /outside-id/);
      assert.ok(!gh.requests.some((r) => r.method !== 'GET'), 'nothing written to GitHub');
    } finally {
      await gh.close();
    }
  });
});
