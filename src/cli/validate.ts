import { formatProblem } from '../spec/validate.ts';
import { openSpecRoot, parse, type Output } from './io.ts';
import { validateRoot } from './validate-large.ts';

export const usage = 'wacrg validate [--root DIR] [--json]';

export async function validateCommand(args: string[], io: Output): Promise<number> {
  const { values } = parse(args, { root: { type: 'string', default: '.' }, json: { type: 'boolean', default: false } });
  const { root, repo } = await openSpecRoot(values.root);
  const problems = await validateRoot(root, repo);
  const fileCount = repo.spec.length + repo.captures.length;
  if (values.json) {
    io.out(JSON.stringify({ valid: problems.length === 0, problems }, null, 2));
  } else if (problems.length === 0) {
    io.out(`valid: ${fileCount} files checked, no problems`);
  } else {
    for (const problem of problems) io.out(formatProblem(problem));
    io.out(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${new Set(problems.map((p) => p.file)).size} file(s)`);
  }
  return problems.length === 0 ? 0 : 1;
}
