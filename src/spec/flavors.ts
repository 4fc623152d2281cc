// The flavor graph: which flavors derive from which (`derives_from`), and which are independent.
// Pure. Shared by coverage (flavor corroboration figures), docs and the flavor intake.
//
// The rule (formats-head.md, "Coverage as the group computes it today"): a flavor and anything it
// derives from, transitively, count as one. Here: the LINEAGE of a flavor is itself plus every
// flavor reachable through derives_from; two flavors are INDEPENDENT when their lineages share no
// flavor. A port and its upstream are not independent, nor are two ports of one upstream.
import type { Flavor } from './types.ts';

/** derives_from by flavor id. Ids no flavor file defines have no entry (their lineage is themselves). */
export type FlavorGraph = ReadonlyMap<string, readonly string[]>;

export function flavorGraph(flavors: readonly Pick<Flavor, 'id' | 'derives_from'>[]): FlavorGraph {
  return new Map(flavors.map((f) => [f.id, f.derives_from ?? []]));
}

/** The flavor and every flavor it derives from, transitively (cycles and unknown ids tolerated). */
export function lineageOf(id: string, graph: FlavorGraph): Set<string> {
  const seen = new Set<string>([id]);
  const stack = [id];
  while (stack.length > 0) {
    for (const next of graph.get(stack.pop() ?? '') ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/** True when neither flavor's lineage shares a flavor with the other's. */
export function areIndependent(a: string, b: string, graph: FlavorGraph): boolean {
  if (a === b) return false;
  const left = lineageOf(a, graph);
  for (const id of lineageOf(b, graph)) if (left.has(id)) return false;
  return true;
}

/**
 * The given flavor ids (duplicates dropped) grouped so that ids in different groups are pairwise
 * independent: two ids share a group when their lineages overlap, directly or through other
 * given ids. Groups and their members keep the order of first appearance.
 */
export function independentGroups(ids: readonly string[], graph: FlavorGraph): string[][] {
  const distinct = [...new Set(ids)];
  const lineages = distinct.map((id) => lineageOf(id, graph));
  const group = distinct.map((_, i) => i);
  const find = (i: number): number => {
    while (group[i] !== i) i = group[i] ?? i;
    return i;
  };
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      const [a, b] = [lineages[i] ?? new Set<string>(), lineages[j] ?? new Set<string>()];
      if ([...a].some((id) => b.has(id))) group[find(j)] = find(i);
    }
  }
  const out = new Map<number, string[]>();
  distinct.forEach((id, i) => {
    const root = find(i);
    const members = out.get(root) ?? [];
    members.push(id);
    out.set(root, members);
  });
  return [...out.values()];
}

/**
 * True when at least two of the given flavors are independent of each other: the test a fact
 * passes to count as "backed by two or more independent flavors".
 */
export function hasIndependentPair(ids: readonly string[], graph: FlavorGraph): boolean {
  const distinct = [...new Set(ids)];
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) if (areIndependent(distinct[i] ?? '', distinct[j] ?? '', graph)) return true;
  }
  return false;
}
