// wacrg: the command-line shell over the same core the action uses.
import { UsageError, type Output } from './io.ts';

type Command = (args: string[], io: Output) => Promise<number>;

interface CommandModule {
  run: Command;
  usage: string;
}

// Each command is loaded only when it runs (its own bundle chunk): `validate` never pays for the
// Markdown parser that `ingest` needs, and start-up stays close to a bare Node start.
const COMMANDS: Record<string, { load: () => Promise<CommandModule>; summary: string }> = {
  validate: {
    load: async () => import('./validate.ts').then((m) => ({ run: m.validateCommand, usage: m.usage })),
    summary: 'check spec/ and corpus/ against the schemas and the cross-file rules',
  },
  coverage: {
    load: async () => import('./coverage.ts').then((m) => ({ run: m.coverageCommand, usage: m.usage })),
    summary: 'the coverage metric overall, by category and by technique',
  },
  ingest: {
    load: async () => import('./ingest.ts').then((m) => ({ run: m.ingestCommand, usage: m.usage })),
    summary: 'turn a Stanza capture issue body into corpus/captures/issue-<N>.yaml (dry run unless --write)',
  },
  scan: {
    load: async () => import('./scan.ts').then((m) => ({ run: m.scanCommand, usage: m.usage })),
    summary: 'the sanitization scanner alone over text files',
  },
  generate: {
    load: async () => import('./generate.ts').then((m) => ({ run: m.generateCommand, usage: m.usage })),
    summary: 'write docs/spec/ from spec/ (--check: list stale, missing or orphaned pages, exit 1)',
  },
  affected: {
    load: async () => import('./affected.ts').then((m) => ({ run: m.affectedCommand, usage: m.usage })),
    summary: 'the flavors that implement the given spec parts (paths, ids or codes), with their notification settings',
  },
  corroborate: {
    load: async () => import('./corroborate.ts').then((m) => ({ run: m.corroborateCommand, usage: m.usage })),
    summary: 'facts the evidence supports above their confidence, and claims it does not support',
  },
};

async function help(): Promise<string> {
  const lines = ['usage: wacrg <command> [options]', '', 'commands:'];
  for (const [name, command] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(12)}${command.summary}`, `      ${(await command.load()).usage}`);
  lines.push('', 'exit codes: 0 ok, 1 problems found (invalid, rejected), 2 usage error or unreadable input, 3 internal error');
  return lines.join('\n');
}

export async function main(argv: string[], io: Output): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(await help());
    return name === undefined ? 2 : 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.err(`wacrg: unknown command "${name.length <= 20 ? name : `${name.slice(0, 20)}…`}"\n\n${await help()}`);
    return 2;
  }
  const command = await entry.load();
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

