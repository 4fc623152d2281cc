// What every page renderer may link to: the ids that have a page, and where pages live.
import type { Loaded, Repo } from '../spec/types.ts';
import type { Confidence } from '../spec/vocabulary.ts';
import { CONFIDENCES, isPartCategory } from '../spec/vocabulary.ts';
import { cell, code, link } from './markdown.ts';

export interface DocsContext {
  repo: Repo;
  stanzas: Set<string>;
  flows: Set<string>;
  enums: Set<string>;
  techniques: Set<string>;
}

/** Page paths relative to the repository root. */
export const DOCS_DIR = 'docs/spec';
export const BADGE_PATH = 'docs/coverage-badge.json';
export const paths = {
  index: `${DOCS_DIR}/index.md`,
  stanza: (id: string) => `${DOCS_DIR}/stanzas/${id}.md`,
  flow: (id: string) => `${DOCS_DIR}/flows/${id}.md`,
  enumPage: (id: string) => `${DOCS_DIR}/enums/${id}.md`,
  technique: (id: string) => `${DOCS_DIR}/techniques/${id}.md`,
  techniques: `${DOCS_DIR}/techniques/index.md`,
  glossary: `${DOCS_DIR}/glossary.md`,
  coverage: `${DOCS_DIR}/coverage.md`,
};

/** Ids that can name a page file (flow ids have no pattern in the schema): anything else gets no page. */
export const PAGE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/** The repository with only the records that can have a page: no path is ever built from another id. */
export function pageable(repo: Repo): Repo {
  const ok = <T extends { id: string }>(list: Loaded<T>[]) => list.filter((l) => PAGE_ID.test(l.record.id));
  return {
    ...repo,
    stanzas: ok(repo.stanzas),
    flows: ok(repo.flows),
    enums: ok(repo.enums),
    techniques: ok(repo.techniques),
    contributors: ok(repo.contributors),
    flavors: ok(repo.flavors),
    // A part's page lives in its category folder: only the four folder names are ever a path.
    parts: ok(repo.parts).filter((l) => isPartCategory(l.record.category)),
  };
}

export function contextOf(repo: Repo): DocsContext {
  const ids = (list: Loaded<{ id: string }>[]) => new Set(list.map((l) => l.record.id));
  return { repo, stanzas: ids(repo.stanzas), flows: ids(repo.flows), enums: ids(repo.enums), techniques: ids(repo.techniques) };
}

/** Records in id order, whatever order the files were read in: output must not depend on it. */
export function byId<T extends { id: string }>(list: Loaded<T>[]): Loaded<T>[] {
  return [...list].sort((a, b) => compare(a.record.id, b.record.id) || compare(a.file, b.file));
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Link from a page one folder below docs/spec/ (stanzas/, flows/, enums/, techniques/) to a sibling kind. */
export function techniqueLink(ctx: DocsContext, id: string, from: 'nested' | 'top' = 'nested'): string {
  const prefix = from === 'nested' ? '../techniques/' : 'techniques/';
  return ctx.techniques.has(id) ? link(id, `${prefix}${id}.md`) : code(id);
}

export function stanzaLink(ctx: DocsContext, id: string, from: 'nested' | 'top' = 'nested', text: string = code(id)): string {
  const prefix = from === 'nested' ? '../stanzas/' : 'stanzas/';
  return ctx.stanzas.has(id) ? link(text, `${prefix}${id}.md`) : code(id);
}

export function enumLink(ctx: DocsContext, id: string, from: 'nested' | 'top' = 'nested', text: string = code(id)): string {
  const prefix = from === 'nested' ? '../enums/' : 'enums/';
  return ctx.enums.has(id) ? link(text, `${prefix}${id}.md`) : code(id);
}

export function flowLink(ctx: DocsContext, id: string, from: 'nested' | 'top' = 'nested', text: string = code(id)): string {
  const prefix = from === 'nested' ? '../flows/' : 'flows/';
  return ctx.flows.has(id) ? link(text, `${prefix}${id}.md`) : code(id);
}

/**
 * The action child that tells a stanza apart from others with the same root tag (formats.md: the
 * tag of the root's first child); undefined when no other stanza shares the root tag.
 */
export function distinguishingChild(ctx: DocsContext, stanza: { id: string; tag: string; children?: { tag: string }[] }): string | undefined {
  const shared = ctx.repo.stanzas.some((l) => l.record.id !== stanza.id && l.record.tag === stanza.tag);
  return shared ? stanza.children?.[0]?.tag : undefined;
}

/** Counts of a list of confidences in vocabulary order, e.g. `0 confirmed, 3 probable, 1 speculative, 0 unknown`. */
export function confidenceCounts(confidences: Confidence[]): Record<Confidence, number> {
  const counts = Object.fromEntries(CONFIDENCES.map((c) => [c, 0])) as Record<Confidence, number>;
  for (const c of confidences) counts[c] += 1;
  return counts;
}

export function countsText(counts: Record<Confidence, number>): string {
  return CONFIDENCES.map((c) => `${counts[c]} ${c}`).join(', ');
}

/** A confidence word as shown in tables: bold when confirmed, italic when speculative or unknown. */
export function confidenceCell(confidence: Confidence): string {
  switch (confidence) {
    case 'confirmed':
      return '**confirmed**';
    case 'probable':
      return 'probable';
    default:
      return `_${confidence}_`;
  }
}

export { cell };
