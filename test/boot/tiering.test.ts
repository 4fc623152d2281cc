// src/boot/tiering.ts: a run of the committed bundles leaves V8's optimising compiler (TurboFan) out
// of short runs, keeps its code caches valid from one run to the next, and keeps Node's own code
// cache for the built-ins it loads (`NODE_DEBUG_NATIVE=CODE_CACHE`: Node prints, per built-in, whether
// V8 accepted or rejected its embedded cache; a flag changed before a built-in loads rejects it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { raiseTiering, V8_DEFAULTS } from '../../src/boot/tiering.ts';
import { formBody, makeWorkspace, runAction } from '../e2e/harness.mjs';
import { startFakeGitHub } from '../e2e/fake-github.mjs';
import { writeRepoOtherWithCaptures } from '../spec/helpers.ts';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TIERING = new URL('../../src/boot/tiering.ts', import.meta.url).href;
const VALIDATE_LARGE = new URL('../../src/cli/validate-large.ts', import.meta.url).href;
const IO = new URL('../../src/cli/io.ts', import.meta.url).href;

/** The environment of a run, without a compile-cache setting or runner variables of the test's own. */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_|NODE_COMPILE_CACHE|NODE_DISABLE|NODE_DEBUG_NATIVE|NODE_OPTIONS)/.test(k)));
  return { ...env, ...extra };
}

/** The built-ins whose embedded code cache V8 rejected, from Node's CODE_CACHE debug output. */
function rejectedBuiltins(stderr: string): string[] {
  return [...stderr.matchAll(/^Code cache of (\S+) \(\w+\) is rejected$/gm)].map((m) => m[1] ?? '');
}

// Small built-ins loaded lazily after the flags are set, compiled from source (well under 1 ms):
// node:util's parseArgs (every command), the one-line node:process (vfile, in the docs code) and
// globalThis.navigator (Octokit's user agent reads it).
const SMALL_LATE_BUILTINS = new Set(['internal/util/parse_args/parse_args', 'internal/util/parse_args/utils', 'process', 'internal/navigator']);

/**
 * The script the code-cache checks compile, with a function name of one letter. Each compile in one
 * process takes another letter: V8 keeps what an isolate compiled by its source, and a second compile
 * of the same source would not consult the code cache at all. V8 ties its data to a source by
 * length only, so every variant takes the cache made for another.
 */
const smallScript = (name: string) => `function ${name}(x) { return x + 1; } ${name}(1);`;
const SMALL_SCRIPT = smallScript('f');

/**
 * Runs `steps` (module code; raiseTiering, underDefaultTiering and `compile()` in scope) in a child
 * process; `compile()` compiles a small script with the code cache at `cacheFile`: 'made' when there
 * is none yet (taken under the flags in effect), else 'accepted' or 'rejected' by V8, which ties a
 * cache to the flags in effect when it was made.
 */
function withCache(cacheFile: string, steps: string, execArgv: string[] = []): string[] {
  const script = `import { readFileSync, writeFileSync, existsSync } from 'node:fs'; import { Script } from 'node:vm';
const { raiseTiering, underDefaultTiering } = await import(${JSON.stringify(TIERING)});
const file = ${JSON.stringify(cacheFile)};
let letter = 0;
const compile = () => { const source = ${JSON.stringify(SMALL_SCRIPT)}.replaceAll('f(', 'fghkmn'[letter++] + '('); if (!existsSync(file)) { const s = new Script(source); s.runInThisContext(); writeFileSync(file, s.createCachedData()); console.log('made'); } else console.log(new Script(source, { cachedData: readFileSync(file) }).cachedDataRejected ? 'rejected' : 'accepted'); };
${steps}`;
  const child = spawnSync(process.execPath, [...execArgv, '--input-type=module', '-e', script], { env: cleanEnv(), encoding: 'utf8' });
  assert.equal(child.stderr, '');
  assert.equal(child.status, 0);
  return child.stdout.trim().split('\n');
}

test("underDefaultTiering runs its work under the flags V8 starts with and raises them again after, also from another copy of the module; it leaves flags raiseTiering did not set", () => {
  const dir = mkdtempSync(join(tmpdir(), 'wacrg-tiering-'));
  try {
    const cacheFile = join(dir, 'cache.bin');
    assert.deepEqual(withCache(cacheFile, 'compile();'), ['made']);
    assert.deepEqual(withCache(cacheFile, 'compile();'), ['accepted']);
    // Raised: rejected; inside underDefaultTiering: accepted; after it: rejected again.
    assert.deepEqual(withCache(cacheFile, 'raiseTiering(); compile(); await underDefaultTiering(async () => compile()); compile();'), ['rejected', 'accepted', 'rejected']);
    // Another instance of the module (another URL) sees the mark raiseTiering left: dist/cli.js raises,
    // dist/cli/main.cjs (its own copy of the module) lowers for its workers.
    const copy = `const copy = await import(${JSON.stringify(`${TIERING}?copy=2`)});`;
    assert.deepEqual(withCache(cacheFile, `${copy} raiseTiering(); compile(); await copy.underDefaultTiering(async () => compile());`), ['rejected', 'accepted']);
    // Flags this module did not raise (here a user's, set on the command line) are not touched.
    assert.deepEqual(withCache(cacheFile, 'raiseTiering(); await underDefaultTiering(async () => compile());', ['--invocation-count-for-maglev=500']), ['rejected']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Functions Maglev and TurboFan finished compiling, from V8's --trace-opt output. */
function optimisedCompiles(stdout: string): { maglev: number; turbofan: number } {
  const count = (target: string) => (stdout.match(new RegExp(`^\\[completed compiling .*\\(target ${target}\\)`, 'gm')) ?? []).length;
  return { maglev: count('MAGLEV'), turbofan: count('TURBOFAN') };
}

test('`wacrg validate` of this repository leaves most functions to the interpreter and Sparkplug; counts set on the command line are left as they are', () => {
  const cache = mkdtempSync(join(tmpdir(), 'wacrg-tiering-'));
  try {
    const run = (flags: string[]) => {
      const child = spawnSync(process.execPath, ['--trace-opt', ...flags, CLI, 'validate', '--root', REPO], { env: cleanEnv({ NODE_COMPILE_CACHE: cache }), encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
      assert.equal(child.status, 0, child.stderr);
      // No "unrecognized flag" or other word from V8.
      assert.equal(child.stderr, '');
      return optimisedCompiles(child.stdout);
    };
    // V8's own counts, given on the command line, are kept (35–48 Maglev and 0–3 TurboFan compiles seen).
    const own = run(Object.entries(V8_DEFAULTS).map(([flag, value]) => `--${flag}=${value}`));
    assert.ok(own.maglev >= 20, `Maglev compiles under V8's own counts: ${own.maglev}`);
    // Twice: the second run starts from the code cache the first wrote (13–15 Maglev compiles seen, and
    // a TurboFan compile in a few runs out of a dozen).
    for (let i = 0; i < 2; i++) {
      const ours = run([]);
      assert.ok(ours.turbofan <= 1, `TurboFan compiles: ${ours.turbofan}`);
      assert.ok(ours.maglev * 2 <= own.maglev, `Maglev compiles: ${ours.maglev} against ${own.maglev}`);
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});

test('the code cache a run of dist/cli.js writes is the one the next runs use (taken under the same V8 flags)', () => {
  const cache = mkdtempSync(join(tmpdir(), 'wacrg-tiering-'));
  try {
    const run = () => assert.equal(spawnSync(process.execPath, [CLI, 'validate', '--root', REPO], { env: cleanEnv({ NODE_COMPILE_CACHE: cache }), encoding: 'utf8' }).status, 0);
    run();
    const [file, ...more] = readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.v8cache'));
    assert.ok(file !== undefined && more.length === 0);
    const written = statSync(join(cache, file));
    run();
    run();
    // A cache V8 rejects (made under other flags) is replaced at exit: a new file, another inode.
    const now = statSync(join(cache, file));
    assert.equal(now.ino, written.ino);
    assert.equal(now.mtimeMs, written.mtimeMs);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});

test('the CLI keeps Node\'s code cache for the built-ins its commands load (only a few small ones are compiled from source)', () => {
  const cache = mkdtempSync(join(tmpdir(), 'wacrg-tiering-'));
  try {
    const body = join(REPO, 'test/fixtures/form/clean_lf/body.md');
    // ingest reads its input through a stream of node:fs, loaded when it reads (after the flags).
    const cases: [string[], number, string[]][] = [
      [['validate', '--root', REPO], 0, []],
      [['coverage', '--root', REPO], 0, []],
      [['scan', join(REPO, 'README.md')], 0, []],
      [['ingest', '--body', body, '--root', REPO], 0, ['internal/fs/streams']],
    ];
    for (const [args, status, alsoLate] of cases) {
      const child = spawnSync(process.execPath, [CLI, ...args], { env: cleanEnv({ NODE_COMPILE_CACHE: cache, NODE_DEBUG_NATIVE: 'CODE_CACHE' }), encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
      assert.equal(child.status, status, `${args.join(' ')}: ${child.stdout.slice(0, 300)}`);
      assert.match(child.stderr, /Code cache of v8 \(\w+\) is accepted/, 'node:v8 loaded (the flags raised), and Node printed its code-cache decisions');
      assert.deepEqual(rejectedBuiltins(child.stderr).filter((name) => !SMALL_LATE_BUILTINS.has(name) && !alsoLate.includes(name)), [], args[0]);
    }
    // --help and a mistyped command leave V8's flags alone: node:v8 is not even loaded.
    for (const args of [['--help'], ['valdiate']]) {
      const child = spawnSync(process.execPath, [CLI, ...args], { env: cleanEnv({ NODE_COMPILE_CACHE: cache, NODE_DEBUG_NATIVE: 'CODE_CACHE' }), encoding: 'utf8' });
      assert.match(child.stderr, /is accepted/, 'Node printed its code-cache decisions');
      assert.doesNotMatch(child.stderr, /Code cache of v8 /, args[0]);
      assert.deepEqual(rejectedBuiltins(child.stderr), [], args[0]);
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});

test('`node --freeze-flags-after-init` (V8 aborts on any later flag change): the CLI leaves the flags alone and runs as usual', () => {
  for (const flag of ['--freeze-flags-after-init', '--freeze_flags_after_init', '-freeze-flags-after-init']) {
    const child = spawnSync(process.execPath, [flag, CLI, 'validate', '--root', REPO], { env: cleanEnv({ NODE_DISABLE_COMPILE_CACHE: '1' }), encoding: 'utf8' });
    assert.equal(child.status, 0, `${flag}: ${child.stderr.slice(0, 300)}`);
    assert.equal(child.stderr, '');
    assert.match(child.stdout, /^valid: /);
  }
});

test("the action loads node:http or node:https (GITHUB_API_URL's scheme) before the flag, and keeps Node's code cache for every sizeable built-in of an intake", async () => {
  const ws = await makeWorkspace();
  const gh = await startFakeGitHub({ files: ws.files, checkOpenApi: true });
  try {
    const issue = gh.addIssue({ title: '[capture]: call offer', body: formBody(), labels: ['type/stanza-capture', 'status/needs-review'] });
    const payload = { action: 'opened', issue, repository: gh.repositoryJson(), sender: issue.user };
    const run = await runAction({ server: gh, workspace: ws.dir, eventName: 'issues', payload, env: { NODE_DEBUG_NATIVE: 'CODE_CACHE' } });
    assert.equal(run.outputs['result'], 'accepted', run.stdout);
    assert.match(run.stderr, /Code cache of http \(\w+\) is accepted/);
    assert.deepEqual(rejectedBuiltins(run.stderr).filter((name) => !SMALL_LATE_BUILTINS.has(name)), []);
    // GitHub's API is https: node:https (and node:tls with it) loaded before the flags change. Port 9
    // on loopback refuses the connection, which ends the run at its first request.
    const https = await runAction({ server: gh, workspace: ws.dir, eventName: 'issues', payload, env: { NODE_DEBUG_NATIVE: 'CODE_CACHE', GITHUB_API_URL: 'https://127.0.0.1:9' } });
    assert.equal(https.code, 1, https.stdout);
    assert.match(https.stdout, /::error::/);
    assert.match(https.stderr, /Code cache of https \(\w+\) is accepted/);
    assert.match(https.stderr, /Code cache of tls \(\w+\) is accepted/);
    assert.deepEqual(rejectedBuiltins(https.stderr).filter((name) => !SMALL_LATE_BUILTINS.has(name)), []);
  } finally {
    await gh.close();
    await ws.remove();
  }
});

test('validate with worker threads: V8\'s own counts while they run, so they load Node\'s internals with its code cache; ours again after, so the next run takes the code cache written at exit', () => {
  const root = mkdtempSync(join(tmpdir(), 'wacrg-tiering-'));
  try {
    writeRepoOtherWithCaptures(root, 4);
    // As dist/cli.js does: the counts raised first; then a validation in two workers.
    // (The modules imported first: their built-ins load before the flags change, as the bundle's do.)
    const script = `const { raiseTiering } = await import(${JSON.stringify(TIERING)});
const { validateRoot } = await import(${JSON.stringify(VALIDATE_LARGE)});
const { openSpecRoot } = await import(${JSON.stringify(IO)});
const { Script } = await import('node:vm');
const { writeFileSync } = await import('node:fs');
raiseTiering();
const { repo } = await openSpecRoot(${JSON.stringify(root)}, { out: () => {}, err: () => {} });
const result = await validateRoot(${JSON.stringify(root)}, repo, { batchSize: 2, workers: 2 });
console.log(JSON.stringify({ problems: result.problems.length }));
// A code cache taken at the end, as src/boot/load-bundle.ts takes one at exit.
const s = new Script(${JSON.stringify(SMALL_SCRIPT)}); s.runInThisContext();
writeFileSync(${JSON.stringify(join(root, 'cache.bin'))}, s.createCachedData());`;
    // A file, not -e: a worker inherits the process's execArgv, and --input-type would refuse its file.
    writeFileSync(join(root, 'run.mjs'), script);
    const child = spawnSync(process.execPath, [join(root, 'run.mjs')], { env: cleanEnv({ NODE_DEBUG_NATIVE: 'CODE_CACHE' }), encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    assert.equal(child.status, 0, child.stderr.split('\n').filter((l) => !l.startsWith('Co')).join('\n'));
    assert.match(child.stderr, /Code cache of internal\/main\/worker_thread \(\w+\) is accepted/, 'a worker started');
    assert.deepEqual(rejectedBuiltins(child.stderr).filter((name) => !SMALL_LATE_BUILTINS.has(name)), []);
    // The next run raises the flags before it compiles: it takes that cache.
    assert.deepEqual(withCache(join(root, 'cache.bin'), 'raiseTiering(); compile();'), ['accepted']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('raiseTiering leaves counts the command line sets (any spelling V8 takes), frozen flags, and another V8 major version, as they are', () => {
  assert.equal(raiseTiering([], ['--invocation-count-for-maglev=5000']), false);
  assert.equal(raiseTiering([], ['--invocation-count-for-turbofan', '9000']), false);
  assert.equal(raiseTiering([], ['--invocation_count_for_maglev=100']), false);
  assert.equal(raiseTiering([], ['--freeze-flags-after-init']), false);
  assert.equal(raiseTiering([], ['--freeze_flags_after_init']), false);
  // V8 takes one dash too.
  assert.equal(raiseTiering([], ['-freeze-flags-after-init']), false);
  assert.equal(raiseTiering([], ['-invocation_count_for_maglev=100']), false);
  assert.equal(raiseTiering([], [], '14.1.146.11'), false);
  assert.equal(raiseTiering([], [], '12.4.254.21-node.33'), false);
});

/**
 * Per isolate (the hexadecimal address V8 prints), in order: whether each young-generation
 * collection had V8's helper threads work on it, from `--trace-gc-nvp` lines
 * (`background.scavenge.parallel=<ms>`); `MARK` lines of the script's own are kept as markers.
 */
function scavenges(stdout: string): { isolate: string; helpers: boolean }[] {
  const out: { isolate: string; helpers: boolean }[] = [];
  for (const line of stdout.split('\n')) {
    if (line === 'MARK') out.push({ isolate: 'MARK', helpers: false });
    const match = /^\[\d+:(0x[0-9a-f]+)(?::\d+)?\].* gc=s .*background\.scavenge\.parallel=([\d.]+)/.exec(line);
    if (match) out.push({ isolate: match[1] ?? '', helpers: Number(match[2]) > 0 });
  }
  return out;
}

test("validate with worker threads: each worker's young-generation collections are its own thread's, V8's helper threads take them again after; a scavenger flag on the command line (or one implying it) is left as it is", () => {
  const root = mkdtempSync(join(tmpdir(), 'wacrg-tiering-'));
  try {
    writeRepoOtherWithCaptures(root, 40);
    const script = `const { validateRoot } = await import(${JSON.stringify(VALIDATE_LARGE)});
const { openSpecRoot } = await import(${JSON.stringify(IO)});
const { repo } = await openSpecRoot(${JSON.stringify(root)}, { out: () => {}, err: () => {} });
const result = await validateRoot(${JSON.stringify(root)}, repo, { batchSize: 2, workers: 2 });
if (result.problems.length > 0) throw new Error('problems');
console.log('MARK');
// Garbage enough for this thread to collect its young generation a few times.
let keep = [];
for (let i = 0; i < 400000; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 20000) keep = []; }`;
    writeFileSync(join(root, 'run.mjs'), script);
    const run = (flags: string[]) => {
      const child = spawnSync(process.execPath, ['--trace-gc-nvp', ...flags, join(root, 'run.mjs')], { env: cleanEnv(), encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
      assert.equal(child.status, 0, child.stderr);
      const all = scavenges(child.stdout);
      const main = all.find((s) => s.isolate !== 'MARK')?.isolate;
      const mark = all.findIndex((s) => s.isolate === 'MARK');
      const inWorkers = all.filter((s) => s.isolate !== main && s.isolate !== 'MARK');
      const mainAfter = all.slice(mark + 1).filter((s) => s.isolate === main);
      assert.ok(mark > 0 && inWorkers.length >= 4 && mainAfter.length >= 2, `scavenges seen: ${inWorkers.length} in workers, ${mainAfter.length} in the main thread after`);
      return { workersWithHelpers: inWorkers.filter((s) => s.helpers).length, mainAfterWithHelpers: mainAfter.filter((s) => s.helpers).length };
    };
    const ours = run([]);
    assert.equal(ours.workersWithHelpers, 0);
    assert.ok(ours.mainAfterWithHelpers > 0, 'the helpers take the main thread\'s collections again after the workers');
    // Asked for on the command line: left on, the workers' collections shared out as V8 does by default.
    assert.ok(run(['--parallel-scavenge']).workersWithHelpers > 0);
    // Turned off on the command line, directly or through a flag that implies it: off after the
    // workers too (not turned on by the reset).
    for (const flag of ['--no-parallel-scavenge', '--predictable']) assert.deepEqual(run([flag]), { workersWithHelpers: 0, mainAfterWithHelpers: 0 }, flag);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
