// Shared helpers of the spec, coverage and CLI tests: the repo-other fixture and scenario overlays.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { kindOf, type RepoFile } from '../../src/spec/repo.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const REPO_OTHER = join(FIXTURES, 'repo-other');
export const SCENARIOS = join(FIXTURES, 'validate');

/** Every file under `dir`, as repo-relative POSIX paths with their text (sorted by path). */
export function filesUnder(dir: string): RepoFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .map((abs) => ({ path: relative(dir, abs).split(sep).join('/'), text: readFileSync(abs, 'utf8') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The record files of repo-other (spec/ and corpus/ only), as readRepoFiles would return them. */
export function repoOtherFiles(): RepoFile[] {
  return filesUnder(REPO_OTHER).filter((f) => /^(spec|corpus)\//.test(f.path));
}

/**
 * Writes repo-other's record files under `root`, with `copies` more captures (issue-500, issue-501, …:
 * its capture with the id changed): enough batches for worker threads with a small batch size.
 */
export function writeRepoOtherWithCaptures(root: string, copies: number): void {
  const files = repoOtherFiles();
  const capture = files.find((f) => kindOf(f.path) === 'capture');
  if (capture === undefined) throw new Error('repo-other has no capture');
  for (let i = 0; i < copies; i++) files.push({ path: `corpus/captures/issue-${500 + i}.yaml`, text: capture.text.replace(/^id: .*$/m, `id: issue-${500 + i}`) });
  for (const f of files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
}

/**
 * repo-other with a scenario laid over it: every file of the scenario folder replaces or adds the
 * file at the same path, `delete.txt` lists paths to remove; `expected.txt` is the expected output.
 */
export function scenarioFiles(name: string): { files: RepoFile[]; expected: string[] } {
  const dir = join(SCENARIOS, name);
  const overlay = filesUnder(dir);
  const meta = new Set(['expected.txt', 'delete.txt']);
  const remove = new Set(lines(overlay.find((f) => f.path === 'delete.txt')?.text ?? ''));
  const replaced = new Map(overlay.filter((f) => !meta.has(f.path)).map((f) => [f.path, f.text]));
  const files = repoOtherFiles().filter((f) => !remove.has(f.path) && !replaced.has(f.path));
  for (const [path, text] of replaced) files.push({ path, text });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, expected: lines(overlay.find((f) => f.path === 'expected.txt')?.text ?? '') };
}

/**
 * Any base file list with the overlay folder `dir` laid over it (same rules as scenarioFiles:
 * files replace or add, `delete.txt` removes; `expected.txt`/`warnings.txt` are read, not laid).
 */
export function overlayFiles(base: RepoFile[], dir: string): { files: RepoFile[]; expected: string[]; warnings?: string[] } {
  const overlay = filesUnder(dir);
  const meta = new Set(['expected.txt', 'delete.txt', 'warnings.txt']);
  const remove = new Set(lines(overlay.find((f) => f.path === 'delete.txt')?.text ?? ''));
  const replaced = new Map(overlay.filter((f) => !meta.has(f.path)).map((f) => [f.path, f.text]));
  const files = base.filter((f) => !remove.has(f.path) && !replaced.has(f.path));
  for (const [path, text] of replaced) files.push({ path, text });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const warnings = overlay.find((f) => f.path === 'warnings.txt');
  return { files, expected: lines(overlay.find((f) => f.path === 'expected.txt')?.text ?? ''), ...(warnings ? { warnings: lines(warnings.text) } : {}) };
}

export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

export function scenarioNames(): string[] {
  return readdirSync(SCENARIOS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}
