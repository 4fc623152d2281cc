import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);

// src/action/main.ts
import module from "node:module";
module.enableCompileCache?.();
var { run, failureMessage } = await import("./chunks/run-AWJB5LCY.js");
var core = await import("./chunks/core-FLL566KY.js");
try {
  await run();
} catch (error) {
  core.setFailed(failureMessage(error));
}
