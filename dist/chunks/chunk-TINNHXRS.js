import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  CATEGORIES,
  TECHNIQUES,
  factsOf
} from "./chunk-WSMQ7LAA.js";

// src/spec/flavors.ts
function flavorGraph(flavors) {
  return new Map(flavors.map((f) => [f.id, f.derives_from ?? []]));
}
function lineageOf(id, graph) {
  const seen = /* @__PURE__ */ new Set([id]);
  const stack = [id];
  while (stack.length > 0) {
    for (const next of graph.get(stack.pop() ?? "") ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}
function areIndependent(a, b, graph) {
  if (a === b) return false;
  const left = lineageOf(a, graph);
  for (const id of lineageOf(b, graph)) if (left.has(id)) return false;
  return true;
}
function independentGroups(ids, graph) {
  const distinct = [...new Set(ids)];
  const lineages = distinct.map((id) => lineageOf(id, graph));
  const group = distinct.map((_, i) => i);
  const find = (i) => {
    while (group[i] !== i) i = group[i] ?? i;
    return i;
  };
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      const [a, b] = [lineages[i] ?? /* @__PURE__ */ new Set(), lineages[j] ?? /* @__PURE__ */ new Set()];
      if ([...a].some((id) => b.has(id))) group[find(j)] = find(i);
    }
  }
  const out = /* @__PURE__ */ new Map();
  distinct.forEach((id, i) => {
    const root = find(i);
    const members = out.get(root) ?? [];
    members.push(id);
    out.set(root, members);
  });
  return [...out.values()];
}
function hasIndependentPair(ids, graph) {
  const distinct = [...new Set(ids)];
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) if (areIndependent(distinct[i] ?? "", distinct[j] ?? "", graph)) return true;
  }
  return false;
}

// src/coverage/coverage.ts
var NO_TECHNIQUE = "(no technique)";
function emptyTally() {
  return { confirmed: 0, probable: 0, speculative: 0, unknown: 0, total: 0, coverage: 0 };
}
function coverageOf(stanzas, flavors = []) {
  return coverageOfFacts(stanzas.flatMap(factsOf), flavorGraph(flavors));
}
function coverageOfFacts(facts, graph = /* @__PURE__ */ new Map()) {
  const overall = emptyTally();
  const categories = /* @__PURE__ */ new Map();
  const byTechnique = Object.fromEntries(TECHNIQUES.map((t) => [t, emptyTally()]));
  const flavorCorroboration = { citing: 0, independent: 0 };
  for (const fact of facts) {
    count(overall, fact.confidence);
    const category = categories.get(fact.category) ?? emptyTally();
    categories.set(fact.category, category);
    count(category, fact.confidence);
    if (fact.kind !== "child") {
      const rows = fact.techniques.length > 0 ? fact.techniques : [NO_TECHNIQUE];
      for (const technique of rows) count(byTechnique[technique] ??= emptyTally(), fact.confidence);
    }
    const cited = fact.provenance?.flavors ?? [];
    if (cited.length > 0) flavorCorroboration.citing += 1;
    if (hasIndependentPair(cited, graph)) flavorCorroboration.independent += 1;
  }
  const known = CATEGORIES.filter((c) => categories.has(c));
  const others = [...categories.keys()].filter((c) => !CATEGORIES.includes(c)).sort();
  const byCategory = Object.fromEntries([...known, ...others].map((c) => [c, categories.get(c) ?? emptyTally()]));
  for (const tally of [overall, ...Object.values(byCategory), ...Object.values(byTechnique)]) finish(tally);
  return { overall, byCategory, byTechnique, flavorCorroboration };
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
  if (delta === 0) return "\xB10.0";
  return `${delta > 0 ? "+" : ""}${delta.toFixed(1)}`;
}

export {
  flavorGraph,
  lineageOf,
  independentGroups,
  coverageOf,
  coverageOfFacts,
  percent,
  points
};
