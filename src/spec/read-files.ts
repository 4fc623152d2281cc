// I/O edge: reads the YAML files of a spec repository from disk. Everything downstream is pure.
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readdir, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listTree, openRoot, resolveInside, type Root } from '../fs/root.ts';
import { isRecordPath, isSchemaPath, kindOf, SCHEMA_PATHS, type RecordKind, type RepoFile } from './repo.ts';

const MAX_FILE_BYTES = 4 * 1024 * 1024;

/**
 * The YAML files under spec/ and corpus/ and the repository's own schema files (SCHEMA_PATHS),
 * sorted by path. With `only`, just the records and schema files of those kinds: corpus/
 * (captures, the bulk of a repository) is not even listed when no capture is wanted.
 *
 * The files are read one after the other with synchronous calls: a corpus is thousands of small
 * files, and each asynchronous open/stat/read/close is a round trip through the thread pool. Measured
 * on 10,000 captures of about 1.1 KB (2 cores, warm cache): 1.2–1.6 s with a file handle per file and
 * 64 reads in flight, 0.6–1.2 s with `fs.promises.readFile` 64 at a time, 0.12–0.18 s synchronously.
 *
 * Errors: RootLinkError (src/fs/root.ts) when a symbolic link under spec/ or corpus/ (or either
 * folder itself) leaves the root; nothing outside the root is listed or read.
 */
export async function readRepoFiles(root: string, only?: readonly RecordKind[]): Promise<RepoFile[]> {
  return (await listRecordPaths(root, only)).map((path) => ({ path, text: readRecordText(root, path) }));
}

/**
 * The repository-relative paths `readRepoFiles` would read, sorted, without reading any: a caller
 * that handles thousands of captures reads them a batch at a time with readRecordText.
 */
export async function listRecordPaths(root: string, only?: readonly RecordKind[]): Promise<string[]> {
  const wanted = (path: string): boolean => {
    if (isSchemaPath(path)) return only === undefined || only.some((kind) => SCHEMA_PATHS[kind] === path);
    if (!isRecordPath(path)) return false;
    if (only === undefined) return true;
    const kind = kindOf(path);
    return kind !== undefined && kind !== 'schema' && kind !== 'tool' && kind !== 'flavor-map' && only.includes(kind);
  };
  // Captures live under corpus/, every other kind under spec/.
  const tops = ['spec', 'corpus'].filter((top) => only === undefined || only.some((kind) => (kind === 'capture') === (top === 'corpus')));
  const paths: string[] = [];
  const base = rootOf(root);
  if (base === undefined) return paths;
  for (const top of tops) {
    // listTree refuses a link that leaves the root (RootLinkError): nothing outside is listed or read.
    for (const path of listTree(base, top)) if (wanted(path)) paths.push(path);
  }
  // The default sort compares UTF-16 code units, as `<` does: the same order, without a JavaScript
  // comparator called some 130,000 times for 10,000 captures (costly in a short-lived process).
  return paths.sort();
}

/** Where the captures live (formats.md): one folder, one file per capture, no subfolders. */
const CAPTURES = 'corpus/captures';

/** What readRepoListingCaptures gives: the files read, and the capture files only listed. */
export interface ListedRepo {
  /** Every file readRepoFiles reads but the captures, plus the captures asked for; sorted by path. */
  files: RepoFile[];
  /** File names (not paths) of every capture file in corpus/captures/, as listed: unsorted. */
  captureNames: string[];
}

/**
 * The files readRepoFiles would read, except the captures (`corpus/captures/*.yaml`, the bulk of a
 * repository): their folder is listed by name only (a capture's id is its file name, formats.md
 * cross-file rule 4), and only the captures whose id is in `ids` are read (`<id>.yaml`, `<id>.yml`).
 * For callers that check a few captures against the spec they join (the intake, the review of a pull
 * request that changes only captures). Cost flat in the number of captures but for one `readdir`
 * of names: per listed capture no stat, no path built, no regular expression (measured on 10,000
 * captures in a fresh process, 2 busy cores: ≈115 ms CPU through listRecordPaths, ≈20 ms this way).
 *
 * Links: spec/ and the rest of corpus/ as readRepoFiles; corpus/captures/ itself must stay inside
 * the root (RootLinkError otherwise); a capture that is a link is never followed unless asked for,
 * and then only inside the root. `listed`: the names listCaptureNames gave for this root, when the
 * caller started the listing earlier. Errors: as readRepoFiles.
 */
export async function readRepoListingCaptures(root: string, ids: Iterable<string> = [], listed?: Promise<string[]>): Promise<ListedRepo> {
  const base = rootOf(root);
  if (base === undefined) return { files: [], captureNames: [] };
  const paths: string[] = [];
  for (const top of ['spec', 'corpus']) {
    for (const path of listTree(base, top, CAPTURES)) if (isSchemaPath(path) || isRecordPath(path)) paths.push(path);
  }
  const folder = resolveInside(base, CAPTURES);
  const captureNames = listed === undefined ? (isFolder(folder) ? readdirSync(folder).filter(isCaptureName) : []) : await listed;
  const files = paths.map((path) => ({ path, text: readRecordText(root, path) }));
  for (const id of new Set(ids)) {
    for (const name of [`${id}.yaml`, `${id}.yml`]) {
      if (!captureNames.includes(name)) continue;
      const path = `${CAPTURES}/${name}`;
      const stat = lstatSync(join(folder, name));
      // A link is followed only inside the root (resolveInside throws RootLinkError otherwise), and
      // only to a file: a folder of that name is no capture, linked or not (as the full listing).
      if (stat.isSymbolicLink()) {
        const target = resolveInside(base, path);
        if (statSync(target).isFile()) files.push({ path, text: readHead(target) });
      } else if (stat.isFile()) files.push({ path, text: readHead(join(folder, name)) });
    }
  }
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), captureNames };
}

/**
 * The capture file names in corpus/captures/ (as ListedRepo.captureNames), listed on the thread pool:
 * a caller starts the listing before a request and hands it to readRepoListingCaptures, so that the
 * listing of a large corpus overlaps the request's round trip instead of following it (10,000 names:
 * ≈8 ms in a fresh process on a 2-core machine). The folder is checked as readRepoListingCaptures
 * checks it, before it is listed. Errors: RootLinkError when corpus/captures leaves the root.
 */
export async function listCaptureNames(root: string): Promise<string[]> {
  const base = rootOf(root);
  if (base === undefined) return [];
  const folder = resolveInside(base, CAPTURES);
  if (!isFolder(folder)) return [];
  const names = await new Promise<string[]>((resolve, reject) => readdir(folder, (error, list) => (error ? reject(error) : resolve(list))));
  return names.filter(isCaptureName);
}

/** Whether `path` is a folder (a link followed: resolveInside has kept it inside the root). */
function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** A capture's file name (`<id>.yaml` or `.yml`, as kindOf): string tests only, asked of every listed name. */
function isCaptureName(name: string): boolean {
  return name.endsWith('.yaml') ? name.length > 5 : name.endsWith('.yml') && name.length > 4;
}

/** The text of one record file (`path` relative to `root`, as listRecordPaths gives it); see readHead. */
export function readRecordText(root: string, path: string): string {
  return readHead(join(root, path));
}

/** Bytes read in one call before the size is asked for: nearly every record file is smaller. */
const FIRST_READ_BYTES = 64 * 1024;
/** Reused by every read (this thread's): a corpus is read file after file, synchronously. */
let firstRead: Buffer | undefined;

/**
 * The file, or its first MAX_FILE_BYTES bytes when it is larger: an oversized file is not read into
 * memory whole. Those bytes decode to more than 1 MiB of characters (at most 3 UTF-8 bytes per
 * UTF-16 unit), so the validator reports it as too large, never as empty.
 *
 * A file shorter than FIRST_READ_BYTES is read with open, one read and close (a short read of a
 * regular file is its end): no stat and no buffer per file. Measured reading 10,000 generated captures
 * of about 1.1 KB (warm cache, shared 2-core machine, 3 runs): 110–150 ms against 180–380 ms with a
 * stat and a buffer per file.
 */
function readHead(abs: string): string {
  // O_NOFOLLOW: the listed path is real; a link swapped in after the listing is not followed.
  const fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    firstRead ??= Buffer.allocUnsafe(FIRST_READ_BYTES);
    const first = readSync(fd, firstRead, 0, FIRST_READ_BYTES, 0);
    if (first < FIRST_READ_BYTES) return firstRead.toString('utf8', 0, first);
    const { size } = fstatSync(fd);
    if (size <= MAX_FILE_BYTES) return readFileSync(fd).toString('utf8');
    const buffer = Buffer.alloc(MAX_FILE_BYTES);
    let read = 0;
    while (read < buffer.length) {
      const bytesRead = readSync(fd, buffer, read, buffer.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The root, or undefined when the folder does not exist (no records then). */
function rootOf(root: string): Root | undefined {
  try {
    return openRoot(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
