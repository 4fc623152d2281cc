import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  readStanza
} from "./chunk-2PBHGHH2.js";
import {
  coverageOfFacts
} from "./chunk-TINNHXRS.js";
import {
  isJidServer,
  isPlaceholder,
  isPlaceholderJid
} from "./chunk-UQKQI5BD.js";
import {
  CONFIDENCES,
  TECHNIQUES,
  factsOf
} from "./chunk-WSMQ7LAA.js";

// src/corroborate/json.ts
function corroborationJson(c, projection, implementations) {
  return {
    corroboration: {
      stanza: c.stanza ?? null,
      corroborated: c.corroborated.map((f) => f.path),
      new: c.new.map((f) => f.path),
      conflicts: c.conflicts.map(({ path, kind, message }) => ({ path, kind, message })),
      missing: c.missing.map((f) => f.path),
      promotions: projection.promotions.map(({ path, from, to, techniques }) => ({ path, from, to, techniques: [...techniques] })),
      implementations: implementations ?? null,
      notWeighed: projection.notWeighed ?? null
    },
    coverage: { before: projection.before, projected: projection.projected }
  };
}

// src/corroborate/value.ts
function isPlaceholderValue(value) {
  return isPlaceholder(value) || isPlaceholderJid(value);
}
var INT = /^-?[0-9]+$/;
var UNSIGNED = /^[0-9]+$/;
var HEX = /^[0-9A-Fa-f]+$/;
function checkValue(value, type, enums) {
  if (isPlaceholderValue(value)) return { kind: "placeholder" };
  if (type.startsWith("enum:")) {
    const id = type.slice("enum:".length);
    const record = enums.find((e) => e.id === id);
    if (!record) return { kind: "unchecked" };
    const member = record.values.find((v) => String(v.value) === value);
    if (member) return { kind: "ok", enumValue: String(member.value) };
    return { kind: "enum", message: `value is not one of the ${record.values.length} values of enum ${id}` };
  }
  switch (type) {
    case "int":
      return INT.test(value) ? { kind: "ok" } : { kind: "type", message: "expected an int (a whole number)" };
    case "timestamp":
      return UNSIGNED.test(value) ? { kind: "ok" } : { kind: "type", message: "expected a timestamp (whole seconds since the Unix epoch)" };
    case "bool":
      return value === "true" || value === "false" ? { kind: "ok" } : { kind: "type", message: "expected a bool (true or false)" };
    case "jid":
      return value.includes("@") || isJidServer(value) ? { kind: "ok" } : { kind: "type", message: "expected a jid (user@server)" };
    case "hex":
      return HEX.test(value) ? { kind: "ok" } : { kind: "type", message: "expected hex digits" };
    default:
      return { kind: "ok" };
  }
}

// src/corroborate/match.ts
function matchStanza(tree, repo) {
  const candidates = repo.stanzas.map((s) => s.record).filter((s) => s.tag === tree.tag);
  if (candidates.length === 0) return { reason: "no stanza of the spec has the root tag of this capture" };
  if (candidates.length === 1) return { stanza: candidates[0] };
  const first = tree.children[0];
  if (first === void 0) {
    return { reason: `${candidates.length} stanzas share the root tag of this capture, and it has no child element to tell them apart` };
  }
  const fitting = candidates.filter((s) => (s.children ?? []).some((c) => c.tag === first.tag)).sort((a, b) => rankFirst(a, first.tag) - rankFirst(b, first.tag) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chosen = fitting[0];
  if (chosen) return { stanza: chosen };
  return { reason: `${candidates.length} stanzas share the root tag of this capture, and none of them has its first child element among its children` };
}
function rankFirst(stanza, tag) {
  return stanza.children?.[0]?.tag === tag ? 0 : 1;
}
var AT_MOST_ONCE = /* @__PURE__ */ new Set(["1", "0..1"]);
var REQUIRED_CHILD = /* @__PURE__ */ new Set(["1", "1..n"]);
var Collector = class {
  corroborated = /* @__PURE__ */ new Map();
  new = /* @__PURE__ */ new Map();
  conflicts = /* @__PURE__ */ new Map();
  missing = /* @__PURE__ */ new Map();
  observed = /* @__PURE__ */ new Map();
  conflict(conflict) {
    const key = `${conflict.path}\0${conflict.kind}\0${conflict.message}`;
    if (!this.conflicts.has(key)) this.conflicts.set(key, conflict);
  }
  result() {
    const conflicting = new Set([...this.conflicts.values()].map((c) => c.path));
    return {
      corroborated: [...this.corroborated.values()].filter((f) => !conflicting.has(f.path)),
      new: [...this.new.values()],
      conflicts: [...this.conflicts.values()],
      missing: [...this.missing.values()],
      observed: [...this.observed.values()]
    };
  }
};
function corroborate(tree, technique, repo) {
  const match = matchStanza(tree, repo);
  if (!match.stanza) {
    return { technique, unmatched: match.reason, corroborated: [], new: [], conflicts: [], missing: [], observed: [], shape: unmatchedShape(tree) };
  }
  const stanza = match.stanza;
  const enums = repo.enums.map((e) => e.record);
  const tally = new Collector();
  const pathOf = (tags, attr) => `${stanza.id}:${tags.join("/")}${attr === void 0 ? "" : `@${attr}`}`;
  const ref = (path, kind, spec) => spec ? { path, kind, confidence: spec.confidence } : { path, kind };
  const visit = (node, spec, tags, status) => {
    const shape2 = { tag: node.tag, status, attrs: [], children: [] };
    for (const attr of node.attrs) {
      const path = pathOf(tags, attr.name);
      const specAttr = spec?.attributes?.find((a) => a.name === attr.name);
      if (!specAttr) {
        if (!tally.new.has(path)) tally.new.set(path, ref(path, "attribute"));
        shape2.attrs.push({ name: attr.name, status: "new" });
        continue;
      }
      const check = checkValue(attr.value, specAttr.type, enums);
      if (check.kind === "enum" || check.kind === "type") {
        tally.conflict({ path, kind: check.kind, message: check.message });
        shape2.attrs.push({ name: attr.name, status: "conflict" });
        continue;
      }
      if (check.kind === "ok" && check.enumValue !== void 0) {
        const key = `${path}\0${check.enumValue}`;
        if (!tally.observed.has(key)) tally.observed.set(key, { path, enum: specAttr.type.slice("enum:".length), value: check.enumValue });
      }
      if (!tally.corroborated.has(path)) tally.corroborated.set(path, ref(path, "attribute", specAttr));
      shape2.attrs.push({ name: attr.name, status: "corroborated" });
    }
    if (spec) {
      for (const specAttr of spec.attributes ?? []) {
        if (specAttr.required !== true || node.attrs.some((a) => a.name === specAttr.name)) continue;
        const path = pathOf(tags, specAttr.name);
        if (!tally.missing.has(path)) tally.missing.set(path, ref(path, "attribute", specAttr));
      }
    }
    const groups = /* @__PURE__ */ new Map();
    for (const child of node.children) {
      const group = groups.get(child.tag);
      if (group) group.push(child);
      else groups.set(child.tag, [child]);
    }
    const shapes = /* @__PURE__ */ new Map();
    for (const [tag, nodes] of groups) {
      const childTags = [...tags, tag];
      const path = pathOf(childTags);
      const specChild = spec?.children?.find((c) => c.tag === tag);
      let childStatus;
      if (!specChild) {
        if (!tally.new.has(path)) tally.new.set(path, ref(path, "child"));
        childStatus = "new";
      } else if (nodes.length > 1 && AT_MOST_ONCE.has(specChild.occurrence)) {
        tally.conflict({ path, kind: "occurrence", message: `the spec allows at most one (occurrence ${specChild.occurrence}); the capture has ${nodes.length}` });
        childStatus = "conflict";
      } else {
        if (!tally.corroborated.has(path)) tally.corroborated.set(path, ref(path, "child", specChild));
        childStatus = "corroborated";
      }
      for (const child of nodes) shapes.set(child, visit(child, specChild, childTags, childStatus));
    }
    for (const child of node.children) {
      const childShape = shapes.get(child);
      if (childShape) shape2.children.push(childShape);
    }
    if (spec) {
      for (const specChild of spec.children ?? []) {
        if (!REQUIRED_CHILD.has(specChild.occurrence) || groups.has(specChild.tag)) continue;
        const path = pathOf([...tags, specChild.tag]);
        if (!tally.missing.has(path)) tally.missing.set(path, ref(path, "child", specChild));
      }
    }
    return shape2;
  };
  const shape = visit(tree, stanza, [], "root");
  return { technique, stanza: stanza.id, ...tally.result(), shape };
}
function unmatchedShape(node) {
  return {
    tag: node.tag,
    status: "unmatched",
    attrs: node.attrs.map((a) => ({ name: a.name, status: "unmatched" })),
    children: node.children.map(unmatchedShape)
  };
}

// src/corroborate/evidence.ts
function rankOf(confidence) {
  return CONFIDENCES.length - 1 - CONFIDENCES.indexOf(confidence);
}
function orderedTechniques(techniques) {
  const set = new Set(techniques);
  return TECHNIQUES.filter((t) => set.has(t));
}
function countsAsEvidence(capture) {
  return !capture.id.startsWith("example-") && capture.status !== "deprecated";
}
function corpusEvidence(repo) {
  const evidence = /* @__PURE__ */ new Map();
  for (const { record } of repo.captures) {
    if (!countsAsEvidence(record)) continue;
    const read = readStanza(record.raw.body);
    if (!read.ok || !read.tree) continue;
    for (const fact of corroborate(read.tree, record.source.technique, repo).corroborated) {
      addEvidence(evidence, fact.path, [record.source.technique]);
    }
  }
  return evidence;
}
function addEvidence(evidence, path, techniques) {
  let set = evidence.get(path);
  if (!set) evidence.set(path, set = /* @__PURE__ */ new Set());
  for (const t of techniques) set.add(t);
}
function supportedConfidence(techniques) {
  return techniques.size >= 2 ? "confirmed" : "probable";
}
function promotionOf(fact, shownBy) {
  const shown = [...shownBy];
  if (shown.length === 0) return void 0;
  const techniques = /* @__PURE__ */ new Set([...fact.techniques, ...shown]);
  const to = supportedConfidence(techniques);
  if (rankOf(to) <= rankOf(fact.confidence)) return void 0;
  return { path: fact.path, from: fact.confidence, to, techniques: orderedTechniques(techniques) };
}
function factsByPath(repo) {
  const byPath = /* @__PURE__ */ new Map();
  for (const { record } of repo.stanzas) for (const fact of factsOf(record)) if (!byPath.has(fact.path)) byPath.set(fact.path, fact);
  return byPath;
}
function projectedCoverage(repo, promotions) {
  const facts = repo.stanzas.flatMap((s) => factsOf(s.record));
  const byPath = new Map(promotions.map((p) => [p.path, p]));
  const projectedFacts = facts.map((fact) => {
    const promotion = byPath.get(fact.path);
    return promotion ? { ...fact, confidence: promotion.to, techniques: orderedTechniques([...fact.techniques, ...promotion.techniques]) } : fact;
  });
  return { before: coverageOfFacts(facts), projected: coverageOfFacts(projectedFacts) };
}
function projectCorroboration(c, repo, evidence = corpusEvidence(repo)) {
  const facts = factsByPath(repo);
  const promotions = [];
  for (const ref of c.corroborated) {
    const fact = facts.get(ref.path);
    if (!fact) continue;
    const promotion = promotionOf(fact, [...evidence.get(ref.path) ?? [], c.technique]);
    if (promotion) promotions.push(promotion);
  }
  return { promotions, ...projectedCoverage(repo, promotions) };
}
function projectOnCapture(c, repo, notWeighed) {
  return { ...projectCorroboration(c, repo, /* @__PURE__ */ new Map()), notWeighed };
}
function corroborateCorpus(repo, evidence = corpusEvidence(repo)) {
  const promotable = [];
  const unsupported = [];
  for (const fact of factsByPath(repo).values()) {
    const shownBy = evidence.get(fact.path) ?? /* @__PURE__ */ new Set();
    const promotion = promotionOf(fact, shownBy);
    if (promotion) promotable.push(promotion);
    const known = /* @__PURE__ */ new Set([...fact.techniques, ...shownBy]);
    if (fact.confidence === "confirmed" && known.size < 2) {
      unsupported.push({ path: fact.path, claimed: fact.confidence, techniques: orderedTechniques(known) });
    }
  }
  return { promotable, unsupported };
}

export {
  corroborationJson,
  corroborate,
  projectOnCapture,
  corroborateCorpus
};
