// pull_request touching spec/ or corpus/ → validate the head checkout, annotate, compare coverage
// with the base tree, one sticky review comment (or the job summary when commenting is impossible).
import * as core from '@actions/core';
import { validateRepository } from '../capture/check.ts';
import { coverageOf, percent, points, type CoverageReport } from '../coverage/coverage.ts';
import { getFileText, listPullRequestFiles, upsertStickyComment } from '../github/index.ts';
import type { PullFile } from '../github/types.ts';
import { renderPromotionReview } from '../report/corroboration.ts';
import { reviewComment } from '../report/review.ts';
import { reviewSummary } from '../report/summary.ts';
import { REVIEW_MARKER, type ReviewView } from '../report/types.ts';
import { loadRepo } from '../spec/load.ts';
import { readRepoFiles, readRepoListingCaptures } from '../spec/read-files.ts';
import { baseId, isRecordPath, isSchemaPath, kindOf, type RepoFile } from '../spec/repo.ts';
import { affectedFlavors, partIdsOfPaths } from '../flavors/affected.ts';
import { partChanges } from '../spec/part-changes.ts';
import { formatProblem } from '../spec/validate.ts';
import { repoPath, setOutputs, specPath, type RunContext } from './context.ts';
import type { PullEvent } from './event.ts';
import { appendSummary } from './summary.ts';

/** A record file or one of the schema files that decide (spec/schema, corpus/schema). */
function isSpecFile(path: string): boolean {
  return isRecordPath(path) || isSchemaPath(path);
}

/**
 * The base tree: the head files with every changed spec/corpus file (records and schema files)
 * replaced by its base version (added files dropped, removed files restored, renames undone).
 * One request per such file.
 */
export async function baseFiles(ctx: RunContext, head: RepoFile[], changed: PullFile[], baseSha: string): Promise<RepoFile[]> {
  const files = new Map(head.map((f) => [f.path, f.text]));
  const restore = async (repoFilePath: string): Promise<void> => {
    const local = specPath(ctx, repoFilePath);
    if (local === null || !isSpecFile(local)) return;
    const text = await getFileText(ctx.client, ctx.repo, repoFilePath, baseSha);
    if (text === null) files.delete(local);
    else files.set(local, text);
  };
  for (const file of changed) {
    const local = specPath(ctx, file.path);
    if (local !== null) files.delete(local);
    if (file.status === 'added' || file.status === 'copied') continue;
    await restore(file.status === 'renamed' && file.previousPath !== undefined ? file.previousPath : file.path);
  }
  return [...files].map(([path, text]) => ({ path, text })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The most files GitHub lists for a pull request (REST API, "List pull requests files"). */
export const PULL_FILES_LIMIT = 3000;

/**
 * The changed captures to validate when a pull request changes capture files only (added, modified,
 * removed or renamed within corpus/captures/, repository-local paths of those present in head), or
 * undefined when it changes anything else under spec/ or corpus/ (a record, a schema file): a spec
 * change can invalidate any capture, so the whole repository is validated then. No changed file at
 * all is also undefined (validated whole, as before).
 */
export function changedCapturesOnly(ctx: Pick<RunContext, 'inputs'>, changed: readonly PullFile[]): Set<string> | undefined {
  if (changed.length === 0) return undefined;
  const captures = new Set<string>();
  for (const file of changed) {
    const local = specPath(ctx, file.path);
    const previous = file.previousPath === undefined ? null : specPath(ctx, file.previousPath);
    // Either end may be outside the spec root (a file moved in or out): only the ends inside count.
    for (const end of [local, previous]) if (end !== null && kindOf(end) !== 'capture') return undefined;
    if (local !== null && file.status !== 'removed') captures.add(local);
  }
  return captures;
}

export async function runReview(ctx: RunContext, pull: PullEvent): Promise<void> {
  const changedAll = await listPullRequestFiles(ctx.client, ctx.repo, pull.number);
  const isSpecChange = (path: string) => {
    const local = specPath(ctx, path);
    return local !== null && isSpecFile(local);
  };
  const changed = changedAll.filter((f) => isSpecChange(f.path) || (f.previousPath !== undefined && isSpecChange(f.previousPath)));
  // A pull request that changes captures only: no record or schema file differs from the base, so
  // the spec is the base's and no other capture can have changed verdict (no cross-file rule reads
  // another capture, but for id uniqueness: a capture of the same id is read too). The spec, the
  // schema files and those captures are read; the rest of corpus/captures/ is only listed.
  // GitHub lists at most 3,000 files of a pull request: a list that may be cut short cannot prove
  // that only captures changed (a file past the cut could be anything), so the whole repository is
  // validated then, as for any other change.
  const listComplete = changedAll.length < PULL_FILES_LIMIT && (pull.changedFiles === undefined || changedAll.length >= pull.changedFiles);
  const onlyCaptures = listComplete ? changedCapturesOnly(ctx, changed) : undefined;
  const { files: head, captureNames } = onlyCaptures
    ? await readRepoListingCaptures(ctx.rootDir, [...onlyCaptures].map(baseId))
    : { files: await readRepoFiles(ctx.rootDir), captureNames: undefined };
  // With captures only, the base spec is the head's: no base version needs reading (its captures
  // are not used: coverage, promotions and spec parts read the spec only).
  const base = onlyCaptures ? head.filter((f) => kindOf(f.path) !== 'capture') : await baseFiles(ctx, head, changed, pull.baseSha);
  // The head is checked against the BASE branch's schema files: a pull request cannot loosen its own rules.
  const baseSchemas = base.filter((f) => isSchemaPath(f.path));
  const { repo: headRepo, problems, warnings } = validateRepository(head, { schemaFiles: baseSchemas });
  for (const p of problems) {
    core.error(p.path === '' ? p.message : `${p.path}: ${p.message}`, {
      title: 'wacrg validate',
      file: repoPath(ctx, p.file),
      startLine: p.line,
      startColumn: p.column,
    });
  }
  for (const w of warnings) {
    core.warning(w.path === '' ? w.message : `${w.path}: ${w.message}`, {
      title: 'wacrg validate',
      file: repoPath(ctx, w.file),
      startLine: w.line,
      startColumn: w.column,
    });
  }
  core.info(
    captureNames === undefined
      ? `validated ${head.length} file(s): ${problems.length} problem(s), ${warnings.length} warning(s)`
      : `the pull request changes captures only: validated the spec and ${head.filter((f) => kindOf(f.path) === 'capture').length} capture file(s) of ${captureNames.length} (the others are unchanged and were not read): ${problems.length} problem(s), ${warnings.length} warning(s)`,
  );

  const headCoverage = coverageOf(headRepo.stanzas.map((s) => s.record), headRepo.flavors.map((f) => f.record));
  const baseRepo = onlyCaptures ? headRepo : loadRepo(base).repo;
  const baseCoverage = coverageOf(baseRepo.stanzas.map((s) => s.record), baseRepo.flavors.map((f) => f.record));
  core.info(`${changed.length} changed spec/corpus file(s); coverage ${percent(baseCoverage.overall.coverage)} → ${percent(headCoverage.overall.coverage)}`);

  const view: ReviewView = {
    pullNumber: pull.number,
    headSha: pull.headSha,
    problems,
    changedFiles: changed.map((f) => f.path),
    base: baseCoverage,
    head: headCoverage,
    promotions: renderPromotionReview(baseRepo, headRepo),
  };
  // Changed spec parts with their annotation codes, in repository-local paths.
  view.parts = partChanges(
    changed.flatMap((f) => {
      const path = specPath(ctx, f.path);
      const previous = f.previousPath === undefined ? null : specPath(ctx, f.previousPath);
      if (path === null && previous === null) return [];
      // A file moved in or out of the spec root counts as added or removed there.
      if (path === null) return [{ path: previous ?? '', status: 'removed' }];
      if (f.status === 'renamed' && previous === null) return [{ path, status: 'added' }];
      return [{ path, status: f.status, ...(previous === null ? {} : { previousPath: previous }) }];
    }),
    baseRepo,
    headRepo,
  );
  // Changed spec parts (a removed one as the base had it): which flavors implement them.
  const changedParts = changed.flatMap((f) => [f.path, f.previousPath]).flatMap((p) => (p === undefined ? [] : [specPath(ctx, p)])).filter((p): p is string => p !== null && kindOf(p) === 'part');
  if (changedParts.length > 0) {
    const ids = [...new Set([...partIdsOfPaths(headRepo, changedParts), ...partIdsOfPaths(baseRepo, changedParts)])];
    const parts = [...headRepo.parts, ...baseRepo.parts.filter((b) => !headRepo.parts.some((h) => h.record.id === b.record.id))];
    view.affected = affectedFlavors({ parts, flavors: headRepo.flavors }, ids);
  }
  const notes: string[] = [];
  if (pull.fromFork) {
    notes.push('Pull request from a fork: its token is read-only, so the results are here and in the annotations instead of a comment.');
  } else {
    try {
      const comment = await upsertStickyComment(ctx.client, ctx.repo, pull.number, REVIEW_MARKER, reviewComment(view), true, { identity: ctx.identity });
      core.info(`review comment ${comment.action}`);
    } catch (error) {
      // Never fail the run because a comment could not be posted: the summary has everything.
      const message = error instanceof Error ? error.message : String(error);
      core.warning(`could not comment on the pull request (${message}); the results are in the job summary`);
      notes.push('The review comment could not be posted (read-only token?): the results are here and in the annotations.');
    }
  }
  setOutputs({
    result: 'reviewed',
    coverage: percent(headCoverage.overall.coverage),
    coverageDelta: points(baseCoverage.overall.coverage, headCoverage.overall.coverage),
  });
  appendSummary(reviewSummary(view, notes));
  if (problems.length > 0) {
    const first = problems[0];
    core.setFailed(`${problems.length} validation problem(s) in the spec or corpus${first ? `, first: ${formatProblem(first)}` : ''}`);
  }
}
