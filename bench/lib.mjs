// Measurement helpers shared by the benchmark scripts: child processes timed from the parent and
// their peak resident memory, statistics over repeated runs, a seeded PRNG.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Node that runs the benchmark (`npm run bench` puts node_modules/.bin first: Node 24). */
export const NODE = process.execPath;

/**
 * Peak memory comes from the kernel: GNU time (`/usr/bin/time -f %M`) calls wait4() on the child and
 * prints ru_maxrss of that process alone, in KiB. Without GNU time, a preloaded module writes
 * `process.resourceUsage().maxRSS` (also ru_maxrss, KiB) on exit: same figure, one tiny extra module.
 */
export const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
export const MEMORY_METHOD = GNU_TIME
  ? 'ru_maxrss of the child via GNU time (/usr/bin/time -f %M, wait4)'
  : "ru_maxrss via a preloaded exit hook (process.resourceUsage().maxRSS)";

const RSS_PROBE =
  'data:text/javascript,' +
  encodeURIComponent(
    "import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.WACRG_BENCH_RSS_FILE,String(process.resourceUsage().maxRSS)));",
  );

let scratch;
async function scratchDir() {
  scratch ??= await mkdtemp(join(tmpdir(), 'wacrg-bench-rss-'));
  return scratch;
}
let counter = 0;

/** The argv that runs `node …args` with peak-memory accounting, writing KiB to `rssFile`. */
export function measuredArgv(args, rssFile) {
  if (GNU_TIME) return { file: GNU_TIME, args: ['-f', '%M', '-o', rssFile, NODE, ...args], env: {} };
  return { file: NODE, args: ['--import', RSS_PROBE, ...args], env: { WACRG_BENCH_RSS_FILE: rssFile } };
}

/** bench/probe.mjs: preloaded into a measured run, it writes where the time went and what was loaded. */
export const PROBE = new URL('./probe.mjs', import.meta.url).href;

/**
 * A shell wrapper usable as a "node" executable by code that spawns `node <script>` itself (the e2e
 * harness). With `probe`, the run also preloads bench/probe.mjs (its JSON goes to $WACRG_BENCH_PROBE_FILE).
 */
export async function nodeWrapper({ probe = false } = {}) {
  const dir = await scratchDir();
  const path = join(dir, probe ? 'node-probed.sh' : 'node-measured.sh');
  const pre = probe ? ` --import '${PROBE}'` : '';
  const line = GNU_TIME
    ? `exec ${GNU_TIME} -f %M -o "$WACRG_BENCH_RSS_FILE" "${NODE}"${pre} "$@"`
    : `exec "${NODE}" --import '${RSS_PROBE}'${pre} "$@"`;
  await writeFile(path, `#!/bin/sh\n${line}\n`, { mode: 0o755 });
  return path;
}

/** A fresh file name for a probe's JSON, and a reader for it (null when the run wrote none). */
export async function newProbeFile() {
  return join(await scratchDir(), `probe-${process.pid}-${++counter}.json`);
}
export async function readProbe(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return null;
  } finally {
    await rm(file, { force: true });
  }
}

export async function newRssFile() {
  return join(await scratchDir(), `rss-${process.pid}-${++counter}.txt`);
}

/** Reads the KiB written by GNU time (last line: it prefixes "Command exited with non-zero status"). */
export async function readRss(rssFile) {
  const text = await readFile(rssFile, 'utf8').catch(() => '');
  const last = text.trim().split('\n').pop() ?? '';
  const kib = Number(last);
  return Number.isFinite(kib) && kib > 0 ? kib : null;
}

/**
 * Runs `node …args` once. Wall time is taken in this process from spawn() to the child's exit
 * (high-resolution clock), so it includes process creation exactly as a bare `node -e 0` does.
 * With `probe`, bench/probe.mjs is preloaded and its figures returned as `probe`.
 * @returns {Promise<{ ms: number; rssKiB: number | null; code: number | null; stdout: string; stderr: string; probe: object | null }>}
 */
export async function runNode(args, { cwd = process.cwd(), env = process.env, probe = false } = {}) {
  const rssFile = await newRssFile();
  const probeFile = probe ? await newProbeFile() : null;
  const argv = measuredArgv(probe ? ['--import', PROBE, ...args] : args, rssFile);
  if (probeFile) argv.env.WACRG_BENCH_PROBE_FILE = probeFile;
  const start = process.hrtime.bigint();
  const child = spawn(argv.file, argv.args, { cwd, env: { ...env, ...argv.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (c) => resolve(c));
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  await new Promise((resolve) => (child.stdout.readableEnded ? resolve() : child.stdout.on('end', resolve)));
  const rssKiB = await readRss(rssFile);
  await rm(rssFile, { force: true });
  return { ms, rssKiB, code, stdout, stderr, probe: probeFile ? await readProbe(probeFile) : null };
}

/** Median, min and max of a list of numbers (null entries ignored). */
export function stats(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return { median: null, min: null, max: null, n: 0 };
  const mid = Math.floor(xs.length / 2);
  const median = xs.length % 2 === 1 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { median, min: xs[0], max: xs[xs.length - 1], n: xs.length };
}

/** Mulberry32: a small, fast, deterministic 32-bit PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

export async function cleanupScratch() {
  if (scratch) await rm(scratch, { recursive: true, force: true });
  scratch = undefined;
}

/** Strips the variables a runner would set, so a bundle started outside a runner exits at once. */
export function envWithoutRunner(env = process.env) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)));
}
