// src/boot/load-bundle.ts: a bundle of ours runs with a V8 code cache taken after a run, kept in
// Node's compile-cache folder, used only when stored with the very bytes of the bundle. Each case runs a small
// CommonJS "bundle" through loadBundle in a child process, as dist/index.js and dist/cli.js do.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lchownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { cacheFileName } from '../../src/boot/load-bundle.ts';

const LOADER = pathToFileURL(join(import.meta.dirname, '../../src/boot/load-bundle.ts')).href;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wacrg-load-bundle-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `bundle` (CommonJS source) through loadBundle with profile `profile`; returns what it printed. */
function run(bundle: string, profile = 'validate', env: NodeJS.ProcessEnv = {}) {
  const file = join(dir, 'bundle.cjs');
  writeFileSync(file, bundle);
  const script = `const { loadBundle } = await import(${JSON.stringify(LOADER)});
const out = loadBundle(new URL(${JSON.stringify(pathToFileURL(file).href)}), ${JSON.stringify(profile)}); console.log(out.answer());`;
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NODE_COMPILE_CACHE') && k !== 'NODE_DISABLE_COMPILE_CACHE'));
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...base, NODE_COMPILE_CACHE: join(dir, 'cache'), ...env }, encoding: 'utf8', timeout: 20_000 });
  assert.equal(child.status, 0, child.stderr);
  assert.equal(child.stderr, '');
  return child.stdout.trim();
}

/** The cache files written so far (full paths). */
function caches(): string[] {
  try {
    return readdirSync(join(dir, 'cache'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.v8cache'))
      .map((f) => join(dir, 'cache', f));
  } catch {
    return [];
  }
}

// Functions the run calls, to be compiled lazily and kept in the cache taken after the run.
const bundle = (word: string) => `"use strict"; function shout(s) { return s.toUpperCase() + '!'; } exports.answer = () => shout(${JSON.stringify(word)}) + ' ' + require('node:path').basename(__filename);`;

test('the first run writes a cache in a folder of its own under NODE_COMPILE_CACHE; the next runs use it and leave it as it is', () => {
  assert.equal(run(bundle('alpha')), 'ALPHA! bundle.cjs');
  const [cache, ...more] = caches();
  assert.ok(cache !== undefined && more.length === 0, `one cache file: ${caches().join(', ')}`);
  assert.match(cache, /wacrg-bundle\.cjs-[0-9a-f]{8}-validate\.v8cache$/);
  assert.equal(statSync(cache).mode & 0o777, 0o600);
  const written = statSync(cache);
  assert.equal(run(bundle('alpha')), 'ALPHA! bundle.cjs');
  assert.equal(run(bundle('alpha')), 'ALPHA! bundle.cjs');
  // Not rewritten: V8 accepted it (a rejected or ignored cache is replaced at exit).
  assert.equal(statSync(cache).mtimeMs, written.mtimeMs);
  assert.equal(statSync(cache).ino, written.ino);
});

test('a changed bundle of the same length never runs the bytecode cached for the old bytes', () => {
  // V8 checks only the source length: without the byte-for-byte check this run would print ALPHA.
  assert.equal(run(bundle('alpha')), 'ALPHA! bundle.cjs');
  assert.equal(run(bundle('gamma')), 'GAMMA! bundle.cjs');
  assert.equal(run(bundle('gamma')), 'GAMMA! bundle.cjs');
});

/** Asserts the cache at `path` is used as it is by the next run (not rewritten). */
function assertAccepted(path: string): void {
  const before = statSync(path);
  assert.equal(run(bundle('alpha')), 'ALPHA! bundle.cjs');
  assert.equal(statSync(path).ino, before.ino, 'the cache was rewritten: it had been rejected');
}

test('a damaged cache is ignored and replaced; so is one that others can write to', () => {
  run(bundle('alpha'));
  const [cache] = caches();
  assert.ok(cache);
  const good = readFileSync(cache);
  // The header and the copy of the bundle intact, the first copy of V8's data (the one V8 is given)
  // garbled: V8 would abort the process with it ("Fatal error … unreachable code").
  const damaged = Buffer.from(good);
  const dataAt = 8 + damaged.readUInt32LE(0);
  for (let i = dataAt + 100; i < dataAt + 300; i++) damaged[i] = 0x5a;
  writeFileSync(cache, damaged);
  assert.equal(run(bundle('alpha')), 'ALPHA! bundle.cjs');
  assert.ok(!readFileSync(cache).equals(damaged), 'the damaged cache was replaced');
  assertAccepted(cache);
  // Writable by others: not trusted, and replaced by a file only this user can write.
  chmodSync(cache, 0o666);
  assert.equal(run(bundle('alpha')), 'ALPHA! bundle.cjs');
  assert.equal(statSync(cache).mode & 0o777, 0o600);
  assertAccepted(cache);
  // Cut short: ignored and replaced.
  writeFileSync(cache, good.subarray(0, 10));
  assert.equal(run(bundle('alpha')), 'ALPHA! bundle.cjs');
  assert.ok(readFileSync(cache).length > 10);
  assertAccepted(cache);
  // Longer than its header says (a file grown by anyone or anything): not read, replaced.
  writeFileSync(cache, Buffer.concat([readFileSync(cache), Buffer.alloc(4096, 0x5a)]));
  assert.equal(run(bundle('alpha')), 'ALPHA! bundle.cjs');
  assert.equal(readFileSync(cache).length, good.length, 'the grown cache was replaced');
  assertAccepted(cache);
});

test('each profile has its own cache; NODE_DISABLE_COMPILE_CACHE turns it off', () => {
  run(bundle('alpha'), 'validate');
  run(bundle('alpha'), 'issues');
  run(bundle('alpha'), '../../etc/passwd');
  const names = caches().map((f) => f.slice(f.lastIndexOf('wacrg-')).replace(/-[0-9a-f]{8}-/, '-*-'));
  assert.deepEqual(names.sort(), ['wacrg-bundle.cjs-*--etc-passwd.v8cache', 'wacrg-bundle.cjs-*-issues.v8cache', 'wacrg-bundle.cjs-*-validate.v8cache']);
  rmSync(join(dir, 'cache'), { recursive: true, force: true });
  assert.equal(run(bundle('alpha'), 'validate', { NODE_DISABLE_COMPILE_CACHE: '1' }), 'ALPHA! bundle.cjs');
  assert.deepEqual(caches(), []);
});

test('cacheFileName: bundle name, a hash of its path, the profile reduced to a safe file name', () => {
  assert.match(cacheFileName('/a/dist/cli/main.cjs', 'validate'), /^wacrg-main\.cjs-[0-9a-f]{8}-validate\.v8cache$/);
  assert.notEqual(cacheFileName('/a/dist/cli/main.cjs', 'x'), cacheFileName('/b/dist/cli/main.cjs', 'x'));
  assert.match(cacheFileName('/a/main.cjs', ''), /-default\.v8cache$/);
  assert.match(cacheFileName('/a/main.cjs', 'A/../B c'), /-a-b-c\.v8cache$/);
  assert.ok(cacheFileName('/a/main.cjs', 'x'.repeat(500)).length < 80);
});

/** Our cache folders (`wacrg-…`) anywhere below `folder`, as paths relative to it. */
function ourFoldersIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => /(^|[\\/])wacrg-/.test(f));
}

/** The folder the caches of this Node go in, under the test's NODE_COMPILE_CACHE. */
function ourFolder(): string {
  const [name] = readdirSync(join(dir, 'cache')).filter((f) => f.startsWith('wacrg-'));
  assert.ok(name, 'the cache folder was made');
  return join(dir, 'cache', name);
}

test('a link at the cache path is never followed: the file it points to stays as it was', () => {
  run(bundle('alpha'));
  const [cache] = caches();
  assert.ok(cache);
  const victim = join(dir, 'victim.txt');
  writeFileSync(victim, 'not a cache\n');
  rmSync(cache);
  symlinkSync(victim, cache);
  assert.equal(run(bundle('alpha')), 'ALPHA! bundle.cjs');
  assert.equal(readFileSync(victim, 'utf8'), 'not a cache\n');
  assert.ok(lstatSync(cache).isFile(), 'the link was replaced by a cache file');
  assertAccepted(cache);
  // Not even a link to a good cache (a copy of this one, elsewhere) is read: it is replaced by a file.
  const elsewhere = join(dir, 'elsewhere.v8cache');
  writeFileSync(elsewhere, readFileSync(cache));
  rmSync(cache);
  symlinkSync(elsewhere, cache);
  assert.equal(run(bundle('alpha')), 'ALPHA! bundle.cjs');
  assert.ok(lstatSync(cache).isFile(), 'the link to a good cache was followed and kept');
});

test('NODE_COMPILE_CACHE a link another user made (as in /tmp, where anyone may make it first): not followed, no cache made where it points', (t) => {
  if (process.platform === 'win32' || process.getuid?.() !== 0) {
    t.skip('giving a link another owner needs root');
    return;
  }
  const target = join(dir, 'elsewhere');
  mkdirSync(target, { mode: 0o700 });
  const theirs = join(dir, 'theirs');
  symlinkSync(target, theirs);
  lchownSync(theirs, 4242, 4242);
  // At the path, with a trailing '/' or '/.' (through which lstat looks past a link), or above it.
  for (const path of [theirs, `${theirs}/`, `${theirs}/.`, `${theirs}//`, join(theirs, 'cache')]) {
    assert.equal(run(bundle('alpha'), 'validate', { NODE_COMPILE_CACHE: path }), 'ALPHA! bundle.cjs');
    // (Node's own compile cache, which the variable turns on, follows the link: not ours to change.)
    assert.deepEqual(ourFoldersIn(target), [], `NODE_COMPILE_CACHE=${path}`);
  }
  // Nor where a link of this user's leads to one of theirs (this user's link points into a sticky
  // folder, where the other user made the link first).
  const sticky = join(dir, 'sticky');
  mkdirSync(sticky, { mode: 0o1777 });
  chmodSync(sticky, 0o1777);
  const planted = join(sticky, 'cache');
  symlinkSync(target, planted);
  lchownSync(planted, 4242, 4242);
  const chain = join(dir, 'chain');
  symlinkSync(planted, chain);
  for (const path of [chain, join(chain, 'below')]) {
    assert.equal(run(bundle('alpha'), 'validate', { NODE_COMPILE_CACHE: path }), 'ALPHA! bundle.cjs');
    assert.deepEqual(ourFoldersIn(target), [], `NODE_COMPILE_CACHE=${path}`);
  }
  // Nor through a folder of theirs.
  const theirFolder = join(dir, 'their-folder');
  mkdirSync(theirFolder, { mode: 0o755 });
  chownSync(theirFolder, 4242, 4242);
  assert.equal(run(bundle('alpha'), 'validate', { NODE_COMPILE_CACHE: join(theirFolder, 'cache') }), 'ALPHA! bundle.cjs');
  // (Node's own compile cache makes the folder: not ours to change.)
  assert.deepEqual(ourFoldersIn(theirFolder), [], 'no cache of ours inside a folder of theirs');
  // A link of this user's own is followed.
  const mine = join(dir, 'mine');
  symlinkSync(target, mine);
  assert.equal(run(bundle('alpha'), 'validate', { NODE_COMPILE_CACHE: mine }), 'ALPHA! bundle.cjs');
  assert.equal(ourFoldersIn(target).filter((f) => !/[\\/]/.test(f)).length, 1);
});

test('caches no run used for 30 days are deleted when a new cache is written; a used one is kept, other files are left', () => {
  run(bundle('alpha'), 'validate');
  const [used] = caches();
  assert.ok(used);
  const folder = ourFolder();
  const days = (n: number) => new Date(Date.now() - n * 86_400_000);
  // The cache of an install path gone by (an older action version), one of last week, a temporary file
  // a killed run left two days ago, and a file that is none of ours.
  const stale = join(folder, 'wacrg-run.cjs-0badc0de-issues.v8cache');
  const recent = join(folder, 'wacrg-run.cjs-0badc0df-issues.v8cache');
  const leftover = join(folder, 'wacrg-main.cjs-0badc0de-validate.v8cache.123-abc.tmp');
  const other = join(folder, 'notes.txt');
  for (const f of [stale, recent, leftover, other]) writeFileSync(f, 'x');
  utimesSync(stale, days(31), days(31));
  utimesSync(recent, days(7), days(7));
  utimesSync(leftover, days(2), days(2));
  utimesSync(other, days(400), days(400));
  // The cache in use is as old as the stale one, but this run uses it: it is marked, and kept.
  utimesSync(used, days(31), days(31));
  assert.equal(run(bundle('alpha'), 'validate'), 'ALPHA! bundle.cjs');
  assert.ok(Date.now() - statSync(used).mtimeMs < 86_400_000, 'a used cache is marked as used');
  // A run with another profile writes a new cache, and prunes.
  run(bundle('alpha'), 'issues');
  assert.ok(existsSync(used) && existsSync(recent) && existsSync(other));
  assert.ok(!existsSync(stale), 'the cache unused for 31 days was deleted');
  assert.ok(!existsSync(leftover), 'the temporary file left two days ago was deleted');
  assertAccepted(used);
});

test('a FIFO or a folder at the cache path: the run neither blocks nor fails, and leaves no temporary file', () => {
  run(bundle('alpha'));
  const [cache] = caches();
  assert.ok(cache);
  rmSync(cache);
  const fifo = spawnSync('mkfifo', [cache]);
  if (fifo.status === 0) assert.equal(run(bundle('alpha')), 'ALPHA! bundle.cjs');
  rmSync(cache, { force: true });
  mkdirSync(cache);
  assert.equal(run(bundle('alpha')), 'ALPHA! bundle.cjs');
  assert.ok(statSync(cache).isDirectory());
  assert.deepEqual(readdirSync(ourFolder()).filter((f) => f.endsWith('.tmp')), []);
});

test('a cache folder others can write to (or inside one they can change) is not used at all', (t) => {
  if (process.platform === 'win32') {
    t.skip('POSIX modes');
    return;
  }
  run(bundle('alpha'));
  const folder = ourFolder();
  rmSync(join(folder, readdirSync(folder)[0] ?? 'none'));
  chmodSync(folder, 0o777);
  assert.equal(run(bundle('alpha')), 'ALPHA! bundle.cjs');
  assert.deepEqual(caches(), [], 'nothing written into a folder others can write to');
  chmodSync(folder, 0o700);
  // The folder above it writable by others, without the sticky bit (others could swap ours): not used either.
  chmodSync(join(dir, 'cache'), 0o777);
  assert.equal(run(bundle('alpha')), 'ALPHA! bundle.cjs');
  assert.deepEqual(caches(), []);
  // Sticky, as /tmp: others cannot move what is ours, so it is used.
  chmodSync(join(dir, 'cache'), 0o1777);
  assert.equal(run(bundle('alpha')), 'ALPHA! bundle.cjs');
  assert.equal(caches().length, 1);
  // A folder further up writable by others, without the sticky bit (others could put a link in the
  // folder's way): not used.
  const deep = join(dir, 'deep', 'cache');
  mkdirSync(deep, { recursive: true, mode: 0o700 });
  chmodSync(join(dir, 'deep'), 0o700);
  chmodSync(dir, 0o777);
  try {
    assert.equal(run(bundle('alpha'), 'validate', { NODE_COMPILE_CACHE: deep }), 'ALPHA! bundle.cjs');
    assert.deepEqual(ourFoldersIn(deep), [], 'nothing made below a folder others can change');
  } finally {
    chmodSync(dir, 0o700);
  }
  assert.equal(run(bundle('alpha'), 'validate', { NODE_COMPILE_CACHE: deep }), 'ALPHA! bundle.cjs');
  assert.equal(ourFoldersIn(deep).filter((f) => !/[\\/]/.test(f)).length, 1, 'used once that folder is safe');
});
