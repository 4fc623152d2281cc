// The release workflow, run for real where it can be: its tag-moving script runs in a scratch
// checkout with a stand-in `gh` that records the API calls (vX moved or created at HEAD; bad tags,
// a package.json or CHANGELOG.md that does not name the version, stop it before any call). The
// changelog follows Keep a Changelog; Dependabot covers npm and Actions, grouped.
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { stepRun } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Outcome {
  code: number | null;
  output: string;
  /** One line per `gh` call: its arguments joined by spaces. */
  calls: string[];
  head: string;
}

/** Runs the "move the major tag" step with TAG, in a git checkout holding package.json + CHANGELOG.md. */
function moveTag(tag: string, o: { version?: string; changelog?: string; existing?: boolean } = {}): Outcome {
  const dir = mkdtempSync(join(tmpdir(), 'wacrg-release-'));
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', version: o.version ?? '1.4.2' }));
    writeFileSync(join(dir, 'CHANGELOG.md'), o.changelog ?? '# Changelog\n\n## [Unreleased]\n\n## [1.4.2] - 2026-12-01\n\n### Fixed\n\n- Something.\n');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'release');
    const head = git('rev-parse', 'HEAD').trim();
    const log = join(dir, 'gh-calls.txt');
    const bin = join(dir, 'bin');
    execFileSync('mkdir', [bin]);
    // GET of the ref succeeds only when the tag "exists"; every call is logged.
    writeFileSync(
      join(bin, 'gh'),
      `#!/usr/bin/env bash\necho "$*" >> "${log}"\nif [ "$1" = api ] && [ "$2" != --method ]; then ${o.existing === false ? 'exit 1' : 'exit 0'}; fi\nexit 0\n`,
    );
    chmodSync(join(bin, 'gh'), 0o755);
    const run = spawnSync('bash', ['-e', '-c', stepRun('release.yml', /^move the major tag/)], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: `${bin}:${process.env.PATH ?? ''}`, TAG: tag, GH_TOKEN: 'fake', GITHUB_REPOSITORY: 'owner/repo' },
    });
    let calls: string[] = [];
    try {
      calls = readFileSync(log, 'utf8').trim().split('\n').filter((l) => l !== '');
    } catch {
      calls = [];
    }
    return { code: run.status, output: run.stdout + run.stderr, calls, head };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('release: v1.4.2 moves the existing tag v1 to the release commit', () => {
  const run = moveTag('v1.4.2');
  assert.equal(run.code, 0, run.output);
  assert.deepEqual(run.calls, ['api repos/owner/repo/git/ref/tags/v1', `api --method PATCH repos/owner/repo/git/refs/tags/v1 -f sha=${run.head} -F force=true`]);
});

test('release: the first v2 release creates the tag v2', () => {
  const run = moveTag('v2.0.0', { version: '2.0.0', changelog: '# Changelog\n\n## [2.0.0] - 2026-12-01\n', existing: false });
  assert.equal(run.code, 0, run.output);
  assert.deepEqual(run.calls, ['api repos/owner/repo/git/ref/tags/v2', `api --method POST repos/owner/repo/git/refs -f ref=refs/tags/v2 -f sha=${run.head}`]);
});

test('release: a tag that is not vX.Y.Z, a package.json or a CHANGELOG.md without the version: exit 1, no API call', () => {
  for (const [label, run] of [
    ['no v', moveTag('1.4.2')],
    ['pre-release suffix', moveTag('v1.4.2-rc.1')],
    ['shell text', moveTag('v1.4.2; echo hi')],
    ['package.json', moveTag('v1.4.3')],
    ['changelog', moveTag('v1.4.2', { changelog: '# Changelog\n\n## [Unreleased]\n' })],
  ] as const) {
    assert.equal(run.code, 1, `${label}: ${run.output}`);
    assert.deepEqual(run.calls, [], `${label}: no API call`);
    assert.match(run.output, /::error::/, label);
  }
});

test('release.yml: published releases only, pre-releases skipped, contents: write only, tag through env:', () => {
  const doc: unknown = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8'));
  assert.ok(isObject(doc) && isObject(doc['on']) && isObject(doc['jobs']));
  assert.deepEqual(doc['on'], { release: { types: ['published'] } });
  const [job] = Object.values(doc['jobs']);
  assert.ok(isObject(job) && Array.isArray(job['steps']));
  assert.deepEqual(job['permissions'], { contents: 'write' });
  assert.match(String(job['if']), /!github\.event\.release\.prerelease/);
  const move = job['steps'].find((s: unknown) => isObject(s) && s['name'] === 'move the major tag to the release');
  assert.ok(isObject(move) && isObject(move['env']));
  assert.equal(move['env']['TAG'], '${{ github.event.release.tag_name }}');
});

test('CHANGELOG.md: Keep a Changelog headings, Unreleased first, then versions newest first with dates', () => {
  const text = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
  const lines = text.split('\n');
  assert.equal(lines[0], '# Changelog');
  const releases = lines.filter((l) => l.startsWith('## '));
  assert.equal(releases[0], '## [Unreleased]');
  const versions = releases.slice(1).map((l) => {
    const m = /^## \[(\d+)\.(\d+)\.(\d+)\] - (\d{4}-\d{2}-\d{2})$/.exec(l);
    assert.ok(m, `release heading "${l}" is "## [X.Y.Z] - YYYY-MM-DD"`);
    return [Number(m[1]), Number(m[2]), Number(m[3])];
  });
  const compare = (a: number[], b: number[]) => (a[0]! - b[0]!) || (a[1]! - b[1]!) || (a[2]! - b[2]!);
  for (let i = 1; i < versions.length; i++) assert.ok(compare(versions[i - 1]!, versions[i]!) > 0, 'newest first, no version twice');
  for (const l of lines.filter((x) => x.startsWith('### '))) assert.match(l, /^### (Added|Changed|Deprecated|Removed|Fixed|Security)$/);
});

test('Dependabot: npm and github-actions, weekly, every update grouped', () => {
  const doc: unknown = parse(readFileSync(join(ROOT, '.github/dependabot.yml'), 'utf8'));
  assert.ok(isObject(doc) && doc['version'] === 2 && Array.isArray(doc['updates']));
  const updates = doc['updates'].filter(isObject);
  assert.deepEqual(updates.map((u) => u['package-ecosystem']).sort(), ['github-actions', 'npm']);
  for (const u of updates) {
    assert.equal(u['directory'], '/');
    assert.ok(isObject(u['schedule']) && u['schedule']['interval'] === 'weekly');
    assert.ok(isObject(u['groups']) && Object.keys(u['groups']).length > 0, `${String(u['package-ecosystem'])} is grouped`);
  }
});
