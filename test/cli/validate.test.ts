// `wacrg validate`, called directly with captured output; the process-level exit code through main.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { UsageError } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import { usage, validateCommand } from '../../src/cli/validate.ts';
import { REPO_OTHER, SCENARIOS } from '../spec/helpers.ts';
import { captured, withCopy } from './helpers.ts';

const run = promisify(execFile);
const MAIN = join(import.meta.dirname, '..', '..', 'src', 'cli', 'bin.ts');

test('usage', () => {
  assert.equal(usage, 'wacrg validate [--root DIR] [--json]');
});

test('valid repository: exit 0, one line, nothing on stderr', async () => {
  const { out, err, io } = captured();
  assert.equal(await validateCommand(['--root', REPO_OTHER], io), 0);
  assert.deepEqual(out, ['valid: 13 files checked, no problems']);
  assert.deepEqual(err, []);
});

test('--json on a valid repository: exactly {valid, problems, warnings}', async () => {
  const { out, io } = captured();
  assert.equal(await validateCommand(['--root', REPO_OTHER, '--json'], io), 0);
  assert.deepEqual(JSON.parse(out.join('\n')), { valid: true, problems: [], warnings: [] });
});

test('warnings only: exit 0, each warning printed with "warning:", the count in the last line; --json lists them', async () => {
  const capture = readFileSync(join(REPO_OTHER, 'corpus', 'captures', 'issue-7.yaml'), 'utf8').replace('contributor: octo-tester', 'contributor: ""');
  await withCopy({ 'corpus/captures/issue-7.yaml': capture }, async (root) => {
    const { out, io } = captured();
    assert.equal(await validateCommand(['--root', root], io), 0);
    assert.deepEqual(out, [
      'warning: corpus/captures/issue-7.yaml:7:16 source.contributor: empty: expected the GitHub login of the person who captured it',
      'valid: 13 files checked, no problems, 1 warning',
    ]);
    const json = captured();
    assert.equal(await validateCommand(['--root', root, '--json'], json.io), 0);
    assert.deepEqual(JSON.parse(json.out.join('\n')), {
      valid: true,
      problems: [],
      warnings: [{ file: 'corpus/captures/issue-7.yaml', line: 7, column: 16, path: 'source.contributor', message: 'empty: expected the GitHub login of the person who captured it' }],
    });
  });
});

const confirmedOne = readFileSync(join(SCENARIOS, 'confirmed-one-technique', 'spec', 'stanzas', 'receipt-read.yaml'), 'utf8');
const badFlow = readFileSync(join(SCENARIOS, 'flow-participant-unknown', 'spec', 'flows', 'read-receipt.yaml'), 'utf8');

test('problems: exit 1, one line per problem and a count', async () => {
  await withCopy({ 'spec/stanzas/receipt-read.yaml': confirmedOne, 'spec/flows/read-receipt.yaml': badFlow }, async (root) => {
    const { out, err, io } = captured();
    assert.equal(await validateCommand(['--root', root], io), 1);
    assert.deepEqual(out, [
      'spec/flows/read-receipt.yaml:24:11 steps[2].from: "contact" is not a participant of this flow: expected one of "reader", "server", "sender"',
      'spec/stanzas/receipt-read.yaml:14:17 attributes[0].confidence: "confirmed" needs two techniques, provenance names one (websocket-capture)',
      '2 problems in 2 file(s)',
    ]);
    assert.deepEqual(err, []);
  });
});

test('--json with problems: exactly {valid: false, problems: [{file, line, column, path, message}], warnings}', async () => {
  await withCopy({ 'spec/stanzas/receipt-read.yaml': confirmedOne }, async (root) => {
    const { out, io } = captured();
    assert.equal(await validateCommand(['--root', root, '--json'], io), 1);
    const json: unknown = JSON.parse(out.join('\n'));
    assert.deepEqual(json, {
      valid: false,
      problems: [
        {
          file: 'spec/stanzas/receipt-read.yaml',
          line: 14,
          column: 17,
          path: 'attributes[0].confidence',
          message: '"confirmed" needs two techniques, provenance names one (websocket-capture)',
        },
      ],
      warnings: [],
    });
    const problem = (json as { problems: Record<string, unknown>[] }).problems[0] ?? {};
    assert.deepEqual(Object.keys(problem), ['file', 'line', 'column', 'path', 'message']);
  });
});

test('rule 6: the CLI scans capture bodies; a leak is a problem that does not repeat the value', async () => {
  // Generated digits in the 555-01xx range: fictional, and not a placeholder, so the scanner blocks them.
  const digits = `1555010${String(1000 + (Date.now() % 9000))}`;
  const capture = readFileSync(join(REPO_OTHER, 'corpus', 'captures', 'issue-7.yaml'), 'utf8').replace('B@s.whatsapp.net', `${digits}@s.whatsapp.net`);
  await withCopy({ 'corpus/captures/issue-7.yaml': capture }, async (root) => {
    const { out, io } = captured();
    assert.equal(await validateCommand(['--root', root], io), 1);
    assert.ok(out.length >= 2);
    for (const line of out.slice(0, -1)) assert.match(line, /^corpus\/captures\/issue-7\.yaml:\d+:\d+ raw\.body: sanitization: /);
    assert.ok(!out.join('\n').includes(digits), 'the value is not printed');
  });
});

test('an unknown option is a UsageError (exit 2 through main)', async () => {
  await assert.rejects(validateCommand(['--bogus'], captured().io), UsageError);
  await assert.rejects(validateCommand(['--root'], captured().io), UsageError);
  await assert.rejects(validateCommand(['extra'], captured().io), UsageError);
});

test('main: exit codes 0, 1 and 2 from the source CLI in a child process', async () => {
  const node = (args: string[]) =>
    run(process.execPath, [MAIN, ...args]).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
  const ok = await node(['validate', '--root', REPO_OTHER]);
  assert.deepEqual(ok, { code: 0, stdout: 'valid: 13 files checked, no problems\n', stderr: '' });
  const usageError = await node(['validate', '--bogus']);
  assert.equal(usageError.code, 2);
  assert.equal(usageError.stdout, '');
  assert.match(usageError.stderr, /^wacrg validate: .*--bogus.*\nusage: wacrg validate \[--root DIR\] \[--json\]\n$/);
  await withCopy({ 'spec/stanzas/receipt-read.yaml': confirmedOne }, async (root) => {
    const bad = await node(['validate', '--root', root, '--json']);
    assert.equal(bad.code, 1);
    assert.equal((JSON.parse(bad.stdout) as { valid: boolean }).valid, false);
  });
});

test('a --root without spec/ or corpus/ is a usage error (exit 2), not a list of missing files', async () => {
  const empty = await mkdtemp(join(tmpdir(), 'wacrg-empty-'));
  try {
    for (const command of ['validate', 'corroborate', 'generate']) {
      const errs: string[] = [];
      const io = { out: () => {}, err: (t: string) => void errs.push(t) };
      assert.equal(await main([command, '--root', empty], io), 2, command);
      assert.match(errs.join('\n'), /no spec\/ or corpus\/ under .*--root must name a spec repository/);
    }
  } finally {
    await rm(empty, { recursive: true, force: true });
  }
});
