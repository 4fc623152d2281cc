// One test per folder in test/fixtures/sanitize/: `input.txt` is a template whose `{{kind:arg}}`
// slots are filled with seeded synthetic leak values (see helpers.ts `expand`), `expected.json`
// lists the findings scanText must report. Every finding must also be free of the leaked values.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanText } from '../../src/sanitize/scan.ts';
import { assertNoLeak, expand, Gen } from './helpers.ts';

const base = join(import.meta.dirname, '../fixtures/sanitize');

interface Expected {
  findings: { rule: string; severity: string; line: number; column: number; encoding?: string; length?: number }[];
}

describe('sanitize fixtures', () => {
  for (const dir of readdirSync(base, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    it(dir, () => {
      const gen = new Gen(1);
      const text = expand(readFileSync(join(base, dir, 'input.txt'), 'utf8'), gen);
      const expected = JSON.parse(readFileSync(join(base, dir, 'expected.json'), 'utf8')) as Expected;
      const findings = scanText('notes', text);
      assert.deepEqual(
        findings.map(({ rule, severity, line, column, encoding, length }) => ({ rule, severity, line, column, encoding, length })),
        expected.findings,
      );
      for (const f of findings) {
        assert.equal(f.field, 'notes');
        assert.ok(f.message.length > 20, 'a message in words');
      }
      assertNoLeak(findings, gen.secrets);
    });
  }
});
