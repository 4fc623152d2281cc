import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { coverageOf } from '../coverage/coverage.ts';
import { coverageFiles } from '../coverage/files.ts';
import { coverageText } from '../coverage/render.ts';
import { loadRepo } from '../spec/load.ts';
import { readRepoFiles } from '../spec/read-files.ts';
import { parse, UsageError, type Output } from './io.ts';

export const usage = 'wacrg coverage [--root DIR] [--json] [--write | --check]';

export async function coverageCommand(args: string[], io: Output): Promise<number> {
  const { values } = parse(args, {
    root: { type: 'string', default: '.' },
    json: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  });
  if (values.write && values.check) throw new UsageError('--write and --check exclude each other: --check only compares');
  const root = resolve(values.root);
  // Coverage counts stanza facts (and reads flavors for their derives_from): the other records, captures above all, are not even read.
  const { repo, problems } = loadRepo(await readRepoFiles(root, ['stanza', 'flavor']));
  const report = coverageOf(repo.stanzas.map((s) => s.record), repo.flavors.map((f) => f.record));
  const readme = await readFile(join(root, 'README.md'), 'utf8').catch(() => undefined);
  const files = coverageFiles(report, readme);
  if (values.check) return checkFiles(root, files, io);
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else io.out(coverageText(report));
  if (problems.length > 0) {
    io.err(`note: ${problems.length} file problem(s) left some records out of the count; run wacrg validate`);
  }
  if (values.write) {
    for (const [path, text] of files) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
      if (!values.json) io.err(`wrote ${path}`);
    }
  }
  return 0;
}

/** `--check`: each file `--write` would write, byte for byte; stale or missing ones listed, exit 1. */
async function checkFiles(root: string, files: [string, string][], io: Output): Promise<number> {
  let outOfDate = 0;
  for (const [path, text] of files) {
    const onDisk = await readFile(join(root, path), 'utf8').catch(() => undefined);
    if (onDisk === text) continue;
    outOfDate++;
    io.out(`${onDisk === undefined ? 'missing' : 'stale'}: ${path}`);
  }
  if (outOfDate === 0) {
    io.out(`coverage files up to date: ${files.map(([path]) => path).join(', ')}`);
    return 0;
  }
  io.out(`${outOfDate} file(s) out of date: run wacrg coverage --write and commit the result`);
  return 1;
}
