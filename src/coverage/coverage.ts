// The coverage metric: (confirmed + 0.5 × probable) / total facts, with counts, never a bare percentage.
import { flavorGraph, hasIndependentPair, type FlavorGraph } from '../spec/flavors.ts';
import type { Flavor, Stanza } from '../spec/types.ts';
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

/**
 * The separate, non-scoring flavor section (formats-head.md): facts (attributes and children) whose
 * provenance cites at least one flavor, and facts backed by two or more independent flavors
 * (src/spec/flavors.ts: a flavor and everything it derives from count as one).
 */
export interface FlavorCorroboration {
  citing: number;
  independent: number;
}

export interface CoverageReport {
  overall: Tally;
  /** Only the stanza categories that have facts, in vocabulary order. */
  byCategory: Record<string, Tally>;
  /** Attributes only (children carry no technique row), every technique of the fixed set, zero included. */
  byTechnique: Record<string, Tally>;
  flavorCorroboration: FlavorCorroboration;
}

/** Row for attributes whose provenance names no technique: they still count, under their own row. */
export const NO_TECHNIQUE = '(no technique)';
/** The earlier name of NO_TECHNIQUE. */
export const NO_PROVENANCE = NO_TECHNIQUE;

export function emptyTally(): Tally {
  return { confirmed: 0, probable: 0, speculative: 0, unknown: 0, total: 0, coverage: 0 };
}

/**
 * The coverage of every stanza, counted as the group counts it (formats-head.md): facts are every
 * attribute and child at any depth; by category only categories with facts; by technique
 * attributes only. `flavors` (their derives_from) decide which cited flavors are independent.
 */
export function coverageOf(stanzas: Stanza[], flavors: readonly Pick<Flavor, 'id' | 'derives_from'>[] = []): CoverageReport {
  return coverageOfFacts(stanzas.flatMap(factsOf), flavorGraph(flavors));
}

/** Coverage of facts with the given confidences (the projection of promotions reuses this). */
export function coverageOfFacts(facts: (Pick<Fact, 'category' | 'techniques' | 'confidence'> & Partial<Pick<Fact, 'kind' | 'provenance'>>)[], graph: FlavorGraph = new Map()): CoverageReport {
  const overall = emptyTally();
  const categories = new Map<string, Tally>();
  // Every technique gets a row, zero included: a gap is information.
  const byTechnique: Record<string, Tally> = Object.fromEntries(TECHNIQUES.map((t) => [t, emptyTally()]));
  const flavorCorroboration: FlavorCorroboration = { citing: 0, independent: 0 };
  for (const fact of facts) {
    count(overall, fact.confidence);
    const category = categories.get(fact.category) ?? emptyTally();
    categories.set(fact.category, category);
    count(category, fact.confidence);
    // A fact of unknown kind counts as an attribute (the projection's facts always carry their kind).
    if (fact.kind !== 'child') {
      const rows = fact.techniques.length > 0 ? fact.techniques : [NO_TECHNIQUE];
      for (const technique of rows) count((byTechnique[technique] ??= emptyTally()), fact.confidence);
    }
    const cited = fact.provenance?.flavors ?? [];
    if (cited.length > 0) flavorCorroboration.citing += 1;
    if (hasIndependentPair(cited, graph)) flavorCorroboration.independent += 1;
  }
  const known = CATEGORIES.filter((c) => categories.has(c));
  const others = [...categories.keys()].filter((c) => !(CATEGORIES as readonly string[]).includes(c)).sort();
  const byCategory: Record<string, Tally> = Object.fromEntries([...known, ...others].map((c) => [c, categories.get(c) ?? emptyTally()]));
  for (const tally of [overall, ...Object.values(byCategory), ...Object.values(byTechnique)]) finish(tally);
  return { overall, byCategory, byTechnique, flavorCorroboration };
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
