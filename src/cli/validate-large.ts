// `validate` on a corpus of more than one batch of captures (src/spec/batches.ts) runs in a worker thread
// whose young generation is capped. Why: the batches keep few records alive, but V8 sizes the young
// generation for throughput (up to tens of MiB per semi-space on Node 24) and lets promoted garbage
// pile up in the old one, so a long run of small allocations holds hundreds of MiB. Measured on
// 100,000 generated captures (bench/corpus.mjs, shared 2-core machine, one run each): 458 MiB peak
// in the main thread with batches of 5,000; 446 MiB in a worker with only the young generation
// capped; 295 MiB with both capped and batches of 1,000 (CPU time 18 s against 15 s: more
// collections). Heap flags cannot be changed after start (v8.setFlagsFromString has no effect on
// the heap sizes); a worker's resourceLimits can.
import { Worker } from 'node:worker_threads';
import { checkCapture } from '../capture/check.ts';
import { batchesOf, CAPTURE_BATCH, validateInBatches, type BatchedRepo, type BatchedResult } from '../spec/batches.ts';
import type { RepoFile } from '../spec/repo.ts';

/** What the worker is given: the root, the spec files and the capture paths. */
export interface ValidateTask {
  root: string;
  spec: readonly RepoFile[];
  captures: readonly string[];
  batchSize: number;
}

/** Young generation of the worker, MiB (three semi-spaces of 8 MiB: V8 counts them so). */
export const YOUNG_GENERATION_MB = 24;

/**
 * Old generation of the worker, MiB: a batch keeps a few MiB of records alive, and without a cap V8
 * lets promoted garbage pile up for hundreds of MiB before a full collection.
 */
export const OLD_GENERATION_MB = 128;

/** The worker entry, next to this module: dist/chunks/validate-worker.js in the bundle, .ts in the source. */
const WORKER = new URL(import.meta.url.endsWith('.ts') ? './validate-worker.ts' : './validate-worker.js', import.meta.url);

/** Problems and warnings of the repository at `root`, as validateInBatches gives them; one batch runs in this thread. */
export async function validateRoot(root: string, repo: BatchedRepo, batchSize = CAPTURE_BATCH): Promise<BatchedResult> {
  if (batchesOf(repo.captures, batchSize).length < 2) return validateInBatches(repo, checkCapture, batchSize);
  const task: ValidateTask = { root, spec: repo.spec, captures: repo.captures, batchSize };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB } });
    let result: BatchedResult | undefined;
    worker.once('message', (message: BatchedResult) => (result = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (result && code === 0 ? resolve(result) : reject(new Error(`the validate worker stopped (exit code ${code})`))));
  });
}
