#!/usr/bin/env node
import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);

// src/cli/bin.ts
import module from "node:module";
module.enableCompileCache?.();
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}
var { main } = await import("./chunks/main-3BMPROH3.js");
var { processOutput } = await import("./chunks/io-J37CWZIH.js");
process.exitCode = await main(process.argv.slice(2), processOutput);
