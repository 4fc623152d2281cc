import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);

// src/action/main.ts
import module from "node:module";
module.enableCompileCache?.();
var { run, failureMessage, setFailed } = await import("./chunks/run-SCAIZN6S.js");
performance.mark("wacrg:loaded");
try {
  await run();
} catch (error) {
  setFailed(failureMessage(error));
}
