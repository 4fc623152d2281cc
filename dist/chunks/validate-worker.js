import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  validateInBatches
} from "./chunk-GJDU5A3R.js";
import {
  checkCapture
} from "./chunk-DBCRLY5N.js";
import "./chunk-XZ7NKI6G.js";
import "./chunk-K7AOHBHT.js";
import "./chunk-PEJKCWBR.js";
import "./chunk-HICT3UQ6.js";
import {
  readRecordText
} from "./chunk-L246NMTE.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var task = workerData;
var repo = { spec: task.spec, captures: task.captures, read: (path) => readRecordText(task.root, path) };
parentPort?.postMessage(validateInBatches(repo, checkCapture, task.batchSize));
