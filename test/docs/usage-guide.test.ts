// The usage guide (README "Use it in your repository" + docs/using-the-action.md) cannot drift from
// the action: the docs page carries the README's workflows verbatim, the workflows follow the same
// rules as ours, the input/output tables list exactly action.yml's names and defaults, and every
// troubleshooting entry quotes a message the action's source really prints.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { readmeWorkflows } from '../e2e/readme.ts';
import { ROOT } from './helpers.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const CHECKOUT_V4_2_2 = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const page = readFileSync(join(ROOT, 'docs/using-the-action.md'), 'utf8');
const action: unknown = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
assert.ok(isObject(action) && isObject(action['inputs']) && isObject(action['outputs']));
const inputs = action['inputs'];
const outputs = action['outputs'];

function section(text: string, heading: RegExp): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  assert.ok(start >= 0, `a section ${heading}`);
  const level = /^#+/.exec(lines[start] ?? '')?.[0].length ?? 2;
  // A heading of the same or a higher level ends it; `# ` lines inside code fences are not headings.
  let fenced = false;
  const end = lines.findIndex((l, i) => {
    if (l.startsWith('```')) fenced = !fenced;
    return i > start && !fenced && new RegExp(`^#{1,${level}} `).test(l);
  });
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** Rows of the Markdown table whose header's first cell is `first`: cells without the outer pipes. */
function tableRows(text: string, first: string): string[][] {
  const lines = text.split('\n');
  const header = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  assert.ok(header >= 0, `a table starting with "| ${first} |"`);
  const rows: string[][] = [];
  for (let i = header + 2; i < lines.length && lines[i]?.startsWith('|'); i++) {
    rows.push((lines[i] ?? '').slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()));
  }
  return rows;
}

const usage = section(readme, /^## Use it in your repository$/);

test('README and docs page: the same workflows, and the page is in the site nav', () => {
  const blocks = readmeWorkflows(readme);
  for (const mode of ['intake', 'review', 'reingest', 'notify']) assert.ok(blocks.has(`.github/workflows/wacrg-${mode}.yml`), `the ${mode} workflow`);
  for (const [path, text] of blocks) assert.ok(page.includes(`\`\`\`yaml\n${text}\`\`\``), `${path} is on the docs page verbatim`);
  assert.match(readFileSync(join(ROOT, 'mkdocs.yml'), 'utf8'), /^\s+- [^:]+: using-the-action\.md$/m);
  assert.ok(usage.includes('(docs/using-the-action.md)'), 'the README links the page');
});

test('README workflows: permissions {} at the top, grants per job, pinned checkout without credentials, no run: steps', () => {
  for (const [path, text] of readmeWorkflows(readme)) {
    const doc: unknown = parse(text);
    assert.ok(isObject(doc) && isObject(doc['jobs']), path);
    assert.deepEqual(doc['permissions'], {}, `${path}: permissions {}`);
    assert.ok(isObject(doc['concurrency']), `${path}: a concurrency group`);
    for (const job of Object.values(doc['jobs'])) {
      assert.ok(isObject(job) && isObject(job['permissions']) && Array.isArray(job['steps']), `${path}: job permissions`);
      const steps = job['steps'].filter(isObject);
      assert.deepEqual(steps.map((s) => s['run']).filter((r) => r !== undefined), [], `${path}: no shell step`);
      const checkout = steps.find((s) => String(s['uses']).startsWith('actions/checkout@'));
      assert.equal(checkout?.['uses'], CHECKOUT_V4_2_2, `${path}: the pinned checkout`);
      assert.ok(isObject(checkout['with']) && checkout['with']['persist-credentials'] === false);
      assert.equal(steps.at(-1)?.['uses'], '<owner>/<repo>@v1', `${path}: the action at @v1 last`);
    }
  }
});

for (const [where, text] of [['README', usage], ['docs/using-the-action.md', page]] as const) {
  test(`${where}: the inputs table lists every action.yml input with its default, the outputs table every output`, () => {
    const rows = tableRows(text, 'input');
    const documented = Object.fromEntries(rows.map(([name = '', value = '']) => [name.replace(/`/g, ''), value.replace(/^`|`$/g, '')]));
    const expected = Object.fromEntries(Object.entries(inputs).map(([name, spec]) => [name, isObject(spec) ? String(spec['default'] ?? '') : '']));
    // An empty default is written as `''`.
    for (const [name, value] of Object.entries(documented)) if (value === "''") documented[name] = '';
    assert.deepEqual(documented, expected);
    assert.deepEqual(tableRows(text, 'output').map(([name = '']) => name.replace(/`/g, '')).sort(), Object.keys(outputs).sort());
  });
}

/** Every .ts file under src/, concatenated: where the action's messages live. */
function sourceText(): string {
  const dir = join(ROOT, 'src');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.includes('.generated.'))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

/** Code spans of a troubleshooting entry's message part. */
function spans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
}

test('troubleshooting: every quoted message is printed by the action (README list and docs table)', () => {
  const source = sourceText();
  const quoted: string[] = [];
  const list = usage.slice(usage.indexOf('**Troubleshooting**'));
  const items = list.split('\n').filter((l) => l.startsWith('- `'));
  assert.ok(items.length >= 5, 'README: a troubleshooting list');
  for (const item of items) quoted.push(...spans(item.slice(0, item.indexOf('`: ') + 1)));
  const rows = tableRows(section(page, /^## Troubleshooting$/), 'the job log says');
  assert.ok(rows.length >= 15, 'docs: a troubleshooting table');
  for (const [message = ''] of rows) quoted.push(...spans(message));
  for (const fragment of quoted) assert.ok(source.includes(fragment), `"${fragment}" is not a message of the action (src/)`);
});
