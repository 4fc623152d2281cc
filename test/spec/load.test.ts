// Edge cases of loading: hostile or odd YAML is a problem with a position, fast, and messages never
// quote the file's content beyond short plain values.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadRepo } from '../../src/spec/load.ts';
import { readRepoFiles } from '../../src/spec/read-files.ts';
import { baseId, kindOf } from '../../src/spec/repo.ts';
import { formatProblem, sortProblems, validateRepo } from '../../src/spec/validate.ts';
import { repoOtherFiles } from './helpers.ts';

/** Problems of one glossary text, the rest of repo-other unchanged. */
function glossaryProblems(text: string): string[] {
  const files = repoOtherFiles().map((f) => (f.path === 'spec/glossary.yaml' ? { path: f.path, text } : f));
  return validateRepo(files).problems.map(formatProblem);
}

// Generated, obviously fictional digits (555-01xx): stand-ins for something that must not be echoed.
const SECRET = `1555010${String(10 + (Date.now() % 89)).padStart(4, '0')}`;

test('parser messages never quote source text (alias, block header, escape, tag)', () => {
  for (const text of [`terms: *a${SECRET}\n`, `terms: |${SECRET}\n  x\n`, `terms: "\\q${SECRET}"\n`, `terms: !t${SECRET} [a]\n`, `terms: !!map${SECRET} [a]\n`]) {
    const problems = glossaryProblems(text);
    assert.ok(problems.length > 0, text);
    for (const line of problems) assert.ok(!line.includes(SECRET.slice(-6)), line);
  }
});

test('a stray key that is long or odd is named by its length only, in the path and the message', () => {
  const key = `k${'x'.repeat(60)}${SECRET}`;
  const problems = glossaryProblems(`terms:\n  - term: a\n    definition: b\n${key}: 1\n`);
  assert.deepEqual(problems, [
    `spec/glossary.yaml:4:1 (a value of ${key.length} characters): unexpected key "(a value of ${key.length} characters)": this record allows no other keys`,
  ]);
});

test('whitespace or comments only: an empty file', () => {
  assert.deepEqual(glossaryProblems('\n  \n'), ['spec/glossary.yaml:1:1 empty file: expected one YAML record']);
  assert.deepEqual(glossaryProblems('# nothing yet\n'), ['spec/glossary.yaml:1:1 empty file: expected one YAML record']);
});

test('a 1 MiB file of distinct keys is checked in linear time; schema problems are capped per file', () => {
  const count = 90_000;
  const text = Array.from({ length: count }, (_, i) => `k${i}: v`).join('\n');
  const started = performance.now();
  const problems = glossaryProblems(text);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < 15_000, `took ${elapsed.toFixed(0)} ms`);
  assert.equal(problems.length, 21);
  assert.equal(problems[0], 'spec/glossary.yaml:1:1 missing required key "terms"');
  assert.equal(problems[19], 'spec/glossary.yaml:19:1 k18: unexpected key "k18": this record allows no other keys');
  assert.equal(problems[20], `spec/glossary.yaml:19:1 ${count + 1 - 20} more schema problems not shown`);
});

test('a duplicate key deep inside a record is found at its position', () => {
  const problems = glossaryProblems('terms:\n  - term: a\n    definition: b\n    term: c\n');
  assert.deepEqual(problems, ['spec/glossary.yaml:4:5 malformed YAML: Map keys must be unique']);
});

test('nesting too deep for the parser is a problem, not a crash', () => {
  const problems = glossaryProblems(`terms: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
  assert.ok(problems.length >= 1 && problems.length <= 5);
  assert.match(problems[0] ?? '', /^spec\/glossary\.yaml:1:\d+ malformed YAML: nested too deeply$/);
  for (const line of problems) assert.match(line, /^spec\/glossary\.yaml:1:\d+ malformed YAML: /);
  assert.equal(new Set(problems.map((line) => line.replace(/^\S+ /, ''))).size, problems.length);
});

test('more than one document, a scalar, null: problems at 1:1 or the second document', () => {
  assert.deepEqual(glossaryProblems('terms:\n  - term: a\n    definition: b\n---\nterms: []\n'), [
    'spec/glossary.yaml:4:1 malformed YAML: Source contains multiple documents; please use YAML.parseAllDocuments()',
  ]);
  assert.deepEqual(glossaryProblems('just words\n'), ['spec/glossary.yaml:1:1 expected object, found a string']);
  assert.deepEqual(glossaryProblems('~\n'), ['spec/glossary.yaml:1:1 expected object, found null']);
});

test('CRLF line ends and a byte-order mark keep positions right', () => {
  const crlf = 'terms:\r\n  - term: a\r\n    definition: 7\r\n';
  assert.deepEqual(glossaryProblems(crlf), ['spec/glossary.yaml:3:17 terms[0].definition: expected string, found a number']);
  assert.deepEqual(glossaryProblems('\uFEFFterms:\n  - term: a\n    definition: b\n'), []);
});

test('a technique file with another technique\'s id: one problem, not also missing or duplicate', () => {
  const frida = repoOtherFiles().find((f) => f.path === 'spec/techniques/frida-hooking.yaml')?.text ?? '';
  const files = repoOtherFiles().map((f) => (f.path === 'spec/techniques/mitm-tls.yaml' ? { path: f.path, text: frida } : f));
  assert.deepEqual(validateRepo(files).problems.map(formatProblem), [
    'spec/techniques/mitm-tls.yaml:1:5 id: id "frida-hooking" must equal the file name "mitm-tls"',
  ]);
});

test('a stanza rejected by its schema is not reported again by the flow that names it', () => {
  const files = repoOtherFiles().map((f) =>
    f.path === 'spec/stanzas/presence-probe.yaml' ? { path: f.path, text: f.text.replace('category: signaling', 'category: presence') } : f,
  );
  assert.deepEqual(validateRepo(files).problems.map(formatProblem), [
    'spec/stanzas/presence-probe.yaml:4:11 category: "presence" is not one of: signaling, keying, media, transport',
  ]);
});

test('an odd flow participant is named by its length only', () => {
  const files = repoOtherFiles().map((f) =>
    f.path === 'spec/flows/read-receipt.yaml' ? { path: f.path, text: f.text.replace('  - from: sender', `  - from: "+${SECRET}!"`) } : f,
  );
  const problems = validateRepo(files).problems.map(formatProblem);
  assert.deepEqual(problems, [
    `spec/flows/read-receipt.yaml:24:11 steps[2].from: (a value of ${SECRET.length + 2} characters) is not a participant of this flow: expected one of "reader", "server", "sender"`,
  ]);
});

test('an oversized file on disk is reported as too large, not as empty', async () => {
  const root = mkdtempSync(join(tmpdir(), 'wacrg-load-'));
  try {
    mkdirSync(join(root, 'spec'), { recursive: true });
    writeFileSync(join(root, 'spec', 'glossary.yaml'), `terms: "${'x'.repeat(5 * 1024 * 1024)}"\n`);
    const files = await readRepoFiles(root);
    assert.equal(files.length, 1);
    const { problems } = loadRepo(files);
    assert.deepEqual(problems.map(formatProblem), ['spec/glossary.yaml:1:1 file too large: at most 1048576 characters']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a missing spec/ and corpus/ read as no files; then all seven technique files are missing', async () => {
  const root = mkdtempSync(join(tmpdir(), 'wacrg-load-'));
  try {
    const files = await readRepoFiles(root);
    assert.deepEqual(files, []);
    assert.equal(validateRepo(files).problems.length, 7);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('kindOf and baseId: where each kind lives', () => {
  assert.equal(kindOf('spec/stanzas/a.yaml'), 'stanza');
  assert.equal(kindOf('spec/stanzas/a.yml'), 'stanza');
  assert.equal(kindOf('spec/flows/a.yaml'), 'flow');
  assert.equal(kindOf('spec/enums/a.yaml'), 'enum');
  assert.equal(kindOf('spec/techniques/a.yaml'), 'technique');
  assert.equal(kindOf('spec/glossary.yaml'), 'glossary');
  assert.equal(kindOf('corpus/captures/issue-1.yaml'), 'capture');
  assert.equal(kindOf('spec/schema/stanza.schema.json'), 'schema');
  assert.equal(kindOf('spec/stanzas/nested/a.yaml'), undefined);
  assert.equal(kindOf('spec/glossary.yml'), undefined);
  assert.equal(kindOf('spec/stanzas/a.json'), undefined);
  assert.equal(baseId('spec/stanzas/call-offer.yaml'), 'call-offer');
  assert.equal(baseId('spec/stanzas/call-offer.yml'), 'call-offer');
});

test('formatProblem and sortProblems: file, then line, then column', () => {
  const p = (file: string, line: number, column: number, path = '') => ({ file, line, column, path, message: 'm' });
  assert.deepEqual(sortProblems([p('b', 1, 1), p('a', 2, 1), p('a', 1, 9), p('a', 1, 2, 'x')]).map(formatProblem), [
    'a:1:2 x: m',
    'a:1:9 m',
    'a:2:1 m',
    'b:1:1 m',
  ]);
});
