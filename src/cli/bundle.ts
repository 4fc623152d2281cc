// What the CLI's entry (bin.ts) takes from the rest of the CLI: bundled as dist/cli/main.cjs.
export { main } from './main.ts';
export { processOutput } from './io.ts';
