import { coverageOf } from '../coverage/coverage.ts';
import { coverageFiles } from '../coverage/files.ts';
import { coverageText } from '../coverage/render.ts';
import { openRoot, readTextInside, resolveInside, writeTextAtomic, type Root } from '../fs/root.ts';
import { loadRepo } from '../spec/load.ts';
import { parse, readSpecRoot, ROOT_OPTION, UsageError, type Output } from './io.ts';

export const usage = 'wacrg coverage [--root DIR] [--json] [--write | --check]';

export async function coverageCommand(args: string[], io: Output): Promise<number> {
  const { values } = parse(args, {
    ...ROOT_OPTION,
    json: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  });
  if (values.write && values.check) throw new UsageError('--write and --check exclude each other: --check only compares');
  // Coverage counts stanza facts (and reads flavors for their derives_from): the other records, captures above all, are not even read.
  const { root: rootDir, files: records } = await readSpecRoot(values.root, io, ['stanza', 'flavor']);
  const root = openRoot(rootDir);
  const { repo, problems } = loadRepo(records);
  const report = coverageOf(repo.stanzas.map((s) => s.record), repo.flavors.map((f) => f.record));
  const files = coverageFiles(report, readTextInside(root, 'README.md'));
  if (values.check) return checkFiles(root, files, io);
  // Every target is checked for links out of the root before the first file is written.
  if (values.write) for (const [path] of files) resolveInside(root, path);
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else io.out(coverageText(report));
  if (problems.length > 0) {
    io.err(`note: ${problems.length} file problem(s) left some records out of the count; run wacrg validate`);
  }
  if (values.write) {
    for (const [path, text] of files) {
      writeTextAtomic(root, path, text);
      if (!values.json) io.err(`wrote ${path}`);
    }
  }
  return 0;
}

/** `--check`: each file `--write` would write, byte for byte; stale or missing ones listed, exit 1. */
function checkFiles(root: Root, files: [string, string][], io: Output): number {
  let outOfDate = 0;
  for (const [path, text] of files) {
    const onDisk = readTextInside(root, path);
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
