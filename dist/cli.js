#!/usr/bin/env node
import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  require_module
} from "./chunks/chunk-RH3Z44SR.js";
import {
  __toESM
} from "./chunks/chunk-XLS4JZ7B.js";

// src/cli/bin.ts
var import_node_module = __toESM(require_module(), 1);
import_node_module.default.enableCompileCache?.();
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}
var { main } = await import("./chunks/main-Y3PVCTPO.js");
var { processOutput } = await import("./chunks/io-EEABLFHP.js");
process.exitCode = await main(process.argv.slice(2), processOutput);
