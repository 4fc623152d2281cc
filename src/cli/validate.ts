import { formatProblem } from '../spec/validate.ts';
import { openSpecRoot, parse, type Output } from './io.ts';
import { validateRoot } from './validate-large.ts';

export const usage = 'wacrg validate [--root DIR] [--json]';

export async function validateCommand(args: string[], io: Output): Promise<number> {
  const { values } = parse(args, { root: { type: 'string', default: '.' }, json: { type: 'boolean', default: false } });
  const { root, repo } = await openSpecRoot(values.root);
  const { problems, warnings } = await validateRoot(root, repo);
  const fileCount = repo.spec.length + repo.captures.length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (values.json) {
    io.out(JSON.stringify({ valid: problems.length === 0, problems, warnings }, null, 2));
  } else {
    for (const problem of problems) io.out(formatProblem(problem));
    // Warnings never fail the run: what the repository's own schemas accept but wacrg doubts.
    for (const warning of warnings) io.out(`warning: ${formatProblem(warning)}`);
    if (problems.length === 0) {
      io.out(`valid: ${fileCount} files checked, no problems${warnings.length > 0 ? `, ${plural(warnings.length, 'warning')}` : ''}`);
    } else {
      io.out(`${plural(problems.length, 'problem')} in ${new Set(problems.map((p) => p.file)).size} file(s)${warnings.length > 0 ? `, ${plural(warnings.length, 'warning')}` : ''}`);
    }
  }
  return problems.length === 0 ? 0 : 1;
}
