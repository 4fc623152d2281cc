// Bundles the action and the CLI into self-contained ESM under dist/, which a runner (and
// `node dist/cli.js`) executes as-is. Code shared by both, and each CLI command, lives in chunks
// under dist/chunks/, loaded only when needed.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

// A CommonJS dependency of @actions/http-client calls require("net"): give ESM a real require.
const requireBanner =
  "import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);";

// Stale chunks from an earlier build must not linger in the committed dist/.
await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/action/main.ts', cli: 'src/cli/bin.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: requireBanner },
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
});
