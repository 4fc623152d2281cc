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

test("restoreTiering gives back the flags V8 starts with: a code cache taken without flags is accepted after raising and restoring, rejected after raising only", () => {
  const dir = mkdtempSync(join(tmpdir(), 'wacrg-tiering-'));
  try {
    const cacheFile = join(dir, 'cache.bin');
    const script = (steps: string) => `import { readFileSync, writeFileSync, existsSync } from 'node:fs'; import { Script } from 'node:vm';
const { raiseTiering, restoreTiering } = await import(${JSON.stringify(TIERING)});
${steps}
const source = 'function f(x) { return x + 1; } f(1);';
const file = ${JSON.stringify(cacheFile)};
if (!existsSync(file)) { const s = new Script(source); s.runInThisContext(); writeFileSync(file, s.createCachedData()); console.log('made'); }
else console.log(new Script(source, { cachedData: readFileSync(file) }).cachedDataRejected ? 'rejected' : 'accepted');`;
    const run = (steps: string) => {
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script(steps)], { env: cleanEnv(), encoding: 'utf8' });
      assert.equal(child.stderr, '');
      return child.stdout.trim();
    };
    assert.equal(run(''), 'made');
    assert.equal(run(''), 'accepted');
    assert.equal(run('raiseTiering(); restoreTiering();'), 'accepted');
    assert.equal(run('raiseTiering();'), 'rejected');
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
    // V8's own counts, given on the command line, are kept (35 Maglev and 2 TurboFan compiles seen).
    const own = run(Object.entries(V8_DEFAULTS).map(([flag, value]) => `--${flag}=${value}`));
    assert.ok(own.maglev >= 20, `Maglev compiles under V8's own counts: ${own.maglev}`);
    // Twice: the second run starts from the code cache the first wrote (13 Maglev compiles seen).
    for (let i = 0; i < 2; i++) {
      const ours = run([]);
      assert.equal(ours.turbofan, 0);
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
    for (const args of [['validate', '--root', REPO], ['coverage', '--root', REPO], ['scan', join(REPO, 'README.md')]]) {
      const child = spawnSync(process.execPath, [CLI, ...args], { env: cleanEnv({ NODE_COMPILE_CACHE: cache, NODE_DEBUG_NATIVE: 'CODE_CACHE' }), encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
      assert.equal(child.status, 0, args.join(' '));
      assert.match(child.stderr, /is accepted/, 'Node printed its code-cache decisions');
      assert.deepEqual(rejectedBuiltins(child.stderr).filter((name) => !SMALL_LATE_BUILTINS.has(name)), [], args[0]);
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
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
  } finally {
    await gh.close();
    await ws.remove();
  }
});

test('validate with worker threads: V8\'s own counts are back before they start, so they load Node\'s internals with its code cache', () => {
  const root = mkdtempSync(join(tmpdir(), 'wacrg-tiering-'));
  try {
    writeRepoOtherWithCaptures(root, 4);
    // As dist/cli.js does: the counts raised first; then a validation in two workers.
    // (The modules imported first: their built-ins load before the flags change, as the bundle's do.)
    const script = `const { raiseTiering } = await import(${JSON.stringify(TIERING)});
const { validateRoot } = await import(${JSON.stringify(VALIDATE_LARGE)});
const { openSpecRoot } = await import(${JSON.stringify(IO)});
raiseTiering();
const { repo } = await openSpecRoot(${JSON.stringify(root)}, { out: () => {}, err: () => {} });
const result = await validateRoot(${JSON.stringify(root)}, repo, { batchSize: 2, workers: 2 });
console.log(JSON.stringify({ problems: result.problems.length }));`;
    // A file, not -e: a worker inherits the process's execArgv, and --input-type would refuse its file.
    writeFileSync(join(root, 'run.mjs'), script);
    const child = spawnSync(process.execPath, [join(root, 'run.mjs')], { env: cleanEnv({ NODE_DEBUG_NATIVE: 'CODE_CACHE' }), encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    assert.equal(child.status, 0, child.stderr.split('\n').filter((l) => !l.startsWith('Co')).join('\n'));
    assert.match(child.stderr, /Code cache of internal\/main\/worker_thread \(\w+\) is accepted/, 'a worker started');
    assert.deepEqual(rejectedBuiltins(child.stderr).filter((name) => !SMALL_LATE_BUILTINS.has(name)), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('raiseTiering and restoreTiering leave counts the command line sets, and another V8 major version, as they are', () => {
  assert.equal(raiseTiering([], ['--invocation-count-for-maglev=5000']), false);
  assert.equal(raiseTiering([], ['--invocation-count-for-turbofan', '9000']), false);
  assert.equal(raiseTiering([], [], '14.1.146.11'), false);
  assert.equal(raiseTiering([], [], '12.4.254.21-node.33'), false);
});
