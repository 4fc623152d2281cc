import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  validateInBatches
} from "./chunk-QB6OR2I7.js";
import {
  checkCapture
} from "./chunk-5A6ACHG3.js";
import "./chunk-MOAPJOWY.js";
import "./chunk-K7AOHBHT.js";
import "./chunk-PEJKCWBR.js";
import "./chunk-NTI4EFIR.js";
import {
  readRecordText
} from "./chunk-ENXIK62X.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var task = workerData;
var repo = { spec: task.spec, captures: task.captures, read: (path) => readRecordText(task.root, path) };
parentPort?.postMessage(validateInBatches(repo, checkCapture, task.batchSize));
