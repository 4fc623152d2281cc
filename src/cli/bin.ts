#!/usr/bin/env node
// The `wacrg` executable: runs the CLI on the process's arguments and sets the exit code.
// This entry stays tiny: it turns on Node's on-disk compile cache (Node ≥ 22.1; a no-op before)
// before the rest of the CLI is loaded, so repeated runs skip recompiling the bundle.
import module from 'node:module';

module.enableCompileCache?.();
// A reader that closed the pipe (`wacrg validate | head -1`) has all it wanted: end quietly with
// exit 0 for what was already written, as other Unix tools do, instead of an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
const { main } = await import('./main.ts');
const { processOutput } = await import('./io.ts');
process.exitCode = await main(process.argv.slice(2), processOutput);
