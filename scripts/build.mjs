// Bundles the action and the CLI into self-contained ESM under dist/, which a runner (and
// `node dist/cli.js`) executes as-is. Code shared by both, and each CLI command, lives in chunks
// under dist/chunks/, loaded only when needed.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

// A CommonJS dependency of @actions/http-client calls require("net"): give ESM a real require.
// (That code is only in the chunk a runner behind a proxy loads; see src/github/client.ts.)
const requireBanner =
  "import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);";

// The toolkit's packages run nothing at import time that the action needs, but they do not say so
// (no "sideEffects": false in their package.json), so esbuild would keep, and Node evaluate, every
// module they import: @actions/core's OIDC client brings @actions/http-client and npm undici (≈100 ms
// of loading), its `platform` export brings @actions/exec. Declaring them side-effect free lets the
// bundler keep only the functions the action calls. Checked by test/action/bundle.test.ts.
const SIDE_EFFECT_FREE = /^(@actions\/(core|github|http-client|exec|io)|undici|tunnel)(\/|$)/;
/** @type {import('esbuild').Plugin} */
const sideEffectFree = {
  name: 'side-effect-free-toolkit',
  setup(b) {
    b.onResolve({ filter: SIDE_EFFECT_FREE }, async (args) => {
      if (args.pluginData?.sideEffectFree) return undefined;
      const result = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { sideEffectFree: true } });
      return result.errors.length ? { errors: result.errors } : { ...result, sideEffects: false };
    });
  },
};

// Stale chunks from an earlier build must not linger in the committed dist/.
await rm('dist', { recursive: true, force: true });
await build({
  // The validate worker sits with the chunks: src/cli/validate-large.ts finds it next to its own chunk.
  entryPoints: { index: 'src/action/main.ts', cli: 'src/cli/bin.ts', 'chunks/validate-worker': 'src/cli/validate-worker.ts' },
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
  plugins: [sideEffectFree],
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow (they would run
  // at load time and fail); its ESM build bundles cleanly. Node (the tests) keeps using "main".
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
});
