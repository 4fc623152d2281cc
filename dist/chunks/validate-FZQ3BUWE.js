import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  checkCapture,
  formatProblem,
  sortProblems,
  validateRepo
} from "./chunk-444BDC7T.js";
import "./chunk-M5R4U3BT.js";
import "./chunk-LPUWMPQA.js";
import "./chunk-EC4JS7IG.js";
import {
  openSpecRoot,
  parse
} from "./chunk-7XUACAKM.js";
import {
  baseId
} from "./chunk-424AY2CD.js";
import "./chunk-XLS4JZ7B.js";

// src/spec/batches.ts
var CAPTURE_BATCH = 5e3;
function validateInBatches(repo, checkCapture2, batchSize = CAPTURE_BATCH) {
  const problems = [];
  batchesOf(repo.captures, batchSize).forEach((batch, i) => problems.push(...validateBatch(repo.spec, batch, repo.read, i === 0, checkCapture2)));
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
function validateBatch(spec, batch, read, first, checkCapture2) {
  const files = [...batch.map((path) => ({ path, text: read(path) })), ...spec];
  const problems = validateRepo(files, checkCapture2).problems;
  if (first) return problems;
  const inBatch = new Set(batch);
  return problems.filter((problem) => inBatch.has(problem.file));
}

// src/cli/validate.ts
var usage = "wacrg validate [--root DIR] [--json]";
async function validateCommand(args, io) {
  const { values } = parse(args, { root: { type: "string", default: "." }, json: { type: "boolean", default: false } });
  const { repo } = await openSpecRoot(values.root);
  const problems = validateInBatches(repo, checkCapture);
  const fileCount = repo.spec.length + repo.captures.length;
  if (values.json) {
    io.out(JSON.stringify({ valid: problems.length === 0, problems }, null, 2));
  } else if (problems.length === 0) {
    io.out(`valid: ${fileCount} files checked, no problems`);
  } else {
    for (const problem of problems) io.out(formatProblem(problem));
    io.out(`${problems.length} problem${problems.length === 1 ? "" : "s"} in ${new Set(problems.map((p) => p.file)).size} file(s)`);
  }
  return problems.length === 0 ? 0 : 1;
}
export {
  usage,
  validateCommand
};
