// The coverage metric: (confirmed + 0.5 × probable) / total facts, with counts, never a bare percentage.
import type { Stanza } from '../spec/types.ts';
import { CATEGORIES, TECHNIQUES, type Confidence } from '../spec/vocabulary.ts';
import { factsOf, type Fact } from './facts.ts';

export interface Tally {
  confirmed: number;
  probable: number;
  speculative: number;
  unknown: number;
  total: number;
  /** Unrounded fraction 0..1 (0 when there are no facts). */
  coverage: number;
}

export interface CoverageReport {
  overall: Tally;
  byCategory: Record<string, Tally>;
  byTechnique: Record<string, Tally>;
}

/** Row for facts whose provenance names no technique: they still count, under their own row. */
export const NO_PROVENANCE = '(no provenance)';

export function emptyTally(): Tally {
  return { confirmed: 0, probable: 0, speculative: 0, unknown: 0, total: 0, coverage: 0 };
}

export function coverageOf(stanzas: Stanza[]): CoverageReport {
  return coverageOfFacts(stanzas.flatMap(factsOf));
}

/** Coverage of facts with the given confidences (the projection of promotions reuses this). */
export function coverageOfFacts(facts: Pick<Fact, 'category' | 'techniques' | 'confidence'>[]): CoverageReport {
  const overall = emptyTally();
  // Every category and technique gets a row, zero included: a gap is information.
  const byCategory: Record<string, Tally> = Object.fromEntries(CATEGORIES.map((c) => [c, emptyTally()]));
  const byTechnique: Record<string, Tally> = Object.fromEntries(TECHNIQUES.map((t) => [t, emptyTally()]));
  for (const fact of facts) {
    count(overall, fact.confidence);
    count((byCategory[fact.category] ??= emptyTally()), fact.confidence);
    const rows = fact.techniques.length > 0 ? fact.techniques : [NO_PROVENANCE];
    for (const technique of rows) count((byTechnique[technique] ??= emptyTally()), fact.confidence);
  }
  for (const tally of [overall, ...Object.values(byCategory), ...Object.values(byTechnique)]) finish(tally);
  return { overall, byCategory, byTechnique };
}

function count(tally: Tally, confidence: Confidence): void {
  tally[confidence] += 1;
  tally.total += 1;
}

function finish(tally: Tally): void {
  tally.coverage = tally.total === 0 ? 0 : (tally.confirmed + 0.5 * tally.probable) / tally.total;
}

/** One decimal, as every table and comment shows it. */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** Signed difference in percentage points, one decimal: `+1.7`, `-0.4`, `±0.0`. */
export function points(before: number, after: number): string {
  const delta = Math.round((after - before) * 1000) / 10;
  if (delta === 0) return '±0.0';
  return `${delta > 0 ? '+' : ''}${delta.toFixed(1)}`;
}

export interface TallyDelta {
  key: string;
  before: Tally;
  after: Tally;
}

/** Rows of two reports side by side (overall first, then categories, then techniques). */
export function coverageDelta(before: CoverageReport, after: CoverageReport): { overall: TallyDelta; byCategory: TallyDelta[]; byTechnique: TallyDelta[] } {
  const rows = (a: Record<string, Tally>, b: Record<string, Tally>) =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])].map((key) => ({ key, before: a[key] ?? emptyTally(), after: b[key] ?? emptyTally() }));
  return {
    overall: { key: 'overall', before: before.overall, after: after.overall },
    byCategory: rows(before.byCategory, after.byCategory),
    byTechnique: rows(before.byTechnique, after.byTechnique),
  };
}
