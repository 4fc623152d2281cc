// Loads one of our CommonJS bundles (dist/action/run.cjs, dist/cli/main.cjs) with a V8 code cache
// taken *after* a run, so that later runs start with the bytecode of every function the earlier run
// executed.
//
// Why not only Node's compile cache (module.enableCompileCache, still on for everything else): it
// stores the code cache V8 produces right after compiling a file, which holds the top level and
// little else; every function a run calls is then compiled again, lazily, on every start. V8's own
// advice is to create the cache after execution (v8.dev/blog/code-caching-for-devs, "create the
// cache after execution"), which vm.Script#createCachedData allows. Measured for issue #14 (2-core
// machine, `wacrg validate` on this repository, 21 interleaved runs): 139 ms with the ESM chunks and
// Node's cache, 98 ms with one CommonJS bundle and a cache taken after a run (bare `node -e 0`: 40 ms).
//
// The cache files live in Node's compile-cache folder (module.getCompileCacheDir(): NODE_COMPILE_CACHE
// or <tmpdir>/node-compile-cache, one sub-folder per Node version and V8 flags), so the same settings
// turn both off (NODE_DISABLE_COMPILE_CACHE=1) and the same trust applies. A file is named after the
// bundle's path and a profile (the command or event: the functions a run calls depend on it).
// Two checks V8 does not make (Node's compile cache makes them with CRC32s):
// - V8 only checks that the source has the same length: the file holds a copy of the bundle's bytes,
//   and is used only when the copy equals the bundle byte for byte;
// - V8 does not check its data either (a damaged cache aborts the process: "Fatal error …
//   unreachable code"): the file holds V8's data twice, and is used only when both copies agree.
// Both are comparisons of bytes (≈0.1 ms for the intake's bundle): a hash would need node:crypto
// (≈15 ms to load), node:zlib's CRC32 or V8's --verify-snapshot-checksum through node:v8 (≈4 ms
// each, measured for issue #14). A cache that fails a check, or that V8 rejects (another V8), is
// replaced; one not owned by this user or writable by others is ignored. Writing never fails a run.
import { closeSync, fstatSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { basename, dirname, join } from 'node:path';
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

/**
 * V8's cached data from the cache file at `path`, or undefined: missing, unreadable, not owned by
 * this user, writable by others, made for other bytes than `source`, or damaged.
 */
function readCache(path: string, source: Buffer): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile() || (process.getuid !== undefined && stat.uid !== process.getuid()) || (stat.mode & 0o022) !== 0) return undefined;
    const bytes = readFileSync(fd);
    if (bytes.length < HEADER) return undefined;
    const n = bytes.readUInt32LE(0);
    const m = bytes.readUInt32LE(4);
    if (n !== source.length || bytes.length !== HEADER + n + 2 * m) return undefined;
    const data = bytes.subarray(HEADER + n, HEADER + n + m);
    return source.equals(bytes.subarray(HEADER, HEADER + n)) && data.equals(bytes.subarray(HEADER + n + m)) ? data : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes the cache beside its final name, then renames it there: a reader never sees half a file. */
function writeCache(path: string, source: Buffer, data: Buffer): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const header = Buffer.alloc(HEADER);
    header.writeUInt32LE(source.length, 0);
    header.writeUInt32LE(data.length, 4);
    writeFileSync(temporary, Buffer.concat([header, source, data, data]), { mode: 0o600 });
    renameSync(temporary, path);
  } catch {
    // A read-only or full disk: the next run compiles lazily again, nothing else changes.
    rmSync(temporary, { force: true });
  }
}

/** What each bundle file's top level returned, by path: a file runs once per process, as with require(). */
const loaded = new Map<string, unknown>();

/**
 * Runs the CommonJS file at `url` (a bundle of ours) and returns its `module.exports`, as require()
 * would, with a code cache taken after the run in Node's compile-cache folder (see the top of this
 * file). `profile` names what the run does (e.g. `validate`, `issues`): runs with another profile get
 * a cache of their own. The bundle's require() of a `.cjs` file of ours (`./` or `../`: dist/yaml.cjs,
 * dist/ajv.cjs, dist/github-proxy.cjs) is served the same way, with the same profile; any other
 * require() is Node's. Without a compile-cache folder (NODE_DISABLE_COMPILE_CACHE, or Node before
 * 22.8) the file is compiled as require() would, and nothing is written. With `write: false` a cache
 * is used when there is one, and none is made (a machine that will not run this again, where
 * making it, ≈10 ms at exit, is pure cost).
 * Errors: throws what reading the file, or running its top level, throws.
 */
export function loadBundle<T>(url: URL, profile: string, options: { write?: boolean } = {}): T {
  const file = fileURLToPath(url);
  if (loaded.has(file)) return loaded.get(file) as T;
  const bytes = readFileSync(file);
  const folder = module.getCompileCacheDir?.();
  const cachePath = folder === undefined ? undefined : join(folder, cacheFileName(file, profile));
  const cachedData = cachePath === undefined ? undefined : readCache(cachePath, bytes);
  // The bundles are ASCII (scripts/build.mjs): latin1 is the cheapest exact decoding.
  const script = new Script(`${WRAPPER[0]}${bytes.toString('latin1')}${WRAPPER[1]}`, {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  if (cachePath !== undefined && options.write !== false && (cachedData === undefined || script.cachedDataRejected === true)) {
    // At exit, when the run has compiled what it calls (process.exit() runs 'exit' listeners too).
    process.once('exit', () => {
      try {
        writeCache(cachePath, bytes, script.createCachedData());
      } catch {
        // createCachedData can fail only for lack of memory: never fail the run for a cache.
      }
    });
  }
  const nodeRequire = module.createRequire(file);
  const ownRequire = Object.assign((id: string): unknown => (/^\.\.?\/[^/]+\.cjs$/.test(id) ? loadBundle(pathToFileURL(join(dirname(file), id)), profile, options) : nodeRequire(id)), nodeRequire);
  const wrapper: unknown = script.runInThisContext();
  const holder = { exports: {} };
  (wrapper as (e: object, r: NodeJS.Require, m: object, f: string, d: string) => void).call(holder.exports, holder.exports, ownRequire as NodeJS.Require, holder, file, dirname(file));
  loaded.set(file, holder.exports);
  return holder.exports as T;
}
