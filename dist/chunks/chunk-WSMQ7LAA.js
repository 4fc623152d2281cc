import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);

// src/coverage/facts.ts
function factsOf(stanza) {
  const facts = [];
  const visit = (owner, tags, recordPath, tag) => {
    (owner.attributes ?? []).forEach((attribute, i) => {
      facts.push({
        stanza: stanza.id,
        category: stanza.category,
        kind: "attribute",
        recordPath: [...recordPath, "attributes", i],
        path: `${stanza.id}:${tags.join("/")}@${attribute.name}`,
        tag,
        name: attribute.name,
        type: attribute.type,
        required: attribute.required,
        confidence: attribute.confidence,
        techniques: distinct(attribute.provenance?.techniques ?? []),
        ...attribute.provenance ? { provenance: attribute.provenance } : {}
      });
    });
    (owner.children ?? []).forEach((child, i) => {
      const childPath = [...recordPath, "children", i];
      const childTags = [...tags, child.tag];
      facts.push({
        stanza: stanza.id,
        category: stanza.category,
        kind: "child",
        recordPath: childPath,
        path: `${stanza.id}:${childTags.join("/")}`,
        tag: child.tag,
        occurrence: child.occurrence,
        confidence: child.confidence,
        techniques: distinct(child.provenance?.techniques ?? []),
        ...child.provenance ? { provenance: child.provenance } : {}
      });
      visit(child, childTags, childPath, child.tag);
    });
  };
  visit(stanza, [], [], stanza.tag);
  return facts;
}
function distinct(values) {
  return [...new Set(values)];
}

// src/spec/vocabulary.ts
var TECHNIQUES = [
  "websocket-capture",
  "baileys-instrumentation",
  "frida-hooking",
  "mitm-tls",
  "static-smali-analysis",
  "memory-dump",
  "wasm-analysis"
];
var CONFIDENCES = ["confirmed", "probable", "speculative", "unknown"];
var CATEGORIES = ["signaling", "keying", "media", "transport"];
var DIRECTIONS = ["outgoing", "incoming", "bidirectional"];
function isTechnique(value) {
  return TECHNIQUES.includes(value);
}
function isConfidence(value) {
  return CONFIDENCES.includes(value);
}
function isDirection(value) {
  return DIRECTIONS.includes(value);
}
var PART_CATEGORIES = ["signalling", "encodings", "crypto", "relay"];
var FLAVOR_LANGUAGES = ["go", "rust", "typescript", "javascript", "python", "c", "cpp", "java", "kotlin", "swift", "other"];
var FLAVOR_MATURITIES = ["experimental", "partial", "working", "production"];
function isPartCategory(value) {
  return PART_CATEGORIES.includes(value);
}

export {
  factsOf,
  TECHNIQUES,
  CONFIDENCES,
  CATEGORIES,
  DIRECTIONS,
  isTechnique,
  isConfidence,
  isDirection,
  PART_CATEGORIES,
  FLAVOR_LANGUAGES,
  FLAVOR_MATURITIES,
  isPartCategory
};
