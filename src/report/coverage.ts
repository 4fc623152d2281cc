// Coverage of the base and head trees side by side (overall, by category, by technique).
import { coverageDelta, percent, points, type CoverageReport, type Tally, type TallyDelta } from '../coverage/coverage.ts';
import { codeSpan } from './escape.ts';

function row(label: string, d: { before: Tally; after: Tally }): string {
  const facts = d.before.total === d.after.total ? `${d.after.total}` : `${d.before.total} → ${d.after.total}`;
  return `| ${label} | ${facts} | ${d.after.confirmed} | ${d.after.probable} | ${percent(d.before.coverage)} | ${percent(d.after.coverage)} | ${points(d.before.coverage, d.after.coverage)} |`;
}

const HEADER = '| | facts | confirmed | probable | base | head | Δ points |\n|---|---:|---:|---:|---:|---:|---:|';

function table(rows: TallyDelta[]): string {
  return [HEADER, ...rows.map((d) => row(codeSpan(d.key), d))].join('\n');
}

/** `+1.7` style difference of the overall coverage. */
export function overallDelta(base: CoverageReport, head: CoverageReport): string {
  return points(base.overall.coverage, head.overall.coverage);
}

export function coverageDeltaMarkdown(base: CoverageReport, head: CoverageReport): string {
  const delta = coverageDelta(base, head);
  const changed = (rows: TallyDelta[]) => rows.filter((d) => d.before.coverage !== d.after.coverage || d.before.total !== d.after.total).length;
  return [
    `**Coverage** ${percent(head.overall.coverage)} (${overallDelta(base, head)} points against the base)`,
    '',
    [HEADER, row('**overall**', delta.overall)].join('\n'),
    '',
    `<details><summary>By category (${changed(delta.byCategory)} changed)</summary>`,
    '',
    table(delta.byCategory),
    '',
    '</details>',
    '',
    `<details><summary>By technique (${changed(delta.byTechnique)} changed)</summary>`,
    '',
    table(delta.byTechnique),
    '',
    '</details>',
    '',
    flavorDelta(base, head),
  ].join('\n');
}

/** The flavor figures (not part of the score), base → head. */
export function flavorDelta(base: CoverageReport, head: CoverageReport): string {
  const move = (a: number, b: number) => (a === b ? `${b}` : `${a} → ${b}`);
  const [b, h] = [base.flavorCorroboration, head.flavorCorroboration];
  return `**Flavor corroboration** (not part of the score): ${move(b.citing, h.citing)} fact${h.citing === 1 ? '' : 's'} citing a flavor, ${move(b.independent, h.independent)} backed by two or more independent flavors.`;
}
