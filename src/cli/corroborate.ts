import { corroborateCorpus } from '../corroborate/evidence.ts';
import type { CorpusCorroboration } from '../corroborate/types.ts';
import { loadRepo } from '../spec/load.ts';
import { parse, progress, PROGRESS_FROM_FILES, readSpecRoot, ROOT_OPTION, type Output } from './io.ts';

export { corroborationJson } from '../corroborate/json.ts';

export const usage = 'wacrg corroborate [--root DIR] [--json]';

/**
 * Over the whole corpus: facts the evidence would promote, and claimed confidences it does not
 * support. Exit 0 when no claim is unsupported, 1 otherwise.
 */
export async function corroborateCommand(args: string[], io: Output): Promise<number> {
  const { values } = parse(args, {
    ...ROOT_OPTION,
    json: { type: 'boolean', default: false },
  });
  const { files } = await readSpecRoot(values.root, io);
  const shown = progress(io, values.json);
  if (files.length >= PROGRESS_FROM_FILES) shown.update(`wacrg corroborate: checking ${files.length.toLocaleString('en-US')} files…`);
  const { repo, problems } = loadRepo(files);
  const result = corroborateCorpus(repo);
  shown.done();
  if (values.json) io.out(JSON.stringify(result, null, 2));
  else io.out(corroborationText(result, repo.captures.length));
  if (problems.length > 0) {
    io.err(`note: ${problems.length} file problem(s) left some records out; run wacrg validate`);
  }
  return result.unsupported.length === 0 ? 0 : 1;
}

export function corroborationText(result: CorpusCorroboration, captures: number): string {
  const lines: string[] = [`${captures} capture(s) in the corpus.`, ''];
  if (result.promotable.length === 0) lines.push('No fact can be promoted on the evidence.');
  else {
    lines.push(`${result.promotable.length} fact(s) the evidence supports above their confidence:`);
    for (const p of result.promotable) lines.push(`  ${p.path}  ${p.from} → ${p.to}  (${p.techniques.join(', ')})`);
  }
  lines.push('');
  if (result.unsupported.length === 0) lines.push('Every claimed confidence is supported by the evidence.');
  else {
    lines.push(`${result.unsupported.length} claim(s) the evidence does not support (confirmed needs two different techniques):`);
    for (const u of result.unsupported) lines.push(`  ${u.path}  ${u.claimed}  (evidence: ${u.techniques.length === 0 ? 'none' : u.techniques.join(', ')})`);
  }
  return `${lines.join('\n')}\n`;
}
