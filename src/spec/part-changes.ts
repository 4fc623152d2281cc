// Which spec parts a pull request adds, changes or removes, with their annotation codes. Pure: takes
// the changed files (repository-local paths, as the pull request lists them) and both loaded trees.
import { kindOf } from './repo.ts';
import type { Repo } from './types.ts';

/** A changed file as a pull request lists it (GitHub's `status`; `previousPath` for a rename). */
export interface ChangedFile {
  path: string;
  status: string;
  previousPath?: string;
}

export interface PartChange {
  change: 'added' | 'changed' | 'removed';
  /** The part's id (the record's when it loaded, otherwise the file name). */
  id: string;
  /** The part's category folder (`signalling`, `encodings`, `crypto`, `relay`). */
  category: string;
  /** Annotation code (`SIG-01`) of the head version (the base one for a removed part); null when
   * that version did not pass its schema (the problems table says why). */
  code: string | null;
  /** The base version's code when a change renumbered the part. */
  previousCode?: string;
  /** Repository-local path of the head version (the base one for a removed part). */
  file: string;
}

const fileName = (path: string): string => (path.split('/').pop() ?? path).replace(/\.ya?ml$/, '');
const categoryOf = (path: string): string => path.split('/')[1] ?? '';

/**
 * The spec parts (`spec/{signalling,encodings,crypto,relay}/*.yaml`) among `changed`, in the order
 * given: `removed` (GitHub status removed, or a rename away from a part folder), `added` (added or
 * copied, or renamed from outside a part folder), otherwise `changed`. Codes come from `head` and
 * `base` as loaded (Repo.parts); other files are ignored.
 */
export function partChanges(changed: readonly ChangedFile[], base: Pick<Repo, 'parts'>, head: Pick<Repo, 'parts'>): PartChange[] {
  const codeIn = (repo: Pick<Repo, 'parts'>, path: string) => repo.parts.find((p) => p.file === path)?.record;
  const out: PartChange[] = [];
  for (const f of changed) {
    const headIsPart = kindOf(f.path) === 'part' && f.status !== 'removed';
    const basePath = f.status === 'renamed' && f.previousPath !== undefined ? f.previousPath : f.path;
    const baseIsPart = kindOf(basePath) === 'part' && f.status !== 'added' && f.status !== 'copied';
    if (!headIsPart && !baseIsPart) continue;
    const before = baseIsPart ? codeIn(base, basePath) : undefined;
    if (!headIsPart) {
      out.push({ change: 'removed', id: before?.id ?? fileName(basePath), category: before?.category ?? categoryOf(basePath), code: before?.code ?? null, file: basePath });
      continue;
    }
    const after = codeIn(head, f.path);
    const entry: PartChange = { change: baseIsPart ? 'changed' : 'added', id: after?.id ?? fileName(f.path), category: after?.category ?? categoryOf(f.path), code: after?.code ?? null, file: f.path };
    if (before !== undefined && after !== undefined && before.code !== after.code) entry.previousCode = before.code;
    out.push(entry);
  }
  return out;
}
