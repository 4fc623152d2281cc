// The freshness checks CI runs, executed for real: the dist/ step of ci.yml, release.yml and .ci/run in a
// scratch git repository (a changed, a deleted and a NEW file in dist/ must each fail it), and
// `coverage --check` on this repository (COVERAGE.md and the badge are committed fresh).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { stepRun } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');

/** The dist/ block of .ci/run: from the `if` testing dist to its `fi`. */
function ciRunDistCheck(): string {
  const text = readFileSync(join(ROOT, '.ci/run'), 'utf8');
  const match = /^if \[ -n "\$\(git status[^\n]*dist[^\n]*\n(?:.*\n)*?fi$/m.exec(text);
  assert.ok(match, '.ci/run checks dist/ with git status');
  return match[0];
}

/** A git repository with a committed dist/ (two files); `change` alters it; returns the script's exit code. */
function runInScratch(script: string, change: (dir: string) => void): { code: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'wacrg-fresh-'));
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    mkdirSync(join(dir, 'dist', 'chunks'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'index.js'), 'export {};\n');
    writeFileSync(join(dir, 'dist', 'chunks', 'a.js'), 'export const a = 1;\n');
    writeFileSync(join(dir, 'README.md'), 'x\n');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init');
    change(dir);
    const run = spawnSync('bash', ['-e', '-c', script], { cwd: dir, encoding: 'utf8' });
    return { code: run.status, output: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const SCRIPTS: [string, () => string][] = [
  ['ci.yml', () => stepRun('ci.yml', /^dist\/ is up to date/)],
  ['release.yml', () => stepRun('release.yml', /^dist\/ is up to date/)],
  ['.ci/run', ciRunDistCheck],
];

for (const [where, script] of SCRIPTS) {
  test(`${where}: the dist/ check passes on a clean tree and ignores files outside dist/`, () => {
    assert.equal(runInScratch(script(), () => {}).code, 0);
    assert.equal(runInScratch(script(), (dir) => writeFileSync(join(dir, 'notes.txt'), 'n\n')).code, 0);
  });

  test(`${where}: the dist/ check fails on a changed, a deleted and a new untracked file (also in a new folder)`, () => {
    const cases: [string, (dir: string) => void][] = [
      ['changed', (dir) => writeFileSync(join(dir, 'dist', 'index.js'), 'export const changed = 1;\n')],
      ['deleted', (dir) => unlinkSync(join(dir, 'dist', 'chunks', 'a.js'))],
      ['new file', (dir) => writeFileSync(join(dir, 'dist', 'chunks', 'b.js'), 'export const b = 2;\n')],
      ['new folder', (dir) => {
        mkdirSync(join(dir, 'dist', 'more'));
        writeFileSync(join(dir, 'dist', 'more', 'c.js'), 'export {};\n');
      }],
    ];
    for (const [label, change] of cases) {
      const run = runInScratch(script(), change);
      assert.notEqual(run.code, 0, `${label}: ${run.output}`);
      assert.match(run.output, /dist\//, `${label}: names the file`);
    }
  });
}

test('this repository: COVERAGE.md and docs/coverage-badge.json are what `coverage --write` writes', () => {
  const run = spawnSync(process.execPath, [join(ROOT, 'src/cli/bin.ts'), 'coverage', '--check', '--root', ROOT], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});

test('.ci/run and ci.yml both run coverage --check', () => {
  assert.match(readFileSync(join(ROOT, '.ci/run'), 'utf8'), /^node dist\/cli\.js coverage --check$/m);
  assert.equal(stepRun('ci.yml', /^COVERAGE\.md/).trim(), 'node dist/cli.js coverage --check');
});
