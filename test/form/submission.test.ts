import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTemplate, parseBody } from '../../src/form/parse.ts';
import { OUTSIDE_FORM_FIELD, checkCaptureTemplate, submissionTexts, toSubmission } from '../../src/form/submission.ts';
import { CAPTURE_FIELD_IDS } from '../../src/form/capture-fields.ts';
import type { FormTemplate } from '../../src/form/types.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'form');
const templateText = readFileSync(join(fixtures, 'stanza_capture.yml'), 'utf8');
const cleanBody = readFileSync(join(fixtures, 'clean_lf', 'body.md'), 'utf8');

function load(text: string): FormTemplate {
  const { template, errors } = loadTemplate(text);
  assert.deepEqual(errors, []);
  assert.ok(template);
  return template;
}
const template = load(templateText);

function withValue(label: string, value: string): string {
  const re = new RegExp(`(### ${label.replace(/[/]/g, '\\/')}\\n\\n)[^\\n]*`);
  assert.ok(re.test(cleanBody), label);
  return cleanBody.replace(re, (_m, head: string) => head + value);
}

test('the clean body gives a complete submission', () => {
  const { submission, errors } = toSubmission(parseBody(cleanBody, template), template);
  assert.deepEqual(errors, []);
  assert.equal(submission?.stanzaTag, 'call');
  assert.equal(submission?.rawStanzaLine, 28);
  assert.equal('notes' in (submission ?? {}), false, 'optional fields absent when empty');
});

test('every technique, direction and confidence of the vocabulary is accepted; near misses are not', () => {
  for (const value of ['outgoing', 'incoming', 'bidirectional']) {
    assert.equal(toSubmission(parseBody(withValue('Direction', value), template), template).submission?.direction, value);
  }
  assert.equal(toSubmission(parseBody(withValue('Direction', '  incoming '), template), template).submission?.direction, 'incoming');
  for (const value of ['Outgoing', 'in', 'not incoming', 'bi-directional']) {
    const { submission, errors } = toSubmission(parseBody(withValue('Direction', value), template), template);
    assert.equal(submission, undefined, value);
    assert.equal(errors.length, 1, value);
  }
  const wide = load(templateText.replace('- wasm-analysis', '- wasm-analysis\n        - packet-sniffing'));
  const { errors } = toSubmission(parseBody(withValue('Capture technique', 'packet-sniffing'), wide), wide);
  assert.deepEqual(errors, [
    {
      field: 'capture-technique',
      message:
        'Capture technique (capture-technique): the value (15 characters) is not one of the capture techniques: websocket-capture, baileys-instrumentation, frida-hooking, mitm-tls, static-smali-analysis, memory-dump, wasm-analysis',
    },
  ]);
});

test('required vocabulary fields are required even if the template makes them optional', () => {
  const lax = load(templateText.replace(/(id: confidence\n(?:.*\n)*?)    validations:\n      required: true\n/, '$1'));
  assert.equal(lax.fields.find((f) => f.id === 'confidence')?.required, false);
  const form = parseBody(withValue('Confidence', 'None'), lax);
  assert.deepEqual(form.errors, []);
  assert.deepEqual(toSubmission(form, lax).errors, [{ field: 'confidence', message: 'Confidence (confidence) is required but empty' }]);
});

test('stanza tags: lowercase tag names pass, anything else fails with the length only', () => {
  for (const tag of ['call', 'receipt', 'a', 'ib_2', 'x-y', 'a'.repeat(64)]) {
    assert.equal(toSubmission(parseBody(withValue('Stanza tag', tag), template), template).submission?.stanzaTag, tag);
  }
  for (const tag of ['Call', '1call', '<call>', 'call offer', 'a'.repeat(65), '../../etc', 'ca\u200bll']) {
    const { errors } = toSubmission(parseBody(withValue('Stanza tag', tag), template), template);
    assert.equal(errors.length, 1, tag);
    assert.ok(errors[0]?.message.endsWith(`found a value of ${tag.length} characters`));
  }
});

test('tools: comma-separated, trimmed, each a tool id; none when empty', () => {
  const ok = toSubmission(parseBody(withValue('Tools used', ' frida ,baileys,mitmproxy-10.1, '), template), template);
  assert.deepEqual(ok.submission?.tools, ['frida', 'baileys', 'mitmproxy-10.1']);
  const none = toSubmission(parseBody(withValue('Tools used', '_No response_'), template), template);
  assert.deepEqual(none.submission?.tools, []);
});

test('the form errors come first and are not repeated for the same field', () => {
  const form = parseBody(withValue('Direction', 'sideways'), template);
  assert.equal(form.errors.length, 1);
  const { submission, errors } = toSubmission(form, template);
  assert.equal(submission, undefined);
  assert.deepEqual(errors, form.errors);
});

test('template/parser mismatch: wrong kinds are named', () => {
  const asInput = load(
    templateText.replace(
      /  - type: dropdown\n    id: direction\n    attributes:\n      label: Direction\n      options: \[outgoing, incoming, bidirectional\]\n/,
      '  - type: input\n    id: direction\n    attributes:\n      label: Direction\n',
    ),
  );
  assert.deepEqual(checkCaptureTemplate(asInput), [
    { field: 'direction', message: 'template/parser mismatch: field "direction" is a input, the parser expects dropdown' },
  ]);
  const multiple = load(templateText.replace('options: [confirmed, probable, speculative, unknown]', 'options: [confirmed, probable, speculative, unknown]\n      multiple: true'));
  assert.deepEqual(checkCaptureTemplate(multiple), [{ field: 'confidence', message: 'template/parser mismatch: field "confidence" must be a single-choice dropdown' }]);
  const { submission, errors } = toSubmission(parseBody(cleanBody, multiple), multiple);
  assert.equal(submission, undefined);
  assert.equal(errors.length, 1);
});

test('a template with extra fields still works (ids, not positions)', () => {
  const extra = load(templateText.replace('body:\n', 'body:\n  - type: input\n    id: device\n    attributes:\n      label: Device\n'));
  const body = '### Device\n\nPixel\n\n' + cleanBody;
  const form = parseBody(body, extra);
  assert.equal(form.layout, 'form');
  assert.equal(form.values['device']?.text, 'Pixel');
  assert.equal(toSubmission(form, extra).submission?.rawStanzaLine, 32);
});

test('submissionTexts: every non-null text by field id in template order, then text outside the form', () => {
  const form = parseBody('Intro line.\n\n' + cleanBody, template);
  const texts = submissionTexts(form);
  assert.deepEqual(
    texts.map((t) => t.field),
    [...Object.values(CAPTURE_FIELD_IDS).filter((id) => id !== 'notes-open-questions'), OUTSIDE_FORM_FIELD],
  );
  assert.deepEqual(texts.at(-1), { field: OUTSIDE_FORM_FIELD, text: 'Intro line.' });
  assert.equal(texts.find((t) => t.field === 'direction')?.text, 'outgoing');
  const foreign = submissionTexts(parseBody('free text only', template));
  assert.deepEqual(foreign, [{ field: OUTSIDE_FORM_FIELD, text: 'free text only' }]);
});
