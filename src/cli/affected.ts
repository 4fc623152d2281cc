import { relative, resolve, sep } from 'node:path';
import { affectedFlavors, resolvePartRefs, type AffectedFlavor } from '../flavors/affected.ts';
import { loadRepo } from '../spec/load.ts';
import { parse, readSpecRoot, UsageError, type Output } from './io.ts';

export const usage = 'wacrg affected [--root DIR] [--json] PATH|ID...';

/**
 * For the given spec parts (file paths, ids or annotation codes), the flavors that implement them.
 * `--json`: `[{"flavor", "notifyRepo", "optIn", "parts": [{"id", "code", "title", "status"}]}]`.
 * Exit 0 (an empty list included); 2 when a reference names no spec part.
 */
export async function affectedCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parse(args, { root: { type: 'string', default: '.' }, json: { type: 'boolean', default: false } }, true);
  if (positionals.length === 0) throw new UsageError('name at least one spec part: a file path (spec/signalling/call-offer.yaml), an id (call-offer) or a code (SIG-01)');
  const { root, files } = await readSpecRoot(values.root);
  const { repo, problems } = loadRepo(files);
  // A path is taken relative to the current directory first (shell completion), then to the root.
  const refs = positionals.map((ref) => {
    if (!/\.ya?ml$/.test(ref)) return ref;
    const fromCwd = relative(root, resolve(ref)).split(sep).join('/');
    return fromCwd.startsWith('..') ? ref : fromCwd;
  });
  const { ids, unknown } = resolvePartRefs(repo, refs);
  if (unknown.length > 0) {
    throw new UsageError(`${unknown.length === 1 ? 'this names' : 'these name'} no spec part under ${root}: ${unknown.map((u) => JSON.stringify(u.slice(0, 200))).join(', ')}`);
  }
  const affected = affectedFlavors(repo, ids);
  io.out(values.json ? JSON.stringify(affected, null, 2) : affectedText(affected, ids.length));
  if (problems.length > 0) io.err(`note: ${problems.length} file problem(s) left some records out; run wacrg validate`);
  return 0;
}

export function affectedText(affected: AffectedFlavor[], parts: number): string {
  if (affected.length === 0) return `${parts} spec part(s): no flavor lists an implementation of them.`;
  const lines = [`${parts} spec part(s), ${affected.length} flavor(s) implement them:`, ''];
  for (const a of affected) {
    const notify = a.optIn && a.notifyRepo !== null ? `notifies ${a.notifyRepo}` : a.notifyRepo !== null ? `${a.notifyRepo}, not opted in` : 'no notify_repo';
    lines.push(`${a.flavor}  (${notify})`);
    for (const p of a.parts) lines.push(`  ${p.code.padEnd(8)} ${p.id}  ${p.status}  ${p.title}`);
  }
  return lines.join('\n');
}
