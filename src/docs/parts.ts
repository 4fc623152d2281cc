// Spec parts (formats-head.md): a page per part at docs/spec/<category>/<id>.md, the index of parts
// by category and `order` (children nested under `parent`), docs/spec/updates.md (parts by `since`)
// and docs/spec/feed.json (parts and which flavors implement them). Pure.
import type { Flavor, Loaded, SpecPart } from '../spec/types.ts';
import { PART_CATEGORIES, type PartCategory } from '../spec/vocabulary.ts';
import { compare, DOCS_DIR } from './context.ts';
import { cell, code, externalLink, inline, link, linkText, page, paragraph, table } from './markdown.ts';

export const partPaths = {
  part: (category: string, id: string) => `${DOCS_DIR}/${category}/${id}.md`,
  index: `${DOCS_DIR}/parts.md`,
  updates: `${DOCS_DIR}/updates.md`,
  feed: `${DOCS_DIR}/feed.json`,
  flavors: `${DOCS_DIR}/flavors.md`,
  contributors: `${DOCS_DIR}/contributors.md`,
};

export const CATEGORY_TITLES: Record<PartCategory, string> = {
  signalling: 'Signalling',
  encodings: 'Encodings',
  crypto: 'Crypto',
  relay: 'Relay',
};

/** What the part renderers need besides the part itself. */
export interface PartsContext {
  /** Every pageable part by id. */
  parts: Map<string, SpecPart>;
  flavors: Map<string, Flavor>;
  contributors: Set<string>;
  /** The footer's source: a link to the file on the repository when its address is known (context.ts sourceLink). */
  source?: (file: string) => string;
}

export function partsContext(parts: Loaded<SpecPart>[], flavors: Loaded<Flavor>[], contributors: Loaded<{ id: string }>[]): PartsContext {
  return {
    parts: new Map(parts.map((l) => [l.record.id, l.record])),
    flavors: new Map(flavors.map((l) => [l.record.id, l.record])),
    contributors: new Set(contributors.map((l) => l.record.id)),
  };
}

/** Parts in reading order: by `order` (parts without one last), then id. */
export function byOrder(parts: SpecPart[]): SpecPart[] {
  return [...parts].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || compare(a.id, b.id));
}

/** Link from a part page (docs/spec/<category>/) to another part. */
function partLink(ctx: PartsContext, id: string, fromNested: boolean): string {
  const part = ctx.parts.get(id);
  if (!part) return code(id);
  return link(`${code(part.code)} ${linkText(part.title)}`, `${fromNested ? '../' : ''}${part.category}/${id}.md`);
}

function flavorLink(ctx: PartsContext, id: string, fromNested: boolean): string {
  return ctx.flavors.has(id) ? link(code(id), `${fromNested ? '../' : ''}flavors.md#${id}`) : code(id);
}

function contributorLink(ctx: PartsContext, id: string, fromNested: boolean): string {
  return ctx.contributors.has(id) ? link(code(id), `${fromNested ? '../' : ''}contributors.md#${id}`) : code(id);
}

/** A plain http(s) URL without a trailing slash, or undefined. */
export function httpUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s<>()]+$/.test(url) ? url.replace(/\/+$/, '') : undefined;
}

/** Commit ids and paths become links only when they are plain (they end up in URLs). */
const PLAIN_COMMIT = /^[0-9a-fA-F]{7,64}$/;
const PLAIN_PATH = /^[A-Za-z0-9._/-]{1,300}$/;

/**
 * Multi-line Markdown as authored (normative text, findings): kept line by line, fenced and
 * indented code blocks verbatim, raw HTML neutralised elsewhere (as `inline` does for one line).
 */
export function markdownBlock(text: string): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  let previousBlank = true;
  let inIndented = false;
  for (const line of text.replace(/\r\n|\r/g, '\n').replace(/\n+$/, '').split('\n')) {
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      out.push(line);
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined;
      continue;
    }
    if (opener !== undefined) {
      fence = opener;
      out.push(line);
      continue;
    }
    const blank = line.trim() === '';
    inIndented = /^( {4}|\t)/.test(line) && (previousBlank || inIndented) && !blank ? true : blank ? inIndented : false;
    out.push(inIndented && !blank ? line : inline(line));
    previousBlank = blank;
  }
  // An unclosed fence would swallow the rest of the page.
  if (fence !== undefined) out.push(fence);
  return out;
}

/** The page of one part. */
export function partPage(ctx: PartsContext, loaded: Loaded<SpecPart>): string {
  const p = loaded.record;
  const children = byOrder([...ctx.parts.values()].filter((c) => c.parent === p.id && c.id !== p.id));
  const properties: [string, string][] = [
    ['id', code(p.id)],
    ['code', code(p.code)],
    ['category', CATEGORY_TITLES[p.category] ?? p.category],
  ];
  if (p.status !== undefined) properties.push(['status', p.status]);
  if (p.since !== undefined) properties.push(['since', code(p.since)]);
  if (p.features !== undefined && p.features.length > 0) properties.push(['features', p.features.join(', ')]);
  if (p.parent !== undefined) properties.push(['parent', partLink(ctx, p.parent, true)]);
  if (p.requires !== undefined && p.requires.length > 0) properties.push(['requires', p.requires.map((id) => partLink(ctx, id, true)).join(', ')]);
  if (children.length > 0) properties.push(['sub-parts', children.map((c) => partLink(ctx, c.id, true)).join(', ')]);
  const body: string[] = [
    `Annotation: ${code(`wacrg:${p.code}`)} (implementations mark the code that realises this part with it).`,
    '',
    paragraph(p.summary),
    '',
    ...table(['property', 'value'], properties.map(([k, v]) => [k, v])),
    '',
  ];
  if (p.normative !== undefined && p.normative.trim() !== '') body.push('## Normative text', '', ...markdownBlock(p.normative), '');
  if (p.findings !== undefined && p.findings.trim() !== '') body.push('## Findings', '', ...markdownBlock(p.findings), '');
  if (p.open_questions !== undefined && p.open_questions.length > 0) body.push('## Open questions', '', ...p.open_questions.map((q) => `- ${paragraph(q)}`), '');
  body.push('## Implementations', '');
  if (p.implementations === undefined || p.implementations.length === 0) body.push('No flavor lists this part yet.', '');
  else {
    body.push(
      ...table(
        // Two columns (the flavor and its status, then where and why), so the note stays on screen on a phone.
        ['flavor', 'source and note'],
        p.implementations.map((impl) => {
          const repo = httpUrl(ctx.flavors.get(impl.flavor)?.url);
          const path = impl.path === undefined ? undefined : repo !== undefined && PLAIN_PATH.test(impl.path) ? link(code(impl.path), `${repo}/blob/HEAD/${impl.path}`) : cell(code(impl.path));
          const commits = (impl.commits ?? []).map((sha) => (repo !== undefined && PLAIN_COMMIT.test(sha) ? link(code(sha.slice(0, 7)), `${repo}/commit/${sha}`) : cell(code(sha))));
          const where = [path, commits.length > 0 ? `commits ${commits.join(' ')}` : undefined].filter((x) => x !== undefined).join(' · ');
          const detail = [impl.note !== undefined ? cell(impl.note) : undefined, where !== '' ? `<span class="prov">${where}</span>` : undefined].filter((x) => x !== undefined);
          return [`${flavorLink(ctx, impl.flavor, true)}<br>${impl.status}`, detail.length > 0 ? detail.join('<br>') : ' '];
        }),
      ),
      '',
    );
  }
  if (p.contributors !== undefined && p.contributors.length > 0) {
    body.push('## Contributors', '', ...p.contributors.map((c) => `- ${contributorLink(ctx, c.contributor, true)}${c.note !== undefined ? `: ${paragraph(c.note)}` : ''}`), '');
  }
  if (p.changelog !== undefined && p.changelog.length > 0) {
    body.push('## Changelog', '', ...table(['date', 'version', 'change'], p.changelog.map((c) => [c.date, c.version === undefined ? ' ' : cell(code(c.version)), cell(c.note)])), '');
  }
  if (p.references !== undefined && p.references.length > 0) body.push('## References', '', ...p.references.map((r) => `- ${externalLink(r.title, r.url)}`), '');
  return page(loaded.file, `${code(p.code)} ${paragraph(p.title)}`, body, ctx.source?.(loaded.file));
}

/**
 * Parts of one category as a tree: roots in reading order, each followed by its children (nested
 * by `parent`). A part whose parent is missing, elsewhere or in a cycle is shown as a root.
 */
export function partTree(parts: SpecPart[]): { part: SpecPart; depth: number }[] {
  const ids = new Set(parts.map((p) => p.id));
  const reachesRoot = (p: SpecPart): boolean => {
    const seen = new Set<string>();
    let current: SpecPart | undefined = p;
    while (current?.parent !== undefined && ids.has(current.parent)) {
      if (seen.has(current.id)) return false;
      seen.add(current.id);
      current = parts.find((x) => x.id === current?.parent);
    }
    return true;
  };
  const isRoot = (p: SpecPart) => p.parent === undefined || !ids.has(p.parent) || p.parent === p.id || !reachesRoot(p);
  const out: { part: SpecPart; depth: number }[] = [];
  const placed = new Set<string>();
  const visit = (p: SpecPart, depth: number) => {
    if (placed.has(p.id)) return;
    placed.add(p.id);
    out.push({ part: p, depth });
    for (const child of byOrder(parts.filter((c) => c.parent === p.id && !isRoot(c)))) visit(child, depth + 1);
  };
  for (const root of byOrder(parts.filter(isRoot))) visit(root, 0);
  return out;
}

/** docs/spec/parts.md: every part by category (in folder order) and `order`, children nested. */
export function partsIndex(ctx: PartsContext): string {
  const all = [...ctx.parts.values()];
  const body: string[] = [
    `The spec parts: normative sections, each with an annotation code that implementations cite as ${code('wacrg:<code>')}. ${all.length} parts. ${link('Updates by version', 'updates.md')}; machine-readable: ${link('feed.json', 'feed.json')}.`,
    '',
  ];
  for (const category of PART_CATEGORIES) {
    const parts = all.filter((p) => p.category === category);
    if (parts.length === 0) continue;
    body.push(`## ${CATEGORY_TITLES[category]}`, '');
    for (const { part, depth } of partTree(parts)) body.push(`${'    '.repeat(depth)}- ${partLink(ctx, part.id, false)}: ${paragraph(part.summary)}`);
    body.push('');
  }
  if (all.length === 0) body.push('No spec parts yet.', '');
  return page('spec/{signalling,encodings,crypto,relay}/', 'Spec parts', body, ctx.source?.('spec/'));
}

/** Versions newest first: numeric segments compared as numbers, anything else as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    const d = !Number.isNaN(nx) && !Number.isNaN(ny) ? ny - nx : compare(y, x);
    if (d !== 0) return d;
  }
  return 0;
}

/** docs/spec/updates.md: parts grouped by `since`, newest version first; parts without one last. */
export function updatesPage(ctx: PartsContext): string {
  const all = [...ctx.parts.values()];
  const versions = [...new Set(all.flatMap((p) => (p.since === undefined ? [] : [p.since])))].sort(compareVersions);
  const body: string[] = ['Spec parts by the version in which they appeared or last changed in substance (`since`), newest first.', ''];
  const section = (title: string, parts: SpecPart[]) => {
    if (parts.length === 0) return;
    body.push(`## ${title}`, '');
    for (const p of [...parts].sort((a, b) => compare(a.category, b.category) || compare(a.code, b.code) || compare(a.id, b.id))) {
      const latest = p.changelog?.[0];
      body.push(`- ${partLink(ctx, p.id, false)}${latest !== undefined ? `: ${latest.date}, ${paragraph(latest.note)}` : ''}`);
    }
    body.push('');
  };
  for (const version of versions) section(`Since ${inline(code(version))}`, all.filter((p) => p.since === version));
  section('No version given', all.filter((p) => p.since === undefined));
  if (all.length === 0) body.push('No spec parts yet.', '');
  return page('spec/{signalling,encodings,crypto,relay}/', 'Spec updates', body, ctx.source?.('spec/'));
}

/**
 * docs/spec/feed.json: every part (id, code, category, title, status, since, its page, and the
 * flavors that implement it with their status), and every flavor with the parts it implements.
 * Deterministic (no timestamps): the file changes only when the spec does.
 */
export function feedJson(ctx: PartsContext): string {
  const parts = [...ctx.parts.values()].sort((a, b) => compare(a.category, b.category) || (a.order ?? Infinity) - (b.order ?? Infinity) || compare(a.id, b.id));
  const feed = {
    version: 1,
    parts: parts.map((p) => ({
      id: p.id,
      code: p.code,
      category: p.category,
      title: p.title,
      status: p.status ?? null,
      since: p.since ?? null,
      page: `${p.category}/${p.id}.md`,
      implementations: (p.implementations ?? []).map((i) => ({ flavor: i.flavor, status: i.status })),
    })),
    flavors: [...ctx.flavors.values()]
      .sort((a, b) => compare(a.id, b.id))
      .map((f) => ({
        id: f.id,
        name: f.name ?? null,
        url: f.url ?? null,
        implements: parts.flatMap((p) => (p.implementations ?? []).filter((i) => i.flavor === f.id).map((i) => ({ part: p.id, code: p.code, status: i.status }))),
      })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

