import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  require_module
} from "./chunks/chunk-RH3Z44SR.js";
import {
  __toESM
} from "./chunks/chunk-XLS4JZ7B.js";

// src/action/main.ts
var import_node_module = __toESM(require_module(), 1);
import_node_module.default.enableCompileCache?.();
var { run, failureMessage, setFailed } = await import("./chunks/run-SV5BINUW.js");
performance.mark("wacrg:loaded");
try {
  await run();
} catch (error) {
  setFailed(failureMessage(error));
}
