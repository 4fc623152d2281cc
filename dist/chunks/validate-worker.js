import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  validateInBatches
} from "./chunk-L6W6A33T.js";
import {
  checkCapture
} from "./chunk-UC7SCFMO.js";
import "./chunk-QHZ3ADQV.js";
import "./chunk-K7AOHBHT.js";
import "./chunk-PEJKCWBR.js";
import "./chunk-WEYF3C7K.js";
import {
  readRecordText
} from "./chunk-2LZMS2QO.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var task = workerData;
var repo = { spec: task.spec, captures: task.captures, read: (path) => readRecordText(task.root, path) };
parentPort?.postMessage(validateInBatches(repo, checkCapture, task.batchSize));
