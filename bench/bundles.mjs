// Which bundles to measure: the repository's dist/ when both files are there (what ships), otherwise
// (or with --fresh) a fresh build made by scripts/build.mjs itself in a temp dir, so the benchmark never
// writes dist/ and always uses the project's own build options.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE } from './lib.mjs';

export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * @param {{ fresh?: boolean }} options
 * @returns {Promise<{ dir: string; index: string; cli: string; origin: string; remove: () => Promise<void> }>}
 */
export async function resolveBundles({ fresh = false } = {}) {
  const dist = join(REPO_ROOT, 'dist');
  const index = join(dist, 'index.js');
  const cli = join(dist, 'cli.js');
  if (!fresh && existsSync(index) && existsSync(cli)) return { dir: dist, index, cli, origin: 'dist/ as found', remove: async () => {} };
  // scripts/build.mjs resolves its entry points and outfiles against the working directory: run it in a
  // temp dir whose src/ and node_modules/ are links to this checkout, and it writes <temp>/dist/.
  const dir = await mkdtemp(join(tmpdir(), 'wacrg-bench-build-'));
  for (const name of ['src', 'node_modules', 'package.json']) await symlink(join(REPO_ROOT, name), join(dir, name));
  const code = await new Promise((resolve, reject) => {
    const child = spawn(NODE, [join(REPO_ROOT, 'scripts', 'build.mjs')], { cwd: dir, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`scripts/build.mjs failed (exit ${code})`);
  return {
    dir: join(dir, 'dist'),
    index: join(dir, 'dist', 'index.js'),
    cli: join(dir, 'dist', 'cli.js'),
    origin: 'fresh build of the working tree (scripts/build.mjs in a temp dir)',
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * The scanner is not an entry point of dist/: bundle src/sanitize/scan.ts alone (same platform and
 * target as scripts/build.mjs) into a temp ESM file that the scanner benchmark imports.
 */
export async function bundleScanner() {
  const dir = await mkdtemp(join(tmpdir(), 'wacrg-bench-scan-'));
  const outfile = join(dir, 'scan.mjs');
  await build({
    entryPoints: [join(REPO_ROOT, 'src', 'sanitize', 'scan.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return { file: outfile, remove: () => rm(dir, { recursive: true, force: true }) };
}
