// The CLI's edge: argument parsing errors and output, kept apart from the commands' logic.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RepoFile } from '../spec/repo.ts';
import type { BatchedRepo } from '../spec/batches.ts';
import { kindOf } from '../spec/repo.ts';
import { listRecordPaths, readRecordText, readRepoFiles } from '../spec/read-files.ts';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the command was called: exit 2 with the message and the usage. */
export class UsageError extends Error {}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/**
 * The `--root` of a command, resolved, with its record files. A root without spec/ or corpus/ is a
 * mistake in the call (a typo in --root): a usage error, not an invalid spec.
 */
export async function readSpecRoot(rootArg: string): Promise<{ root: string; files: RepoFile[] }> {
  const root = specRoot(rootArg);
  return { root, files: await readRepoFiles(root) };
}

/**
 * The same root with the spec records read and the captures listed, not read: validate reads them a
 * batch at a time (src/spec/batches.ts), so memory does not grow with the corpus.
 */
export async function openSpecRoot(rootArg: string): Promise<{ root: string; repo: BatchedRepo }> {
  const root = specRoot(rootArg);
  const paths = await listRecordPaths(root);
  const captures = paths.filter((path) => kindOf(path) === 'capture');
  const spec = paths.filter((path) => kindOf(path) !== 'capture').map((path) => ({ path, text: readRecordText(root, path) }));
  return { root, repo: { spec, captures, read: (path) => readRecordText(root, path) } };
}

function specRoot(rootArg: string): string {
  const root = resolve(rootArg);
  if (!existsSync(join(root, 'spec')) && !existsSync(join(root, 'corpus'))) {
    throw new UsageError(`no spec/ or corpus/ under ${root}: --root must name a spec repository`);
  }
  return root;
}
