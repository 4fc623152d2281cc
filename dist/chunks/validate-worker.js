import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  validateInBatches
} from "./chunk-H3JPQ4ZA.js";
import {
  checkCapture
} from "./chunk-ETGQY5W2.js";
import "./chunk-YEXHBJN6.js";
import "./chunk-K7AOHBHT.js";
import "./chunk-PEJKCWBR.js";
import "./chunk-WTFDPWVI.js";
import {
  readRecordText
} from "./chunk-BWTJLFYE.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var task = workerData;
var repo = { spec: task.spec, captures: task.captures, read: (path) => readRecordText(task.root, path) };
parentPort?.postMessage(validateInBatches(repo, checkCapture, task.batchSize));
