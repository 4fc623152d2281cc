// What a start of the committed action bundle loads (issue #14 item 1): only the code the run uses. npm
// undici (≈100 ms to load), @actions/http-client and @actions/exec stay out of every module that
// dist/index.js evaluates, unless a proxy is configured (then the toolkit's proxy-aware fetch is
// loaded on the first request; see test/e2e/retry.test.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import module from 'node:module';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const INDEX = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

// A preload that records every module file the process loads (module.registerHooks: Node ≥ 22.15),
// and every script file read with fs.readFileSync: how src/boot/load-bundle.ts reads the bundles it runs.
const RECORDER = `data:text/javascript,${encodeURIComponent(
  "import m from 'node:module';import fs from 'node:fs';import{pathToFileURL}from'node:url';const add=(u)=>fs.appendFileSync(process.env.LOADED_LIST,u+'\\n');" +
    "m.registerHooks({load(u,c,n){if(u.startsWith('file:'))add(u);return n(u,c);}});" +
    "const read=fs.readFileSync;fs.readFileSync=function(p,...r){if(typeof p==='string'&&/\\.c?js$/.test(p))add(pathToFileURL(p).href);return read.call(this,p,...r);};",
)}`;

// A string literal of each package the action must not load (see node_modules/<package>/lib): npm
// undici's error codes, @actions/http-client's error name, @actions/exec's argument check, tunnel's
// proxy message. The last test below checks that each marker is in its package and survives minifying.
const UNUSED_PACKAGE_MARKERS = [
  ['undici', 'UND_ERR_'],
  ['@actions/http-client', 'HttpClientError'],
  ['@actions/exec', 'cannot be null or empty.'],
  ['tunnel', 'tunneling socket could not be established'],
] as const;

test('dist/index.js evaluates no module of npm undici, @actions/http-client or @actions/exec, nor the ajv compiler', (t) => {
  if (typeof module.registerHooks !== 'function') {
    t.skip('module.registerHooks needs Node ≥ 22.15');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'wacrg-bundle-'));
  try {
    const list = join(dir, 'loaded.txt');
    // Outside a runner the action loads its code, then stops at the missing `token` input.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_)/.test(k)));
    const run = spawnSync(process.execPath, ['--import', RECORDER, INDEX], { env: { ...env, LOADED_LIST: list }, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /::error::.*token/);
    const files = readFileSync(list, 'utf8').trim().split('\n').map((u) => fileURLToPath(u));
    assert.ok(files.some((f) => /[\\/]action[\\/]run\.cjs$/.test(f)), 'the action bundle was read');
    // ajv's compiler is in a file of its own, loaded only for a repository schema that differs from the built-in ones.
    assert.ok(!files.some((f) => f.endsWith('ajv.cjs')), 'ajv.cjs is not loaded');
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // The bundle is minified (no `// node_modules/<package>/…` comments): each package is known by
      // string literals that minifying keeps, its error codes and messages.
      for (const [pkg, marker] of UNUSED_PACKAGE_MARKERS) assert.ok(!text.includes(marker), `${file} bundles ${pkg}, which the run does not use`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("dist/ is CommonJS throughout: no ESM import (whose facade of a built-in loads every lazy export), no import()", () => {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  assert.deepEqual(JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8')), { type: 'commonjs' });
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.c?js$/.test(f));
  assert.ok(files.length >= 8, files.join(', '));
  for (const file of files) {
    const text = readFileSync(join(dist, file), 'utf8');
    assert.doesNotMatch(text, /\bimport\s*[\w{*][^;]*?\bfrom\s*["']/, `${file} has an ESM import`);
    assert.doesNotMatch(text, /\bimport\(/, `${file} has an import()`);
  }
});

test('each package marker is a string of that package, and survives minifying (dist/github-proxy.cjs, read only behind a proxy, holds those it bundles)', () => {
  const nodeModules = fileURLToPath(new URL('../../node_modules/', import.meta.url));
  const proxy = readFileSync(fileURLToPath(new URL('../../dist/github-proxy.cjs', import.meta.url)), 'utf8');
  for (const [pkg, marker] of UNUSED_PACKAGE_MARKERS) {
    const files = readdirSync(join(nodeModules, pkg), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(c|m)?js$/.test(f) && !f.includes('node_modules'));
    assert.ok(files.some((f) => readFileSync(join(nodeModules, pkg, f), 'utf8').includes(marker)), `${marker} is not in ${pkg}`);
    // @actions/exec is bundled nowhere; the others are, in the file only a run behind a proxy loads.
    if (pkg !== '@actions/exec') assert.ok(proxy.includes(marker), `${marker} (${pkg}) is not in dist/github-proxy.cjs: the proxy path should bundle it`);
  }
});

test('`wacrg validate` of a healthy repository loads neither the `yaml` library (dist/yaml.cjs) nor the ajv compiler; a malformed file loads yaml.cjs and is placed', (t) => {
  if (typeof module.registerHooks !== 'function') {
    t.skip('module.registerHooks needs Node ≥ 22.15');
    return;
  }
  const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
  const repo = fileURLToPath(new URL('../../', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'wacrg-bundle-'));
  try {
    const loaded = (root: string) => {
      const list = join(dir, `loaded-${Math.random()}.txt`);
      const run = spawnSync(process.execPath, ['--import', RECORDER, CLI, 'validate', '--root', root], { env: { ...process.env, LOADED_LIST: list }, encoding: 'utf8' });
      return { run, files: readFileSync(list, 'utf8').trim().split('\n').map((u) => fileURLToPath(u)) };
    };
    const healthy = loaded(repo);
    assert.equal(healthy.run.status, 0, healthy.run.stdout + healthy.run.stderr);
    assert.deepEqual(healthy.files.filter((f) => /[\\/]dist[\\/](yaml|ajv)\.cjs$/.test(f)), []);

    const broken = join(dir, 'broken');
    cpSync(join(repo, 'spec'), join(broken, 'spec'), { recursive: true });
    cpSync(join(repo, 'corpus'), join(broken, 'corpus'), { recursive: true });
    writeFileSync(join(broken, 'spec/enums/media-types.yaml'), 'id: media-types\ntitle: [unclosed\n');
    const malformed = loaded(broken);
    assert.equal(malformed.run.status, 1);
    assert.match(malformed.run.stdout + malformed.run.stderr, /spec\/enums\/media-types\.yaml:\d+:\d+ .*malformed YAML/);
    assert.ok(malformed.files.some((f) => /[\\/]dist[\\/]yaml\.cjs$/.test(f)), 'the careful reader comes from dist/yaml.cjs');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Runs dist/index.js outside a runner (it loads its code, then stops at the missing `token` input)
 * with a fresh compile-cache folder and `extra` in its environment; returns the file names the run
 * left in that folder.
 */
function cacheFilesOfARun(extra: NodeJS.ProcessEnv): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'wacrg-cache-'));
  try {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_|NODE_COMPILE_CACHE)/.test(k)));
    const run = spawnSync(process.execPath, [INDEX], { env: { ...env, NODE_COMPILE_CACHE: dir, ...extra }, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /::error::.*token/);
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.replace(/^.*[\\/]/, ''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('dist/index.js ends with its exit code (it exits on its own once everything is written) and leaves the code cache of its bundle written', () => {
  // src/boot/load-bundle.ts writes it at exit: process.exit() still runs the 'exit' listeners.
  const cached = cacheFilesOfARun({});
  assert.ok(cached.some((f) => /^wacrg-run\.cjs-[0-9a-f]{8}-none\.v8cache$/.test(f)), `cache files written: ${cached.join(', ')}`);
});

test('on a GitHub-hosted runner (a new machine for every job) dist/index.js makes no code cache', () => {
  assert.deepEqual(cacheFilesOfARun({ RUNNER_ENVIRONMENT: 'github-hosted' }).filter((f) => f.endsWith('.v8cache')), []);
});

/**
 * Writes into `cacheRoot` (a NODE_COMPILE_CACHE) the cache file the action's bundle would look for on
 * an event-less run, holding the bundle's real bytes but V8's data for other code of the same length,
 * which prints FORGED and exits 7. V8 ties its data to a source by length only, so the loader's
 * checks pass. Made in a child with the same Node and the same V8 flags as the runs below
 * (src/boot/tiering.ts: dist/index.js sets them before it compiles its bundle).
 */
function forgeActionCache(cacheRoot: string): void {
  const run = fileURLToPath(new URL('../../dist/action/run.cjs', import.meta.url));
  const loader = new URL('../../src/boot/load-bundle.ts', import.meta.url).href;
  const tiering = new URL('../../src/boot/tiering.ts', import.meta.url).href;
  const script = `import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'; import { Script } from 'node:vm';
import { cacheFileName } from ${JSON.stringify(loader)};
import { raiseTiering } from ${JSON.stringify(tiering)};
raiseTiering();
const run = ${JSON.stringify(run)}; const bytes = readFileSync(run);
const evil = 'process.stdout.write("FORGED"); process.exit(7);';
const source = evil + '/*' + ' '.repeat(bytes.length - evil.length - 4) + '*/';
const data = new Script('(function (exports, require, module, __filename, __dirname) { ' + source + '\\n});', { filename: run }).createCachedData();
const header = Buffer.alloc(8); header.writeUInt32LE(bytes.length, 0); header.writeUInt32LE(data.length, 4);
const dir = ${JSON.stringify(cacheRoot)} + '/wacrg-' + process.arch + '-' + process.versions.v8 + '-' + process.getuid();
mkdirSync(dir, { recursive: true, mode: 0o700 });
writeFileSync(dir + '/' + cacheFileName(run, 'none'), Buffer.concat([header, bytes, data, data]), { mode: 0o600 });`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
}

test('on a GitHub-hosted runner no code cache is read: one put in the cache folder by anything but an earlier run (a checkout, a restored cache) never runs', (t) => {
  if (process.platform === 'win32' || typeof process.getuid !== 'function') {
    t.skip('POSIX owners');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'wacrg-forged-'));
  try {
    forgeActionCache(dir);
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_|NODE_COMPILE_CACHE|NODE_DISABLE)/.test(k)));
    // The fixture is one V8 accepts: on a self-hosted runner (or a developer's machine) the folder is
    // trusted by where it is and who owns it, so the forged code runs there (docs/using-the-action.md).
    const selfHosted = spawnSync(process.execPath, [INDEX], { env: { ...env, NODE_COMPILE_CACHE: dir }, encoding: 'utf8' });
    assert.equal(selfHosted.stdout, 'FORGED', 'the forged cache was not accepted: the fixture no longer tests anything');
    assert.equal(selfHosted.status, 7);
    const hosted = spawnSync(process.execPath, [INDEX], { env: { ...env, NODE_COMPILE_CACHE: dir, RUNNER_ENVIRONMENT: 'github-hosted' }, encoding: 'utf8' });
    assert.doesNotMatch(hosted.stdout, /FORGED/);
    assert.equal(hosted.status, 1, hosted.stderr);
    assert.match(hosted.stdout, /::error::.*token/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dist/cli.js makes a code cache per command, none for --help or a mistyped command', () => {
  const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
  const repo = fileURLToPath(new URL('../../', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'wacrg-cache-'));
  try {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(RUNNER_|NODE_COMPILE_CACHE|NODE_DISABLE)/.test(k)));
    for (const args of [['--help'], ['valdiate'], ['validate', '--root', repo]]) spawnSync(process.execPath, [CLI, ...args], { env: { ...env, NODE_COMPILE_CACHE: dir }, encoding: 'utf8' });
    const cached = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.v8cache')).map((f) => f.replace(/^.*[\\/]/, '').replace(/-[0-9a-f]{8}-/, '-*-'));
    assert.deepEqual(cached, ['wacrg-main.cjs-*-validate.v8cache']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged install (a bundle missing): one line, no stack trace; exit 3 for the CLI, an ::error:: and exit 1 for the action', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wacrg-broken-'));
  try {
    cpSync(fileURLToPath(new URL('../../dist/', import.meta.url)), join(dir, 'dist'), { recursive: true });
    rmSync(join(dir, 'dist', 'cli', 'main.cjs'));
    rmSync(join(dir, 'dist', 'action', 'run.cjs'));
    const cli = spawnSync(process.execPath, [join(dir, 'dist', 'cli.js'), 'validate'], { encoding: 'utf8' });
    assert.equal(cli.status, 3);
    assert.match(cli.stderr, /^wacrg: internal error: ENOENT[^\n]*main\.cjs[^\n]*\n$/);
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_)/.test(k)));
    const action = spawnSync(process.execPath, [join(dir, 'dist', 'index.js')], { env, encoding: 'utf8' });
    assert.equal(action.status, 1);
    assert.match(action.stdout, /^::error::wacrg could not start: ENOENT[^\n]*run\.cjs[^\n]*\n$/);
    assert.doesNotMatch(action.stderr + cli.stdout, /\n\s+at /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
