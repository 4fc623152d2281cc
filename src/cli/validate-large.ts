// `validate` on a corpus of more than IN_THREAD_BATCHES batches of captures (src/spec/batches.ts) runs
// in worker threads, one per core up to MAX_WORKERS, each taking the next batch when it is done with
// one, in a heap whose young generation is capped.
//
// Why workers: the checks of one capture need no other capture's (batches.ts), so batches can run side
// by side. On 100,000 generated captures (shared 2-core machine, load average 6, one run each): one
// worker 16.8 s wall (11.8 s user CPU), two workers 12.3 s (13.1 s user CPU).
// Why capped: the batches keep few records alive, but V8 sizes the young generation for throughput
// (up to tens of MiB per semi-space on Node 24) and lets promoted garbage pile up in the old one, so
// a long run of small allocations holds hundreds of MiB. Measured on 100,000 generated captures
// (bench/corpus.mjs, shared 2-core machine, one run each): 458 MiB peak in the main thread with
// batches of 5,000; 446 MiB in a worker with only the young generation capped; 295 MiB with both
// capped and batches of 1,000. Heap flags cannot be changed after start (v8.setFlagsFromString has no
// effect on the heap sizes); a worker's resourceLimits can.
// Each batch's problems are posted back as soon as it is done: a worker never holds the problems of
// the whole corpus (100,000 warnings, each keeping its capture's text alive through the substrings
// of the message, overflowed a worker's heap), and posting copies them into flat strings.
import { availableParallelism } from 'node:os';
import { underDefaultTiering, withSerialScavenges } from '../boot/tiering.ts';
import { checkCapture } from '../capture/check.ts';
import { batchesOf, CAPTURE_BATCH, validateInBatches, type BatchedRepo, type BatchedResult } from '../spec/batches.ts';
import type { RepoFile } from '../spec/repo.ts';
import { sortProblems } from '../spec/validate.ts';

/** What a worker is given at start: the root and the spec files (every batch is validated with them). */
export interface ValidateTask {
  root: string;
  spec: readonly RepoFile[];
}

/** One batch for a worker: its index in batchesOf order, its capture paths, whether it reports the spec records. */
export interface BatchJob {
  index: number;
  captures: readonly string[];
  first: boolean;
}

/** A worker's answer for one batch. */
export interface BatchDone extends BatchedResult {
  index: number;
}

/**
 * Young generation of each worker, MiB (three semi-spaces of 8 MiB: V8 counts them so). A larger
 * one saves no measurable time and costs the memory target: on 100,000 generated captures (shared
 * 2-core machine, load average 7–9, 3 runs each, December 2026) 24 MiB: 10.1–10.9 s user CPU,
 * 271–281 MiB peak; 48 MiB: 10.1–10.7 s, 308–313 MiB (also with the old generation at 64 MiB);
 * 96 MiB: 11.5–12.0 s, 360–371 MiB.
 */
export const YOUNG_GENERATION_MB = 24;

/**
 * Old generation of each worker, MiB: a batch keeps a few MiB of records alive, and without a cap V8
 * lets promoted garbage pile up for hundreds of MiB before a full collection.
 */
export const OLD_GENERATION_MB = 128;

/** Workers at most: the peak memory target (300 MiB at 100,000 captures) is met with two. */
export const MAX_WORKERS = 2;

/**
 * Up to this many batches run in this thread: starting a worker (a heap, the bundle loaded again)
 * costs more than it saves on a few thousand captures. Measured with `validate` (shared 2-core
 * machine, load average 6–8, 3 runs each, wall): 1,000 captures 1.3–2.3 s in this thread against
 * 1.7–2.6 s with two workers, 3,000 captures 1.9–2.6 s against 2.1–3.1 s, 10,000 captures about equal.
 */
export const IN_THREAD_BATCHES = 5;

export interface ValidateRootOptions {
  /** Captures per batch (CAPTURE_BATCH). */
  batchSize?: number;
  /**
   * Worker threads; 0: every batch in this thread. Default: none up to IN_THREAD_BATCHES batches, else
   * one per available core, at most MAX_WORKERS. Never more than the batches.
   */
  workers?: number;
}

/** The worker entry, next to this module: dist/cli/validate-worker.cjs in the bundle, .ts in the source. */
const WORKER = new URL(import.meta.url.endsWith('.ts') ? './validate-worker.ts' : './validate-worker.cjs', import.meta.url);

/**
 * Problems and warnings of the repository at `root`, exactly as validateInBatches gives them (same
 * problems, same order, whatever the number of workers).
 * Errors: rejects when a worker fails (e.g. its heap limit is reached).
 */
export async function validateRoot(root: string, repo: BatchedRepo, options: ValidateRootOptions = {}): Promise<BatchedResult> {
  const batchSize = options.batchSize ?? CAPTURE_BATCH;
  const batches = batchesOf(repo.captures, batchSize);
  const wanted = options.workers ?? (batches.length <= IN_THREAD_BATCHES ? 0 : Math.min(availableParallelism(), MAX_WORKERS));
  if (wanted < 1 || batches.length < 2) return validateInBatches(repo, checkCapture, batchSize);
  // Under V8's own tiering flags while workers run, so that they load Node's internals with its code
  // cache; each worker does its own scavenges (withSerialScavenges).
  return underDefaultTiering(() => withSerialScavenges(() => inWorkers(root, repo, batches, Math.min(wanted, batches.length))));
}

/** validateRoot with `count` worker threads taking `batches` (batchesOf order) as they free up. */
async function inWorkers(root: string, repo: BatchedRepo, batches: readonly (readonly string[])[], count: number): Promise<BatchedResult> {
  // Loaded only here: a repository of a few batches (this one) does not pay for loading node:worker_threads.
  const { Worker } = await import('node:worker_threads');
  const results: BatchedResult[] = [];
  let next = 0;
  const task: ValidateTask = { root, spec: repo.spec };
  const workers: InstanceType<typeof Worker>[] = [];
  try {
    await Promise.all(
      Array.from({ length: count }, () => {
        const worker = new Worker(WORKER, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB } });
        workers.push(worker);
        return new Promise<void>((resolve, reject) => {
          // The next batch, or the end (null: the worker closes its port and exits).
          const feed = (): void => {
            const index = next++;
            const captures = batches[index];
            worker.postMessage(captures === undefined ? null : ({ index, captures, first: index === 0 } satisfies BatchJob));
          };
          let finished = false;
          worker.on('message', (done: BatchDone) => {
            results[done.index] = { problems: done.problems, warnings: done.warnings };
            if (next < batches.length) feed();
            else {
              finished = true;
              worker.postMessage(null);
            }
          });
          worker.once('error', reject);
          worker.once('exit', (code) => (finished && code === 0 ? resolve() : reject(new Error(`the validate worker stopped (exit code ${code})`))));
          feed();
        });
      }),
    );
  } finally {
    // After a failure, the other workers are not left running; awaited, so that none is still
    // starting or stopping when the caller moves on (underDefaultTiering raises V8's counts again).
    await Promise.allSettled(workers.map((worker) => worker.terminate()));
  }
  // Batch order, then the stable sort: the order validateInBatches gives.
  return { problems: sortProblems(results.flatMap((r) => r.problems)), warnings: sortProblems(results.flatMap((r) => r.warnings)) };
}
