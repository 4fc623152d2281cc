#!/usr/bin/env node
import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);

// src/cli/bin.ts
import module from "node:module";
module.enableCompileCache?.();
var { main } = await import("./chunks/main-ARBI6FXB.js");
var { processOutput } = await import("./chunks/io-5QTCYYSZ.js");
process.exitCode = await main(process.argv.slice(2), processOutput);
