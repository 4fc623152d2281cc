// One test per folder of test/fixtures/form/: body.md (+ optional template.yml) beside expected.json.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTemplate, parseBody } from '../../src/form/parse.ts';
import { toSubmission } from '../../src/form/submission.ts';
import type { FormError } from '../../src/form/types.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'form');

interface Expected {
  description: string;
  template?: string;
  input?: { eol?: 'crlf' | 'cr'; replace?: [string, string][]; null?: boolean; padTo?: number; padChar?: string };
  layout: string;
  preamble?: { text: string; line: number };
  values: Record<string, Record<string, unknown>>;
  errors: FormError[];
  submission?: Record<string, unknown>;
  submissionErrors?: FormError[];
  mustNotEcho?: string[];
}

function bodyOf(dir: string, e: Expected): string | null {
  if (e.input?.null) return null;
  let body = readFileSync(join(dir, 'body.md'), 'utf8');
  for (const [from, to] of e.input?.replace ?? []) body = body.replaceAll(from, to);
  if (e.input?.eol === 'crlf') body = body.replace(/\n/g, '\r\n');
  if (e.input?.eol === 'cr') body = body.replace(/\n/g, '\r');
  if (e.input?.padTo !== undefined) {
    const length = [...body].length;
    body += (e.input.padChar ?? 'a').repeat(e.input.padTo - length);
    assert.equal([...body].length, e.input.padTo);
  }
  return body;
}

for (const name of readdirSync(root).sort()) {
  const dir = join(root, name);
  if (!statSync(dir).isDirectory()) continue;
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  test(`form fixture ${name}: ${expected.description}`, () => {
    const templatePath = existsSync(join(dir, 'template.yml')) ? join(dir, 'template.yml') : join(root, expected.template ?? 'stanza_capture.yml');
    const { template, errors: templateErrors } = loadTemplate(readFileSync(templatePath, 'utf8'));
    assert.deepEqual(templateErrors, []);
    assert.ok(template);
    const form = parseBody(bodyOf(dir, expected), template);

    assert.deepEqual(Object.keys(form.values), template.fields.map((f) => f.id), 'one value per template field, in order');
    for (const [id, want] of Object.entries(expected.values)) {
      const got = form.values[id];
      assert.ok(got, `value ${id}`);
      const fields = new Map<string, unknown>(Object.entries(got));
      for (const [key, value] of Object.entries(want)) assert.deepEqual(fields.get(key), value, `${id}.${key}`);
    }
    assert.deepEqual(form.errors, expected.errors);
    assert.equal(form.layout, expected.layout);
    if ('preamble' in expected) assert.deepEqual(form.preamble, expected.preamble);

    const sub = toSubmission(form, template);
    if (expected.submission !== undefined) {
      assert.deepEqual(sub.errors, []);
      assert.deepEqual(sub.submission, expected.submission);
    }
    if (expected.submissionErrors !== undefined) {
      assert.deepEqual(sub.errors, expected.submissionErrors);
      if (expected.submissionErrors.length > 0) assert.equal(sub.submission, undefined);
    }
    for (const secret of expected.mustNotEcho ?? []) {
      for (const e of [...form.errors, ...sub.errors]) assert.ok(!e.message.includes(secret), `error echoes issue text: ${e.message.length} chars`);
    }
  });
}
