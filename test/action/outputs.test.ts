// Step outputs in the runner's file format (src/action/outputs.ts), read back the way the runner
// reads $GITHUB_OUTPUT: `name<<DELIMITER`, value lines, `DELIMITER`.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { outputCommand, setOutput } from '../../src/action/outputs.ts';

/** The runner's reading of a GITHUB_OUTPUT file: heredoc blocks (and `name=value` lines). */
function readOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(EOL);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (!heredoc) continue;
    const [, name = '', delimiter] = heredoc;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    assert.ok(i < lines.length, `block of ${name} is not closed`);
    out[name] = value.join(EOL);
  }
  return out;
}

test('outputs are appended as heredoc blocks the runner reads back exactly, multi-line values included', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wacrg-outputs-'));
  try {
    const file = join(dir, 'output.txt');
    writeFileSync(file, '');
    setOutput('result', 'accepted', { GITHUB_OUTPUT: file });
    setOutput('notifications', `[{"flavor":"a"}]${EOL}second line`, { GITHUB_OUTPUT: file });
    assert.deepEqual(readOutputs(readFileSync(file, 'utf8')), { result: 'accepted', notifications: `[{"flavor":"a"}]${EOL}second line` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a value holding the delimiter cannot end its block early: another delimiter is drawn', () => {
  const tokens = ['abc', 'abc', 'xyz'];
  const value = `first${EOL}ghadelimiter_abc${EOL}injected<<EOF`;
  const text = outputCommand('result', value, () => tokens.shift() ?? 'zzz');
  assert.ok(text.startsWith(`result<<ghadelimiter_xyz${EOL}`));
  assert.deepEqual(readOutputs(text), { result: value });
});

test('outside a runner nothing is written; a GITHUB_OUTPUT naming a missing file is an error, as with core.setOutput', () => {
  assert.doesNotThrow(() => setOutput('result', 'accepted', {}));
  assert.throws(() => setOutput('result', 'accepted', { GITHUB_OUTPUT: join(tmpdir(), 'wacrg-no-such-dir', 'output.txt') }), /Missing file at path/);
});
