import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  require_module
} from "./action/chunk-ASWXDGZC.js";
import {
  __toESM
} from "./action/chunk-IXTYTZ7X.js";

// src/action/main.ts
var import_node_module = __toESM(require_module(), 1);
import_node_module.default.enableCompileCache?.();
var { run, failureMessage, setFailed } = await import("./action/run-Q7JMLCFJ.js");
performance.mark("wacrg:loaded");
try {
  await run();
} catch (error) {
  setFailed(failureMessage(error));
}
