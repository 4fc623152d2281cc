import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  CATEGORIES,
  TECHNIQUES,
  factsOf
} from "./chunk-HNRZPKNX.js";

// src/coverage/coverage.ts
var NO_PROVENANCE = "(no provenance)";
function emptyTally() {
  return { confirmed: 0, probable: 0, speculative: 0, unknown: 0, total: 0, coverage: 0 };
}
function coverageOf(stanzas) {
  return coverageOfFacts(stanzas.flatMap(factsOf));
}
function coverageOfFacts(facts) {
  const overall = emptyTally();
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, emptyTally()]));
  const byTechnique = Object.fromEntries(TECHNIQUES.map((t) => [t, emptyTally()]));
  for (const fact of facts) {
    count(overall, fact.confidence);
    count(byCategory[fact.category] ??= emptyTally(), fact.confidence);
    const rows = fact.techniques.length > 0 ? fact.techniques : [NO_PROVENANCE];
    for (const technique of rows) count(byTechnique[technique] ??= emptyTally(), fact.confidence);
  }
  for (const tally of [overall, ...Object.values(byCategory), ...Object.values(byTechnique)]) finish(tally);
  return { overall, byCategory, byTechnique };
}
function count(tally, confidence) {
  tally[confidence] += 1;
  tally.total += 1;
}
function finish(tally) {
  tally.coverage = tally.total === 0 ? 0 : (tally.confirmed + 0.5 * tally.probable) / tally.total;
}
function percent(fraction) {
  return `${(fraction * 100).toFixed(1)}%`;
}
function points(before, after) {
  const delta = Math.round((after - before) * 1e3) / 10;
  if (delta === 0) return "±0.0";
  return `${delta > 0 ? "+" : ""}${delta.toFixed(1)}`;
}
function coverageDelta(before, after) {
  const rows = (a, b) => [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].map((key) => ({ key, before: a[key] ?? emptyTally(), after: b[key] ?? emptyTally() }));
  return {
    overall: { key: "overall", before: before.overall, after: after.overall },
    byCategory: rows(before.byCategory, after.byCategory),
    byTechnique: rows(before.byTechnique, after.byTechnique)
  };
}

export {
  coverageOf,
  coverageOfFacts,
  percent,
  points,
  coverageDelta
};
