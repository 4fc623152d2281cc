// Bundles the two entry points into self-contained ESM files that a runner executes as-is.
import { build } from 'esbuild';

// A CommonJS dependency of @actions/http-client calls require("net"): give ESM a real require.
const banner = {
  js: "import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);",
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  minify: false,
  charset: 'utf8',
};

await build({ ...common, entryPoints: ['src/action/main.ts'], outfile: 'dist/index.js' });
await build({
  ...common,
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + banner.js },
});
