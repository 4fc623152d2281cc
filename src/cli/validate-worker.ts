// The worker thread of `validate` on a large corpus (src/cli/validate-large.ts): checks the batches of
// captures in a heap with a small young generation and posts the problems back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkCapture } from '../capture/check.ts';
import { validateInBatches } from '../spec/batches.ts';
import { readRecordText } from '../spec/read-files.ts';
import type { ValidateTask } from './validate-large.ts';

const task = workerData as ValidateTask;
const repo = { spec: task.spec, captures: task.captures, read: (path: string) => readRecordText(task.root, path) };
parentPort?.postMessage(validateInBatches(repo, checkCapture, task.batchSize));
