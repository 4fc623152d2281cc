// The intake as a new user meets it on the command line: `node dist/cli.js` in a child process, in
// a temp copy of spec/, corpus/ and .github/ISSUE_TEMPLATE/, with --root. Every exit code, every
// file written or not written, and every byte printed in both modes.
// WACRG_CLI=/path/to/cli.js runs the tests against another bundle (test/cli/run-cli.ts).

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formBody, makeWorkspace, type Workspace } from '../e2e/harness.mjs';
import { allCases, assertNoEcho, assertNoStack, REPO_ROOT, type Case } from '../intake/cases.ts';
import { CLI, cli, type Run } from './run-cli.ts';

/** Both streams, for the checks that concern everything printed. */
const printed = (r: Run): string => `${r.stdout}\n${r.stderr}`;

function assertClean(r: Run, what: string): void {
  assertNoStack(r.stdout, `${what} stdout`);
  assertNoStack(r.stderr, `${what} stderr`);
}

let scratch: string;
/** A spec repository (a corpus/ folder) without the issue-form template. */
let noTemplate: string;
let counter = 0;
async function bodyFile(body: string): Promise<string> {
  const path = join(scratch, `body-${++counter}.md`);
  await writeFile(path, body);
  return path;
}

const captures = async (ws: Workspace): Promise<string[]> => (await readdir(join(ws.dir, 'corpus/captures'))).sort();

before(async () => {
  assert.ok(existsSync(CLI), `the bundle ${CLI} exists (npm run build)`);
  scratch = await mkdtemp(join(tmpdir(), 'wacrg-cli-'));
  noTemplate = join(scratch, 'no-template');
  await mkdir(join(noTemplate, 'corpus', 'captures'), { recursive: true });
});
after(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('wacrg ingest: a clean capture', () => {
  let ws: Workspace;
  before(async () => (ws = await makeWorkspace()));
  after(async () => ws.remove());

  it('is accepted, --write writes corpus/captures/issue-<N>.yaml, and validate then passes', async () => {
    const body = await bodyFile(formBody({}));
    const dry = await cli(['ingest', '--root', ws.dir, '--body', body, '--issue', '41', '--title', '[capture]: offer']);
    assert.equal(dry.code, 0, dry.stdout + dry.stderr);
    assert.match(dry.stdout, /accepted \(dry run, nothing written/);
    // The promotions weigh the provenance and this capture; the corpus's one other capture is listed, not read.
    assert.match(dry.stdout, /^evidence: each fact's provenance \+ this capture; 1 other capture\(s\) of corpus\/captures\/ not weighed \(wacrg corroborate weighs the whole corpus\)$/m);
    assert.ok(!existsSync(join(ws.dir, 'corpus/captures/issue-41.yaml')), 'a dry run writes nothing');

    const wrote = await cli(['ingest', '--root', ws.dir, '--body', body, '--issue', '41', '--title', '[capture]: offer', '--write']);
    assert.equal(wrote.code, 0, wrote.stdout + wrote.stderr);
    assert.match(wrote.stdout, /^accepted: wrote corpus\/captures\/issue-41\.yaml$/m);
    const file = await readFile(join(ws.dir, 'corpus/captures/issue-41.yaml'), 'utf8');
    assert.match(file, /^id: issue-41$/m);
    assert.match(file, /^sanitized: true$/m);
    // The dry run printed exactly the bytes --write wrote.
    assert.ok(dry.stdout.includes(file.trimEnd()), 'the dry run shows the file');

    const validate = await cli(['validate', '--root', ws.dir]);
    assert.equal(validate.code, 0, validate.stdout + validate.stderr);
    assert.match(validate.stdout, /^valid: /);
  });

  it('the same body with CRLF line endings writes a byte-identical file; the same input twice too', async () => {
    const lf = await bodyFile(formBody({}));
    const crlf = await bodyFile(formBody({}).replace(/\n/g, '\r\n'));
    const args = (body: string, issue: string): string[] => ['ingest', '--root', ws.dir, '--body', body, '--issue', issue, '--title', '[capture]: offer', '--author', 'contributor-a', '--write'];
    for (const [body, issue] of [[lf, '51'], [crlf, '52'], [lf, '53']] as const) {
      const r = await cli(args(body, issue));
      assert.equal(r.code, 0, r.stdout + r.stderr);
    }
    const read = (n: string): Promise<Buffer> => readFile(join(ws.dir, `corpus/captures/issue-${n}.yaml`));
    // Same issue number written over: identical bytes. Different numbers: identical but for the number.
    const first = await read('51');
    const again = await cli(args(lf, '51'));
    assert.equal(again.code, 0);
    assert.deepEqual(await read('51'), first, 'same input twice → byte-identical');
    const norm = (b: Buffer, n: string): string => b.toString('utf8').replaceAll(`issue-${n}`, 'issue-N').replace(`issue: ${n}`, 'issue: N');
    assert.equal(norm(await read('52'), '52'), norm(first, '51'), 'CRLF → byte-identical (up to the issue number)');
    assert.equal(norm(await read('53'), '53'), norm(first, '51'));
    assert.ok(!first.includes(0x0d), 'no CR in the written file');
    // And with the very same issue number, CRLF overwrites with identical bytes.
    const crlfSame = await cli(args(crlf, '51'));
    assert.equal(crlfSame.code, 0);
    assert.deepEqual(await read('51'), first, 'CRLF, same issue → byte-identical');
  });

  it('--json has the documented shape', async () => {
    const body = await bodyFile(formBody({}));
    const r = await cli(['ingest', '--root', ws.dir, '--body', body, '--issue', '61', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(json).sort(), ['corroboration', 'coverage', 'errors', 'findings', 'kind', 'path', 'status']);
    assert.equal(json.kind, 'capture');
    assert.equal(json.status, 'accepted');
    assert.equal(json.path, 'corpus/captures/issue-61.yaml');
    assert.deepEqual(json.findings, []);
    assert.deepEqual(json.errors, []);
    const corroboration = json.corroboration as Record<string, unknown>;
    assert.deepEqual(Object.keys(corroboration).sort(), ['conflicts', 'corroborated', 'implementations', 'missing', 'new', 'notWeighed', 'promotions', 'stanza']);
    assert.equal(corroboration.stanza, 'call-offer');
    assert.ok(Array.isArray(corroboration.promotions) && corroboration.promotions.length > 0);
    const coverage = json.coverage as Record<string, Record<string, Record<string, number>>>;
    assert.deepEqual(Object.keys(coverage).sort(), ['before', 'projected']);
    for (const k of ['before', 'projected'] as const) {
      assert.deepEqual(Object.keys(coverage[k] ?? {}).sort(), ['byCategory', 'byTechnique', 'flavorCorroboration', 'overall']);
      assert.equal(typeof coverage[k]?.overall?.coverage, 'number');
    }
    assert.ok((coverage.projected?.overall?.coverage ?? 0) > (coverage.before?.overall?.coverage ?? 1));
    assert.ok(!existsSync(join(ws.dir, 'corpus/captures/issue-61.yaml')), '--json without --write writes nothing');
  });

  it('an accepted capture that cannot be written: exit 2 naming the file, not "cannot read input"', async () => {
    const other = await makeWorkspace();
    try {
      await rm(join(other.dir, 'corpus/captures'), { recursive: true });
      await writeFile(join(other.dir, 'corpus/captures'), 'a file where the directory should be\n');
      const r = await cli(['ingest', '--root', other.dir, '--body', await bodyFile(formBody({})), '--issue', '91', '--write']);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stderr, /^wacrg ingest: the capture was accepted but corpus\/captures\/issue-91\.yaml cannot be written under .* \(E[A-Z]+\); nothing was written$/m);
      assert.doesNotMatch(r.stdout, /accepted: wrote/);
      assertClean(r, 'ingest');
    } finally {
      await other.remove();
    }
  });

  it('reads the body from standard input with --body -', async () => {
    const r = await cli(['ingest', '--root', ws.dir, '--body', '-', '--issue', '71', '--json'], { stdin: formBody({}).replace(/\n/g, '\r\n') });
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { status: string }).status, 'accepted');
  });
});

function issueOf(index: number): string {
  return String(1000 + index);
}

describe('wacrg ingest: scenarios (leaks, safe values, bad input) in both output modes', { concurrency: 8 }, () => {
  let ws: Workspace;
  let listing: string[];
  before(async () => {
    ws = await makeWorkspace();
    listing = await captures(ws);
  });
  after(async () => {
    // Nothing any leaking or invalid scenario ran with --write may have landed in the corpus.
    assert.deepEqual(await captures(ws), listing, 'corpus/captures unchanged');
    await ws.remove();
  });

  allCases().forEach((c: Case, index) => {
    const accepted = c.expected.status === 'accepted';
    it(`${c.name}: ${c.description}`, async () => {
      const issue = issueOf(index);
      const body = await bodyFile(c.body);
      // Leaks and bad input run with --write: nothing may be written. Safe ones run dry.
      const base = ['ingest', '--root', ws.dir, '--body', body, '--issue', issue, ...(c.title === undefined ? [] : ['--title', c.title]), ...(accepted ? [] : ['--write'])];
      const human = await cli(base);
      const json = await cli([...base, '--json']);
      for (const [mode, r] of [['human', human], ['--json', json]] as const) {
        assert.equal(r.code, accepted ? 0 : 1, `${mode} exit code; ${r.stdout.slice(0, 400)} ${r.stderr.slice(0, 400)}`);
        assertClean(r, mode);
        assertNoEcho(printed(r), c.secrets, `${mode} output`);
      }
      assert.ok(!existsSync(join(ws.dir, `corpus/captures/issue-${issue}.yaml`)), 'nothing written for this issue');

      const result = JSON.parse(json.stdout) as { status: string; findings: { rule: string; field: string; line: number; column: number; path?: string; severity: string }[]; errors: { field?: string; message: string }[] };
      assert.equal(result.status, c.expected.status);
      if (c.expected.status === 'rejected') {
        assert.match(human.stdout, /^rejected: the submission contains personal data or key material; nothing was written\./m);
        assert.match(human.stdout, /What to do: /);
        for (const want of c.expected.findings ?? []) {
          assert.ok(result.findings.some((f) => f.rule === want.rule && f.field === want.field && f.severity === 'block' && (want.line === undefined || f.line === want.line) && (want.column === undefined || f.column === want.column)), `--json lists ${want.rule}`);
          // The human line names field, rule and position.
          const where = want.line === undefined ? '' : `line ${want.line}, column ${want.column ?? ''}`;
          assert.ok(human.stdout.split('\n').some((l) => l.includes(`${want.field}: ${want.rule} (block)`) && l.includes(where)), `human output names ${want.field}: ${want.rule} ${where}`);
        }
      } else if (c.expected.status === 'invalid') {
        assert.match(human.stdout, /^invalid: the submission cannot be ingested as it is; nothing was written\./m);
        for (const want of c.expected.errors ?? []) {
          const re = new RegExp(want.match);
          assert.ok(result.errors.some((e) => (want.field === undefined || e.field === want.field) && re.test(e.message)), `--json error /${want.match}/`);
          assert.match(human.stdout, re, 'the human output says what is wrong');
        }
      } else {
        assert.deepEqual(result.errors, []);
        assert.equal(result.findings.filter((f) => f.severity === 'block').length, 0);
      }
    });
  });
});

describe('wacrg ingest: usage errors exit 2 with a message, never a stack trace', { concurrency: 4 }, () => {
  let ws: Workspace;
  let body: string;
  before(async () => {
    ws = await makeWorkspace();
    body = await bodyFile(formBody({}));
  });
  after(async () => ws.remove());

  const cases: [string, (b: string, root: string) => string[], RegExp][] = [
    ['--write without --issue', (b, root) => ['ingest', '--root', root, '--body', b, '--write'], /--write needs --issue/],
    ['--issue abc', (b, root) => ['ingest', '--root', root, '--body', b, '--issue', 'abc'], /--issue must be a positive whole number/],
    ['--issue 0', (b, root) => ['ingest', '--root', root, '--body', b, '--issue', '0'], /--issue must be a positive whole number/],
    ['an unknown flag', (b, root) => ['ingest', '--root', root, '--body', b, '--frobnicate'], /Unknown option '--frobnicate'/],
    ['missing --body', (_b, root) => ['ingest', '--root', root, '--issue', '3'], /--body FILE \(or - for standard input\) is required/],
    ['an unreadable body file', (_b, root) => ['ingest', '--root', root, '--body', join(root, 'no-such-body.md'), '--issue', '3'], /cannot read input \(ENOENT\)/],
    ['a directory as the body', (_b, root) => ['ingest', '--root', root, '--body', root, '--issue', '3'], /cannot read input \(EISDIR\)/],
    ['a root that is not a spec repository', (b) => ['ingest', '--root', scratch, '--body', b, '--issue', '3'], /no spec\/ or corpus\/ under .*: --root must name a spec repository\nusage: wacrg ingest /],
    ['a root without the template', (b) => ['ingest', '--root', noTemplate, '--body', b, '--issue', '3'], /no issue-form template at \.github\/ISSUE_TEMPLATE\/\S+ under .*: pass --template FILE\nusage: wacrg ingest /],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const r = await cli(args(body, ws.dir));
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /^wacrg ingest: /);
      assertClean(r, name);
      assert.deepEqual(await captures(ws), ws.files.filter((f) => f.path.startsWith('corpus/captures/')).map((f) => f.path.slice('corpus/captures/'.length)).sort());
    });
  }
});

describe('wacrg scan', () => {
  let dir: string;
  const key = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 73 + 29) & 0xff)).toString('base64');
  const phone = '+1 555 010 6218';
  before(async () => {
    dir = await mkdtemp(join(scratch, 'scan-'));
    await writeFile(join(dir, 'clean.md'), 'The relay answered from 192.0.2.10; ask someone@example.com.\nCallee: 555-0100.\n');
    await writeFile(join(dir, 'leak.md'), `First line is fine.\nSecond line: key ${key} here.\n\n   call ${phone}\n`);
  });

  it('exit 0 on a clean file', async () => {
    const r = await cli(['scan', join(dir, 'clean.md')]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /1 file\(s\) scanned: 0 blocking/);
    assertClean(r, 'scan');
  });

  it('exit 1 with a leak: each finding at its line and column, the value never printed', async () => {
    for (const cwd of [dir, scratch]) {
      const file = cwd === dir ? 'leak.md' : join(dir, 'leak.md');
      const r = await cli(['scan', file], { cwd });
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.ok(r.stdout.split('\n').some((l) => l.startsWith(`${file}:2:18 key-base64 (block)`)), r.stdout);
      assert.ok(r.stdout.split('\n').some((l) => l.startsWith(`${file}:4:9 phone-number (block)`)), r.stdout);
      assert.match(r.stdout, /1 file\(s\) scanned: 2 blocking/);
      assertNoEcho(printed(r), [key, phone], 'scan output');
      assertClean(r, 'scan');
    }
  });

  it('a file with more findings than one call takes arguments (4 MiB of `1 `: 139,810 phone-like runs) is reported whole, exit 1, no crash', async () => {
    const file = join(dir, 'many.txt');
    await writeFile(file, '1 '.repeat(2 * 1024 * 1024));
    const r = await cli(['scan', file]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /1 file\(s\) scanned: 139810 blocking, 0 warning\(s\)\n$/);
    assertClean(r, 'scan');
  });

  it('--json: {"clean", "findings"}', async () => {
    const leak = await cli(['scan', join(dir, 'clean.md'), join(dir, 'leak.md'), '--json']);
    assert.equal(leak.code, 1);
    const json = JSON.parse(leak.stdout) as { clean: boolean; findings: { rule: string; field: string; line: number; column: number }[] };
    assert.deepEqual(Object.keys(json).sort(), ['clean', 'findings']);
    assert.equal(json.clean, false);
    assert.deepEqual(json.findings.map(({ rule, field, line, column }) => ({ rule, field, line, column })), [
      { rule: 'key-base64', field: join(dir, 'leak.md'), line: 2, column: 18 },
      { rule: 'phone-number', field: join(dir, 'leak.md'), line: 4, column: 9 },
    ]);
    assertNoEcho(printed(leak), [key, phone], 'scan --json output');
    const clean = await cli(['scan', join(dir, 'clean.md'), '--json']);
    assert.equal(clean.code, 0);
    assert.deepEqual(JSON.parse(clean.stdout), { clean: true, findings: [] });
  });

  it('exit 2 with no file, or a file that cannot be read', async () => {
    const none = await cli(['scan']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /name at least one file to scan/);
    const missing = await cli(['scan', join(dir, 'missing.md')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read input \(ENOENT\)/);
    for (const r of [none, missing]) assertClean(r, 'scan');
  });
});

describe('wacrg corroborate', () => {
  let ws: Workspace;
  before(async () => (ws = await makeWorkspace()));
  after(async () => ws.remove());

  it('lists the facts a clean baileys-instrumentation capture makes promotable (exit 0)', async () => {
    const beforeRun = await cli(['corroborate', '--root', ws.dir]);
    assert.equal(beforeRun.code, 0, beforeRun.stdout + beforeRun.stderr);
    assert.match(beforeRun.stdout, /No fact can be promoted on the evidence\./);

    const body = await bodyFile(formBody({ technique: 'baileys-instrumentation' }));
    const ingested = await cli(['ingest', '--root', ws.dir, '--body', body, '--issue', '81', '--write']);
    assert.equal(ingested.code, 0, ingested.stdout + ingested.stderr);

    const r = await cli(['corroborate', '--root', ws.dir]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /\d+ fact\(s\) the evidence supports above their confidence:/);
    assert.match(r.stdout, /^ {2}call-offer:offer\/audio@enc {2}speculative → confirmed {2}\(websocket-capture, baileys-instrumentation\)$/m);
    assert.match(r.stdout, /Every claimed confidence is supported by the evidence\./);
    assertClean(r, 'corroborate');

    const json = await cli(['corroborate', '--root', ws.dir, '--json']);
    assert.equal(json.code, 0);
    const parsed = JSON.parse(json.stdout) as { promotable: { path: string; from: string; to: string }[]; unsupported: unknown[] };
    assert.ok(parsed.promotable.some((p) => p.path === 'call-offer:offer/audio@enc' && p.to === 'confirmed'));
    assert.deepEqual(parsed.unsupported, []);
  });

  it('a spec file claiming confirmed on one technique: exit 1 and the claim listed', async () => {
    const path = join(ws.dir, 'spec/stanzas/call-reject.yaml');
    const text = await readFile(path, 'utf8');
    // call-reject's `id` attribute rests on websocket-capture alone.
    const edited = text.replace(/(- name: id\n\s+type: string\n\s+confidence: )probable/, '$1confirmed');
    assert.notEqual(edited, text, 'the edit applies');
    await writeFile(path, edited);

    const r = await cli(['corroborate', '--root', ws.dir]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /1 claim\(s\) the evidence does not support \(confirmed needs two different techniques\):/);
    assert.match(r.stdout, /^ {2}call-reject:@id {2}confirmed {2}\(evidence: websocket-capture\)$/m);
    assertClean(r, 'corroborate');
    const json = await cli(['corroborate', '--root', ws.dir, '--json']);
    assert.equal(json.code, 1);
    const parsed = JSON.parse(json.stdout) as { unsupported: { path: string; claimed: string; techniques: string[] }[] };
    assert.deepEqual(parsed.unsupported.map(({ path: p, claimed, techniques }) => ({ p, claimed, techniques })), [{ p: 'call-reject:@id', claimed: 'confirmed', techniques: ['websocket-capture'] }]);
  });
});
