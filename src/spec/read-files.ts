// I/O edge: reads the YAML files of a spec repository from disk. Everything downstream is pure.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isRecordPath, type RepoFile } from './repo.ts';

const MAX_FILE_BYTES = 4 * 1024 * 1024;

export async function readRepoFiles(root: string): Promise<RepoFile[]> {
  const files: RepoFile[] = [];
  for (const top of ['spec', 'corpus']) {
    for (const abs of await listFiles(join(root, top))) {
      const path = relative(root, abs).split(sep).join('/');
      if (!isRecordPath(path)) continue;
      const buffer = await readFile(abs);
      // An oversized file is reported by the validator as a problem, not read into memory whole.
      const text = buffer.byteLength > MAX_FILE_BYTES ? '' : buffer.toString('utf8');
      files.push({ path, text });
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
