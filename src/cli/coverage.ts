import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { coverageOf } from '../coverage/coverage.ts';
import { coverageBadge, coverageMarkdown, coverageText } from '../coverage/render.ts';
import { loadRepo } from '../spec/load.ts';
import { readRepoFiles } from '../spec/read-files.ts';
import { parse, type Output } from './io.ts';

export const usage = 'wacrg coverage [--root DIR] [--json] [--write]';

export async function coverageCommand(args: string[], io: Output): Promise<number> {
  const { values } = parse(args, {
    root: { type: 'string', default: '.' },
    json: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  });
  const root = resolve(values.root);
  // Coverage counts stanza facts only: the other records (captures above all) are not even read.
  const { repo, problems } = loadRepo(await readRepoFiles(root, ['stanza']));
  const report = coverageOf(repo.stanzas.map((s) => s.record));
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else io.out(coverageText(report));
  if (problems.length > 0) {
    io.err(`note: ${problems.length} file problem(s) left some records out of the count; run wacrg validate`);
  }
  if (values.write) {
    const outputs: [string, string][] = [
      ['COVERAGE.md', coverageMarkdown(report, 'wacrg coverage --write')],
      ['docs/coverage-badge.json', coverageBadge(report)],
    ];
    for (const [path, text] of outputs) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
      if (!values.json) io.err(`wrote ${path}`);
    }
  }
  return 0;
}
