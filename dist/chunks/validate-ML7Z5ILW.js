import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  CAPTURE_BATCH,
  batchesOf,
  validateInBatches
} from "./chunk-YYB2XOK4.js";
import {
  checkCapture,
  formatProblem,
  sortProblems
} from "./chunk-RO25RBVT.js";
import "./chunk-2PBHGHH2.js";
import "./chunk-UQKQI5BD.js";
import "./chunk-WSMQ7LAA.js";
import "./chunk-WRXY5VL3.js";
import "./chunk-RH3Z44SR.js";
import {
  PROGRESS_FROM_FILES,
  ROOT_OPTION,
  openSpecRoot,
  paint,
  parse,
  progress
} from "./chunk-SV74TGZA.js";
import "./chunk-3BJLQZK2.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-XLS4JZ7B.js";

// builtin:os
var require_os = __commonJS({
  "builtin:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

// src/cli/validate-large.ts
var import_node_os = __toESM(require_os(), 1);
var YOUNG_GENERATION_MB = 24;
var OLD_GENERATION_MB = 128;
var MAX_WORKERS = 2;
var IN_THREAD_BATCHES = 5;
var WORKER = new URL(import.meta.url.endsWith(".ts") ? "./validate-worker.ts" : "./validate-worker.js", import.meta.url);
async function validateRoot(root, repo, options = {}) {
  const batchSize = options.batchSize ?? CAPTURE_BATCH;
  const batches = batchesOf(repo.captures, batchSize);
  const wanted = options.workers ?? (batches.length <= IN_THREAD_BATCHES ? 0 : Math.min((0, import_node_os.availableParallelism)(), MAX_WORKERS));
  if (wanted < 1 || batches.length < 2) return validateInBatches(repo, checkCapture, batchSize);
  const { Worker } = await import("node:worker_threads");
  const count = Math.min(wanted, batches.length);
  const results = [];
  let next = 0;
  const task = { root, spec: repo.spec };
  const workers = [];
  try {
    await Promise.all(
      Array.from({ length: count }, () => {
        const worker = new Worker(WORKER, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB } });
        workers.push(worker);
        return new Promise((resolve, reject) => {
          const feed = () => {
            const index = next++;
            const captures = batches[index];
            worker.postMessage(captures === void 0 ? null : { index, captures, first: index === 0 });
          };
          let finished = false;
          worker.on("message", (done) => {
            results[done.index] = { problems: done.problems, warnings: done.warnings };
            if (next < batches.length) feed();
            else {
              finished = true;
              worker.postMessage(null);
            }
          });
          worker.once("error", reject);
          worker.once("exit", (code) => finished && code === 0 ? resolve() : reject(new Error(`the validate worker stopped (exit code ${code})`)));
          feed();
        });
      })
    );
  } finally {
    for (const worker of workers) void worker.terminate();
  }
  return { problems: sortProblems(results.flatMap((r) => r.problems)), warnings: sortProblems(results.flatMap((r) => r.warnings)) };
}

// src/cli/validate.ts
var usage = "wacrg validate [--root DIR] [--json]";
async function validateCommand(args, io) {
  const { values } = parse(args, { ...ROOT_OPTION, json: { type: "boolean", default: false } });
  const { root, repo } = await openSpecRoot(values.root, io);
  const fileCount = repo.spec.length + repo.captures.length;
  const shown = progress(io, values.json);
  if (fileCount >= PROGRESS_FROM_FILES) shown.update(`wacrg validate: checking ${fileCount.toLocaleString("en-US")} files\u2026`);
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
