// Which flavors a change of spec parts concerns: every flavor listed in the `implementations` of a
// changed part, with its notification settings. Pure; shared by `wacrg affected`, the pull-request
// review comment and the push notifications (one rule, three shells).
import type { Repo } from '../spec/types.ts';

/** One changed part as a flavor's implementation of it sees it. */
export interface AffectedPart {
  id: string;
  /** The annotation code (`SIG-01`): implementations mark their source with `wacrg:<code>`. */
  code: string;
  title: string;
  /** The flavor's implementation status of this part (working, partial, planned, unknown). */
  status: string;
}

export interface AffectedFlavor {
  flavor: string;
  /** `owner/name` from the flavor record, null when it has none (or the flavor has no record). */
  notifyRepo: string | null;
  /** `notify_opt_in: true` in the flavor record. */
  optIn: boolean;
  /** Changed parts it implements, in the order the parts were given. */
  parts: AffectedPart[];
}

/**
 * For the spec parts `partIds` (ids of `repo.parts`; unknown ids are ignored: resolve them first with
 * resolvePartRefs), the flavors that implement them, sorted by flavor id. A flavor named in
 * `implementations` without a flavor file is still listed (notifyRepo null, optIn false): validate
 * reports the dangling reference, this only says who is concerned.
 */
export function affectedFlavors(repo: Pick<Repo, 'parts' | 'flavors'>, partIds: readonly string[]): AffectedFlavor[] {
  const byFlavor = new Map<string, AffectedPart[]>();
  const seen = new Set<string>();
  for (const id of partIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const part = repo.parts.find((p) => p.record.id === id)?.record;
    if (!part) continue;
    for (const impl of part.implementations ?? []) {
      const list = byFlavor.get(impl.flavor) ?? [];
      if (!list.some((p) => p.id === part.id)) list.push({ id: part.id, code: part.code, title: part.title, status: impl.status });
      byFlavor.set(impl.flavor, list);
    }
  }
  return [...byFlavor.keys()].sort().map((flavor) => {
    const record = repo.flavors.find((f) => f.record.id === flavor)?.record;
    return { flavor, notifyRepo: record?.notify_repo ?? null, optIn: record?.notify_opt_in === true, parts: byFlavor.get(flavor) ?? [] };
  });
}

/**
 * Command-line references to spec parts → part ids. A reference is a repository path of a part file
 * (`spec/signalling/call-offer.yaml`), a part id (`call-offer`) or an annotation code (`SIG-01`,
 * `wacrg:SIG-01`). Returns the ids in the order given, and the references that name no part.
 */
export function resolvePartRefs(repo: Pick<Repo, 'parts'>, refs: readonly string[]): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const ref of refs) {
    const code = ref.replace(/^wacrg:/, '');
    const part =
      repo.parts.find((p) => p.file === ref.replace(/^\.\//, '')) ?? repo.parts.find((p) => p.record.id === ref) ?? repo.parts.find((p) => p.record.code === code);
    if (part) {
      if (!ids.includes(part.record.id)) ids.push(part.record.id);
    } else unknown.push(ref);
  }
  return { ids, unknown };
}

/** The ids of the parts whose files are among `paths` (repository paths relative to the spec root). */
export function partIdsOfPaths(repo: Pick<Repo, 'parts'>, paths: readonly string[]): string[] {
  const set = new Set(paths);
  return repo.parts.filter((p) => set.has(p.file)).map((p) => p.record.id);
}
