// Match a captured stanza tree to the stanza file it instantiates, and classify every attribute and
// child of the capture against that file. Pure.
import type { Attribute, Child, Repo, Stanza } from '../spec/types.ts';
import type { Technique } from '../spec/vocabulary.ts';
import type { StanzaNode } from '../stanza/types.ts';
import type { Conflict, Corroboration, FactKind, FactRef, NodeStatus, ObservedValue, ShapeNode } from './types.ts';
import { checkValue } from './value.ts';

export type MatchResult = { stanza: Stanza } | { stanza?: undefined; reason: string };

/**
 * The stanza file a tree instantiates. Candidates are the stanzas whose `tag` is the root tag. One
 * candidate matches directly (`ack` → `call-ack`); among several, the one whose first-level children
 * include the tag of the root's first child (`call` + `offer` → `call-offer`); when more than one
 * does, the one that lists that child first, then the lowest id. Reasons never quote the capture.
 */
export function matchStanza(tree: StanzaNode, repo: Repo): MatchResult {
  const candidates = repo.stanzas.map((s) => s.record).filter((s) => s.tag === tree.tag);
  if (candidates.length === 0) return { reason: 'no stanza of the spec has the root tag of this capture' };
  if (candidates.length === 1) return { stanza: candidates[0] as Stanza };
  const first = tree.children[0];
  if (first === undefined) {
    return { reason: `${candidates.length} stanzas share the root tag of this capture, and it has no child element to tell them apart` };
  }
  const fitting = candidates
    .filter((s) => (s.children ?? []).some((c) => c.tag === first.tag))
    .sort((a, b) => rankFirst(a, first.tag) - rankFirst(b, first.tag) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chosen = fitting[0];
  if (chosen) return { stanza: chosen };
  return { reason: `${candidates.length} stanzas share the root tag of this capture, and none of them has its first child element among its children` };
}

function rankFirst(stanza: Stanza, tag: string): number {
  return stanza.children?.[0]?.tag === tag ? 0 : 1;
}

const AT_MOST_ONCE = new Set(['1', '0..1']);
const REQUIRED_CHILD = new Set(['1', '1..n']);

type Owner = { attributes?: Attribute[]; children?: Child[] };

/** Collects classifications by fact path, first occurrence first; a conflict outranks corroboration. */
class Collector {
  readonly corroborated = new Map<string, FactRef>();
  readonly new = new Map<string, FactRef>();
  readonly conflicts = new Map<string, Conflict>();
  readonly missing = new Map<string, FactRef>();
  readonly observed = new Map<string, ObservedValue>();

  conflict(conflict: Conflict): void {
    const key = `${conflict.path}\u0000${conflict.kind}\u0000${conflict.message}`;
    if (!this.conflicts.has(key)) this.conflicts.set(key, conflict);
  }

  result(): Pick<Corroboration, 'corroborated' | 'new' | 'conflicts' | 'missing' | 'observed'> {
    const conflicting = new Set([...this.conflicts.values()].map((c) => c.path));
    return {
      corroborated: [...this.corroborated.values()].filter((f) => !conflicting.has(f.path)),
      new: [...this.new.values()],
      conflicts: [...this.conflicts.values()],
      missing: [...this.missing.values()],
      observed: [...this.observed.values()],
    };
  }
}

/**
 * Classify every attribute and child of a captured tree against the stanza it instantiates:
 * corroborated (in the spec), new (not in the spec), conflicting (value outside the enum, value of
 * the wrong type, an at-most-once child repeated) or missing (required by the spec, absent).
 * Paths are fact paths. A placeholder value still corroborates its attribute, but is never a
 * conflict nor evidence of the attribute's vocabulary. A conflicting fact is not corroborated.
 */
export function corroborate(tree: StanzaNode, technique: Technique, repo: Repo): Corroboration {
  const match = matchStanza(tree, repo);
  if (!match.stanza) {
    return { technique, unmatched: match.reason, corroborated: [], new: [], conflicts: [], missing: [], observed: [], shape: unmatchedShape(tree) };
  }
  const stanza = match.stanza;
  const enums = repo.enums.map((e) => e.record);
  const tally = new Collector();
  const pathOf = (tags: readonly string[], attr?: string) => `${stanza.id}:${tags.join('/')}${attr === undefined ? '' : `@${attr}`}`;
  const ref = (path: string, kind: FactKind, spec?: Attribute | Child): FactRef => (spec ? { path, kind, confidence: spec.confidence } : { path, kind });

  const visit = (node: StanzaNode, spec: Owner | undefined, tags: readonly string[], status: NodeStatus): ShapeNode => {
    const shape: ShapeNode = { tag: node.tag, status, attrs: [], children: [] };
    for (const attr of node.attrs) {
      const path = pathOf(tags, attr.name);
      const specAttr = spec?.attributes?.find((a) => a.name === attr.name);
      if (!specAttr) {
        if (!tally.new.has(path)) tally.new.set(path, ref(path, 'attribute'));
        shape.attrs.push({ name: attr.name, status: 'new' });
        continue;
      }
      const check = checkValue(attr.value, specAttr.type, enums);
      if (check.kind === 'enum' || check.kind === 'type') {
        tally.conflict({ path, kind: check.kind, message: check.message });
        shape.attrs.push({ name: attr.name, status: 'conflict' });
        continue;
      }
      if (check.kind === 'ok' && check.enumValue !== undefined) {
        const key = `${path}\u0000${check.enumValue}`;
        if (!tally.observed.has(key)) tally.observed.set(key, { path, enum: specAttr.type.slice('enum:'.length), value: check.enumValue });
      }
      if (!tally.corroborated.has(path)) tally.corroborated.set(path, ref(path, 'attribute', specAttr));
      shape.attrs.push({ name: attr.name, status: 'corroborated' });
    }
    if (spec) {
      for (const specAttr of spec.attributes ?? []) {
        if (specAttr.required !== true || node.attrs.some((a) => a.name === specAttr.name)) continue;
        const path = pathOf(tags, specAttr.name);
        if (!tally.missing.has(path)) tally.missing.set(path, ref(path, 'attribute', specAttr));
      }
    }
    // Siblings with the same tag are one fact: classify the group, then walk each node.
    const groups = new Map<string, StanzaNode[]>();
    for (const child of node.children) {
      const group = groups.get(child.tag);
      if (group) group.push(child);
      else groups.set(child.tag, [child]);
    }
    const shapes = new Map<StanzaNode, ShapeNode>();
    for (const [tag, nodes] of groups) {
      const childTags = [...tags, tag];
      const path = pathOf(childTags);
      const specChild = spec?.children?.find((c) => c.tag === tag);
      let childStatus: NodeStatus;
      if (!specChild) {
        if (!tally.new.has(path)) tally.new.set(path, ref(path, 'child'));
        childStatus = 'new';
      } else if (nodes.length > 1 && AT_MOST_ONCE.has(specChild.occurrence)) {
        tally.conflict({ path, kind: 'occurrence', message: `the spec allows at most one (occurrence ${specChild.occurrence}); the capture has ${nodes.length}` });
        childStatus = 'conflict';
      } else {
        if (!tally.corroborated.has(path)) tally.corroborated.set(path, ref(path, 'child', specChild));
        childStatus = 'corroborated';
      }
      for (const child of nodes) shapes.set(child, visit(child, specChild, childTags, childStatus));
    }
    for (const child of node.children) {
      const childShape = shapes.get(child);
      if (childShape) shape.children.push(childShape);
    }
    if (spec) {
      for (const specChild of spec.children ?? []) {
        if (!REQUIRED_CHILD.has(specChild.occurrence) || groups.has(specChild.tag)) continue;
        const path = pathOf([...tags, specChild.tag]);
        if (!tally.missing.has(path)) tally.missing.set(path, ref(path, 'child', specChild));
      }
    }
    return shape;
  };

  const shape = visit(tree, stanza, [], 'root');
  return { technique, stanza: stanza.id, ...tally.result(), shape };
}

function unmatchedShape(node: StanzaNode): ShapeNode {
  return {
    tag: node.tag,
    status: 'unmatched',
    attrs: node.attrs.map((a) => ({ name: a.name, status: 'unmatched' })),
    children: node.children.map(unmatchedShape),
  };
}
