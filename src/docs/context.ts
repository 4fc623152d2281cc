// What every page renderer may link to: the ids that have a page, and where pages live.
import type { Loaded, Repo } from '../spec/types.ts';
import type { Confidence } from '../spec/vocabulary.ts';
import { CONFIDENCES, isPartCategory } from '../spec/vocabulary.ts';
import { recordKey, stanzaAnchors } from './anchors.ts';
import { cell, code, link, linkText } from './markdown.ts';

export interface DocsOptions {
  /**
   * The repository's web address (MkDocs' `repo_url`, e.g. `https://github.com/owner/repo`): each
   * generated page then links to its source YAML there. Without it the page names the file.
   */
  repoUrl?: string;
}

export interface DocsContext {
  repo: Repo;
  stanzas: Set<string>;
  flows: Set<string>;
  enums: Set<string>;
  techniques: Set<string>;
  /** Stanza id → (record key of a node or fact → its anchor on the stanza page). */
  anchors: Map<string, Map<string, string>>;
  /** Stanza ids in call order (see callOrder). */
  order: string[];
  repoUrl?: string;
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

export function contextOf(repo: Repo, options: DocsOptions = {}): DocsContext {
  const ids = (list: Loaded<{ id: string }>[]) => new Set(list.map((l) => l.record.id));
  const anchors = new Map(byId(repo.stanzas).map((l) => [l.record.id, stanzaAnchors(l.record)]));
  const repoUrl = options.repoUrl !== undefined && /^https:\/\/[^\s<>()"']+$/.test(options.repoUrl) ? options.repoUrl.replace(/\/+$/, '') : undefined;
  return {
    repo,
    stanzas: ids(repo.stanzas),
    flows: ids(repo.flows),
    enums: ids(repo.enums),
    techniques: ids(repo.techniques),
    anchors,
    order: callOrder(repo),
    ...(repoUrl !== undefined ? { repoUrl } : {}),
  };
}

/**
 * Stanza ids in the order a call uses them: the flows (in id order) merged, each stanza placed after
 * the one before it in the first flow that carries it; stanzas no flow carries follow, by id.
 * E.g. offer, ack, pre-accept, accept, …, terminate rather than accept, ack, mute, offer, ….
 */
export function callOrder(repo: Repo): string[] {
  const known = new Set(repo.stanzas.map((l) => l.record.id));
  const order: string[] = [];
  for (const flow of byId(repo.flows)) {
    let after = -1;
    for (const step of flow.record.steps) {
      const id = step.stanza;
      if (id === undefined || !known.has(id)) continue;
      const at = order.indexOf(id);
      if (at >= 0) {
        after = Math.max(after, at);
        continue;
      }
      order.splice(after + 1, 0, id);
      after += 1;
    }
  }
  for (const l of byId(repo.stanzas)) if (!order.includes(l.record.id)) order.push(l.record.id);
  return order;
}

/** Records of the stanzas in call order. */
export function inCallOrder<T extends { id: string }>(ctx: DocsContext, list: Loaded<T>[]): Loaded<T>[] {
  const rank = new Map(ctx.order.map((id, i) => [id, i]));
  return byId(list).sort((a, b) => (rank.get(a.record.id) ?? Infinity) - (rank.get(b.record.id) ?? Infinity));
}

/** The anchor of a node or fact (by its record path) on its stanza page; undefined when unknown. */
export function anchorOf(ctx: DocsContext, stanza: string, recordPath: readonly (string | number)[]): string | undefined {
  return ctx.anchors.get(stanza)?.get(recordKey(recordPath));
}

/** A link to a node or fact of a stanza page (from a page one folder below docs/spec/, or from docs/spec/). */
export function factLink(ctx: DocsContext, stanza: string, recordPath: readonly (string | number)[], text: string, from: 'nested' | 'top' | 'same' = 'nested'): string {
  const anchor = anchorOf(ctx, stanza, recordPath);
  if (!ctx.stanzas.has(stanza) || anchor === undefined) return text;
  const page = from === 'same' ? '' : from === 'nested' ? `../stanzas/${stanza}.md` : `stanzas/${stanza}.md`;
  return link(text, `${page}#${anchor}`);
}

/** Where a page's source lives on the repository (a file, or a folder when it ends with `/`), as a link when the address is known. */
export function sourceLink(ctx: DocsContext, source: string): string {
  if (ctx.repoUrl === undefined) return code(source);
  const path = source.split('/').map(encodeURIComponent).join('/');
  return link(code(source), `${ctx.repoUrl}/${source.endsWith('/') ? 'tree' : 'blob'}/HEAD/${path}`);
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
  const record = ctx.repo.techniques.find((l) => l.record.id === id)?.record;
  return ctx.techniques.has(id) ? link(record !== undefined ? linkText(record.title) : id, `${prefix}${id}.md`) : code(id);
}

export function stanzaLink(ctx: DocsContext, id: string, from: 'nested' | 'top' = 'nested', text: string = code(id)): string {
  const prefix = from === 'nested' ? '../stanzas/' : 'stanzas/';
  return ctx.stanzas.has(id) ? link(text, `${prefix}${id}.md`) : code(id);
}

export function enumLink(ctx: DocsContext, id: string, from: 'nested' | 'top' = 'nested', text: string = code(id)): string {
  const prefix = from === 'nested' ? '../enums/' : 'enums/';
  return ctx.enums.has(id) ? link(text, `${prefix}${id}.md`) : code(id);
}

export function flowLink(ctx: DocsContext, id: string, from: 'nested' | 'top' = 'nested', text: string = code(id), anchor?: string): string {
  const prefix = from === 'nested' ? '../flows/' : 'flows/';
  return ctx.flows.has(id) ? link(text, `${prefix}${id}.md${anchor === undefined ? '' : `#${anchor}`}`) : code(id);
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

/** A shape per confidence, so the badge reads without colour too (and in plain Markdown). */
export const CONFIDENCE_MARKS: Record<Confidence, string> = { confirmed: '●', probable: '◐', speculative: '○', unknown: '?' };

/** The badge and chart colour of each confidence (the stylesheet uses the same values). */
export const CONFIDENCE_COLOURS: Record<Confidence, string> = { confirmed: '#2e7d32', probable: '#1565c0', speculative: '#e65100', unknown: '#616161' };

/**
 * The confidence badge: `<span class="conf conf-probable">◐ probable</span>`, coloured by the site's
 * stylesheet, its shape and word readable without colour. `count` prefixes a number (`◐ 5 probable`).
 */
export function confidenceBadge(confidence: Confidence, count?: number): string {
  const word = count === undefined ? confidence : `${count} ${confidence}`;
  return `<span class="conf conf-${confidence}">${CONFIDENCE_MARKS[confidence]} ${word}</span>`;
}

/** Counts as badges in vocabulary order, zero counts left out (`no facts` when all are zero). */
export function countBadges(counts: Record<Confidence, number>, none: string = 'none'): string {
  const present = CONFIDENCES.filter((c) => counts[c] > 0);
  return present.length === 0 ? none : present.map((c) => confidenceBadge(c, counts[c])).join(' ');
}

/** Kept for callers outside the page design (e.g. tables in other modules): the badge. */
export function confidenceCell(confidence: Confidence): string {
  return confidenceBadge(confidence);
}

export { cell };
