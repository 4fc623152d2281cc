import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  validateBatch
} from "./chunk-H76ATMGK.js";
import {
  checkCapture
} from "./chunk-NKGEH4JV.js";
import "./chunk-EXMHEAKQ.js";
import "./chunk-K7AOHBHT.js";
import "./chunk-PEJKCWBR.js";
import "./chunk-ULJ5JGH7.js";
import {
  readRecordText
} from "./chunk-DN4OBRWF.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var task = workerData;
var read = (path) => readRecordText(task.root, path);
parentPort?.on("message", (job) => {
  if (job === null) {
    parentPort?.close();
    return;
  }
  const { problems, warnings } = validateBatch(task.spec, job.captures, read, job.first, checkCapture);
  parentPort?.postMessage({ index: job.index, problems, warnings });
});
