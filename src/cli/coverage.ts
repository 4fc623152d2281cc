import { coverageOf } from '../coverage/coverage.ts';
import { coverageBadge, coverageMarkdown, coverageText } from '../coverage/render.ts';
import { openRoot, resolveInside, writeTextAtomic } from '../fs/root.ts';
import { loadRepo } from '../spec/load.ts';
import { parse, readSpecRoot, ROOT_OPTION, type Output } from './io.ts';

export const usage = 'wacrg coverage [--root DIR] [--json] [--write]';

export async function coverageCommand(args: string[], io: Output): Promise<number> {
  const { values } = parse(args, {
    ...ROOT_OPTION,
    json: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  });
  // Coverage counts stanza facts only: the other records (captures above all) are not even read.
  const { root, files } = await readSpecRoot(values.root, io, ['stanza']);
  const { repo, problems } = loadRepo(files);
  const report = coverageOf(repo.stanzas.map((s) => s.record));
  const outputs: [string, string][] = [
    ['COVERAGE.md', coverageMarkdown(report, 'wacrg coverage --write')],
    ['docs/coverage-badge.json', coverageBadge(report)],
  ];
  const base = openRoot(root);
  // Every target is checked for links out of the root before the first file is written.
  if (values.write) for (const [path] of outputs) resolveInside(base, path);
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else io.out(coverageText(report));
  if (problems.length > 0) {
    io.err(`note: ${problems.length} file problem(s) left some records out of the count; run wacrg validate`);
  }
  if (values.write) {
    for (const [path, text] of outputs) {
      writeTextAtomic(base, path, text);
      if (!values.json) io.err(`wrote ${path}`);
    }
  }
  return 0;
}
