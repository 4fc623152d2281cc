// What a capture means for implementations: the spec parts of the stanza it matched (the part with
// the stanza's id, and the parts nested under it by `parent`) with their annotation codes and
// implementations, and how the facts it touches stand on flavor corroboration. Pure.
import { factsOf } from '../coverage/facts.ts';
import type { Corroboration } from '../corroborate/types.ts';
import { flavorGraph, independentGroups } from '../spec/flavors.ts';
import type { Repo } from '../spec/types.ts';

export interface PartImplementations {
  id: string;
  /** Annotation code: implementations mark their source with `wacrg:<code>`. */
  code: string;
  title: string;
  implementations: { flavor: string; status: string }[];
}

/** One fact the capture touches, with the flavors its provenance cites. */
export interface FlavorFact {
  path: string;
  flavors: string[];
  /** Groups of cited flavors that are independent of each other (a port and its upstream are one). */
  independent: number;
}

export interface CaptureImplementations {
  /** The matched stanza's spec parts: the same id first, then parts under it (by `parent`), by id. */
  parts: PartImplementations[];
  /** Facts of the spec the capture touches (corroborated or conflicting). */
  touched: number;
  /** …of which cite at least one flavor in their provenance. */
  citingFlavor: number;
  /** …of which are backed by two or more independent flavors. */
  independentFlavors: number;
  /** Every touched fact that cites a flavor (the others cite none). */
  facts: FlavorFact[];
}

/**
 * The implementations side of a capture's corroboration, or undefined when it matched no stanza.
 * "A part documents a stanza" is read as: the part has the stanza's id (the group's nine stanza ids
 * are also part ids), or its `parent` chain leads to that part.
 */
export function captureImplementations(repo: Pick<Repo, 'parts' | 'flavors' | 'stanzas'>, c: Corroboration): CaptureImplementations | undefined {
  if (c.stanza === undefined) return undefined;
  const stanzaId = c.stanza;
  const byId = new Map(repo.parts.map((p) => [p.record.id, p.record]));
  const documents = (id: string): boolean => {
    const seen = new Set<string>();
    for (let cur: string | undefined = id; cur !== undefined && !seen.has(cur); cur = byId.get(cur)?.parent) {
      if (cur === stanzaId) return true;
      seen.add(cur);
    }
    return false;
  };
  const parts = repo.parts
    .map((p) => p.record)
    .filter((p) => documents(p.id))
    .sort((a, b) => (a.id === stanzaId ? -1 : b.id === stanzaId ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => ({ id: p.id, code: p.code, title: p.title, implementations: (p.implementations ?? []).map((i) => ({ flavor: i.flavor, status: i.status })) }));

  const touched = new Set([...c.corroborated.map((f) => f.path), ...c.conflicts.map((x) => x.path)]);
  const stanza = repo.stanzas.find((s) => s.record.id === stanzaId)?.record;
  const graph = flavorGraph(repo.flavors.map((f) => f.record));
  const facts: FlavorFact[] = [];
  for (const fact of stanza ? factsOf(stanza) : []) {
    if (!touched.has(fact.path)) continue;
    const flavors = [...new Set(fact.provenance?.flavors ?? [])];
    if (flavors.length > 0) facts.push({ path: fact.path, flavors, independent: independentGroups(flavors, graph).length });
  }
  return { parts, touched: touched.size, citingFlavor: facts.length, independentFlavors: facts.filter((f) => f.independent >= 2).length, facts };
}
