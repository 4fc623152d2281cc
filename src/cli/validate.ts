import { formatProblem } from '../spec/validate.ts';
import { openSpecRoot, paint, parse, progress, PROGRESS_FROM_FILES, ROOT_OPTION, type Output } from './io.ts';
import { validateRoot } from './validate-large.ts';

export const usage = 'wacrg validate [--root DIR] [--json]';

export async function validateCommand(args: string[], io: Output): Promise<number> {
  const { values } = parse(args, { ...ROOT_OPTION, json: { type: 'boolean', default: false } });
  const { root, repo } = await openSpecRoot(values.root, io);
  const fileCount = repo.spec.length + repo.captures.length;
  const shown = progress(io, values.json);
  if (fileCount >= PROGRESS_FROM_FILES) shown.update(`wacrg validate: checking ${fileCount.toLocaleString('en-US')} files…`);
  const { problems, warnings } = await validateRoot(root, repo);
  shown.done();
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const color = io.color?.out;
  // The location in bold: the part a reader scans for.
  const located = (line: string): string => {
    const at = line.indexOf(' ');
    return at < 0 ? line : `${paint(color, 'bold', line.slice(0, at))}${line.slice(at)}`;
  };
  if (values.json) {
    io.out(JSON.stringify({ valid: problems.length === 0, problems, warnings }, null, 2));
  } else {
    for (const problem of problems) io.out(located(formatProblem(problem)));
    // Warnings never fail the run: what the repository's own schemas accept but wacrg doubts.
    for (const warning of warnings) io.out(`${paint(color, 'yellow', 'warning:')} ${located(formatProblem(warning))}`);
    const warned = warnings.length > 0 ? `, ${plural(warnings.length, 'warning')}` : '';
    if (problems.length === 0) {
      io.out(`${paint(color, 'green', 'valid:')} ${fileCount} files checked, no problems${warned}`);
    } else {
      io.out(`${paint(color, 'red', `${plural(problems.length, 'problem')} in ${new Set(problems.map((p) => p.file)).size} file(s)`)}${warned}`);
    }
  }
  return problems.length === 0 ? 0 : 1;
}
