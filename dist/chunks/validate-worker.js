import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  validateInBatches
} from "./chunk-AAO2UXE4.js";
import {
  checkCapture
} from "./chunk-444BDC7T.js";
import "./chunk-M5R4U3BT.js";
import "./chunk-LPUWMPQA.js";
import "./chunk-EC4JS7IG.js";
import {
  readRecordText
} from "./chunk-424AY2CD.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var task = workerData;
var repo = { spec: task.spec, captures: task.captures, read: (path) => readRecordText(task.root, path) };
parentPort?.postMessage(validateInBatches(repo, checkCapture, task.batchSize));
