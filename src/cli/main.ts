// wacrg: the command-line shell over the same core the action uses.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RootLinkError } from '../fs/root.ts';
import { isCommandName, type CommandName } from './commands.ts';
import { Failure, OutputError, paint, UsageError, type Output } from './io.ts';

type Command = (args: string[], io: Output) => Promise<number>;

interface CommandModule {
  run: Command;
  usage: string;
}

/**
 * `wacrg --version`: the `version` of the nearest package.json named wacrg above this module
 * (src/cli/ or dist/chunks/; an npm install ships package.json too), or "unknown". Read from disk
 * rather than bundled, so a change to package.json does not change every bundle.
 */
export function version(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    try {
      const json: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (typeof json === 'object' && json !== null && 'name' in json && json.name === 'wacrg' && 'version' in json && typeof json.version === 'string') return json.version;
    } catch {
      // No (readable) package.json here: look higher.
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}

// A new command: a module exporting `usage` and `run(args, io) → exit code`, listed here. Read the
// repository through readSpecRoot (root discovery, link checks); throw UsageError for a bad call and
// Failure for a failure with a message; main prints them (as JSON too with --json).
// Each command is loaded only when it runs (its own bundle chunk): `validate` never pays for the
// Markdown parser that `ingest` needs, and start-up stays close to a bare Node start.
const COMMANDS: Record<CommandName, { load: () => Promise<CommandModule>; summary: string }> = {
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
  const lines = [`wacrg ${version()}`, '', 'usage: wacrg <command> [options]', '       wacrg --version', '', 'commands:'];
  for (const [name, command] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(12)}${command.summary}`, `      ${(await command.load()).usage}`);
  lines.push('', 'Without --root, the root is the nearest folder at or above the working folder that holds spec/ or corpus/.', 'exit codes: 0 ok, 1 problems found (invalid, rejected), 2 usage error, unreadable input or unwritable output, 3 internal error');
  return lines.join('\n');
}

/**
 * Runs the command `argv` names, writing through `io`; resolves to the exit code (0 ok, 1 problems
 * found, 2 usage error, unreadable input or unwritable output, 3 internal error).
 */
export async function main(argv: string[], io: Output): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    // Standard output itself failed: said on standard error alone (never as {"error"} on stdout).
    if (!(error instanceof OutputError)) throw error;
    io.err(`wacrg: ${error.message}`);
    return 2;
  }
}

async function dispatch(argv: string[], io: Output): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-V') {
    io.out(`wacrg ${version()}`);
    return 0;
  }
  const json = argv.includes('--json');
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined && json) io.out(JSON.stringify({ error: 'name a command' }));
    else io.out(await help());
    return name === undefined ? 2 : 0;
  }
  const entry = isCommandName(name) ? COMMANDS[name] : undefined;
  // A failure: the message on standard error, and with --json also as {"error"} on standard output.
  const fail = (code: number, message: string, detail = ''): number => {
    io.err(`${paint(io.color?.err, 'red', `wacrg${entry ? ` ${name}` : ''}:`)} ${message}${detail}`);
    if (json) io.out(JSON.stringify({ error: message }));
    return code;
  };
  if (!entry) return fail(2, `unknown command "${name.length <= 20 ? name : `${name.slice(0, 20)}…`}"`, `\n\n${await help()}`);
  const command = await entry.load();
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`usage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof OutputError) throw error;
    if (error instanceof UsageError) return fail(2, error.message, `\nusage: ${command.usage}`);
    if (error instanceof Failure) return fail(error.exitCode, error.message);
    if (error instanceof RootLinkError) return fail(2, error.message);
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return fail(2, `cannot read input (${code}): ${(error as Error).message}`);
    // A bug: say so plainly, without a stack trace (set WACRG_DEBUG=1 to see it).
    const status = fail(3, `internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.WACRG_DEBUG) io.err(error instanceof Error ? (error.stack ?? '') : '');
    return status;
  }
}
