// The coverage page: the same tables as `wacrg coverage` (coverageMarkdown over coverageOf), with a
// pie of the confidences and one text bar per category a reader takes in at a glance.
import type { CoverageReport, Tally } from '../coverage/coverage.ts';
import { percent } from '../coverage/coverage.ts';
import { coverageMarkdown } from '../coverage/render.ts';
import { CONFIDENCES, type Confidence } from '../spec/vocabulary.ts';
import { CONFIDENCE_COLOURS, sourceLink, type DocsContext } from './context.ts';
import { fenced, generatedComment, generatedFooter } from './markdown.ts';
import { pie } from './mermaid.ts';

export const BAR_WIDTH = 30;
const GLYPHS: Record<Confidence, string> = { confirmed: '█', probable: '▓', speculative: '░', unknown: '·' };

/** Split `width` cells among the counts in proportion (largest remainder; ties in vocabulary order). */
export function apportion(counts: number[], width: number): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((n) => (n * width) / total);
  const cells = exact.map(Math.floor);
  let left = width - cells.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    cells[i] = (cells[i] ?? 0) + 1;
    left -= 1;
  }
  return cells;
}

export function bar(tally: Tally, width: number = BAR_WIDTH): string {
  if (tally.total === 0) return ' '.repeat(width);
  const cells = apportion(CONFIDENCES.map((c) => tally[c]), width);
  return CONFIDENCES.map((c, i) => GLYPHS[c].repeat(cells[i] ?? 0)).join('');
}

function bars(report: CoverageReport): string[] {
  const rows: [string, Tally][] = [['overall', report.overall], ...Object.entries(report.byCategory)];
  const pad = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([key, tally]) => {
    const detail = tally.total === 0 ? 'no facts' : `${percent(tally.coverage).padStart(6)} of ${tally.total} facts`;
    return `${key.padEnd(pad)}  ${bar(tally)}  ${detail}`;
  });
  const legend = CONFIDENCES.map((c) => `${GLYPHS[c]} ${c}`).join('   ');
  return [...lines, '', legend];
}

export function glance(report: CoverageReport): string[] {
  const out = ['## At a glance', ''];
  if (report.overall.total > 0) {
    out.push(
      '```mermaid',
      ...pie(`Facts by confidence (${report.overall.total} facts)`, CONFIDENCES.map((c) => [c, report.overall[c]]), CONFIDENCE_COLOURS),
      '```',
      '',
      'Slices with no facts are left out of the pie; the tables below list every count.',
      '',
    );
  }
  out.push('One bar per category, 30 cells split by confidence:', '', ...fenced(bars(report).join('\n'), 'text'), '');
  return out;
}

export const COVERAGE_COMMAND = 'wacrg generate';

export function coveragePage(ctx: DocsContext, report: CoverageReport): string {
  const lines = coverageMarkdown(report, COVERAGE_COMMAND).replace(/\n+$/, '').split('\n');
  const title = lines[0] ?? '# Coverage';
  const rest = lines.slice(1);
  // The chart goes above the first table section, the rest is exactly what `wacrg coverage` renders.
  const split = rest.findIndex((line) => line.startsWith('## '));
  const before = split < 0 ? rest : rest.slice(0, split);
  const after = split < 0 ? [] : rest.slice(split);
  const source = 'spec/stanzas/';
  return `${[generatedComment(source), '', title, ...before, ...glance(report), ...after, '', '---', '', generatedFooter(sourceLink(ctx, source))].join('\n')}\n`;
}
