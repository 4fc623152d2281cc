// One page per technique (strengths, limitations, tooling, the categories it sees and every fact it
// backs, each linking to the fact's row) and an index: which technique sees which category.
import type { CoverageReport } from '../coverage/coverage.ts';
import { percent } from '../coverage/coverage.ts';
import { factsOf, type Fact } from '../coverage/facts.ts';
import type { Loaded, Stanza, TechniqueRecord } from '../spec/types.ts';
import { CATEGORIES } from '../spec/vocabulary.ts';
import { byId, confidenceBadge, countBadges, factLink, inCallOrder, sourceLink, stanzaLink, type DocsContext } from './context.ts';
import { cell, code, externalLink, link, page, paragraph, table } from './markdown.ts';

/** Facts of the spec whose provenance names the technique, stanza by stanza in call order. */
function factsNaming(ctx: DocsContext, technique: string): { stanza: Stanza; facts: Fact[] }[] {
  return inCallOrder(ctx, ctx.repo.stanzas)
    .map((l) => ({ stanza: l.record, facts: factsOf(l.record).filter((f) => f.techniques.some((x) => x === technique)) }))
    .filter((g) => g.facts.length > 0);
}

function factTable(ctx: DocsContext, groups: { stanza: Stanza; facts: Fact[] }[]): string[] {
  const out: string[] = [];
  for (const { stanza, facts } of groups) {
    out.push(`### ${stanzaLink(ctx, stanza.id, 'nested', paragraph(stanza.display_name))}`, '');
    out.push(
      ...table(
        ['fact', 'kind'],
        facts.map((f) => {
          const where = code(f.path.slice(f.path.indexOf(':') + 1));
          const kind = f.kind === 'attribute' ? `attribute, ${cell(code(f.type ?? ''))}` : `child, occurs ${code(f.occurrence ?? '')}`;
          return [`<span class="fact">${factLink(ctx, stanza.id, f.recordPath, where)}</span><br>${confidenceBadge(f.confidence)}`, kind];
        }),
      ),
      '',
    );
  }
  return out;
}

export function techniquePage(ctx: DocsContext, loaded: Loaded<TechniqueRecord>, report: CoverageReport): string {
  const t = loaded.record;
  const tally = report.byTechnique[t.id];
  const groups = factsNaming(ctx, t.id);
  const perCategory = new Map<string, number>();
  for (const g of groups) for (const f of g.facts) perCategory.set(f.category, (perCategory.get(f.category) ?? 0) + 1);
  const list = (items: string[]) => items.map((item) => `- ${paragraph(item)}`);
  const counts = tally === undefined ? undefined : { confirmed: tally.confirmed, probable: tally.probable, speculative: tally.speculative, unknown: tally.unknown };
  const body: string[] = [
    paragraph(t.summary),
    '',
    ...table(
      ['property', 'value'],
      [
        ['id', code(t.id)],
        ['maturity', `${t.maturity} (status ${t.status})`],
        ['sees', t.targets.join(', ')],
        ['facts naming it', tally === undefined || tally.total === 0 ? '0' : `${tally.total}: ${countBadges(counts ?? { confirmed: 0, probable: 0, speculative: 0, unknown: 0 })}; coverage ${percent(tally.coverage)}`],
      ].map(([k, v]) => [cell(k ?? ''), v ?? ' ']), // values: code spans, vocabulary words and badges
    ),
    '',
    '## Categories',
    '',
    'Which layers of the protocol this technique can observe (its `targets`), and how many facts of the spec name it today, by the category of their stanza. A stanza of one category can still travel on another layer: a mute message is about media but is sent as signalling.',
    '',
    ...table(
      ['category', 'sees it', 'facts naming it'],
      CATEGORIES.map((c) => [c, t.targets.includes(c) ? 'yes' : 'no', String(perCategory.get(c) ?? 0)]),
      ['left', 'left', 'right'],
    ),
    '',
    '## Strengths',
    '',
    ...list(t.strengths),
    '',
    '## Limitations',
    '',
    ...list(t.limitations),
    '',
    '## Tooling',
    '',
    ...list(t.tooling),
    '',
  ];
  if (t.maintainers !== undefined && t.maintainers.length > 0) body.push('## Maintainers', '', ...t.maintainers.map((m) => `- ${code(m)}`), '');
  if (t.guide !== undefined) body.push('## Guide', '', `In the repository: ${code(t.guide)}.`, '');
  if (t.references !== undefined && t.references.length > 0) {
    body.push('## References', '', ...t.references.map((r) => `- ${typeof r === 'string' ? externalLink(r, /^https?:\/\//.test(r) ? r : undefined) : externalLink(r.title, r.url)}`), '');
  }
  body.push('## Facts naming it', '');
  if (groups.length === 0) body.push('No fact of the spec names this technique yet: a capture made with it is the way to change that.', '');
  else body.push('Every fact whose provenance names this technique, by stanza in call order; each links to its row on the stanza page.', '', ...factTable(ctx, groups));
  return page(loaded.file, `${paragraph(t.title)} (${code(t.id)})`, body, sourceLink(ctx, loaded.file));
}

export function techniquesIndex(ctx: DocsContext, report: CoverageReport): string {
  const techniques = byId(ctx.repo.techniques);
  const body: string[] = [
    `The ${techniques.length} techniques reveal different layers of a call. A fact reaches \`confirmed\` only when two different techniques saw it, so this table shows where corroboration is possible at all.`,
    '',
    '## Which technique sees which category',
    '',
    ...table(
      ['technique', 'sees', 'facts naming it'],
      techniques.map((l) => [
        `${link(cell(l.record.title), `${l.record.id}.md`)}<br>${l.record.maturity}`,
        CATEGORIES.filter((c) => l.record.targets.includes(c)).join(', ') || 'none',
        String(report.byTechnique[l.record.id]?.total ?? 0),
      ]),
      ['left', 'left', 'right'],
    ),
    '',
    '"sees" comes from the technique\'s `targets`; the last column counts the facts of the spec whose provenance names it, each listed on the technique\'s page.',
    '',
  ];
  return page('spec/techniques/', 'Techniques', body, sourceLink(ctx, 'spec/techniques/'));
}
