// The two YAML readers of load.ts: the fast one (js-yaml) decides the common case alone, so it must
// give exactly the careful one's (the `yaml` library's) value whenever it gives one at all.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { carefulRead, fastRead, loadRecord, loadRepo } from '../../src/spec/load.ts';
import { readRepoFiles } from '../../src/spec/read-files.ts';
import { kindOf } from '../../src/spec/repo.ts';
import { formatProblem, validateRepo } from '../../src/spec/validate.ts';
import { repoOtherFiles } from './helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every YAML file of the checkout (records, fixtures, workflows, templates), as path and text. */
function yamlFiles(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const entry of readdirSync(ROOT, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const path = relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (/^(node_modules|\.git|\.tmp|dist)\//.test(path) || path.includes('/node_modules/')) continue;
    out.push({ path, text: readFileSync(join(ROOT, path), 'utf8') });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The rule: when the fast reader gives a value, the careful reader gives the same one (Object.is on leaves). */
function assertAgree(text: string, label: string): boolean {
  const fast = fastRead(text);
  if (fast === undefined) return false;
  const careful = carefulRead(text);
  assert.ok(careful !== undefined, `${label}: the fast reader accepts what the careful reader refuses`);
  assert.deepStrictEqual(fast.value, careful.value, label);
  return true;
}

const FILES = yamlFiles();

test('both readers give identical values on every YAML file of the repository and the fixture trees', () => {
  assert.ok(FILES.length > 50, `found ${FILES.length} files`);
  for (const { path, text } of FILES) assertAgree(text, path);
});

test('every valid record of the repository and of repo-other is read by the fast reader', () => {
  const records = FILES.filter((f) => /^(spec|corpus)\//.test(f.path) && kindOf(f.path) !== undefined && kindOf(f.path) !== 'schema');
  records.push(...repoOtherFiles().filter((f) => kindOf(f.path) !== 'schema'));
  assert.ok(records.length > 30);
  for (const { path, text } of records) assert.ok(assertAgree(text, path), `${path} took the careful path`);
});

// Plain scalars whose type the YAML 1.1 habit or a lenient reader would change. Each must read the
// same in both readers (and here: by the fast reader), in a block mapping, a flow sequence, a flow
// mapping and a block sequence.
const EDGE_SCALARS: [string, unknown][] = [
  ['yes', 'yes'],
  ['no', 'no'],
  ['on', 'on'],
  ['Off', 'Off'],
  ['y', 'y'],
  ['true', true],
  ['True', true],
  ['FALSE', false],
  ['tRue', 'tRue'],
  ['0o17', 15],
  ['0O17', '0O17'],
  ['017', 17],
  ['0x1F', 31],
  ['0X1F', '0X1F'],
  ['0b101', '0b101'],
  ['1_000', '1_000'],
  ['1,000', '1,000'],
  ['+12', 12],
  ['-0', -0],
  ['0.', 0],
  ['.5', 0.5],
  ['1e3', 1000],
  ['1.e3', 1000],
  ['1.10', 1.1],
  ['9007199254740993', 9007199254740992],
  ['2026-11-26', '2026-11-26'],
  ['2026-11-26T10:00:00Z', '2026-11-26T10:00:00Z'],
  ['12:30:45', '12:30:45'],
  ['~', null],
  ['null', null],
  ['NULL', null],
  ['nul', 'nul'],
  ['.inf', Infinity],
  ['-.Inf', -Infinity],
  ['.NaN', NaN],
  ['inf', 'inf'],
  ['"12"', '12'],
  ["'0x1F'", '0x1F'],
  ['"yes"', 'yes'],
  ['"~"', '~'],
  ['<<', '<<'],
];

for (const [source, expected] of EDGE_SCALARS) {
  test(`edge scalar ${source} reads as ${typeof expected} ${String(expected)} in both readers`, () => {
    const shapes: [string, (v: unknown) => unknown][] = [
      [`v: ${source}\n`, (v) => ({ v })],
      [`v:\n  - ${source}\n`, (v) => ({ v: [v] })],
    ];
    // A comma ends a plain scalar inside a flow collection.
    if (!source.includes(',')) shapes.push([`v: [${source}, a]\n`, (v) => ({ v: [v, 'a'] })], [`v: {k: ${source}}\n`, (v) => ({ v: { k: v } })]);
    for (const [text, shape] of shapes) {
      assert.ok(assertAgree(text, text), `${JSON.stringify(text)} took the careful path`);
      assert.deepStrictEqual(fastRead(text)?.value, shape(expected), text);
    }
  });
}

test('texts the readers could read differently go to the careful reader', () => {
  const careful = [
    'v: !!float 1\n', // a string to `yaml` (the tag does not resolve), 1 to js-yaml
    'v: !!str 12\n',
    'v: ! 12\n',
    'v: !local 1\n',
    'v: { t: ![w] }\n', // `yaml` wants white space after a tag
    'v: &x{t: w}\n', // … and after an anchor
    'v: { t: &x[w] }\n',
    'a: &x 1\nb: *x\n', // aliases: js-yaml has no expansion cap
    '%YAML 1.1\n---\nv: yes\n', // true to `yaml` under YAML 1.1
    '...\nv: 1\n', // `yaml` refuses a document end before any document
    '~: a\n', // "" to `yaml`, "null" to js-yaml
    '1: a\n',
    'true: a\n',
    '? [a]\n: b\n',
    `${'k'.repeat(1100)}: v\n`, // `yaml` refuses implicit keys over 1024 characters
    'a: 1\na: 2\n', // duplicate keys: the careful reader's message
    'a: 1\n"a": 2\n',
    'a: 1\n---\nb: 2\n',
    '---\n',
    '# nothing\n',
    '- a\n', // not a mapping: no record is
    'just words\n',
  ];
  for (const text of careful) assert.equal(fastRead(text), undefined, JSON.stringify(text.slice(0, 40)));
});

/** Mulberry32: the same mutants every run. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces of YAML syntax (indicators, indentation, tags, anchors, aliases, odd scalars, line breaks,
// a byte-order mark, long keys) spliced into real files: the syntax where two readers drift apart.
const TOKENS = ['![', '!x', '&x{', '&x[', '&x ', '*x', ':&', ',!', '{&a ', '"\\"', '\\u0041', '\\x', '  - ', '\n  ', '\n    ', '\n- ', '?\n', ' ', '  ', ':', ': ', '-', '- ', '#', ' #', "'", '"', '[', ']', '{', '}', ',', '!', '!!str ', '|', '>', '|-', '>+', '%', '@', '`', '\t', '\n', '\r\n', '\\', '? ', '~', 'null', 'yes', '0x1F', '0o17', '1_000', '1e3', '.inf', '2026-11-26', '-1', '.5', '---\n', '...\n', '\uFEFF', '\u2028', '\u0085', '\u00a0', `${'k'.repeat(130)}: v`];

test('both readers agree on mutated repository files (seeded, 3000 mutants)', () => {
  const rand = prng(0x5eed);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
  const texts = FILES.filter((f) => !f.path.startsWith('test/fixtures/validate/')).map((f) => f.text);
  let fast = 0;
  for (let m = 0; m < 3000; m++) {
    let text = pick(texts);
    for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) {
      const at = Math.floor(rand() * (text.length + 1));
      const r = rand();
      if (r < 0.3) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 3));
      else if (r < 0.75) text = text.slice(0, at) + pick(TOKENS) + text.slice(at);
      else {
        const lines = text.split('\n');
        const i = Math.floor(rand() * lines.length);
        if (r < 0.88) lines.splice(i, 0, pick(lines));
        else lines[i] = rand() < 0.5 ? ` ${lines[i] ?? ''}` : (lines[i] ?? '').replace(/^ /, '');
        text = lines.join('\n');
      }
    }
    if (assertAgree(text, `mutant ${m}: ${JSON.stringify(text)}`)) fast++;
  }
  // Most mutants stay valid YAML: the comparison is not vacuous.
  assert.ok(fast > 1000, `${fast} mutants read fast`);
});

test('a record the fast reader steps aside for loads the same through the careful reader', () => {
  const files = repoOtherFiles();
  const glossary = files.find((f) => f.path === 'spec/glossary.yaml');
  assert.ok(glossary);
  const anchored = glossary.text.replace(/^terms:/m, 'terms: &all');
  assert.notEqual(anchored, glossary.text);
  assert.equal(fastRead(anchored), undefined);
  const problems: never[] = [];
  const fast = loadRecord(glossary, 'glossary', problems);
  const careful = loadRecord({ path: glossary.path, text: anchored }, 'glossary', problems);
  assert.deepEqual(problems, []);
  assert.deepStrictEqual(careful?.record, fast?.record);
});

test('a loaded record keeps its file and text, never a parsed document', () => {
  const { repo } = loadRepo(repoOtherFiles());
  for (const loaded of [...repo.stanzas, ...repo.flows, ...repo.enums, ...repo.techniques, ...repo.captures]) {
    assert.deepEqual(Object.keys(loaded).sort(), ['file', 'record', 'text']);
  }
});

test('positions of cross-file problems come from the text, for records read by either reader', () => {
  // A wrong id is a cross-file problem, placed by problemAt. With an anchor on another key the file
  // takes the careful path; with a comment line above, every position moves down one line.
  for (const anchor of [false, true]) {
    for (const prefix of ['', '# a comment line\n']) {
      const files = repoOtherFiles().map((f) => {
        if (f.path !== 'spec/stanzas/presence-probe.yaml') return f;
        const text = prefix + f.text.replace('id: presence-probe', 'id: presence-probx').replace('tag: presence', anchor ? 'tag: &a presence' : 'tag: presence');
        assert.equal(fastRead(text) === undefined, anchor);
        return { path: f.path, text };
      });
      const line = prefix === '' ? 1 : 2;
      assert.deepEqual(validateRepo(files).problems.map(formatProblem), [
        `spec/stanzas/presence-probe.yaml:${line}:5 id: id "presence-probx" must equal the file name "presence-probe"`,
      ]);
    }
  }
});

test('readRepoFiles with `only` reads the records of those kinds, and lists corpus/ only for captures', async () => {
  const root = mkdtempSync(join(tmpdir(), 'wacrg-read-'));
  try {
    for (const dir of ['spec/stanzas', 'spec/flows', 'spec/notes', 'corpus/captures']) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, 'spec', 'stanzas', 'b.yaml'), 'id: b\n');
    writeFileSync(join(root, 'spec', 'stanzas', 'a.yaml'), 'id: a\n');
    writeFileSync(join(root, 'spec', 'flows', 'f.yaml'), 'id: f\n');
    writeFileSync(join(root, 'spec', 'notes', 'n.yaml'), 'x: 1\n');
    writeFileSync(join(root, 'corpus', 'captures', 'c.yaml'), 'id: c\n');
    const paths = async (only?: Parameters<typeof readRepoFiles>[1]) => (await readRepoFiles(root, only)).map((f) => f.path);
    assert.deepEqual(await paths(), ['corpus/captures/c.yaml', 'spec/flows/f.yaml', 'spec/notes/n.yaml', 'spec/stanzas/a.yaml', 'spec/stanzas/b.yaml']);
    assert.deepEqual(await readRepoFiles(root, ['stanza']), [
      { path: 'spec/stanzas/a.yaml', text: 'id: a\n' },
      { path: 'spec/stanzas/b.yaml', text: 'id: b\n' },
    ]);
    assert.deepEqual(await paths(['capture', 'flow']), ['corpus/captures/c.yaml', 'spec/flows/f.yaml']);
    // An unreadable corpus/ does not matter when no capture is wanted: it is not listed.
    rmSync(join(root, 'corpus'), { recursive: true });
    writeFileSync(join(root, 'corpus'), 'not a directory\n');
    assert.deepEqual(await paths(['stanza']), ['spec/stanzas/a.yaml', 'spec/stanzas/b.yaml']);
    await assert.rejects(paths(['capture']));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
