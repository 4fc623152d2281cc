import { formatProblem } from '../spec/validate.ts';
import { validateRepository } from '../capture/check.ts';
import { paint, parse, progress, PROGRESS_FROM_FILES, readSpecRoot, ROOT_OPTION, type Output } from './io.ts';

export const usage = 'wacrg validate [--root DIR] [--json]';

export async function validateCommand(args: string[], io: Output): Promise<number> {
  const { values } = parse(args, { ...ROOT_OPTION, json: { type: 'boolean', default: false } });
  const { files } = await readSpecRoot(values.root, io);
  const shown = progress(io, values.json);
  if (files.length >= PROGRESS_FROM_FILES) shown.update(`wacrg validate: checking ${files.length.toLocaleString('en-US')} files…`);
  const { problems } = validateRepository(files);
  shown.done();
  const color = io.color?.out;
  if (values.json) {
    io.out(JSON.stringify({ valid: problems.length === 0, problems }, null, 2));
  } else if (problems.length === 0) {
    io.out(`${paint(color, 'green', 'valid:')} ${files.length} files checked, no problems`);
  } else {
    for (const problem of problems) {
      const line = formatProblem(problem);
      const at = line.indexOf(' ');
      io.out(at < 0 ? line : `${paint(color, 'bold', line.slice(0, at))}${line.slice(at)}`);
    }
    io.out(paint(color, 'red', `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${new Set(problems.map((p) => p.file)).size} file(s)`));
  }
  return problems.length === 0 ? 0 : 1;
}
