import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  validateInBatches
} from "./chunk-76GEF7N2.js";
import {
  checkCapture
} from "./chunk-6UJQ5P6F.js";
import "./chunk-2SS4CCKQ.js";
import "./chunk-LPUWMPQA.js";
import "./chunk-VXBST67S.js";
import {
  readRecordText
} from "./chunk-BWTJLFYE.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var task = workerData;
var repo = { spec: task.spec, captures: task.captures, read: (path) => readRecordText(task.root, path) };
parentPort?.postMessage(validateInBatches(repo, checkCapture, task.batchSize));
