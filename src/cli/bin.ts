#!/usr/bin/env node
// The `wacrg` executable: runs the CLI on the process's arguments and sets the exit code.
// This entry stays tiny: it turns on Node's on-disk compile cache (Node ≥ 22.1; a no-op before)
// before the rest of the CLI is loaded, so repeated runs skip recompiling the bundle.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('./main.ts');
const { processOutput } = await import('./io.ts');
process.exitCode = await main(process.argv.slice(2), processOutput);
