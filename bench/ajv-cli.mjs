// The yardstick for `validate` at scale (issue #14 item 5): ajv-cli checking only the capture schema on
// the same files. ajv-cli is not a dependency of wacrg: it is installed once, on demand, with npm into
// node_modules/.cache/wacrg-bench/ajv-cli (ignored by git, removed by `npm ci`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from './bundles.mjs';

export const AJV_CLI_VERSION = '5.0.0';
const DIR = join(REPO_ROOT, 'node_modules', '.cache', 'wacrg-bench', 'ajv-cli');
const BIN = join(DIR, 'node_modules', 'ajv-cli', 'dist', 'index.js');

/** The path of ajv-cli's entry script, installing it first when missing; null when npm fails (offline). */
export async function ensureAjvCli(log = () => {}) {
  if (existsSync(BIN)) return BIN;
  log(`installing ajv-cli@${AJV_CLI_VERSION} into ${DIR} (once)`);
  await mkdir(DIR, { recursive: true });
  await writeFile(join(DIR, 'package.json'), '{ "private": true }\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const code = await new Promise((resolve) => {
    const child = spawn(npm, ['install', '--no-audit', '--no-fund', '--no-save', `ajv-cli@${AJV_CLI_VERSION}`], { cwd: DIR, stdio: 'ignore' });
    child.on('error', () => resolve(1));
    child.on('exit', resolve);
  });
  return code === 0 && existsSync(BIN) ? BIN : null;
}

/**
 * The argv (after `node`) that validates every capture of a corpus against its capture schema: what a
 * maintainer would run instead of wacrg to check only the schema (draft 2020-12, like the schema).
 */
export function ajvCliArgs(bin, root) {
  return [bin, 'validate', '--spec=draft2020', '--errors=line', '-s', join(root, 'corpus', 'schema', 'capture.schema.json'), '-d', join(root, 'corpus', 'captures', '*.yaml')];
}
