// docs/spec/index.md: every stanza, flow, enum and technique on one page, with the headline numbers.
import { coverageOfFacts, percent, type CoverageReport } from '../coverage/coverage.ts';
import { factsOf } from '../coverage/facts.ts';
import { byId, distinguishingChild, enumLink, flowLink, stanzaLink, techniqueLink, type DocsContext } from './context.ts';
import { cell, code, link, page, paragraph, table } from './markdown.ts';

export function indexPage(ctx: DocsContext, report: CoverageReport): string {
  const stanzas = byId(ctx.repo.stanzas);
  const flows = byId(ctx.repo.flows);
  const enums = byId(ctx.repo.enums);
  const techniques = byId(ctx.repo.techniques);
  const o = report.overall;
  const body: string[] = [
    'The reference part of the documentation, rendered from the YAML under `spec/`. Every fact carries a confidence (`confirmed`, `probable`, `speculative`, `unknown`) and a provenance (the techniques that saw it). Read both before relying on a fact.',
    '',
    `${stanzas.length} stanzas, ${flows.length} flows, ${enums.length} enums, ${techniques.length} techniques. ${o.total} facts: ${o.confirmed} confirmed, ${o.probable} probable, ${o.speculative} speculative, ${o.unknown} unknown; coverage ${percent(o.coverage)} (${link('details', 'coverage.md')}).`,
    '',
    '## Stanzas',
    '',
    ...table(
      ['stanza', 'id', 'root / action child', 'category', 'direction', 'status', 'facts', 'coverage'],
      stanzas.map((l) => {
        const s = l.record;
        const facts = factsOf(s);
        const first = distinguishingChild(ctx, s);
        return [
          stanzaLink(ctx, s.id, 'top', cell(s.display_name)),
          cell(code(s.id)),
          cell(code(first === undefined ? `<${s.tag}>` : `<${s.tag}><${first}>`)),
          s.category,
          s.direction.join(', '),
          s.status,
          String(facts.length),
          percent(coverageOfFacts(facts).overall.coverage),
        ];
      }),
      ['left', 'left', 'left', 'left', 'left', 'left', 'right', 'right'],
    ),
    '',
    '## Flows',
    '',
    ...table(
      ['flow', 'steps', 'status', 'summary'],
      flows.map((l) => [flowLink(ctx, l.record.id, 'top', cell(l.record.title)), String(l.record.steps.length), l.record.status, cell(l.record.summary)]),
    ),
    '',
    '## Enums',
    '',
    ...table(
      ['enum', 'id', 'values'],
      enums.map((l) => [enumLink(ctx, l.record.id, 'top', cell(l.record.title)), cell(code(l.record.id)), cell(l.record.values.map((v) => code(String(v.value))).join(', '))]),
    ),
    '',
    '## Techniques',
    '',
    ...table(
      ['technique', 'maturity', 'sees'],
      techniques.map((l) => [techniqueLink(ctx, l.record.id, 'top'), l.record.maturity, l.record.targets.join(', ')]),
    ),
    '',
    `Which technique sees which category: ${link('the technique matrix', 'techniques/index.md')}.`,
    '',
    '## Also generated',
    '',
    `- ${link('Coverage', 'coverage.md')}: the same numbers as \`wacrg coverage\`, with a chart.`,
    `- ${link('Glossary', 'glossary.md')}: the terms used across the spec.`,
    ...(ctx.repo.parts.length > 0 || ctx.repo.flavors.length > 0
      ? [`- ${link('Spec parts', 'parts.md')}: ${ctx.repo.parts.length} normative parts by category, ${link('updates by version', 'updates.md')} and a machine-readable ${link('feed', 'feed.json')}.`]
      : []),
    ...(ctx.repo.flavors.length > 0 ? [`- ${link('Flavors', 'flavors.md')}: ${ctx.repo.flavors.length} independent reimplementations and the parts they implement.`] : []),
    ...(ctx.repo.contributors.length > 0 ? [`- ${link('Contributors', 'contributors.md')}: ${ctx.repo.contributors.length} people.`] : []),
    '',
  ];
  return page('spec/', paragraph('Specification reference'), body);
}
