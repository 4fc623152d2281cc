import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  require_worker_threads,
  validateInBatches
} from "./chunk-KW5VMR56.js";
import {
  checkCapture
} from "./chunk-H24GUM3J.js";
import "./chunk-IYT55B2X.js";
import "./chunk-UQKQI5BD.js";
import "./chunk-PEJKCWBR.js";
import "./chunk-27PYC3YF.js";
import "./chunk-RH3Z44SR.js";
import {
  readRecordText
} from "./chunk-JR7DSXEY.js";
import "./chunk-GQYKUKJN.js";
import {
  __toESM
} from "./chunk-XLS4JZ7B.js";

// src/cli/validate-worker.ts
var import_node_worker_threads = __toESM(require_worker_threads(), 1);
var task = import_node_worker_threads.workerData;
var repo = { spec: task.spec, captures: task.captures, read: (path) => readRecordText(task.root, path) };
import_node_worker_threads.parentPort?.postMessage(validateInBatches(repo, checkCapture, task.batchSize));
