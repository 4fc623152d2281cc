// docs/spec/flavors.md and docs/spec/contributors.md: one section per flavor / contributor, its
// id as the heading (so `flavors.md#<id>` and `contributors.md#<id>` are stable anchors). Pure.
import { flavorGraph, lineageOf } from '../spec/flavors.ts';
import type { Contributor, Flavor, Loaded } from '../spec/types.ts';
import { byId, sourceLink, techniqueLink, type DocsContext } from './context.ts';
import { cell, code, externalLink, link, page, paragraph, table } from './markdown.ts';
import { byOrder, httpUrl, type PartsContext } from './parts.ts';

function partLinkTop(parts: PartsContext, id: string): string {
  const p = parts.parts.get(id);
  return p === undefined ? code(id) : link(`${code(p.code)} ${paragraph(p.title)}`, `${p.category}/${p.id}.md`);
}

const anchorLink = (ids: Set<string>, page: string, id: string) => (ids.has(id) ? link(code(id), `${page}#${id}`) : code(id));

/** docs/spec/flavors.md */
export function flavorsPage(ctx: DocsContext, parts: PartsContext, flavors: Loaded<Flavor>[], contributors: Set<string>): string {
  const list = byId(flavors);
  const graph = flavorGraph(list.map((l) => l.record));
  const ids = new Set(list.map((l) => l.record.id));
  const body: string[] = [
    'Flavors are independent reimplementations of the protocol. A fact whose provenance names two flavors that do not derive from one another (directly or through others) is backed by two independent implementations; a port and what it derives from count as one.',
    '',
  ];
  if (list.length === 0) body.push('No flavor is registered yet.', '');
  else {
    body.push(
      ...table(
        ['flavor', 'lineage and parts'],
        list.map((l) => {
          const f = l.record;
          const implemented = [...parts.parts.values()].filter((p) => (p.implementations ?? []).some((i) => i.flavor === f.id)).length;
          const about = [f.language, f.maturity].filter((x) => x !== undefined).join(', ');
          const derives = (f.derives_from ?? []).map((d) => anchorLink(ids, '', d)).join(', ');
          return [
            `${link(code(f.id), `#${f.id}`)}<br>${about === '' ? ' ' : about}`,
            `${derives === '' ? 'independent' : `derives from ${derives}`}<br>${implemented} part${implemented === 1 ? '' : 's'} implemented`,
          ];
        }),
      ),
      '',
    );
  }
  for (const l of list) {
    const f = l.record;
    const repo = httpUrl(f.url);
    const rows: [string, string][] = [];
    if (f.name !== undefined) rows.push(['name', cell(f.name)]);
    if (f.url !== undefined) rows.push(['repository', repo !== undefined ? externalLink(repo, repo) : cell(code(f.url))]);
    if (f.language !== undefined) rows.push(['language', f.language]);
    if (f.maturity !== undefined) rows.push(['maturity', f.maturity]);
    if (f.license !== undefined) rows.push(['licence', cell(code(f.license))]);
    if (f.maintainer !== undefined) rows.push(['maintainer', contributors.has(f.maintainer) ? link(code(f.maintainer), `contributors.md#${f.maintainer}`) : code(f.maintainer)]);
    if (f.status !== undefined) rows.push(['status', f.status]);
    if (f.covers !== undefined && f.covers.length > 0) rows.push(['covers', f.covers.join(', ')]);
    if (f.basis !== undefined && f.basis.length > 0) rows.push(['rebuilt from', f.basis.map((t) => techniqueLink(ctx, t, 'top')).join(', ')]);
    if (f.derives_from !== undefined && f.derives_from.length > 0) rows.push(['derives from', f.derives_from.map((d) => anchorLink(ids, '', d)).join(', ')]);
    const lineage = [...lineageOf(f.id, graph)].filter((id) => id !== f.id).sort();
    if (lineage.length > 0) rows.push(['counts as one with', lineage.map((d) => anchorLink(ids, '', d)).join(', ')]);
    rows.push(['change notifications', f.notify_opt_in === true && f.notify_repo !== undefined ? `opted in: ${code(f.notify_repo)}` : 'not opted in']);
    const implemented = byOrder([...parts.parts.values()]).flatMap((p) => (p.implementations ?? []).filter((i) => i.flavor === f.id).map((i) => ({ p, i })));
    body.push(`## ${f.id}`, '');
    if (f.description !== undefined) body.push(paragraph(f.description), '');
    body.push(...table(['property', 'value'], rows), '');
    if (implemented.length > 0) body.push(...table(['part', 'status'], implemented.map(({ p, i }) => [partLinkTop(parts, p.id), i.status])), '');
  }
  return page('spec/flavors/', 'Flavors', body, sourceLink(ctx, 'spec/flavors/'));
}

/** docs/spec/contributors.md */
export function contributorsPage(ctx: DocsContext, parts: PartsContext, contributors: Loaded<Contributor>[], flavors: Loaded<Flavor>[]): string {
  const list = byId(contributors);
  const flavorIds = new Set(flavors.map((l) => l.record.id));
  const body: string[] = ['The people who contribute to the spec. Provenance, spec parts and flavors name them by id.', ''];
  if (list.length === 0) body.push('No contributor file yet.', '');
  for (const l of list) {
    const c = l.record;
    const rows: [string, string][] = [];
    if (c.name !== undefined) rows.push(['name', cell(c.name)]);
    if (c.github !== undefined) rows.push(['GitHub', /^[A-Za-z0-9-]{1,39}$/.test(c.github) ? link(code(c.github), `https://github.com/${c.github}`) : cell(code(c.github))]);
    if (c.affiliation !== undefined) rows.push(['affiliation', cell(c.affiliation)]);
    if (c.techniques !== undefined && c.techniques.length > 0) rows.push(['techniques', c.techniques.map((t) => techniqueLink(ctx, t, 'top')).join(', ')]);
    if (c.tools !== undefined && c.tools.length > 0) rows.push(['tools', c.tools.map((t) => code(t)).join(', ')]);
    const works = [...new Set([...(c.flavors ?? []), ...flavors.filter((f) => f.record.maintainer === c.id).map((f) => f.record.id)])].sort();
    if (works.length > 0) rows.push(['flavors', works.map((f) => anchorLink(flavorIds, 'flavors.md', f)).join(', ')]);
    const credited = byOrder([...parts.parts.values()]).filter((p) => (p.contributors ?? []).some((x) => x.contributor === c.id));
    if (credited.length > 0) rows.push(['spec parts', credited.map((p) => partLinkTop(parts, p.id)).join(', ')]);
    body.push(`## ${c.id}`, '');
    body.push(...(rows.length > 0 ? table(['property', 'value'], rows) : ['No details given.']), '');
    if (c.links !== undefined && c.links.length > 0) body.push(...c.links.map((x) => `- ${externalLink(x.title, x.url)}`), '');
  }
  return page('spec/contributors/', 'Contributors', body, sourceLink(ctx, 'spec/contributors/'));
}
