// The CLI's edge: argument parsing errors, output (colour and progress only on a terminal), and
// the repository root, kept apart from the commands' logic.
import { existsSync, fstatSync, readdirSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RecordKind, RepoFile } from '../spec/repo.ts';
import type { BatchedRepo } from '../spec/batches.ts';
import { kindOf } from '../spec/repo.ts';
import { listRecordPaths, readRecordText, readRepoFiles } from '../spec/read-files.ts';
import type { ParseArgsConfig } from 'node:util';

// Taken from the built-in module itself, not through an ESM import: the ESM view of node:util
// evaluates every export of it, which loads node:worker_threads and more (6–24 ms measured on the
// shared 2-core machine under load, against 0.3 ms for process.getBuiltinModule).
const { parseArgs } = process.getBuiltinModule('node:util');

/** A mistake in how the command was called: exit 2 with the message and the usage. */
export class UsageError extends Error {}

/** A failure that is not a bug (unwritable file, unreadable input): exit `exitCode` with the message, no usage. */
export class Failure extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Where a command writes. `out`/`err` take whole lines (a missing final newline is added).
 * The optional parts are what a terminal adds; tests and pipes leave them out:
 * - `color`: ANSI colour allowed on standard output / standard error;
 * - `status`: shows a transient progress line on standard error ('' clears it);
 * - `cwd`: the folder root discovery starts from (default: the process's working folder).
 */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  color?: { out: boolean; err: boolean };
  status?: (text: string) => void;
  cwd?: string;
}

/** Standard output cannot be written (a full disk, a descriptor not open for writing): exit 2, said on standard error. */
export class OutputError extends Error {}

/**
 * Writes to standard output or error (fd 1 or 2) with write(2) itself, not through process.stdout or
 * process.stderr: creating those streams loads Node's stream and net modules (≈5 ms in a fresh
 * process with output to a pipe, measured for issue #14). A pipe another process left non-blocking (EAGAIN)
 * gets Node's stream from then on, which waits for it, so the order of lines is kept.
 * Standard output: a reader that closed the pipe (`wacrg validate | head -1`) or the socket has all
 * it wanted, so the run ends with exit 0 for what was already written; any other failure throws
 * OutputError. Standard error carries notes and messages only: once it cannot be written, the
 * rest of them is dropped and the run goes on (its output and exit code still say the result).
 */
function fdWriter(fd: 1 | 2): (text: string) => void {
  let stream: NodeJS.WriteStream | undefined;
  let gone = false;
  const failed = (error: unknown): void => {
    const { code, message } = error as NodeJS.ErrnoException;
    if (fd === 2) {
      gone = true;
      return;
    }
    if (readerGone(code)) process.exit(0);
    throw new OutputError(cannotWrite(message));
  };
  return (text) => {
    if (gone) return;
    if (stream !== undefined) {
      stream.write(text);
      return;
    }
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length; ) {
      try {
        at += writeSync(fd, bytes, at);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return failed(error);
        stream = standardStream(fd);
        stream.write(bytes.subarray(at));
        return;
      }
    }
  };
}

/** What a failed write to standard output says, whether write(2) or the stream met it. */
function cannotWrite(message: string): string {
  return `cannot write standard output: ${message}`;
}

/**
 * Whether a failed write means the reader has gone: EPIPE on a pipe, ECONNRESET on a socket closed
 * with data unread (what Node's child_process gives a child as its standard output).
 */
function readerGone(code: string | undefined): boolean {
  return code === 'EPIPE' || code === 'ECONNRESET';
}

/**
 * process.stdout or process.stderr, with the same rules as fdWriter for a write that fails later
 * (the stream writes a non-blocking pipe when it can): standard output's reader gone is exit 0,
 * another failure one line and exit 2; standard error's failures are dropped.
 */
function standardStream(fd: 1 | 2): NodeJS.WriteStream {
  const stream = fd === 1 ? process.stdout : process.stderr;
  if (stream.listenerCount('error') === 0) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (fd === 2) return;
      if (readerGone(error.code)) process.exit(0);
      writeError(`wacrg: ${cannotWrite(error.message)}\n`);
      process.exit(2);
    });
  }
  return stream;
}

/**
 * Whether fd 1 or 2 is a terminal. Only a character device can be one: a pipe or a file is told by
 * fstat alone, without loading Node's tty module (≈4 ms) through the stream; so is the null device,
 * where a script sends what it does not read (`wacrg validate >/dev/null`; a CPU profile put
 * building the stream there at ≈7 ms, though 60 interleaved runs showed no wall-clock difference).
 */
function isTerminal(fd: 1 | 2): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice() || stat.rdev === nullDevice()) return false;
  } catch {
    return false;
  }
  return standardStream(fd).isTTY === true;
}

/** The device number of /dev/null; undefined where there is none (Windows). */
function nullDevice(): number | undefined {
  try {
    return statSync('/dev/null').rdev;
  } catch {
    return undefined;
  }
}

/**
 * Colour follows https://no-color.org: never when NO_COLOR is set to a non-empty value, never on
 * TERM=dumb, and only on a terminal. The progress line also stays out of CI logs (CI, GITHUB_ACTIONS).
 */
function terminalOutput(env: NodeJS.ProcessEnv): Output {
  const colorAllowed = (env['NO_COLOR'] ?? '') === '' && env['TERM'] !== 'dumb';
  const inCI = ((env['CI'] ?? '') !== '' && env['CI'] !== 'false') || env['GITHUB_ACTIONS'] === 'true';
  const writeOut = fdWriter(1);
  const errIsTerminal = isTerminal(2);
  let shown = false;
  // A line printed while a progress line shows takes its place (the progress line has no newline).
  const clear = (): void => {
    if (shown) writeError('\r\x1b[2K');
    shown = false;
  };
  const output: Output = {
    out: (text) => {
      clear();
      writeOut(text.endsWith('\n') ? text : `${text}\n`);
    },
    err: (text) => {
      clear();
      writeError(text.endsWith('\n') ? text : `${text}\n`);
    },
    color: { out: colorAllowed && isTerminal(1), err: colorAllowed && errIsTerminal },
  };
  if (errIsTerminal && !inCI) {
    output.status = (text) => {
      // \r + erase line: the next status (or the next ordinary line) takes its place.
      if (text === '' && !shown) return;
      writeError(`\r\x1b[2K${text}`);
      shown = text !== '';
    };
  }
  return output;
}

/** Standard error, for everything this process says there. */
const writeError = fdWriter(2);

export const processOutput: Output = terminalOutput(process.env);

const STYLES = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39] } as const;

/** `text` in the given style when colour is `on`, else unchanged. */
export function paint(on: boolean | undefined, style: keyof typeof STYLES, text: string): string {
  if (!on) return text;
  const [open, close] = STYLES[style];
  return `\x1b[${open}m${text}\x1b[${close}m`;
}

/**
 * From this many record files a run takes long enough to show a progress line (about 0.2 s per
 * 1,000 captures to check on the 2-core development machine); below it, none at all.
 */
export const PROGRESS_FROM_FILES = 1000;

/**
 * A progress line for long runs: shown through `io.status` (a terminal, not CI) unless `json`;
 * `done()` clears it. Commands update it per stage, not per file.
 */
export function progress(io: Output, json: boolean): { update(text: string): void; done(): void } {
  const status = json ? undefined : io.status;
  return {
    update: (text) => status?.(text),
    done: () => status?.(''),
  };
}

/**
 * Whether `dir` holds a spec repository: a corpus/ folder, or a spec/ folder with YAML in it or one
 * level down (a docs/spec/ of generated Markdown pages is not one).
 */
export function isSpecRoot(dir: string): boolean {
  if (isDirectory(join(dir, 'corpus'))) return true;
  const spec = join(dir, 'spec');
  if (!isDirectory(spec)) return false;
  const yaml = (name: string): boolean => /\.ya?ml$/.test(name);
  for (const entry of readdirSync(spec, { withFileTypes: true })) {
    if (yaml(entry.name)) return true;
    if (isDirectory(join(spec, entry.name)) && readdirSync(join(spec, entry.name)).some(yaml)) return true;
  }
  return false;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The nearest folder at or above `start` that holds a spec repository (isSpecRoot), looking no
 * higher than the repository's top (the folder holding .git) or the filesystem root.
 * Errors: UsageError naming where it looked.
 */
export function findRoot(start: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (isSpecRoot(dir)) return dir;
    const top = existsSync(join(dir, '.git'));
    if (top || dirname(dir) === dir) {
      throw new UsageError(`no spec/ or corpus/ in ${resolve(start)} or any folder above it up to ${top ? `the repository's top ${dir}` : dir}: run wacrg inside a spec repository or pass --root DIR`);
    }
  }
}

/**
 * The root a command works on: `--root` when given (it must hold a spec repository), else the one
 * found from the working folder (findRoot), announced on standard error when it is not the
 * working folder itself. Paths the repository defines (the issue-form template, docs/spec/) are
 * relative to it. Errors: UsageError.
 */
export function specRoot(rootArg: string | undefined, io: Output): string {
  const cwd = io.cwd ?? process.cwd();
  if (rootArg !== undefined) {
    const root = resolve(cwd, rootArg);
    if (!isSpecRoot(root)) throw new UsageError(`no spec/ or corpus/ under ${root}: --root must name a spec repository`);
    return root;
  }
  const root = findRoot(cwd);
  if (root !== resolve(cwd)) io.err(`wacrg: using the repository root ${root}`);
  return root;
}

/** The `--root` option every command that reads a repository takes (no default: see specRoot). */
export const ROOT_OPTION = { root: { type: 'string' } } as const;

/** specRoot, and the record files under it (`only`: just those kinds, as readRepoFiles). */
export async function readSpecRoot(rootArg: string | undefined, io: Output, only?: readonly RecordKind[]): Promise<{ root: string; files: RepoFile[] }> {
  const root = specRoot(rootArg, io);
  return { root, files: await readRepoFiles(root, only) };
}

/**
 * The same root with the spec records read and the captures listed, not read: validate reads them a
 * batch at a time (src/spec/batches.ts), so memory does not grow with the corpus.
 */
export async function openSpecRoot(rootArg: string | undefined, io: Output): Promise<{ root: string; repo: BatchedRepo }> {
  const root = specRoot(rootArg, io);
  const captures: string[] = [];
  const spec: RepoFile[] = [];
  for (const path of await listRecordPaths(root)) {
    if (kindOf(path) === 'capture') captures.push(path);
    else spec.push({ path, text: readRecordText(root, path) });
  }
  return { root, repo: { spec, captures, read: (path) => readRecordText(root, path) } };
}
