// Validation of a large corpus a batch of captures at a time, so memory stays flat in the number of
// captures (issue #14 item 5): the spec records are loaded once, each capture is read, checked and
// dropped with its batch. Same problems as one validateRepo over every file.
import { loadRepo, type LoadResult } from './load.ts';
import { baseId, type RepoFile } from './repo.ts';
import type { Problem, Repo } from './types.ts';
import { crossFileChecks, sortProblems, type CaptureCheck } from './validate.ts';

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
  const spec = loadSpec(repo.spec);
  batchesOf(repo.captures, batchSize).forEach((batch, i) => {
    const result = validateBatch(spec, batch, repo.read, i === 0, checkCapture);
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

/** The spec records loaded once (with their load problems), for every batch of captures. */
export interface LoadedSpec {
  /** The files, schema files among them: they decide the contract for the captures too. */
  files: readonly RepoFile[];
  loaded: LoadResult;
}

/** loadRepo of the spec files alone (see LoadedSpec). */
export function loadSpec(files: readonly RepoFile[]): LoadedSpec {
  return { files, loaded: loadRepo(files) };
}

/**
 * The problems one batch contributes: with the spec records' own (`first`: the batch that reports
 * them), or only those of the batch's own captures. Batches can be validated in any order, or apart.
 *
 * What validateRepo does over the batch and the spec files, without loading the spec files again:
 * loading is per file (the contract comes from the spec's schema files either way), so the spec's
 * load result is reused and only the captures are loaded; the cross-file rules then run over both.
 * Per file, problems keep validateRepo's order (load, cross-file, capture check) before the sort.
 * Loading the spec records again for each batch cost about 2% of the time with batches of 1,000.
 */
export function validateBatch(spec: LoadedSpec, batch: readonly string[], read: (path: string) => string, first: boolean, checkCapture?: CaptureCheck): BatchedResult {
  const own = loadRepo(
    batch.map((path) => ({ path, text: read(path) })),
    { schemaFiles: spec.files },
  );
  // Same order as loadRepo over all files: corpus/ sorts before spec/.
  const repo: Repo = { ...spec.loaded.repo, captures: own.repo.captures, rejected: [...own.repo.rejected, ...spec.loaded.repo.rejected] };
  const cross = crossFileChecks(repo);
  const inBatch = new Set(batch);
  const mine = (problem: Problem): boolean => inBatch.has(problem.file);
  // The schema files' problems come with both loads: the spec's, reported by the first batch.
  const problems = [...(first ? spec.loaded.problems : []), ...own.problems.filter(mine), ...(first ? cross.problems : cross.problems.filter(mine))];
  if (checkCapture) for (const capture of repo.captures) problems.push(...checkCapture(capture));
  const warnings = [...(first ? spec.loaded.warnings : []), ...own.warnings.filter(mine), ...(first ? cross.warnings : cross.warnings.filter(mine))];
  return { problems: sortProblems(problems), warnings: sortProblems(warnings) };
}
