// wacrg: the command-line shell over the same core the action uses.
import { coverageCommand, usage as coverageUsage } from './coverage.ts';
import { UsageError, type Output } from './io.ts';
import { validateCommand, usage as validateUsage } from './validate.ts';
import { ingestCommand, usage as ingestUsage } from './ingest.ts';
import { scanCommand, usage as scanUsage } from './scan.ts';
import { corroborateCommand, usage as corroborateUsage } from './corroborate.ts';
import { generateCommand, usage as generateUsage } from './generate.ts';

type Command = (args: string[], io: Output) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string; summary: string }> = {
  validate: { run: validateCommand, usage: validateUsage, summary: 'check spec/ and corpus/ against the schemas and the cross-file rules' },
  coverage: { run: coverageCommand, usage: coverageUsage, summary: 'the coverage metric overall, by category and by technique' },
  ingest: { run: ingestCommand, usage: ingestUsage, summary: 'turn a Stanza capture issue body into corpus/captures/issue-<N>.yaml (dry run unless --write)' },
  scan: { run: scanCommand, usage: scanUsage, summary: 'the sanitization scanner alone over text files' },
  generate: { run: generateCommand, usage: generateUsage, summary: 'write docs/spec/ from spec/ (--check: list stale, missing or orphaned pages, exit 1)' },
  corroborate: { run: corroborateCommand, usage: corroborateUsage, summary: 'facts the evidence supports above their confidence, and claims it does not support' },
};

function help(): string {
  const lines = ['usage: wacrg <command> [options]', '', 'commands:'];
  for (const [name, command] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(12)}${command.summary}`, `      ${command.usage}`);
  lines.push('', 'exit codes: 0 ok, 1 problems found (invalid, rejected), 2 usage error or unreadable input, 3 internal error');
  return lines.join('\n');
}

export async function main(argv: string[], io: Output): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`wacrg: unknown command "${name.length <= 20 ? name : `${name.slice(0, 20)}…`}"\n\n${help()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`usage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`wacrg ${name}: ${error.message}\nusage: ${command.usage}`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      io.err(`wacrg ${name}: cannot read input (${code}): ${(error as Error).message}`);
      return 2;
    }
    // A bug: say so plainly, without a stack trace (set WACRG_DEBUG=1 to see it).
    io.err(`wacrg ${name}: internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.WACRG_DEBUG) io.err(error instanceof Error ? (error.stack ?? '') : '');
    return 3;
  }
}

