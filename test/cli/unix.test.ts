// The CLI as a Unix tool, through the bundle (dist/cli.js) in a child process: --version, the
// root found from a subfolder, --json errors, colour and the progress line only on a terminal,
// a closed pipe, and a --root that is not a spec repository.
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { formBody, makeWorkspace, type Workspace } from '../e2e/harness.mjs';
import { REPO_OTHER } from '../spec/helpers.ts';

const REPO = join(import.meta.dirname, '..', '..');
const CLI = join(REPO, 'dist', 'cli.js');
const TEMPLATE = '.github/ISSUE_TEMPLATE/stanza_capture.yml';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the bundle with `args` in `cwd`; the environment without colour or CI hints unless given. */
function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Result> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const name of ['NO_COLOR', 'CI', 'GITHUB_ACTIONS', 'FORCE_COLOR']) if (options.env?.[name] === undefined) delete env[name];
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: options.cwd ?? REPO, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: unknown }).code) : 0, stdout, stderr });
    });
  });
}

let scratch: string;
/** A repository: .git at the top, repo-other's spec/ and corpus/, a docs/spec/ of Markdown pages. */
let repo: string;

before(() => {
  assert.ok(existsSync(CLI), `the bundle ${CLI} exists (npm run build)`);
  scratch = mkdtempSync(join(tmpdir(), 'wacrg-unix-'));
  repo = join(scratch, 'repo');
  cpSync(REPO_OTHER, repo, { recursive: true });
  mkdirSync(join(repo, '.git'));
  mkdirSync(join(repo, 'docs', 'spec', 'stanzas'), { recursive: true });
  writeFileSync(join(repo, 'docs', 'spec', 'stanzas', 'offer.md'), '# offer\n');
});
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('--version', () => {
  it("prints wacrg and package.json's version, exit 0", async () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(await cli(['--version']), { code: 0, stdout: `wacrg ${version}\n`, stderr: '' });
    assert.deepEqual(await cli(['-V'], { cwd: tmpdir() }), { code: 0, stdout: `wacrg ${version}\n`, stderr: '' });
  });
});

describe('the root, found from a subfolder', () => {
  it('validate from docs/ (which holds a docs/spec/ of pages) uses the folder above and says so on stderr', async () => {
    const r = await cli(['validate'], { cwd: join(repo, 'docs') });
    assert.deepEqual(r, { code: 0, stdout: 'valid: 13 files checked, no problems\n', stderr: `wacrg: using the repository root ${repo}\n` });
  });

  it('from two levels down, with --json: the JSON alone on stdout, the root on stderr', async () => {
    const r = await cli(['validate', '--json'], { cwd: join(repo, 'docs', 'spec', 'stanzas') });
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout), { valid: true, problems: [], warnings: [] });
    assert.equal(r.stderr, `wacrg: using the repository root ${repo}\n`);
  });

  it('at the root itself: nothing said about the root', async () => {
    assert.deepEqual(await cli(['coverage', '--json'], { cwd: repo }).then((r) => [r.code, r.stderr]), [0, '']);
  });

  it("stops at the repository's top (.git): a spec/ above it is not used", async () => {
    const outer = join(scratch, 'outer');
    cpSync(REPO_OTHER, outer, { recursive: true });
    const inner = join(outer, 'project');
    mkdirSync(join(inner, '.git'), { recursive: true });
    mkdirSync(join(inner, 'src'));
    const r = await cli(['validate', '--json'], { cwd: join(inner, 'src') });
    assert.equal(r.code, 2);
    const message = `no spec/ or corpus/ in ${join(inner, 'src')} or any folder above it up to the repository's top ${inner}: run wacrg inside a spec repository or pass --root DIR`;
    assert.deepEqual(JSON.parse(r.stdout), { error: message });
    assert.equal(r.stderr, `wacrg validate: ${message}\nusage: wacrg validate [--root DIR] [--json]\n`);
  });

  describe('ingest', () => {
    let ws: Workspace;
    let body: string;
    before(async () => {
      ws = await makeWorkspace();
      mkdirSync(join(ws.dir, '.git'));
      mkdirSync(join(ws.dir, 'docs', 'notes'), { recursive: true });
      body = join(scratch, 'body.md');
      writeFileSync(body, formBody({}));
    });
    after(async () => ws.remove());

    it('from a subfolder reads the default template and writes the capture under the root', async () => {
      const r = await cli(['ingest', '--body', body, '--issue', '4242', '--write'], { cwd: join(ws.dir, 'docs', 'notes') });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /^accepted: wrote corpus\/captures\/issue-4242\.yaml$/m);
      assert.equal(r.stderr, `wacrg: using the repository root ${ws.dir}\n`);
      assert.ok(existsSync(join(ws.dir, 'corpus', 'captures', 'issue-4242.yaml')));
      assert.deepEqual(readdirSync(join(ws.dir, 'docs')), ['notes']);
    });

    it('a relative --template is relative to the root, not to the working folder', async () => {
      const ok = await cli(['ingest', '--body', body, '--template', TEMPLATE, '--json'], { cwd: join(ws.dir, 'docs') });
      assert.equal(ok.code, 0, ok.stderr);
      assert.equal((JSON.parse(ok.stdout) as { status: string }).status, 'accepted');
      const missing = await cli(['ingest', '--body', body, '--template', 'stanza_capture.yml', '--json'], { cwd: join(ws.dir, '.github', 'ISSUE_TEMPLATE') });
      assert.equal(missing.code, 2);
      assert.deepEqual(JSON.parse(missing.stdout), { error: `no issue-form template at stanza_capture.yml under ${ws.dir}: pass --template FILE` });
    });
  });
});

describe('--json: errors as {"error"} on stdout too', () => {
  it('validate --root /nowhere --json: exit 2, the JSON on stdout, the message and usage on stderr', async () => {
    const r = await cli(['validate', '--root', '/nowhere', '--json']);
    assert.equal(r.code, 2);
    assert.deepEqual(JSON.parse(r.stdout), { error: 'no spec/ or corpus/ under /nowhere: --root must name a spec repository' });
    assert.equal(r.stderr, 'wacrg validate: no spec/ or corpus/ under /nowhere: --root must name a spec repository\nusage: wacrg validate [--root DIR] [--json]\n');
  });

  it('an unknown option, an unknown command and an unreadable input', async () => {
    const option = await cli(['coverage', '--json', '--bogus']);
    assert.equal(option.code, 2);
    assert.match((JSON.parse(option.stdout) as { error: string }).error, /Unknown option '--bogus'/);
    const command = await cli(['frobnicate', '--json']);
    assert.equal(command.code, 2);
    assert.deepEqual(JSON.parse(command.stdout), { error: 'unknown command "frobnicate"' });
    const input = await cli(['scan', join(scratch, 'no-such-file'), '--json']);
    assert.equal(input.code, 2);
    assert.match((JSON.parse(input.stdout) as { error: string }).error, /^cannot read input \(ENOENT\)/);
  });

  it('without --json, errors stay off stdout', async () => {
    const r = await cli(['validate', '--root', '/nowhere']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
  });
});

describe('coverage --root of a folder that is not a spec repository', () => {
  it('is exit 2 with the usage message, as validate, and --write writes nothing there', async () => {
    const plain = join(scratch, 'plain');
    mkdirSync(join(plain, 'notes'), { recursive: true });
    writeFileSync(join(plain, 'notes', 'a.txt'), 'a\n');
    for (const args of [['coverage', '--root', plain], ['coverage', '--root', plain, '--write']]) {
      const r = await cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, `wacrg coverage: no spec/ or corpus/ under ${plain}: --root must name a spec repository\nusage: wacrg coverage [--root DIR] [--json] [--write | --check]\n`);
    }
    assert.deepEqual(readdirSync(plain, { recursive: true }).sort(), ['notes', join('notes', 'a.txt')]);
  });
});

// /dev/full: every write fails with ENOSPC (Linux and the BSDs).
const hasDevFull = existsSync('/dev/full');

describe('standard output or error that cannot be written', { skip: hasDevFull ? false : 'no /dev/full' }, () => {
  it('standard error unwritable: the result still on stdout, the exit code unchanged', () => {
    // From docs/, the CLI says on stderr which root it uses before it prints the result.
    const run = (args: string): string =>
      execFileSync('bash', ['-c', `"$0" "$1" ${args} 2>/dev/full; echo "exit=$?"`, process.execPath, CLI], { cwd: join(repo, 'docs'), encoding: 'utf8' });
    assert.equal(run('validate'), 'valid: 13 files checked, no problems\nexit=0\n');
    const json = run('validate --json');
    assert.deepEqual(JSON.parse(json.slice(0, json.lastIndexOf('exit='))), { valid: true, problems: [], warnings: [] });
    assert.match(json, /exit=0\n$/);
    // A failure's {"error"} too, though its message on stderr is lost.
    assert.equal(run('valdate --json'), '{"error":"unknown command \\"valdate\\""}\nexit=2\n');
  });

  it('standard output unwritable: exit 2 and one line on stderr that says so, with or without --json', () => {
    for (const args of [['validate'], ['validate', '--json'], ['--help'], ['valdate', '--json']]) {
      const out = execFileSync('bash', ['-c', `"$0" "$1" "\${@:2}" 2>&1 >/dev/full; echo "exit=$?"`, process.execPath, CLI, ...args], { cwd: repo, encoding: 'utf8' });
      const lines = out.trimEnd().split('\n');
      assert.equal(lines.at(-1), 'exit=2', `${args.join(' ')}: ${out}`);
      assert.match(lines.at(-2) ?? '', /^wacrg: cannot write standard output: ENOSPC: no space left on device, write$/, args.join(' '));
      assert.doesNotMatch(out, /cannot read input|internal error:|\n\s+at /, args.join(' '));
    }
  });
});

const hasPython = (() => {
  try {
    execFileSync('python3', ['-c', 'import fcntl'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('a closed standard output', () => {
  it('`wacrg validate | head -1` ends quietly: exit 0, nothing on stderr', async () => {
    // More problem lines than a pipe buffers (64 KiB), so the CLI is still writing when head exits.
    const big = join(scratch, 'big');
    mkdirSync(join(big, 'corpus', 'captures'), { recursive: true });
    for (let i = 0; i < 1500; i++) writeFileSync(join(big, 'corpus', 'captures', `c-${i}.yaml`), `id: wrong-${i}\n`);
    const stderr = join(scratch, 'stderr.txt');
    const out = execFileSync('bash', ['-c', `"$0" "$1" validate --root "$2" 2>"$3" | head -1; echo "exit=\${PIPESTATUS[0]}"`, process.execPath, CLI, big, stderr], { encoding: 'utf8' });
    const lines = out.trimEnd().split('\n');
    assert.equal(lines.length, 2, out);
    assert.match(lines[0] ?? '', /^corpus\/captures\/c-\d+\.yaml:\d+:\d+ /);
    assert.equal(lines[1], 'exit=0');
    assert.equal(readFileSync(stderr, 'utf8'), '');
  });

  // Node's child_process gives a child a socket as its standard output: a reader that closes it with
  // data unread makes the write fail with ECONNRESET, not EPIPE. The same end: exit 0, nothing said.
  it('a socket reader that goes away mid-output (as a Node parent does): exit 0, nothing on stderr', async () => {
    // About 1.1 MB of output: several times a socket's default buffer (212,992 bytes on Linux), so the
    // CLI is still writing when the socket closes (with a buffer that held it all, nothing would fail).
    const big = join(scratch, 'big-socket');
    mkdirSync(join(big, 'corpus', 'captures'), { recursive: true });
    for (let i = 0; i < 3000; i++) writeFileSync(join(big, 'corpus', 'captures', `c-${i}.yaml`), `id: wrong-${i}\n`);
    const child = spawn(process.execPath, [CLI, 'validate', '--root', big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // After the first chunk the CLI is still writing: stop reading, let the socket fill, then close it
    // with data unread.
    child.stdout.once('data', () => {
      child.stdout.pause();
      setTimeout(() => child.stdout.destroy(), 300);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  // The CLI writes with write(2) (src/cli/io.ts). A pipe another process made non-blocking refuses a
  // write when full (EAGAIN): the rest must still arrive, in order, with the exit code unchanged.
  // Python sets O_NONBLOCK on the pipe the CLI inherits (Node's own child processes get blocking
  // standard streams); the reader takes 4 KiB every 10 ms, so the CLI's burst fills the pipe.
  it('a full pipe another process left non-blocking: every line arrives, in order', { skip: hasPython ? false : 'no python3 to make a pipe non-blocking' }, () => {
    const big = join(scratch, 'big-nonblocking');
    mkdirSync(join(big, 'corpus', 'captures'), { recursive: true });
    for (let i = 0; i < 400; i++) writeFileSync(join(big, 'corpus', 'captures', `c-${i}.yaml`), `id: wrong-${i}\n`);
    const expected = join(scratch, 'expected.txt');
    const got = join(scratch, 'got.txt');
    const stderr = join(scratch, 'stderr-nonblocking.txt');
    execFileSync('bash', ['-c', `"$0" "$1" validate --root "$2" >"$3"; true`, process.execPath, CLI, big, expected]);
    const nonBlocking = 'import fcntl, os, subprocess, sys\nfcntl.fcntl(1, fcntl.F_SETFL, fcntl.fcntl(1, fcntl.F_GETFL) | os.O_NONBLOCK)\nsys.exit(subprocess.call(sys.argv[1:]))';
    const slowReader = 'import sys, time\nwhile True:\n  b = sys.stdin.buffer.read1(4096)\n  if not b: break\n  sys.stdout.buffer.write(b)\n  time.sleep(0.01)';
    const out = execFileSync('bash', ['-c', `python3 -c "$0" "$1" "$2" validate --root "$3" 2>"$4" | python3 -c "$5" >"$6"; echo "exit=\${PIPESTATUS[0]}"`, nonBlocking, process.execPath, CLI, big, stderr, slowReader, got], { encoding: 'utf8' });
    assert.equal(out.trim(), 'exit=1');
    assert.ok(statSync(expected).size > 128 * 1024, 'more output than a pipe holds');
    assert.ok(readFileSync(got).equals(readFileSync(expected)), 'the output through the non-blocking pipe equals the output to a file');
    assert.equal(readFileSync(stderr, 'utf8'), '');
  });
});

// Creating process.stdout or process.stderr loads Node's stream and net modules (≈5–8 ms a start):
// the CLI writes with write(2) and asks for a terminal only of a character device that is not the
// null device (src/cli/io.ts). The list is taken at exit, before anything here writes. Node's stream
// module itself is loaded by node:v8 now (src/boot/tiering.ts); what creating stdout or stderr would
// add: net (a pipe), the synchronous file stream (a file, /dev/null) or tty.
describe("the CLI's output without Node's streams", () => {
  it('stdout to a pipe, a file or /dev/null, stderr to a pipe: no stdout or stderr stream is made (no node:net, node:tty or file stream loaded)', () => {
    const hook = join(scratch, 'streams-hook.cjs');
    writeFileSync(hook, "process.on('exit', () => require('node:fs').writeFileSync(process.env.WACRG_TEST_LOADED, JSON.stringify(process.moduleLoadList.filter((m) => /^NativeModule (net|tty|internal\\/fs\\/sync_write_stream)$/.test(m)))));\n");
    for (const [name, stdout] of [['a pipe', ''], ['a file', `>"${join(scratch, 'out.txt')}"`], ['/dev/null', '>/dev/null']] as const) {
      const loaded = join(scratch, 'loaded.json');
      rmSync(loaded, { force: true });
      const out = execFileSync('bash', ['-c', `"$0" --require "$1" "$2" validate --root "$3" ${stdout}; echo "exit=$?"`, process.execPath, hook, CLI, repo], {
        encoding: 'utf8',
        env: { ...process.env, WACRG_TEST_LOADED: loaded },
      });
      assert.match(out, /exit=0\n$/, name);
      assert.deepEqual(JSON.parse(readFileSync(loaded, 'utf8')), [], name);
    }
  });
});

// `script` (util-linux) runs the CLI on a pseudo-terminal, as a person at a terminal would.
const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function onTerminal(args: string[], env: Record<string, string> = {}): string {
  const command = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const clean: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm', ...env };
  for (const name of ['NO_COLOR', 'CI', 'GITHUB_ACTIONS', 'FORCE_COLOR']) if (env[name] === undefined) delete clean[name];
  try {
    return execFileSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: clean, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // Exit 1 (problems found) is expected for the large repository; its output is what matters.
    return String((error as { stdout?: unknown }).stdout ?? '');
  }
}

describe('on a terminal', { skip: hasScript ? false : 'no `script` command to open a pseudo-terminal' }, () => {
  it('colour on a terminal; none with NO_COLOR, none when piped', async () => {
    assert.match(onTerminal(['validate', '--root', repo]), /\x1b\[32mvalid:\x1b\[39m 13 files checked/);
    assert.equal(onTerminal(['validate', '--root', repo], { NO_COLOR: '1' }), 'valid: 13 files checked, no problems\r\n');
    assert.equal(onTerminal(['validate', '--root', repo], { TERM: 'dumb' }), 'valid: 13 files checked, no problems\r\n');
    assert.doesNotMatch((await cli(['validate', '--root', repo])).stdout, /\x1b/);
  });

  it('a progress line for 1,000+ files, cleared at the end; never with --json or in CI', async () => {
    const many = join(scratch, 'many');
    cpSync(REPO_OTHER, many, { recursive: true });
    const capture = readdirSync(join(many, 'corpus', 'captures'))[0] ?? '';
    const text = readFileSync(join(many, 'corpus', 'captures', capture), 'utf8');
    const id = capture.replace(/\.yaml$/, '');
    for (let i = 0; i < 1000; i++) writeFileSync(join(many, 'corpus', 'captures', `copy-${i}.yaml`), text.replace(`id: ${id}`, `id: copy-${i}`));
    const shown = onTerminal(['validate', '--root', many]);
    assert.match(shown, /\r\x1b\[2Kwacrg validate: checking 1,01\d files…\r\x1b\[2K/);
    for (const quiet of [onTerminal(['validate', '--root', many, '--json']), onTerminal(['validate', '--root', many], { CI: 'true' })]) {
      assert.doesNotMatch(quiet, /checking|reading|\x1b\[2K/);
    }
    const piped = await cli(['validate', '--root', many]);
    assert.doesNotMatch(piped.stderr, /checking|\x1b/);
  });
});
