// Validation of a large corpus a batch of captures at a time, so memory stays flat in the number of
// captures (issue #14 item 5): the spec records are loaded with each batch, each capture is read,
// checked and dropped with its batch. Same problems as one validateRepo over every file.
import { baseId, type RepoFile } from './repo.ts';
import type { Problem } from './types.ts';
import { sortProblems, validateRepo, type CaptureCheck } from './validate.ts';

/**
 * Captures per batch: a batch of generated captures (about 1.1 KB each) keeps a few MiB of records
 * alive; the spec records (tens of files) are loaded once per batch. One batch of all 100,000
 * captures peaked at about 600 MiB; see src/cli/validate-large.ts for the batched figures.
 */
export const CAPTURE_BATCH = 1000;

export interface BatchedRepo {
  /** Every record file that is not a capture, with its text (spec/: small, loaded with every batch). */
  spec: readonly RepoFile[];
  /** Repository-relative paths of the captures (corpus/captures/…), sorted. */
  captures: readonly string[];
  /** Reads one capture's text (the shell's I/O). */
  read(path: string): string;
}

/** Errors and warnings of a repository, each sorted (as ValidationResult has them). */
export interface BatchedResult {
  problems: Problem[];
  warnings: Problem[];
}

/**
 * Problems and warnings of the repository, as `validateRepo(all files, checkCapture)` gives them.
 *
 * Why the results are equal: every rule that involves a capture looks at that capture alone, or at
 * captures with the same id (x.yaml and x.yml), which batch boundaries never separate (the paths are
 * sorted, so they are neighbours); the rules about spec records do not look at captures. A spec
 * record's problems are taken from the first batch only. test/spec/batches.test.ts checks the
 * equality on every fixture repository with batches of one capture.
 */
export function validateInBatches(repo: BatchedRepo, checkCapture?: CaptureCheck, batchSize = CAPTURE_BATCH): BatchedResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  batchesOf(repo.captures, batchSize).forEach((batch, i) => {
    const result = validateBatch(repo.spec, batch, repo.read, i === 0, checkCapture);
    problems.push(...result.problems);
    warnings.push(...result.warnings);
  });
  return { problems: sortProblems(problems), warnings: sortProblems(warnings) };
}

/**
 * The captures split into batches of about `batchSize`, x.yaml and x.yml never apart. Always at least
 * one batch (maybe empty): the spec records are validated with the first.
 */
export function batchesOf(captures: readonly string[], batchSize = CAPTURE_BATCH): string[][] {
  const batches: string[][] = [];
  let start = 0;
  do {
    let end = Math.min(start + Math.max(1, batchSize), captures.length);
    while (end < captures.length && baseId(captures[end] ?? '') === baseId(captures[end - 1] ?? '')) end++;
    batches.push(captures.slice(start, end));
    start = end;
  } while (start < captures.length);
  return batches;
}

/**
 * The problems one batch contributes: with the spec records (`first`: the batch that reports them),
 * or only those of the batch's own captures. Batches can be validated in any order, or apart.
 */
export function validateBatch(spec: readonly RepoFile[], batch: readonly string[], read: (path: string) => string, first: boolean, checkCapture?: CaptureCheck): BatchedResult {
  // Same order as readRepoFiles: corpus/ sorts before spec/.
  const files = [...batch.map((path) => ({ path, text: read(path) })), ...spec];
  const { problems, warnings } = validateRepo(files, checkCapture);
  if (first) return { problems, warnings };
  const inBatch = new Set(batch);
  return { problems: problems.filter((p) => inBatch.has(p.file)), warnings: warnings.filter((w) => inBatch.has(w.file)) };
}
