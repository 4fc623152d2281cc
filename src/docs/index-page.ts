// docs/spec/index.md: every stanza (in call order), flow, enum and technique on one page, with the
// headline numbers. Each table keeps to what differs between rows, with the name and its summary first.
import { coverageOfFacts, percent, type CoverageReport } from '../coverage/coverage.ts';
import { factsOf } from '../coverage/facts.ts';
import {
  byId,
  confidenceCounts,
  countBadges,
  distinguishingChild,
  enumLink,
  flowLink,
  inCallOrder,
  sourceLink,
  stanzaLink,
  techniqueLink,
  type DocsContext,
} from './context.ts';
import { cell, code, link, page, paragraph, table } from './markdown.ts';

export function indexPage(ctx: DocsContext, report: CoverageReport): string {
  const stanzas = inCallOrder(ctx, ctx.repo.stanzas);
  const flows = byId(ctx.repo.flows);
  const enums = byId(ctx.repo.enums);
  const techniques = byId(ctx.repo.techniques);
  const o = report.overall;
  const body: string[] = [
    'The reference part of the documentation, rendered from the YAML under `spec/`. Every fact carries a confidence and a provenance (the techniques that saw it). Read both before relying on a fact.',
    '',
    `${stanzas.length} stanzas, ${flows.length} flows, ${enums.length} enums, ${techniques.length} techniques. ${o.total} facts: ${countBadges({ confirmed: o.confirmed, probable: o.probable, speculative: o.speculative, unknown: o.unknown })}; coverage ${percent(o.coverage)} (${link('details', 'coverage.md')}).`,
    '',
    '## Stanzas',
    '',
    'In the order a call uses them.',
    '',
    ...table(
      ['stanza', 'summary', 'facts'],
      stanzas.map((l) => {
        const s = l.record;
        const facts = factsOf(s);
        const first = distinguishingChild(ctx, s);
        const element = code(first === undefined ? `<${s.tag}>` : `<${s.tag}><${first}>`);
        const counts = confidenceCounts(facts.map((f) => f.confidence));
        return [
          `${stanzaLink(ctx, s.id, 'top', cell(s.display_name))}<br>${cell(element)}`,
          `${cell(s.summary)}<br><span class="prov">${s.category}, ${s.direction.join(', ')}, ${s.status}</span>`,
          `${facts.length} · ${percent(coverageOfFacts(facts).overall.coverage)}<br>${countBadges(counts)}`,
        ];
      }),
    ),
    '',
    '## Flows',
    '',
    ...table(
      ['flow', 'summary'],
      flows.map((l) => [`${flowLink(ctx, l.record.id, 'top', cell(l.record.title))}<br>${l.record.steps.length} steps`, `${cell(l.record.summary)}<br><span class="prov">${l.record.status}</span>`]),
    ),
    '',
    '## Enums',
    '',
    ...table(
      ['enum', 'values'],
      enums.map((l) => [enumLink(ctx, l.record.id, 'top', cell(l.record.title)), cell(l.record.values.map((v) => code(String(v.value))).join(' '))]),
    ),
    '',
    '## Techniques',
    '',
    ...table(
      ['technique', 'sees'],
      techniques.map((l) => [`${techniqueLink(ctx, l.record.id, 'top')}<br>${l.record.maturity}`, l.record.targets.join(', ')]),
    ),
    '',
    `Which technique sees which category, and how many facts name each: ${link('techniques', 'techniques/index.md')}.`,
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
  return page('spec/', paragraph('Specification reference'), body, sourceLink(ctx, 'spec/'));
}
