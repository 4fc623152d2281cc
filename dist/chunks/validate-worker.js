import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  loadSpec,
  validateBatch
} from "./chunk-N7C3WWPA.js";
import {
  checkCapture
} from "./chunk-SG464K66.js";
import "./chunk-XU2B6WTH.js";
import "./chunk-K7AOHBHT.js";
import "./chunk-PEJKCWBR.js";
import "./chunk-R7YFD7VI.js";
import {
  readRecordText
} from "./chunk-57ACAVRW.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var task = workerData;
var read = (path) => readRecordText(task.root, path);
var spec = loadSpec(task.spec);
parentPort?.on("message", (job) => {
  if (job === null) {
    parentPort?.close();
    return;
  }
  const { problems, warnings } = validateBatch(spec, job.captures, read, job.first, checkCapture);
  parentPort?.postMessage({ index: job.index, problems, warnings });
});
