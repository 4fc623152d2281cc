import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  loadSpec,
  validateBatch
} from "./chunk-YYB2XOK4.js";
import {
  checkCapture
} from "./chunk-RO25RBVT.js";
import "./chunk-2PBHGHH2.js";
import "./chunk-UQKQI5BD.js";
import "./chunk-WSMQ7LAA.js";
import "./chunk-WRXY5VL3.js";
import "./chunk-RH3Z44SR.js";
import {
  readRecordText
} from "./chunk-3BJLQZK2.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-XLS4JZ7B.js";

// builtin:worker_threads
var require_worker_threads = __commonJS({
  "builtin:worker_threads"(exports, module) {
    module.exports = __require("node:worker_threads");
  }
});

// src/cli/validate-worker.ts
var import_node_worker_threads = __toESM(require_worker_threads(), 1);
var task = import_node_worker_threads.workerData;
var read = (path) => readRecordText(task.root, path);
var spec = loadSpec(task.spec);
import_node_worker_threads.parentPort?.on("message", (job) => {
  if (job === null) {
    import_node_worker_threads.parentPort?.close();
    return;
  }
  const { problems, warnings } = validateBatch(spec, job.captures, read, job.first, checkCapture);
  import_node_worker_threads.parentPort?.postMessage({ index: job.index, problems, warnings });
});
