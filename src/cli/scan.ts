import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeFinding } from '../capture/check.ts';
import { scanText } from '../sanitize/scan.ts';
import type { Finding } from '../sanitize/types.ts';
import { parse, UsageError, type Output } from './io.ts';

export const usage = 'wacrg scan FILE… [--json]';

export async function scanCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean', default: false } }, true);
  if (positionals.length === 0) throw new UsageError('name at least one file to scan');
  const findings: Finding[] = [];
  // One push per finding: spreading a large file's findings into one call overflows the stack.
  for (const file of positionals) for (const finding of scanText(file, await readFile(resolve(file), 'utf8'))) findings.push(finding);
  const blocking = findings.filter((f) => f.severity === 'block').length;
  if (values.json) io.out(JSON.stringify({ clean: blocking === 0, findings }, null, 2));
  else {
    for (const finding of findings) io.out(`${finding.field}:${finding.line}:${finding.column} ${describeFinding(finding)}`);
    io.out(`${positionals.length} file(s) scanned: ${blocking} blocking, ${findings.length - blocking} warning(s)`);
  }
  return blocking === 0 ? 0 : 1;
}
