import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTemplate, MAX_BODY_CHARS, normaliseLineEndings, parseBody } from '../../src/form/parse.ts';
import type { FormTemplate } from '../../src/form/types.ts';

function tpl(yaml: string): FormTemplate {
  const { template, errors } = loadTemplate(yaml);
  assert.deepEqual(errors, []);
  assert.ok(template);
  return template;
}

// A compact three-field form: input, dropdown, textarea (no render), textarea (render).
const t = tpl(`name: Mini
body:
  - type: input
    id: a
    attributes: {label: Alpha}
  - type: dropdown
    id: b
    attributes: {label: Beta, options: [one, two]}
    validations: {required: true}
  - type: textarea
    id: c
    attributes: {label: Gamma}
  - type: textarea
    id: d
    attributes: {label: Delta, render: text}
`);

const form = (alpha: string, beta: string, gamma: string, delta: string): string =>
  `### Alpha\n\n${alpha}\n\n### Beta\n\n${beta}\n\n### Gamma\n\n${gamma}\n\n### Delta\n\n${delta}\n`;

test('normaliseLineEndings maps CRLF and lone CR to LF', () => {
  assert.equal(normaliseLineEndings('a\r\nb\rc\n\r\n'), 'a\nb\nc\n\n');
});

test('headings only count at top level: not in lists, quotes, indented code, HTML; ###X is no heading', () => {
  const gamma = '- ### Beta\n\n  two\n\n> ### Beta\n\n    ### Beta\n\n<div>\n### Beta\n</div>\n\n###Beta';
  const p = parseBody(form('x', 'one', gamma, '```text\nz\n```'), t);
  assert.deepEqual(p.values['b']?.selected, ['one']);
  assert.equal(p.values['c']?.text, gamma);
  assert.equal(p.layout, 'form');
});

test('heading variants GitHub or an editor may produce still match: indentation, closing hashes, trailing spaces', () => {
  const body = '   ### Alpha   \n\nx\n\n### Beta ###\n\none\n\n### Gamma\t\n\ng\n\n### Delta\n\n```text\nd\n```\n';
  const p = parseBody(body, t);
  assert.equal(p.layout, 'form');
  assert.equal(p.values['a']?.text, 'x');
  assert.deepEqual(p.values['b']?.selected, ['one']);
  assert.equal(p.values['d']?.text, 'd');
});

test('labels match verbatim after NFC: a decomposed accent still matches, a case change does not', () => {
  const accent = tpl('name: A\nbody:\n  - type: input\n    id: x\n    attributes: {label: "Café"}\n');
  assert.equal(parseBody('### Cafe\u0301\n\nv\n', accent).values['x']?.text, 'v');
  assert.equal(parseBody('### café\n\nv\n', accent).layout, 'none');
});

test('a label ending in "#" is matched although CommonMark would read " #" as a closing sequence', () => {
  const hash = tpl('name: H\nbody:\n  - type: input\n    id: x\n    attributes: {label: "Issue #"}\n');
  assert.equal(parseBody('### Issue #\n\n12\n', hash).values['x']?.text, '12');
});

test('a typed duplicate of an earlier label stays in the current value (it never overwrites)', () => {
  const p = parseBody(form('x', 'one', 'see\n\n### Beta\n\ntwo\n\n### Alpha\n\ny', '```text\nd\n```'), t);
  assert.deepEqual(p.values['b']?.selected, ['one']);
  assert.equal(p.values['a']?.text, 'x');
  assert.equal(p.values['c']?.text, 'see\n\n### Beta\n\ntwo\n\n### Alpha\n\ny');
});

test('a later (not next) label typed early does not steal the field in a form-shaped body', () => {
  const p = parseBody(form('x\n\n### Delta\n\nfake', 'one', 'g', '```text\nreal\n```'), t);
  assert.equal(p.values['a']?.text, 'x\n\n### Delta\n\nfake');
  assert.equal(p.values['d']?.text, 'real');
  assert.equal(p.layout, 'form');
});

test('a typed ### Beta inside the render fence of an edited body with Beta moved after it', () => {
  const body = '### Alpha\n\nx\n\n### Gamma\n\ng\n\n### Delta\n\n```text\n### Beta\n\ntwo\n```\n\n### Beta\n\none\n';
  const p = parseBody(body, t);
  assert.equal(p.layout, 'edited');
  assert.deepEqual(p.values['b']?.selected, ['one']);
  assert.equal(p.values['d']?.text, '### Beta\n\ntwo');
});

test('render: a longer fence (an editor fixed the paste) is stripped whole; tildes too', () => {
  const p = parseBody(form('x', 'one', 'g', '````text\na\n```\nb\n````'), t);
  assert.equal(p.values['d']?.text, 'a\n```\nb');
  const q = parseBody(form('x', 'one', 'g', '~~~text\na\n```\n~~~'), t);
  assert.equal(q.values['d']?.text, 'a\n```');
});

test('render: an unclosed fence at the end keeps everything after the opening line', () => {
  const p = parseBody(form('x', 'one', 'g', '```text\na\nb'), t);
  assert.equal(p.values['d']?.text, 'a\nb');
  assert.equal(p.values['d']?.line, 16);
});

test('values keep typed markdown byte-for-byte: HTML, images, trailing spaces inside, inner blank lines', () => {
  const gamma = '<details><summary>s</summary>\n\n![img](https://example.org/x.png)  \n\n\n  indented\n</details>';
  assert.equal(parseBody(form('x', 'one', gamma, '```text\nd\n```'), t).values['c']?.text, gamma);
});

test('line numbers: a value after extra blank lines; an empty section points after its heading', () => {
  const body = '### Alpha\n\n\n\nx\n\n### Beta\n\none\n\n### Gamma\n\n### Delta\n\n```text\nd\n```';
  const p = parseBody(body, t);
  assert.equal(p.values['a']?.line, 5);
  assert.equal(p.values['c']?.present, true);
  assert.equal(p.values['c']?.text, null);
  assert.equal(p.values['c']?.line, 12);
  assert.equal(p.values['d']?.line, 16);
});

test('a heading on the last line without a value is present and empty', () => {
  const p = parseBody('### Alpha\n\nx\n\n### Beta', t);
  assert.equal(p.values['b']?.present, true);
  assert.deepEqual(p.errors, [{ field: 'b', message: 'Beta (b) is required but empty' }]);
});

test('inputs and dropdowns are trimmed; textarea text keeps the first line indentation', () => {
  const p = parseBody(form('   x  ', '  two ', '    code block', '```text\nd\n```'), t);
  assert.equal(p.values['a']?.text, 'x');
  assert.deepEqual(p.values['b']?.selected, ['two']);
  assert.equal(p.values['c']?.text, '    code block');
});

test('dropdown values are matched exactly: case and extra text are errors, not guesses', () => {
  for (const beta of ['One', 'one two', 'one, two', 'one\n\nmore']) {
    const p = parseBody(form('x', beta, 'g', '```text\nd\n```'), t);
    assert.deepEqual(p.values['b']?.selected, [], beta);
    assert.equal(p.errors.length, 1);
    assert.equal(p.errors[0]?.field, 'b');
    assert.match(p.errors[0]?.message ?? '', new RegExp(`^Beta \\(b\\): the value \\(${beta.length} characters\\) is not one of: one, two$`));
  }
});

test('None is only "no choice" for dropdowns: an input typed None is text', () => {
  const p = parseBody(form('None', 'one', 'None', '```text\nd\n```'), t);
  assert.equal(p.values['a']?.text, 'None');
  assert.equal(p.values['c']?.text, 'None');
});

test('the over-long check counts characters, before normalisation', () => {
  const crlf = form('x', 'one', 'g', '```text\nd\n```').replace(/\n/g, '\r\n');
  const padded = crlf + 'a'.repeat(MAX_BODY_CHARS - crlf.length);
  assert.equal(parseBody(padded, t).layout, 'form');
  assert.equal(parseBody(padded + 'a', t).layout, 'none');
  assert.equal(parseBody(padded + 'a', t).errors.length, 1);
});

// Without the guards in parse.ts, micromark needs minutes on the last three (nested ordered lists,
// nested quotes, inline emphasis runs); the bound is generous, the point is "not quadratic".
test('linear time on adversarial bodies', () => {
  const bodies = [
    '```a\n### Beta\n'.repeat(4000),
    '### Alpha\n### Beta\n### Gamma\n### Delta\n'.repeat(1500),
    '<!--\n### Gamma\n'.repeat(4000),
    '### Delta\n\n' + '```\n'.repeat(16000),
    '### Alpha\n\n' + ' '.repeat(60000) + 'x',
    '### Beta\n\n' + 'one, '.repeat(12000),
    '- [x] '.repeat(10000),
    '### Beta\n\n' + '1. '.repeat(20000),
    '> '.repeat(30000),
    '### Gamma\n\n' + '*_'.repeat(30000),
  ];
  for (const body of bodies) {
    assert.ok(body.length <= MAX_BODY_CHARS);
    const started = performance.now();
    parseBody(body, t);
    const ms = performance.now() - started;
    assert.ok(ms < 8000, `${Math.round(ms)} ms for a body of ${body.length} characters`);
  }
  const multi = tpl('name: M\nbody:\n  - type: dropdown\n    id: m\n    attributes: {label: M, multiple: true, options: ["a", "a, a", "a, a, a"]}\n');
  const started = performance.now();
  const p = parseBody('### M\n\n' + 'a, '.repeat(20000) + 'b', multi);
  assert.ok(performance.now() - started < 8000);
  assert.equal(p.errors.length, 1);
});

test('a fenced block before the first heading is preamble, and its ### lines are not sections', () => {
  const body = '```\n### Alpha\n\nfake\n```\n\n' + form('x', 'one', 'g', '```text\nd\n```');
  const p = parseBody(body, t);
  assert.equal(p.values['a']?.text, 'x');
  assert.equal(p.layout, 'edited');
  assert.deepEqual(p.preamble, { text: '```\n### Alpha\n\nfake\n```', line: 1 });
});

test('deep nesting on one line is flattened for parsing only: a heading after it is still found, values are untouched', () => {
  const gamma = '> '.repeat(40) + 'quoted\n\n' + '1. '.repeat(40) + 'item';
  const p = parseBody(form('x', 'one', gamma, '```text\nd\n```'), t);
  assert.equal(p.values['c']?.text, gamma);
  assert.equal(p.values['d']?.text, 'd');
  assert.equal(p.layout, 'form');
});

test('inline markdown never hides a heading: an unclosed code span or link on the line before', () => {
  const p = parseBody(form('x', 'one', 'a `span that never closes\n[link that never closes](', '```text\nd\n```'), t);
  assert.equal(p.values['d']?.text, 'd');
  assert.equal(p.layout, 'form');
});
