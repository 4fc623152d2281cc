// The `wacrg` executable: runs the CLI on the process's arguments and sets the exit code.
import { processOutput } from './io.ts';
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2), processOutput);
