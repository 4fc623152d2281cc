#!/usr/bin/env node
// The `wacrg` executable: runs the CLI on the process's arguments and sets the exit code.
// This entry stays tiny: it loads the rest of the CLI with a code cache (src/boot/load-bundle.ts).
import { writeSync } from 'node:fs';
import { loadBundle } from '../boot/load-bundle.ts';
import { raiseTiering } from '../boot/tiering.ts';
import { isCommandName } from './commands.ts';

/** Defined (true) by scripts/build.mjs in the bundle; undefined when run from source. */
declare const WACRG_BUNDLE: true | undefined;
// The CLI itself: in the bundle, dist/cli/main.cjs with a code cache taken after a run of the same
// command (src/boot/load-bundle.ts); from source, the modules themselves. No top-level await: the
// bundle of this entry is CommonJS (a CommonJS main starts without Node's ESM loader).
async function start(): Promise<void> {
  // One cache per command; none read or made for anything else (--help, a mistyped command), nor on
  // a GitHub-hosted runner (a new machine for every job: no later run would use one, and one found
  // there was put by something else).
  const command = process.argv[2];
  const known = isCommandName(command);
  const cache = known && process.env['RUNNER_ENVIRONMENT'] !== 'github-hosted';
  // Short runs without most of Maglev's and TurboFan's background compiles (src/boot/tiering.ts),
  // set before the bundle is compiled with its cache, after loading the larger built-ins a command
  // needs, which then keep Node's code cache (node:fs/promises brings readline: 2–6 ms more without
  // it). Those loaded later are small (node:util's parseArgs: ≈0.5 ms more), or ingest's input stream.
  // Not for a bare --help or a mistyped command: nothing there runs long enough to gain, and node:v8
  // costs ≈5 ms to load.
  if (typeof WACRG_BUNDLE !== 'undefined' && known) raiseTiering(command === 'ingest' || command === 'scan' ? ['node:fs/promises'] : []);
  const { main, processOutput } =
    typeof WACRG_BUNDLE === 'undefined'
      ? await import('./bundle.ts')
      : loadBundle<typeof import('./bundle.ts')>(new URL('./cli/main.cjs', import.meta.url), known ? command : 'other', { cache });
  process.exitCode = await main(process.argv.slice(2), processOutput);
}
// A failure to load the CLI itself (a damaged install): one line and exit 3, as any internal error.
start().catch((error: unknown) => {
  // write(2) on fd 2, as the CLI's own output (src/cli/io.ts): a closed reader is no second error.
  try {
    writeSync(2, `wacrg: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  } catch {
    // Nowhere left to say it: the exit code does.
  }
  process.exitCode = 3;
});
