// The CLI's edge: argument parsing errors and output, kept apart from the commands' logic.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RepoFile } from '../spec/repo.ts';
import { readRepoFiles } from '../spec/read-files.ts';
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
  const root = resolve(rootArg);
  if (!existsSync(join(root, 'spec')) && !existsSync(join(root, 'corpus'))) {
    throw new UsageError(`no spec/ or corpus/ under ${root}: --root must name a spec repository`);
  }
  return { root, files: await readRepoFiles(root) };
}
