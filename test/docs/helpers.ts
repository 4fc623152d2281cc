// Shared by the docs tests: the repository root, a loaded repo, temp copies and a captured Output.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Output } from '../../src/cli/io.ts';
import { loadRepo } from '../../src/spec/load.ts';
import { readRepoFiles } from '../../src/spec/read-files.ts';
import type { Repo } from '../../src/spec/types.ts';

export const ROOT = join(import.meta.dirname, '../..');

export async function loadRoot(root: string = ROOT): Promise<Repo> {
  const { repo } = loadRepo(await readRepoFiles(root));
  return repo;
}

/** A copy of what `wacrg generate` reads and writes: spec/, corpus/, docs/ and mkdocs.yml. */
export async function tempCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wacrg-docs-'));
  for (const entry of ['spec', 'corpus', 'docs', 'mkdocs.yml', 'README.md']) await cp(join(ROOT, entry), join(dir, entry), { recursive: true });
  return dir;
}

export function capture(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t) };
}
