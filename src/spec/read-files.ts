// I/O edge: reads the YAML files of a spec repository from disk. Everything downstream is pure.
import { open, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isRecordPath, type RepoFile } from './repo.ts';

const MAX_FILE_BYTES = 4 * 1024 * 1024;

export async function readRepoFiles(root: string): Promise<RepoFile[]> {
  const files: RepoFile[] = [];
  for (const top of ['spec', 'corpus']) {
    for (const abs of await listFiles(join(root, top))) {
      const path = relative(root, abs).split(sep).join('/');
      if (!isRecordPath(path)) continue;
      files.push({ path, text: await readHead(abs) });
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The file, or its first MAX_FILE_BYTES bytes when it is larger: an oversized file is not read into
 * memory whole. Those bytes decode to more than 1 MiB of characters (at most 3 UTF-8 bytes per
 * UTF-16 unit), so the validator reports it as too large, never as empty.
 */
async function readHead(abs: string): Promise<string> {
  const handle = await open(abs, 'r');
  try {
    const { size } = await handle.stat();
    if (size <= MAX_FILE_BYTES) return (await handle.readFile()).toString('utf8');
    const buffer = Buffer.alloc(MAX_FILE_BYTES);
    let read = 0;
    while (read < buffer.length) {
      const { bytesRead } = await handle.read(buffer, read, buffer.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    await handle.close();
  }
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
