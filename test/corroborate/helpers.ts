// Shared helpers of the corroboration tests: the hand-built fixture repository (3 stanzas, 20 facts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRepoFiles } from '../../src/spec/read-files.ts';
import { loadRepo } from '../../src/spec/load.ts';
import type { RepoFile } from '../../src/spec/repo.ts';
import type { Repo } from '../../src/spec/types.ts';
import { readStanza } from '../../src/stanza/read.ts';
import type { StanzaNode } from '../../src/stanza/types.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'corroborate');
export const REPO_ROOT = join(FIXTURES, 'repo');

export interface RepoOptions {
  /** Keep only these corpus captures (ids); default: all of repo/corpus/captures. */
  captures?: string[];
  /** Add captures from more-captures/ (ids). */
  extra?: string[];
  /** Replace or add files: repo-relative path → text. */
  replace?: Record<string, string>;
}

export async function fixtureFiles(options: RepoOptions = {}): Promise<RepoFile[]> {
  let files = await readRepoFiles(REPO_ROOT);
  if (options.captures) {
    const keep = new Set(options.captures.map((id) => `corpus/captures/${id}.yaml`));
    files = files.filter((f) => !f.path.startsWith('corpus/captures/') || keep.has(f.path));
  }
  for (const id of options.extra ?? []) {
    files.push({ path: `corpus/captures/${id}.yaml`, text: readFileSync(join(FIXTURES, 'more-captures', `${id}.yaml`), 'utf8') });
  }
  for (const [path, text] of Object.entries(options.replace ?? {})) {
    files = [...files.filter((f) => f.path !== path), { path, text }];
  }
  return files;
}

export async function fixtureRepo(options: RepoOptions = {}): Promise<Repo> {
  const { repo, problems } = loadRepo(await fixtureFiles(options));
  if (problems.length > 0) throw new Error(`fixture repository has problems: ${JSON.stringify(problems)}`);
  return repo;
}

export function tree(text: string): StanzaNode {
  const read = readStanza(text);
  if (!read.ok || !read.tree) throw new Error('fixture stanza does not read as a tree');
  return read.tree;
}
