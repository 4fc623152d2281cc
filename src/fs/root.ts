// The filesystem edge shared by the CLI and the action: every repository path is relative to a
// root, and nothing is read, written or removed through a symbolic link that leaves that root.
// Links that stay inside the root are followed. Checks cost one lstat per path component of a
// single file, and one realpath per link met while listing a tree (never one per plain file), so
// listing 100,000 captures stays one readdir per folder.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';

/**
 * A read, write or removal that would go through a symbolic link leaving the root, or through a
 * link whose target does not exist. `link` is the link's path relative to the root (POSIX
 * separators); the target is not named, so the message is safe for public logs.
 */
export class RootLinkError extends Error {
  override name = 'RootLinkError';
  readonly link: string;
  readonly reason: 'outside' | 'dangling';
  constructor(link: string, reason: 'outside' | 'dangling') {
    super(
      reason === 'outside'
        ? `${link} is a symbolic link that leaves the repository root; refusing to read or write through it (replace the link with the files themselves)`
        : `${link} is a symbolic link to a file that does not exist; refusing to read or write through it (remove the link)`,
    );
    this.link = link;
    this.reason = reason;
  }
}

/** A repository root: `dir` as given (absolute), `real` its real path (symbolic links resolved). */
export interface Root {
  dir: string;
  real: string;
}

/**
 * The root for an absolute or relative folder path. Errors: the folder's ENOENT/ENOTDIR/EACCES as
 * thrown by `fs.realpathSync`.
 */
export function openRoot(dir: string): Root {
  const abs = resolve(dir);
  return { dir: abs, real: realpathSync(abs) };
}

/** Whether `path` (absolute, real) is `real` or below it. */
function within(real: string, path: string): boolean {
  return path === real || path.startsWith(real.endsWith(sep) ? real : `${real}${sep}`);
}

/** The path's segments; a path that is absolute or climbs above the root is a bug in the caller. */
function segments(path: string): string[] {
  const parts = path.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  if (isAbsolute(path) || parts.includes('..')) throw new Error(`not a path inside the repository: ${path}`);
  return parts;
}

/** Real path of the link at `abs` (named `rel`), or RootLinkError when it leaves the root or dangles. */
function followLink(root: Root, abs: string, rel: string): string {
  let target: string;
  try {
    target = realpathSync(abs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // Dangling: a write would create the target, so judge where it points.
    const lexical = resolve(dirname(abs), readlinkSync(abs));
    throw new RootLinkError(rel, within(root.real, lexical) ? 'dangling' : 'outside');
  }
  if (!within(root.real, target)) throw new RootLinkError(rel, 'outside');
  return target;
}

/**
 * The real absolute path of `path` (relative to the root), with every symbolic link on the way
 * followed only when it stays inside the root. Missing components are fine (a file about to be
 * written): the rest of the path is appended as is. Errors: RootLinkError naming the first link
 * that leaves the root or dangles.
 */
export function resolveInside(root: Root, path: string): string {
  const parts = segments(path);
  let current = root.real;
  for (const [i, part] of parts.entries()) {
    const next = join(current, part);
    let isLink: boolean;
    try {
      isLink = lstatSync(next).isSymbolicLink();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return join(next, ...parts.slice(i + 1));
      throw error;
    }
    current = isLink ? followLink(root, next, parts.slice(0, i + 1).join('/')) : next;
  }
  return current;
}

/** The file's text, or undefined when it does not exist. Errors: RootLinkError, other fs errors. */
export function readTextInside(root: Root, path: string): string | undefined {
  try {
    return readFileSync(resolveInside(root, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes `text` to `path` (relative to the root) atomically: a temporary file in the same folder,
 * then a rename over the target, so a reader sees the old file or the new one, never half of it.
 * Missing folders are created. Errors: RootLinkError before anything is written; fs errors (the
 * temporary file is removed).
 */
export function writeTextAtomic(root: Root, path: string, text: string): void {
  const target = resolveInside(root, path);
  mkdirSync(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    // 'wx': never reuse (or follow) a file that already has the temporary name.
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or never created.
    }
    throw error;
  }
}

/**
 * Removes the file at `path`, only when the folder holding it is really inside `scope` (a folder
 * relative to the root, e.g. the generated docs/spec): a file reached through a link to another
 * folder is left alone. A link itself is removed, never its target. Returns whether it removed it.
 */
export function removeInside(root: Root, scope: string, path: string): boolean {
  const parts = segments(path);
  const folder = resolveInside(root, parts.slice(0, -1).join('/'));
  if (!within(resolveInside(root, scope), folder)) return false;
  unlinkSync(join(folder, parts[parts.length - 1] ?? ''));
  return true;
}

/**
 * The paths (relative to the root, POSIX separators) of every file under `top` (a folder relative to
 * the root), in no particular order; [] when `top` does not exist (a file there: ENOTDIR). Links
 * inside the root are followed (each real folder listed once, so a link cycle ends); a link that
 * leaves the root, or dangles, stops the listing with RootLinkError: a link to `/` must not walk the
 * filesystem, and an outside file must not be read. `skip`: a folder (relative to the root) not to
 * enter, for a caller that lists it otherwise.
 */
export function listTree(root: Root, top: string, skip?: string): string[] {
  const start = resolveInside(root, top);
  if (!existsSync(start)) return [];
  const files: string[] = [];
  const seen = new Set<string>([start]);
  const pending: [string, string][] = [[segments(top).join('/'), start]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [rel, abs] = next;
    // `abs` is a real path and an entry name holds no separator: a concatenation is what join() would
    // give, without join()'s normalisation, which made listing 100,000 captures allocate 160 MiB.
    const parent = abs.endsWith(sep) ? abs : `${abs}${sep}`;
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const entryRel = `${rel}/${entry.name}`;
      // A plain file, the bulk of a corpus: only its path (no absolute path built, no object).
      if (entry.isFile()) {
        files.push(entryRel);
        continue;
      }
      let entryAbs = `${parent}${entry.name}`;
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        entryAbs = followLink(root, entryAbs, entryRel);
        isDirectory = statSync(entryAbs).isDirectory();
      } else if (!isDirectory) continue;
      if (!isDirectory) files.push(entryRel);
      else if (entryRel !== skip && !seen.has(entryAbs)) {
        seen.add(entryAbs);
        pending.push([entryRel, entryAbs]);
      }
    }
  }
  return files;
}
