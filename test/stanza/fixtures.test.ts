/**
 * One test per folder in test/fixtures/stanza/: `input.txt` is read with readStanza and the
 * rendered result (render.ts) must equal `expected.json`. An expected error gives its exact
 * `at` (line:column) and `messageIncludes`, a part of the message.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readStanza } from '../../src/stanza/read.ts';
import type { Json } from './render.ts';
import { renderResult } from './render.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'stanza');

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

for (const scenario of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  test(`stanza fixture: ${scenario}`, () => {
    const input = readFileSync(join(root, scenario, 'input.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(root, scenario, 'expected.json'), 'utf8')) as Json;
    const actual = renderResult(readStanza(input));
    assert.ok(isObject(actual) && isObject(expected));
    for (const key of ['error', 'decodedError'] as const) {
      const want: Json | undefined = expected[key];
      const got: Json | undefined = actual[key];
      if (!isObject(want)) continue;
      assert.ok(isObject(got), `${key} expected`);
      const includes = want.messageIncludes;
      if (typeof includes === 'string') {
        assert.equal(typeof got.message, 'string');
        assert.ok(String(got.message).includes(includes), `message should include: ${includes}`);
        delete want.messageIncludes;
        delete got.message;
      }
    }
    assert.deepEqual(actual, expected);
  });
}
