import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  sortProblems,
  validateRepo
} from "./chunk-444BDC7T.js";
import {
  baseId
} from "./chunk-424AY2CD.js";

// src/spec/batches.ts
var CAPTURE_BATCH = 5e3;
function validateInBatches(repo, checkCapture, batchSize = CAPTURE_BATCH) {
  const problems = [];
  batchesOf(repo.captures, batchSize).forEach((batch, i) => problems.push(...validateBatch(repo.spec, batch, repo.read, i === 0, checkCapture)));
  return sortProblems(problems);
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
  const problems = validateRepo(files, checkCapture).problems;
  if (first) return problems;
  const inBatch = new Set(batch);
  return problems.filter((problem) => inBatch.has(problem.file));
}

export {
  CAPTURE_BATCH,
  validateInBatches,
  batchesOf
};
