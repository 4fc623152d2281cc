import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  CAPTURE_BATCH,
  batchesOf,
  validateInBatches
} from "./chunk-GJDU5A3R.js";
import {
  checkCapture,
  formatProblem
} from "./chunk-DBCRLY5N.js";
import "./chunk-XZ7NKI6G.js";
import "./chunk-K7AOHBHT.js";
import "./chunk-PEJKCWBR.js";
import "./chunk-HICT3UQ6.js";
import {
  PROGRESS_FROM_FILES,
  ROOT_OPTION,
  openSpecRoot,
  paint,
  parse,
  progress
} from "./chunk-7AN6OG2S.js";
import "./chunk-L246NMTE.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/validate-large.ts
import { Worker } from "node:worker_threads";
var YOUNG_GENERATION_MB = 24;
var OLD_GENERATION_MB = 128;
var WORKER = new URL(import.meta.url.endsWith(".ts") ? "./validate-worker.ts" : "./validate-worker.js", import.meta.url);
async function validateRoot(root, repo, batchSize = CAPTURE_BATCH) {
  if (batchesOf(repo.captures, batchSize).length < 2) return validateInBatches(repo, checkCapture, batchSize);
  const task = { root, spec: repo.spec, captures: repo.captures, batchSize };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB } });
    let result;
    worker.once("message", (message) => result = message);
    worker.once("error", reject);
    worker.once("exit", (code) => result && code === 0 ? resolve(result) : reject(new Error(`the validate worker stopped (exit code ${code})`)));
  });
}

// src/cli/validate.ts
var usage = "wacrg validate [--root DIR] [--json]";
async function validateCommand(args, io) {
  const { values } = parse(args, { ...ROOT_OPTION, json: { type: "boolean", default: false } });
  const { root, repo } = await openSpecRoot(values.root, io);
  const fileCount = repo.spec.length + repo.captures.length;
  const shown = progress(io, values.json);
  if (fileCount >= PROGRESS_FROM_FILES) shown.update(`wacrg validate: checking ${fileCount.toLocaleString("en-US")} files…`);
  const { problems, warnings } = await validateRoot(root, repo);
  shown.done();
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const color = io.color?.out;
  const located = (line) => {
    const at = line.indexOf(" ");
    return at < 0 ? line : `${paint(color, "bold", line.slice(0, at))}${line.slice(at)}`;
  };
  if (values.json) {
    io.out(JSON.stringify({ valid: problems.length === 0, problems, warnings }, null, 2));
  } else {
    for (const problem of problems) io.out(located(formatProblem(problem)));
    for (const warning of warnings) io.out(`${paint(color, "yellow", "warning:")} ${located(formatProblem(warning))}`);
    const warned = warnings.length > 0 ? `, ${plural(warnings.length, "warning")}` : "";
    if (problems.length === 0) {
      io.out(`${paint(color, "green", "valid:")} ${fileCount} files checked, no problems${warned}`);
    } else {
      io.out(`${paint(color, "red", `${plural(problems.length, "problem")} in ${new Set(problems.map((p) => p.file)).size} file(s)`)}${warned}`);
    }
  }
  return problems.length === 0 ? 0 : 1;
}
export {
  usage,
  validateCommand
};
