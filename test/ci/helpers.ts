// Reading the workflow files' steps for the tests that run them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../..');

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `run:` text of the step named `name` in a workflow file. */
export function stepRun(workflow: string, name: RegExp): string {
  const doc: unknown = parse(readFileSync(join(ROOT, '.github/workflows', workflow), 'utf8'));
  assert.ok(isObject(doc) && isObject(doc['jobs']));
  for (const job of Object.values(doc['jobs'])) {
    assert.ok(isObject(job) && Array.isArray(job['steps']));
    for (const step of job['steps']) {
      if (isObject(step) && typeof step['name'] === 'string' && name.test(step['name']) && typeof step['run'] === 'string') return step['run'];
    }
  }
  assert.fail(`${workflow}: no step named ${name}`);
}

