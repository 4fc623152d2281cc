// Loads one of our CommonJS bundles (dist/action/run.cjs, dist/cli/main.cjs) with a V8 code cache
// taken *after* a run, so that later runs start with the bytecode of every function the earlier run
// executed.
//
// Why not Node's compile cache (module.enableCompileCache): it stores the code cache V8 produces
// right after compiling a file, which holds the top level and little else; every function a run
// calls is then compiled again, lazily, on every start. V8's own advice is to create the cache after
// execution (v8.dev/blog/code-caching-for-devs), which vm.Script#createCachedData allows. Measured
// for issue #14 (2-core machine, `wacrg validate` on this repository, 21 interleaved runs): 139 ms with
// the ESM chunks and Node's cache, 98 ms with one CommonJS bundle and a cache taken after a run (bare
// `node -e 0`: 40 ms).
//
// Where: a folder of our own, `wacrg-<arch>-<V8 version>-<uid>`, inside NODE_COMPILE_CACHE or else
// Node's default `<tmpdir>/node-compile-cache`; NODE_DISABLE_COMPILE_CACHE turns it off, as it does
// Node's cache. On a shared machine that folder may sit in a world-writable /tmp, so (POSIX):
// - the configured path is resolved one part at a time: every link followed on the way (at it,
//   above it, or where another link leads) must be this user's or root's, and every folder gone
//   through this user's or root's and changeable only by its owner, or sticky as /tmp is: nobody
//   else can then choose the folder, or put, swap or link a file on the way (resolveTrusted);
// - the folder itself must be a real folder this user owns that no one else can write to;
// - a cache file is opened without following a link and without blocking (a FIFO), is used only if
//   it is a regular file of this user's that no one else can write to, of exactly the size its
//   header says; a new one is written under a fresh random name, created exclusively, then renamed.
// Size: each bundle path (each action version a runner checks out) and profile has its own files, so
// a cache no run has used for 30 days is deleted whenever a new one is written (prune).
// A file is named after the bundle's path and a profile (the command or event: the functions a run
// calls depend on it). Two checks V8 does not make (Node's compile cache makes them with CRC32s):
// - V8 only checks that the source has the same length: the file holds a copy of the bundle's bytes,
//   and is used only when the copy equals the bundle byte for byte;
// - V8 does not check its data either (a damaged cache aborts the process: "Fatal error …
//   unreachable code"): the file holds V8's data twice, and is used only when both copies agree.
// Both are comparisons of bytes (≈1.5 ms for the validate cache's 580 KB of data in a fresh process;
// about 4 ms for both in a profile): a hash would need node:crypto (≈15 ms to load),
// node:zlib's CRC32 or V8's --verify-snapshot-checksum through node:v8 (≈4 ms each, measured for
// issue #14). A cache that fails a check, or that V8 rejects (another V8), is replaced. Using or
// writing a cache never fails a run.
// What the checks cannot tell: V8's data is tied to a source by its length only, so a file holding
// the bundle's bytes and bytecode compiled from other code passes them, and that code runs. The
// folder is trusted by where it is and who owns it: it must hold only what this loader wrote. (Node's
// own compile cache, which NODE_COMPILE_CACHE turns on for every module, checks less: no owner, no
// link, a CRC32 of the source anyone can compute.)
// Hence no cache is read where no run of ours can have written one (a GitHub-hosted runner, a
// profile we never cache), and NODE_COMPILE_CACHE must never point into a checkout or a restored
// cache (docs/using-the-action.md). Whoever can write files as this user can change the bundle itself.
import { closeSync, constants, fstatSync, futimesSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/** The function CommonJS code is wrapped in, as Node's own loader does. */
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'] as const;

/** FNV-1a, 32 bits, as 8 hex digits: names a cache file after a path (no node:crypto to load). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Name of the cache file of the bundle at `file` for a profile:
 * `wacrg-<bundle file name>-<FNV-1a of its path>-<profile>.v8cache`. The profile is reduced to
 * `[a-z0-9-]` (at most 40 characters): it becomes part of a file name.
 */
export function cacheFileName(file: string, profile: string): string {
  const safe = profile.toLowerCase().replace(/[^a-z0-9-]+/g, '-').slice(0, 40) || 'default';
  return `wacrg-${basename(file).replace(/[^a-z0-9.-]+/gi, '-')}-${fnv1a(file)}-${safe}.v8cache`;
}

/**
 * Layout of a cache file: uint32 LE n, uint32 LE m, the n bytes of the bundle, then the m bytes of
 * V8's cached data, twice.
 */
const HEADER = 8;

const uid = process.getuid?.();

/** Owned by this user (or, where `root` is allowed, by root) and writable by no one else, unless sticky. */
function trusted(stat: Stats, { root, sticky }: { root: boolean; sticky: boolean }): boolean {
  if (uid === undefined) return true; // Windows: no POSIX owners or modes; the temp folder is per user.
  const owner = stat.uid === uid || (root && stat.uid === 0);
  const othersWrite = (stat.mode & 0o022) !== 0;
  return owner && (!othersWrite || (sticky && (stat.mode & 0o1000) !== 0));
}

/**
 * `path` (absolute, as path.resolve gives it) resolved the way the kernel does, one part at a time,
 * following links (at most 40, as Linux), and refusing it (undefined) on the way if:
 * - a folder it goes through (before or after a link), the root included, could be changed by
 *   another user: not this user's or root's, or writable by others and not sticky (trusted);
 * - a link it follows is not this user's or root's (in a sticky /tmp, anyone may make one first);
 * - a part cannot be looked at (EACCES, say), or is neither a folder nor a link.
 * A part that does not exist ends the walk: with `partial`, the path resolved so far is given
 * (nothing on the way is another user's to change, so what gets made below it is this user's);
 * without, undefined. What it gives has no link in it, and every folder on it is one only this user
 * or root can change, except for new names in a sticky one: it stays what was checked while in use.
 */
function resolveTrusted(path: string, partial: boolean): string | undefined {
  const rootStat = statSync('/');
  if (!trusted(rootStat, { root: true, sticky: true })) return undefined;
  let at = '/';
  const rest = path.split('/').filter((part) => part !== '' && part !== '.');
  let links = 0;
  for (let part = rest.shift(); part !== undefined; part = rest.shift()) {
    if (part === '..') {
      at = dirname(at);
      continue;
    }
    const next = join(at, part);
    let stat: Stats;
    try {
      stat = lstatSync(next);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !partial) return undefined;
      return at;
    }
    if (stat.isSymbolicLink()) {
      if ((stat.uid !== uid && stat.uid !== 0) || ++links > 40) return undefined;
      const target = readlinkSync(next);
      if (target.startsWith('/')) at = '/';
      rest.unshift(...target.split('/').filter((p) => p !== '' && p !== '.'));
      continue;
    }
    if (!stat.isDirectory() || !trusted(stat, { root: true, sticky: true })) return undefined;
    at = next;
  }
  return at;
}

/**
 * The folder for the caches of this Node (see the top of this file), created if missing; undefined
 * when caching is off (NODE_DISABLE_COMPILE_CACHE), or when another user could choose or change
 * the folder: a link of theirs on its path, or a folder on it they can change (resolveTrusted).
 */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if ((env['NODE_DISABLE_COMPILE_CACHE'] ?? '') !== '') return undefined;
  try {
    // Resolved as Node resolves it (against the working directory), without '.', '..', '//' or a
    // trailing '/' (through which lstat would look past a link).
    const configured = resolve(env['NODE_COMPILE_CACHE'] || join(tmpdir(), 'node-compile-cache'));
    let base: string | undefined;
    if (uid === undefined) {
      // Windows: no POSIX owners or modes; the temp folder is per user.
      mkdirSync(configured, { recursive: true });
      base = realpathSync(configured);
    } else {
      // Checked before anything is made (nothing is made on another user's way), and again once made
      // (a link another user put in a sticky folder meanwhile shows then).
      if (resolveTrusted(configured, true) === undefined) return undefined;
      mkdirSync(configured, { recursive: true, mode: 0o700 });
      base = resolveTrusted(configured, false);
    }
    if (base === undefined) return undefined;
    const folder = join(base, `wacrg-${process.arch}-${process.versions.v8}-${uid ?? 'user'}`);
    try {
      mkdirSync(folder, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const stat = lstatSync(folder);
    return stat.isDirectory() && trusted(stat, { root: false, sticky: false }) ? folder : undefined;
  } catch {
    return undefined;
  }
}

/** What is at a cache path: V8's data when the file passes every check, and whether a new cache may replace it. */
interface Found {
  data?: Buffer;
  replaceable: boolean;
}

/** Reads `length` bytes at `position` of `fd` (a short read: fewer). */
function readAt(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const got = readSync(fd, buffer, done, length - done, position + done);
    if (got === 0) break;
    done += got;
  }
  return buffer.subarray(0, done);
}

/**
 * The cache file at `path`: V8's data if it is a regular file of this user's that no one else can
 * write to, of the size its header says, made for exactly `source`, with both copies of the data
 * equal. Never follows a link, never blocks on a FIFO, never reads more than the header says.
 */
function readCache(path: string, source: Buffer): Found {
  let fd: number | undefined;
  try {
    // O_NOFOLLOW and O_NONBLOCK are POSIX (undefined, so 0, on Windows).
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { replaceable: !stat.isDirectory() };
    if (!trusted(stat, { root: false, sticky: false }) || stat.size < HEADER) return { replaceable: true };
    const header = readAt(fd, HEADER, 0);
    const n = header.readUInt32LE(0);
    const m = header.readUInt32LE(4);
    if (n !== source.length || stat.size !== HEADER + n + 2 * m) return { replaceable: true };
    const rest = readAt(fd, n + 2 * m, HEADER);
    const data = rest.subarray(n, n + m);
    const intact = rest.length === n + 2 * m && source.equals(rest.subarray(0, n)) && data.equals(rest.subarray(n + m));
    if (!intact) return { replaceable: true };
    // Marked as used (at most once a day: one more syscall), so that pruning keeps it.
    const now = Date.now();
    if (now - stat.mtimeMs > DAY_MS) futimesSync(fd, now / 1000, now / 1000);
    return { data, replaceable: true };
  } catch (error) {
    // Missing (ENOENT), a link (ELOOP), unreadable: a new cache goes in its place, except over a folder.
    const code = (error as NodeJS.ErrnoException).code;
    return { replaceable: code !== 'EISDIR' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes the cache under a fresh random name created exclusively (never through a link, never over
 * a file), then renames it to `path`: a reader never sees half a file.
 */
function writeCache(path: string, source: Buffer, data: Buffer): void {
  const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  let created = false;
  try {
    const header = Buffer.alloc(HEADER);
    header.writeUInt32LE(source.length, 0);
    header.writeUInt32LE(data.length, 4);
    writeFileSync(temporary, Buffer.concat([header, source, data, data]), { mode: 0o600, flag: 'wx' });
    created = true;
    renameSync(temporary, path);
  } catch {
    // A read-only or full disk: the next run compiles lazily again, nothing else changes.
    if (created) rmSync(temporary, { force: true });
    return;
  }
  prune(dirname(path));
}

/** A day, in milliseconds. */
const DAY_MS = 86_400_000;
/** A cache no run has used for this long is deleted: an action version or install path gone by. */
const UNUSED_MS = 30 * DAY_MS;

/**
 * Deletes, in our cache folder (only this user can write to it: cacheFolder), the cache files no run
 * has used for UNUSED_MS (each use marks the file at most once a day) and temporary files a run left
 * a day ago or more (a run killed while writing). Each action version or install path makes caches of
 * its own, so without this the folder would only grow. Runs only after a new cache is written.
 */
function prune(folder: string): void {
  try {
    const now = Date.now();
    for (const name of readdirSync(folder)) {
      if (!name.startsWith('wacrg-')) continue;
      const age = name.endsWith('.v8cache') ? UNUSED_MS : name.endsWith('.tmp') ? DAY_MS : undefined;
      if (age === undefined) continue;
      const stat = lstatSync(join(folder, name));
      if (stat.isFile() && now - stat.mtimeMs > age) rmSync(join(folder, name), { force: true });
    }
  } catch {
    // Another run pruning at the same time, or a file gone: pruning is never worth failing a run.
  }
}

/** The cache folder of this process, looked for once. */
let folder: { path: string | undefined } | undefined;

/** What each bundle file's top level returned, by path: a file runs once per process, as with require(). */
const loaded = new Map<string, unknown>();

/**
 * Runs the CommonJS file at `url` (a bundle of ours) and returns its `module.exports`, as require()
 * would, with a code cache taken after the run in Node's compile-cache folder (see the top of this
 * file). `profile` names what the run does (e.g. `validate`, `issues`): runs with another profile get
 * a cache of their own. The bundle's require() of a `.cjs` file of ours (`./` or `../`: dist/yaml.cjs,
 * dist/ajv.cjs, dist/github-proxy.cjs) is served the same way, with the same profile; any other
 * require() is Node's. Without a cache folder (NODE_DISABLE_COMPILE_CACHE, or one that is not safe:
 * cacheFolder) the file is compiled as require() would, and nothing is written. With `cache: false`
 * no cache is read or made: for a run whose cache no earlier run of ours can have made (a new
 * machine for every job, or a profile we never make a cache for), any file found would have been put
 * there by something else, and V8 would run its bytecode.
 * Errors: throws what reading the file, or running its top level, throws.
 */
export function loadBundle<T>(url: URL, profile: string, options: { cache?: boolean } = {}): T {
  const file = fileURLToPath(url);
  if (loaded.has(file)) return loaded.get(file) as T;
  const bytes = readFileSync(file);
  folder ??= { path: options.cache === false ? undefined : cacheFolder() };
  const cachePath = folder.path === undefined ? undefined : join(folder.path, cacheFileName(file, profile));
  const found: Found = cachePath === undefined ? { replaceable: false } : readCache(cachePath, bytes);
  const cachedData = found.data;
  // The bundles are ASCII (scripts/build.mjs): latin1 is the cheapest exact decoding.
  const script = new Script(`${WRAPPER[0]}${bytes.toString('latin1')}${WRAPPER[1]}`, {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  if (cachePath !== undefined && found.replaceable && (cachedData === undefined || script.cachedDataRejected === true)) {
    // At exit, when the run has compiled what it calls (process.exit() runs 'exit' listeners too).
    process.once('exit', () => {
      try {
        writeCache(cachePath, bytes, script.createCachedData());
      } catch {
        // createCachedData can fail only for lack of memory: never fail the run for a cache.
      }
    });
  }
  const nodeRequire = createRequire(file);
  const ownRequire = Object.assign((id: string): unknown => (/^\.\.?\/[^/]+\.cjs$/.test(id) ? loadBundle(pathToFileURL(join(dirname(file), id)), profile, options) : nodeRequire(id)), nodeRequire);
  const wrapper: unknown = script.runInThisContext();
  const holder = { exports: {} };
  (wrapper as (e: object, r: NodeJS.Require, m: object, f: string, d: string) => void).call(holder.exports, holder.exports, ownRequire as NodeJS.Require, holder, file, dirname(file));
  loaded.set(file, holder.exports);
  return holder.exports as T;
}
