// One page per technique (strengths, limitations, tooling, the categories it sees and the facts it
// backs) and an index with the technique × category matrix.
import type { CoverageReport } from '../coverage/coverage.ts';
import { percent } from '../coverage/coverage.ts';
import { factsOf } from '../coverage/facts.ts';
import type { Loaded, TechniqueRecord } from '../spec/types.ts';
import { CATEGORIES } from '../spec/vocabulary.ts';
import { byId, type DocsContext } from './context.ts';
import { cell, code, externalLink, link, page, paragraph, table } from './markdown.ts';

/** Facts of the spec whose provenance names the technique, by category. */
function factsByCategory(ctx: DocsContext, technique: string): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  for (const stanza of ctx.repo.stanzas) {
    for (const fact of factsOf(stanza.record)) {
      if (fact.techniques.some((x) => x === technique)) counts[fact.category] = (counts[fact.category] ?? 0) + 1;
    }
  }
  return counts;
}

export function techniquePage(ctx: DocsContext, loaded: Loaded<TechniqueRecord>, report: CoverageReport): string {
  const t = loaded.record;
  const tally = report.byTechnique[t.id];
  const perCategory = factsByCategory(ctx, t.id);
  const list = (items: string[]) => items.map((item) => `- ${paragraph(item)}`);
  const body: string[] = [
    paragraph(t.summary),
    '',
    ...table(
      ['property', 'value'],
      [
        ['id', code(t.id)],
        ['maturity', t.maturity],
        ['status', t.status],
        ['sees', t.targets.join(', ')],
        ['facts naming it', tally === undefined ? '0' : `${tally.total} (${tally.confirmed} confirmed, ${tally.probable} probable, ${tally.speculative} speculative, ${tally.unknown} unknown; coverage ${percent(tally.coverage)})`],
      ].map(([k, v]) => [cell(k ?? ''), cell(v ?? '')]),
    ),
    '',
    '## Categories',
    '',
    'Which layers of the protocol this technique can observe (its `targets`), and how many facts of the spec name it today, by the category of their stanza. A stanza of one category can still travel on another layer: a mute message is about media but is sent as signalling.',
    '',
    ...table(
      ['category', 'sees it', 'facts naming it'],
      CATEGORIES.map((c) => [c, t.targets.includes(c) ? 'yes' : 'no', String(perCategory[c] ?? 0)]),
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
  return page(loaded.file, `${paragraph(t.title)} (${code(t.id)})`, body);
}

export function techniquesIndex(ctx: DocsContext, report: CoverageReport): string {
  const techniques = byId(ctx.repo.techniques);
  const body: string[] = [
    'The seven techniques reveal different layers of a call. A fact reaches `confirmed` only when two different techniques saw it, so the matrix shows where corroboration is possible at all.',
    '',
    '## Which technique sees which category',
    '',
    ...table(
      ['technique', 'maturity', ...CATEGORIES, 'facts naming it'],
      techniques.map((l) => [
        link(cell(l.record.title), `${l.record.id}.md`),
        l.record.maturity,
        ...CATEGORIES.map((c) => (l.record.targets.includes(c) ? 'sees' : '—')),
        String(report.byTechnique[l.record.id]?.total ?? 0),
      ]),
    ),
    '',
    '"sees" comes from the technique\'s `targets`; the last column counts the facts of the spec whose provenance names it.',
    '',
  ];
  return page('spec/techniques/', 'Techniques', body);
}

