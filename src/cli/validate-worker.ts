// A worker thread of `validate` on a large corpus (src/cli/validate-large.ts): checks each batch of
// captures it is sent, in a heap with a small young generation, and posts its problems back; a null
// message ends it.
import { parentPort, workerData } from 'node:worker_threads';
import { checkCapture } from '../capture/check.ts';
import { loadSpec, validateBatch } from '../spec/batches.ts';
import { readRecordText } from '../spec/read-files.ts';
import type { BatchDone, BatchJob, ValidateTask } from './validate-large.ts';

const task = workerData as ValidateTask;
const read = (path: string): string => readRecordText(task.root, path);
const spec = loadSpec(task.spec);
parentPort?.on('message', (job: BatchJob | null) => {
  if (job === null) {
    parentPort?.close();
    return;
  }
  const { problems, warnings } = validateBatch(spec, job.captures, read, job.first, checkCapture);
  parentPort?.postMessage({ index: job.index, problems, warnings } satisfies BatchDone);
});
