#!/usr/bin/env node
import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);

// src/cli/bin.ts
import module from "node:module";
module.enableCompileCache?.();
var { main } = await import("./chunks/main-LDQ47BYD.js");
var { processOutput } = await import("./chunks/io-F2JUU7XJ.js");
process.exitCode = await main(process.argv.slice(2), processOutput);
