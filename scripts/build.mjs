// Bundles the action and the CLI into dist/, which a runner (and `node dist/cli.js`) executes as-is:
// - dist/index.js and dist/cli.js: small CommonJS entries that load the bundle below;
// - dist/action/run.cjs, dist/cli/main.cjs (+ dist/cli/validate-worker.cjs): the code itself, one
//   CommonJS file each, which the entries load with a V8 code cache taken after a run
//   (src/boot/load-bundle.ts: the cache holds the bytecode of every function a run calls, which
//   Node's compile cache for ESM cannot). A command's or a mode's code is evaluated only when it runs
//   (esbuild wraps what is reached through import() in a lazy initialiser);
// - dist/ajv.cjs, dist/yaml.cjs, dist/github-proxy.cjs: libraries a run needs only on some paths,
//   required from the bundles on first use (not even read otherwise).
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

// The toolkit's packages run nothing at import time that the action needs, but they do not say so
// (no "sideEffects": false in their package.json), so esbuild would keep, and Node evaluate, every
// module they import: @actions/core's OIDC client brings @actions/http-client and npm undici (≈100 ms
// of loading), its `platform` export brings @actions/exec. Declaring them side-effect free lets the
// bundler keep only the functions the action calls. Checked by test/action/bundle.test.ts.
// The packages' own modules too (their relative imports): @actions/core's index imports its summary
// module, whose top level builds a Summary and takes `fs.promises` (Node's internal/fs/promises loaded,
// ≈3 ms), kept unless that module is side-effect free as well.
const SIDE_EFFECT_FREE = /^(@actions\/(core|github|http-client|exec|io)|undici|tunnel)(\/|$)/;
const INSIDE_SIDE_EFFECT_FREE = /[\\/]node_modules[\\/](@actions[\\/](core|github|http-client|exec|io)|undici|tunnel)[\\/]/;
/** @type {import('esbuild').Plugin} */
const sideEffectFree = {
  name: 'side-effect-free-toolkit',
  setup(b) {
    const free = async (args) => {
      if (args.pluginData?.sideEffectFree) return undefined;
      const result = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { sideEffectFree: true } });
      return result.errors.length ? { errors: result.errors } : { ...result, sideEffects: false };
    };
    b.onResolve({ filter: SIDE_EFFECT_FREE }, free);
    b.onResolve({ filter: /^\.\.?\// }, (args) => (INSIDE_SIDE_EFFECT_FREE.test(args.importer) ? free(args) : undefined));
  },
};

// Node's built-in modules reached through require() instead of ESM imports. An ESM import of a
// built-in builds a facade that reads every export once, and some exports are lazy getters: the
// facade of node:http loads Node's internal undici for `http.WebSocket` (≈65 ms CPU measured, against
// ≈13 ms for require('node:http')), node:fs's loads fs/promises (≈7 ms against 0.05 ms). A require()
// returns the module object itself. Checked by test/action/bundle.test.ts (no `import … from "node:…"`
// left in dist/). A static import is left external, so the CommonJS output says `require("node:fs")`
// and reads named imports off the module object; a module of ours wrapping the require() instead
// made esbuild copy every export of each built-in into an interop object at each start (`wacrg
// validate` 1.5–9 ms shorter from the process's start to its exit, four series of 40–60 interleaved
// runs, issue #14);
// the sources import built-ins by name, not by default, for the same reason. Loading a built-in has
// no effect the bundle relies on (sideEffects: false): an import nothing uses is dropped, as
// node:crypto in @actions/core's file commands, which the action does not call. A dynamic import()
// of a built-in becomes a require() of a small wrapper module: the bundles are scripts run by
// src/boot/load-bundle.ts, where import() would need Node's experimental vm loader
// (scripts/build.mjs refuses a bundle with an import() left).
const BUILTIN = /^(node:)?(assert|buffer|child_process|crypto|events|fs|fs\/promises|http|https|module|net|os|path|process|stream|string_decoder|timers|tls|url|util|vm|worker_threads|zlib)$/;
/** @type {import('esbuild').Plugin} */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    b.onResolve({ filter: BUILTIN }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (args.kind === 'import-statement') return { path: `node:${name}`, external: true, sideEffects: false };
      if (args.kind === 'dynamic-import') return { path: name, namespace: 'builtin', sideEffects: false };
      return undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`node:${args.path}`)});`, loader: 'js' }));
  },
};

// ajv's schema compiler (≈300 KB with fast-uri) is needed only for a repository schema that differs
// from the built-in ones (src/spec/schemas.ts requires it on first use). It is built into a file of
// its own, dist/ajv.cjs, that require() loads then (from a bundle one folder down, dist/action/ or
// dist/cli/): the bundles every run loads stay without it. The precompiled validators' small
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
// its own, dist/yaml.cjs, as ajv's compiler: the bundles those runs load stay without it.
const YAML_FILE = '../yaml.cjs';
/** @type {import('esbuild').Plugin} */
const yamlApart = {
  name: 'yaml-apart',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, (args) => (args.kind === 'require-call' ? { path: YAML_FILE, external: true } : undefined));
  },
};

// The toolkit's proxy-aware fetch (@actions/github's utils: @actions/http-client and npm undici,
// ≈400 KB) serves only a runner behind a proxy (src/github/client.ts requires it on the first request
// then): a file of its own, dist/github-proxy.cjs, as ajv's compiler.
// The source reaches it with import() (the package exports it to ESM only); in the bundle, that
// import() loads a small module whose body requires the file.
const PROXY_FILE = '../github-proxy.cjs';
/** @type {import('esbuild').Plugin} */
const proxyApart = {
  name: 'proxy-apart',
  setup(b) {
    b.onResolve({ filter: /^@actions\/github\/lib\/utils$/ }, (args) => (args.kind === 'dynamic-import' ? { path: 'github-proxy', namespace: 'proxy-apart' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'proxy-apart' }, () => ({ contents: `module.exports = require(${JSON.stringify(PROXY_FILE)});`, loader: 'js' }));
    b.onResolve({ filter: /^\.\.\/github-proxy\.cjs$/ }, () => ({ path: PROXY_FILE, external: true }));
  },
};

// Stale files from an earlier build must not linger in the committed dist/.
await rm('dist', { recursive: true, force: true });
/** @type {import('esbuild').BuildOptions} */
const common = {
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // ASCII output (non-ASCII characters as \u escapes): Node decodes a pure-ASCII file into a one-byte
  // string without the UTF-8 decoder, ≈20 ms less CPU per start than the same bundle in UTF-8 (issue #14);
  // src/boot/load-bundle.ts reads the bundles as latin1 for the same reason.
  charset: 'ascii',
  // Minified: every start reads and hashes each byte it loads (the intake's code 1.3 MB unminified,
  // 675 KB minified: its load ≈11 ms shorter on a 2-core machine, measured for issue #14). No output
  // of ours shows a function or class name: errors carry explicit `name`s.
  // `node scripts/build.mjs --readable` (profiling only, never committed) keeps names and layout.
  minify: !READABLE,
  plugins: [sideEffectFree, builtinsByRequire, ajvApart, yamlApart, proxyApart],
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow (they would run
  // at load time and fail); its ESM build bundles cleanly. Node (the tests) keeps using "main".
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  // The entries take the bundle instead of importing the sources (src/action/main.ts, src/cli/bin.ts).
  define: { WACRG_BUNDLE: 'true' },
};
// Everything in dist/ is CommonJS (dist/package.json, written below): a CommonJS main starts without
// Node's ESM loader (≈20 ms less per start on a 2-core machine, measured for issue #14), and the
// code cache that src/boot/load-bundle.ts keeps is one of a script, not of an ES module.
// `import.meta.url` (used to find files next to a module) becomes the bundle's own file URL; the
// "use strict" goes first: esbuild's own directive would come after the banner, where it is none.
const cjs = {
  ...common,
  format: 'cjs',
  define: { ...common.define, 'import.meta.url': '__wacrgModuleUrl' },
  banner: { js: '"use strict";var __wacrgModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
};
// The entries (a runner runs `node dist/index.js`; `wacrg` is dist/cli.js), one small file each.
await build({ ...cjs, entryPoints: { index: 'src/action/main.ts', cli: 'src/cli/bin.ts' } });
// The code they load, one file per entry (and the validate worker, which src/cli/validate-large.ts
// finds next to the CLI's bundle).
await build({
  ...cjs,
  entryPoints: { 'action/run': 'src/action/run.ts', 'cli/main': 'src/cli/bundle.ts', 'cli/validate-worker': 'src/cli/validate-worker.ts' },
  outExtension: { '.js': '.cjs' },
});
// A script run by src/boot/load-bundle.ts has no import() (it would need Node's experimental vm
// loader, and warn): every one must have become a require() (builtinsByRequire, proxyApart).
for (const file of ['action/run.cjs', 'cli/main.cjs', 'cli/validate-worker.cjs']) {
  if (/\bimport\(/.test(await readFile(join('dist', file), 'utf8'))) throw new Error(`dist/${file} still holds an import(): make it a require() in scripts/build.mjs`);
}
await writeFile('dist/package.json', `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);

/** A library loaded on first use by require() from a bundle: a CommonJS file of its own in dist/. */
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
await apart("export { defaults } from '@actions/github/lib/utils';", 'github-proxy.cjs');

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
