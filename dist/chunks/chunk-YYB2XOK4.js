import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  crossFileChecks,
  sortProblems
} from "./chunk-RO25RBVT.js";
import {
  loadRepo
} from "./chunk-WRXY5VL3.js";
import {
  baseId
} from "./chunk-3BJLQZK2.js";

// src/spec/batches.ts
var CAPTURE_BATCH = 1e3;
function validateInBatches(repo, checkCapture, batchSize = CAPTURE_BATCH) {
  const problems = [];
  const warnings = [];
  const spec = loadSpec(repo.spec);
  batchesOf(repo.captures, batchSize).forEach((batch, i) => {
    const result = validateBatch(spec, batch, repo.read, i === 0, checkCapture);
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
function loadSpec(files) {
  return { files, loaded: loadRepo(files) };
}
function validateBatch(spec, batch, read, first, checkCapture) {
  const own = loadRepo(
    batch.map((path) => ({ path, text: read(path) })),
    { schemaFiles: spec.files }
  );
  const repo = { ...spec.loaded.repo, captures: own.repo.captures, rejected: [...own.repo.rejected, ...spec.loaded.repo.rejected] };
  const cross = crossFileChecks(repo);
  const inBatch = new Set(batch);
  const mine = (problem) => inBatch.has(problem.file);
  const problems = [...first ? spec.loaded.problems : [], ...own.problems.filter(mine), ...first ? cross.problems : cross.problems.filter(mine)];
  if (checkCapture) for (const capture of repo.captures) problems.push(...checkCapture(capture));
  const warnings = [...first ? spec.loaded.warnings : [], ...own.warnings.filter(mine), ...first ? cross.warnings : cross.warnings.filter(mine)];
  return { problems: sortProblems(problems), warnings: sortProblems(warnings) };
}

export {
  CAPTURE_BATCH,
  validateInBatches,
  batchesOf,
  loadSpec,
  validateBatch
};
