// The committed CLI bundle with a repository schema that differs from the built-in one: ajv's compiler,
// which the bundle loads only on first use (src/spec/schemas.ts), compiles it and its verdict applies.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const REPO = join(import.meta.dirname, '..', '..');
const FIXTURES = join(REPO, 'test', 'fixtures');

test("dist/cli.js validate compiles a repository's own (looser) schema and reports what it allows as a warning", () => {
  const root = mkdtempSync(join(tmpdir(), 'wacrg-own-schema-'));
  try {
    cpSync(join(FIXTURES, 'repo-today'), root, { recursive: true });
    cpSync(join(FIXTURES, 'today-mutants', 'own-schema-looser', 'spec'), join(root, 'spec'), { recursive: true });
    const run = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'validate', '--root', root], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout + run.stderr,
      /spec\/contributors\/ada-q\.yaml:2:1 pronouns: unexpected key "pronouns": this record allows no other keys \(the repository's schema allows this; wacrg's built-in schema does not, so wacrg leaves this record out\)/,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
