// Captured output and temporary copies of repo-other for the CLI command tests.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Output } from '../../src/cli/io.ts';
import { REPO_OTHER } from '../spec/helpers.ts';

export function captured(): { out: string[]; err: string[]; io: Output } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t) => out.push(t), err: (t) => err.push(t) } };
}

/** A temporary copy of repo-other with some files replaced (path → text); removed after `use`. */
export async function withCopy<T>(replace: Record<string, string>, use: (root: string) => Promise<T>): Promise<T> {
  const root = mkdtempSync(join(tmpdir(), 'wacrg-cli-'));
  try {
    cpSync(REPO_OTHER, root, { recursive: true });
    for (const [path, text] of Object.entries(replace)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return await use(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
