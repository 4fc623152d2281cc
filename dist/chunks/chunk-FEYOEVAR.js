import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  sortProblems,
  validateRepo
} from "./chunk-GQ2HSJV7.js";
import {
  baseId
} from "./chunk-RE4H4C64.js";

// src/spec/batches.ts
var CAPTURE_BATCH = 1e3;
function validateInBatches(repo, checkCapture, batchSize = CAPTURE_BATCH) {
  const problems = [];
  const warnings = [];
  batchesOf(repo.captures, batchSize).forEach((batch, i) => {
    const result = validateBatch(repo.spec, batch, repo.read, i === 0, checkCapture);
    problems.push(...result.problems);
    warnings.push(...result.warnings);
  });
  return { problems: sortProblems(problems), warnings: sortProblems(warnings) };
}
function batchesOf(captures, batchSize = CAPTURE_BATCH) {
  const batches = [];
  let start = 0;
  do {
    let end = Math.min(start + Math.max(1, batchSize), captures.length);
    while (end < captures.length && baseId(captures[end] ?? "") === baseId(captures[end - 1] ?? "")) end++;
    batches.push(captures.slice(start, end));
    start = end;
  } while (start < captures.length);
  return batches;
}
function validateBatch(spec, batch, read, first, checkCapture) {
  const files = [...batch.map((path) => ({ path, text: read(path) })), ...spec];
  const { problems, warnings } = validateRepo(files, checkCapture);
  if (first) return { problems, warnings };
  const inBatch = new Set(batch);
  return { problems: problems.filter((p) => inBatch.has(p.file)), warnings: warnings.filter((w) => inBatch.has(w.file)) };
}

export {
  CAPTURE_BATCH,
  validateInBatches,
  batchesOf,
  validateBatch
};
