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
import { readRepoFiles } from '../spec/read-files.ts';
import { isRecordPath, isSchemaPath, kindOf, type RepoFile } from '../spec/repo.ts';
import { affectedFlavors, partIdsOfPaths } from '../flavors/affected.ts';
import { formatProblem } from '../spec/validate.ts';
import { repoPath, setOutputs, specPath, type RunContext } from './context.ts';
import type { PullEvent } from './event.ts';



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

export async function runReview(ctx: RunContext, pull: PullEvent): Promise<void> {
  const head = await readRepoFiles(ctx.rootDir);
  const changedAll = await listPullRequestFiles(ctx.client, ctx.repo, pull.number);
  const isSpecChange = (path: string) => {
    const local = specPath(ctx, path);
    return local !== null && isSpecFile(local);
  };
  const changed = changedAll.filter((f) => isSpecChange(f.path) || (f.previousPath !== undefined && isSpecChange(f.previousPath)));
  const base = await baseFiles(ctx, head, changed, pull.baseSha);
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
  core.info(`validated ${head.length} file(s): ${problems.length} problem(s), ${warnings.length} warning(s)`);

  const headCoverage = coverageOf(headRepo.stanzas.map((s) => s.record), headRepo.flavors.map((f) => f.record));
  const baseRepo = loadRepo(base).repo;
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
  await core.summary.addRaw(reviewSummary(view, notes)).write();
  if (problems.length > 0) {
    const first = problems[0];
    core.setFailed(`${problems.length} validation problem(s) in the spec or corpus${first ? `, first: ${formatProblem(first)}` : ''}`);
  }
}
