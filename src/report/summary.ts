// Job summaries (public on public repositories): counts, numbers, paths we built, findings by place.
import { percent } from '../coverage/coverage.ts';
import { overallDelta } from './coverage.ts';
import { capBody, codeSpan } from './escape.ts';
import { cappedFindingsTable } from './findings.ts';
import { problemsTable } from './review.ts';
import type { Finding } from '../sanitize/types.ts';
import type { CoverageReport } from '../coverage/coverage.ts';
import type { ReingestView, ReviewView } from './types.ts';

export interface IntakeSummaryView {
  issue: number;
  result: string;
  /** What the run did, in our own words (one line each). */
  actions: string[];
  findings: Finding[];
  errorCount: number;
  coverage?: CoverageReport;
  /** Said first: which version of the issue was processed, or why the run stopped (our own words). */
  notes?: string[];
}

/**
 * Max characters of a step summary we write. GitHub accepts 1 MiB per step; half of it in characters
 * leaves room for multi-byte characters and still lists 1,000 findings with long node paths.
 */
const MAX_SUMMARY = 500_000;

export function intakeSummary(view: IntakeSummaryView): string {
  const lines = [`## wacrg intake: issue #${view.issue} → ${view.result}`, ''];
  for (const note of view.notes ?? []) lines.push(`> ${note}`, '');
  for (const action of view.actions) lines.push(`- ${action}`);
  lines.push('');
  if (view.findings.length > 0) {
    // Every finding (the issue comment shows the first ones); rows are never cut, a count says what did not fit.
    const capped = cappedFindingsTable(view.findings, Number.POSITIVE_INFINITY, MAX_SUMMARY - 2_000 - lines.join('\n').length);
    lines.push(`${view.findings.length} scanner finding(s):`, '', capped.table, '');
    if (capped.omitted > 0) lines.push(`${capped.omitted} more finding(s) did not fit in the job summary's size limit.`, '');
  }
  if (view.errorCount > 0) lines.push(`${view.errorCount} form or validation error(s); the issue comment lists them.`, '');
  if (view.coverage) lines.push(`Spec coverage: ${percent(view.coverage.overall.coverage)} of ${view.coverage.overall.total} facts.`, '');
  return capBody(lines.join('\n'), MAX_SUMMARY);
}

export function reviewSummary(view: ReviewView, notes: string[]): string {
  const lines = [
    `## wacrg review: pull request #${view.pullNumber}`,
    '',
    view.problems.length === 0 ? '✅ No problems.' : `❌ ${view.problems.length} problem(s).`,
    '',
  ];
  if (view.problems.length > 0) lines.push(problemsTable(view.problems), '');
  lines.push(
    `Coverage: ${percent(view.base.overall.coverage)} → ${percent(view.head.overall.coverage)} (${overallDelta(view.base, view.head)} points), ${view.changedFiles.length} changed spec/corpus file(s).`,
    '',
  );
  for (const note of notes) lines.push(`> ${note}`, '');
  return capBody(lines.join('\n'), MAX_SUMMARY);
}

export function reingestSummary(view: ReingestView, notes: string[]): string {
  const lines = [`## wacrg re-ingest${view.dryRun ? ' (dry run: nothing written)' : ''}`, ''];
  lines.push('| issue | outcome | findings | errors | file |', '|---:|---|---:|---:|---|');
  for (const e of view.entries) {
    lines.push(`| #${e.issue} | ${e.outcome}${e.reason ? ` (${e.reason})` : ''} | ${e.findings} | ${e.errors} | ${e.path ? codeSpan(e.path) : ''} |`);
  }
  lines.push('');
  const count = (o: string) => view.entries.filter((e) => e.outcome === o).length;
  lines.push(
    `${view.entries.length} issue(s): ${count('accepted')} accepted, ${count('unchanged')} unchanged, ${count('rejected')} rejected, ${count('invalid')} invalid, ${count('skipped')} skipped.`,
    '',
  );
  if (view.pullRequest) lines.push(`Pull request #${view.pullRequest.number} on branch ${codeSpan(view.branch)}${view.committed ? ' (new commit)' : ' (no new commit)'}.`, '');
  for (const note of notes) lines.push(`> ${note}`, '');
  return capBody(lines.join('\n'), MAX_SUMMARY);
}

/** Body of the single re-ingest pull request. */
export function reingestPullRequestBody(view: ReingestView): string {
  const accepted = view.entries.filter((e) => e.path !== undefined && (e.outcome === 'accepted' || e.outcome === 'unchanged'));
  return capBody(
    [
      `Re-ingest of ${accepted.length} capture issue(s) in one commit, by the re-ingest workflow.`,
      '',
      ...accepted.map((e) => `- #${e.issue} → ${codeSpan(e.path ?? '')}`),
      '',
      ...accepted.map((e) => `Closes #${e.issue}`),
      '',
    ].join('\n'),
  );
}
