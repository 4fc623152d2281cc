import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTemplate, TEMPLATE_MAX_ALIAS_COUNT } from '../../src/form/template.ts';
import { DEFAULT_TEMPLATE_PATH } from '../../src/form/template-path.ts';
import { CAPTURE_FIELD_IDS } from '../../src/form/capture-fields.ts';
import { fastRead } from '../../src/spec/load.ts';
import { parseDocument } from 'yaml';

const repo = join(import.meta.dirname, '..', '..');
const fixture = readFileSync(join(repo, 'test', 'fixtures', 'form', 'stanza_capture.yml'), 'utf8');

function messages(text: string): string[] {
  const { template, errors } = loadTemplate(text);
  assert.equal(template, undefined, 'no template when there are errors');
  return errors.map((e) => e.message);
}

const minimal = (element: string): string => `name: T\nbody:\n${element}`;

test('the fixture template reads as the capture form of issue-forms.md', () => {
  const { template, errors } = loadTemplate(fixture);
  assert.deepEqual(errors, []);
  assert.ok(template);
  assert.equal(template.name, 'Stanza capture');
  assert.equal(template.title, '[capture]: ');
  assert.deepEqual(template.labels, ['type/stanza-capture', 'status/needs-review']);
  assert.deepEqual(template.fields.map((f) => f.id), Object.values(CAPTURE_FIELD_IDS), 'markdown skipped, template order kept');
  assert.deepEqual(
    template.fields.filter((f) => f.required).map((f) => f.id),
    ['stanza-tag', 'direction', 'capture-technique', 'confidence', 'raw-stanza'],
  );
  const raw = template.fields.find((f) => f.id === 'raw-stanza');
  assert.equal(raw?.render, 'text');
  assert.deepEqual(template.fields.find((f) => f.id === 'direction')?.options, ['outgoing', 'incoming', 'bidirectional']);
});

test('the real .github form declares the same fields as the fixture copy', () => {
  const real = loadTemplate(readFileSync(join(repo, DEFAULT_TEMPLATE_PATH), 'utf8'));
  const copy = loadTemplate(fixture);
  assert.deepEqual(real.errors, []);
  assert.ok(real.template && copy.template);
  assert.deepEqual(real.template.fields, copy.template.fields);
  assert.deepEqual(real.template.labels, copy.template.labels);
  assert.equal(real.template.title, copy.template.title);
  assert.equal(real.template.name, copy.template.name);
});

test('labels may be a comma-separated string; blanks dropped', () => {
  const { template } = loadTemplate(`name: T\nlabels: "a, b ,, c"\nbody:\n  - type: input\n    id: x\n    attributes: {label: X}\n`);
  assert.deepEqual(template?.labels, ['a', 'b', 'c']);
});

test('elements without id get a positional id that cannot collide with real ids', () => {
  const { template, errors } = loadTemplate(
    `name: T\nbody:\n  - type: markdown\n    attributes: {value: hi}\n  - type: input\n    attributes: {label: X}\n`,
  );
  assert.deepEqual(errors, []);
  assert.equal(template?.fields[0]?.id, '#2');
});

test('checkboxes options are {label, required}; required options are recorded', () => {
  const { template, errors } = loadTemplate(
    minimal(`  - type: checkboxes\n    id: c\n    attributes:\n      label: C\n      options:\n        - label: one\n          required: true\n        - label: two\n`),
  );
  assert.deepEqual(errors, []);
  assert.deepEqual(template?.fields[0]?.options, ['one', 'two']);
  assert.deepEqual(template?.fields[0]?.requiredOptions, ['one']);
});

test('malformed templates give clear errors', () => {
  assert.match(messages('name: [unclosed')[0] ?? '', /template is not valid YAML: .*line 1/);
  assert.deepEqual(messages('- just a list'), ['template must be a YAML mapping with `name` and `body`']);
  assert.deepEqual(messages('body:\n  - type: input\n    id: x\n    attributes: {label: X}\n'), ['template `name` must be a non-empty string']);
  assert.deepEqual(messages('name: T\n'), ['template `body` must be a non-empty list of form elements']);
  assert.deepEqual(messages('name: T\nbody:\n  - type: markdown\n    attributes: {value: hi}\n'), ['template `body` has no submitted element (only markdown)']);
  assert.deepEqual(messages(minimal('  - type: radio\n    id: x\n    attributes: {label: X}\n')), [
    'template body[0]: `type` must be one of markdown, input, textarea, dropdown, checkboxes',
  ]);
  assert.deepEqual(messages(minimal('  - type: input\n    id: "a b"\n    attributes: {label: X}\n')), [
    'template body[0]: `id` must contain only letters, digits, "-" and "_"',
  ]);
  assert.deepEqual(messages(minimal('  - type: input\n    id: x\n')), ['template body[0] (x): `attributes` must be a mapping with `label`']);
  assert.deepEqual(messages(minimal('  - type: input\n    id: x\n    attributes: {label: "  "}\n')), [
    'template body[0] (x): `attributes.label` must be a non-empty string',
  ]);
  assert.deepEqual(messages(minimal('  - type: input\n    id: x\n    attributes: {label: "a\\nb"}\n')), [
    'template body[0] (x): `attributes.label` must be a single line (it becomes a heading)',
  ]);
  assert.deepEqual(messages(minimal('  - type: dropdown\n    id: d\n    attributes: {label: D}\n')), [
    'template body[0] (d): dropdown `attributes.options` must be a non-empty list',
  ]);
  assert.deepEqual(messages(minimal('  - type: dropdown\n    id: d\n    attributes: {label: D, options: [a, None, a]}\n')), [
    'template body[0] (d): options[1] "None" is reserved by GitHub for "no choice"',
    'template body[0] (d): option "a" is listed twice',
  ]);
  assert.deepEqual(messages(minimal('  - type: dropdown\n    id: d\n    attributes: {label: D, options: [a], multiple: "yes"}\n')), [
    'template body[0] (d): `attributes.multiple` must be true or false',
  ]);
  assert.deepEqual(messages(minimal('  - type: checkboxes\n    id: c\n    attributes: {label: C, options: [plain]}\n')), [
    'template body[0] (c): options[0] must be a mapping with a single-line `label`',
  ]);
  assert.deepEqual(messages(minimal('  - type: textarea\n    id: t\n    attributes: {label: T, render: "a b"}\n')), [
    'template body[0] (t): `attributes.render` must be a language name',
  ]);
  assert.deepEqual(messages(minimal('  - type: input\n    id: x\n    attributes: {label: X}\n    validations: {required: "yes"}\n')), [
    'template body[0] (x): `validations.required` must be true or false',
  ]);
  assert.deepEqual(
    messages(minimal('  - type: input\n    id: x\n    attributes: {label: X}\n  - type: input\n    id: x\n    attributes: {label: X}\n')),
    ['template element id "x" is used twice', 'template label "X" is used twice: headings would be ambiguous'],
  );
  assert.deepEqual(messages(minimal('  - type: input\n    id: x\n    attributes: {label: X}\n    attributes: {label: Y}\n'))[0]?.startsWith('template is not valid YAML: Map keys must be unique'), true);
});

test('alias expansion is bounded (no billion laughs)', () => {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i <= 8; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  const bomb = `name: T\n${lines.join('\n')}\nbody:\n  - type: input\n    id: x\n    attributes: {label: X}\n`;
  const started = Date.now();
  const errs = messages(bomb);
  assert.ok(Date.now() - started < 2000);
  assert.match(errs[0] ?? '', /^template YAML could not be read: /);
  assert.ok(TEMPLATE_MAX_ALIAS_COUNT <= 100);
});

test('every template of the repository and the fixtures reads the same through the fast reader as through the careful one', () => {
  const root = repo;
  const templates = [
    join(root, 'test', 'fixtures', 'form', 'stanza_capture.yml'),
    ...readdirSync(join(root, '.github', 'ISSUE_TEMPLATE')).map((f) => join(root, '.github', 'ISSUE_TEMPLATE', f)),
    ...readdirSync(join(root, 'test', 'fixtures', 'form'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('template.yml')).map((f) => join(root, 'test', 'fixtures', 'form', f)),
  ];
  assert.ok(templates.length >= 8);
  for (const path of templates) {
    const text = readFileSync(path, 'utf8');
    const fast = fastRead(text);
    assert.ok(fast !== undefined, `${path}: the fast reader declined`);
    assert.deepEqual(fast.value, parseDocument(text, { uniqueKeys: true }).toJS(), path);
  }
});

test('a template with a duplicate key is still refused (the careful reader words it)', () => {
  const { template, errors } = loadTemplate('name: A\nname: B\nbody:\n  - type: input\n    id: x\n    attributes:\n      label: X\n');
  assert.equal(template, undefined);
  assert.match(errors[0]?.message ?? '', /template is not valid YAML: .*[Mm]ap keys must be unique/);
});
