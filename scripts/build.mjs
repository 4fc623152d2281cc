// Bundles the action and the CLI into self-contained ESM under dist/, which a runner (and
// `node dist/cli.js`) executes as-is: dist/index.js with its chunks under dist/action/, dist/cli.js
// with its chunks (one per command, loaded only when needed) under dist/chunks/.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

// Node's built-in modules reached through require() instead of ESM imports. An ESM import of a
// built-in builds a facade that reads every export once, and some exports are lazy getters: the
// facade of node:http loads Node's internal undici for `http.WebSocket` (≈65 ms CPU measured, against
// ≈13 ms for require('node:http')), node:fs's loads fs/promises (≈7 ms against 0.05 ms). A require()
// returns the module object itself; the bundle gets `require` from the banner above. Checked by
// test/action/bundle.test.ts (no `import … from "node:…"` left in dist/). Loading a built-in has no
// effect the bundle relies on (sideEffects: false): an import nothing uses is dropped, as node:crypto
// in @actions/core's file commands, which the action does not call. A dynamic import() of a built-in
// stays as it is (it needs the ESM namespace, and only its own path pays for it).
const BUILTIN = /^(node:)?(assert|buffer|child_process|crypto|events|fs|fs\/promises|http|https|module|net|os|path|process|stream|string_decoder|timers|tls|url|util|worker_threads|zlib)$/;
/** @type {import('esbuild').Plugin} */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    b.onResolve({ filter: BUILTIN }, (args) => (args.kind === 'import-statement' ? { path: args.path.replace(/^node:/, ''), namespace: 'builtin', sideEffects: false } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`node:${args.path}`)});`, loader: 'js' }));
  },
};

// ajv's schema compiler (≈300 KB with fast-uri) is needed only for a repository schema that differs
// from the built-in ones (src/spec/schemas.ts requires it on first use). It is built into a file of
// its own, dist/ajv.cjs, that require() loads then (from a chunk one folder down, dist/action/ or
// dist/chunks/): the chunks every run loads stay without it. The precompiled validators' small
// runtime helpers (ajv/dist/runtime/*) stay in the main bundle.
const AJV_FILE = '../ajv.cjs';
/** @type {import('esbuild').Plugin} */
const ajvApart = {
  name: 'ajv-apart',
  setup(b) {
    b.onResolve({ filter: /^ajv(\/dist\/2020\.js)?$/ }, (args) => (args.kind === 'require-call' ? { path: AJV_FILE, external: true } : undefined));
  },
};

const READABLE = process.argv.includes('--readable');

// The `yaml` library (≈115 KB minified) is needed only to place a problem, to read a file the fast
// reader leaves to it, to read an issue form and to write a record (src/spec/yaml.ts requires it on
// first use): `wacrg validate` and a review of a healthy repository never call it. Built into a file of
// its own, dist/yaml.cjs, as ajv's compiler: the chunks those runs load stay without it.
const YAML_FILE = '../yaml.cjs';
/** @type {import('esbuild').Plugin} */
const yamlApart = {
  name: 'yaml-apart',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, (args) => (args.kind === 'require-call' ? { path: YAML_FILE, external: true } : undefined));
  },
};

// Stale chunks from an earlier build must not linger in the committed dist/.
await rm('dist', { recursive: true, force: true });
/** @type {import('esbuild').BuildOptions} */
const common = {
  outdir: 'dist',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: requireBanner },
  legalComments: 'none',
  logLevel: 'warning',
  // ASCII output (non-ASCII characters as \u escapes): Node decodes a pure-ASCII file into a one-byte
  // string without the UTF-8 decoder, ≈20 ms less CPU per start than the same bundle in UTF-8 (issue #14).
  charset: 'ascii',
  // Minified: every start reads, decodes and deserializes each byte it loads (the intake's run chunk
  // 1.3 MB unminified, 675 KB minified: its load ≈11 ms shorter on a 2-core machine, measured for
  // issue #14). No output of ours shows a function or class name: errors carry explicit `name`s.
  // `node scripts/build.mjs --readable` (profiling only, never committed) keeps names and layout.
  minify: !READABLE,
  plugins: [sideEffectFree, builtinsByRequire, ajvApart, yamlApart],
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow (they would run
  // at load time and fail); its ESM build bundles cleanly. Node (the tests) keeps using "main".
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};
// The action and the CLI are built apart. Built together, the code they share is split into a
// dozen small chunks, and each file an ESM start loads costs ≈0.5 ms of CPU (resolution, package
// scope, module record); built alone, a run of the action loads index.js, its run chunk and what it
// imports on demand (measured for issue #14). The shared code is in dist/ twice; it is loaded once.
await build({ ...common, entryPoints: { index: 'src/action/main.ts' }, chunkNames: 'action/[name]-[hash]' });
// The validate worker sits with the CLI's chunks: src/cli/validate-large.ts finds it next to its own chunk.
await build({ ...common, entryPoints: { cli: 'src/cli/bin.ts', 'chunks/validate-worker': 'src/cli/validate-worker.ts' }, chunkNames: 'chunks/[name]-[hash]' });

/** A library loaded on first use by require() from a chunk: a CommonJS file of its own in dist/. */
async function apart(contents, file) {
  await build({
    stdin: { contents, resolveDir: '.', sourcefile: file.replace(/\.cjs$/, '.js') },
    outfile: join('dist', file),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    charset: 'ascii',
    minify: !READABLE,
  });
}
await apart("export { Ajv } from 'ajv'; export { Ajv2020 } from 'ajv/dist/2020.js';", 'ajv.cjs');
await apart("module.exports = require('yaml');", 'yaml.cjs');

// esbuild escapes non-ASCII characters in strings and identifiers but leaves them in comments and
// regular-expression literals. One such character turns a whole file into a two-byte string for V8,
// so escape the rest too: `\uXXXX` means the same character in a regular expression (a pair of
// them for a character outside the BMP, with or without the `u` flag) and is plain text in a comment.
for (const entry of await readdir('dist', { recursive: true })) {
  if (!/\.c?js$/.test(entry)) continue;
  const path = join('dist', entry);
  const text = await readFile(path, 'utf8');
  // eslint-disable-next-line no-control-regex
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) await writeFile(path, ascii);
}
