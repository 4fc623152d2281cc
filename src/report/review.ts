// The review comment on a pull request that touches spec/ or corpus/: problems and coverage delta.
import type { AffectedFlavor } from '../flavors/affected.ts';
import type { Problem } from '../spec/types.ts';
import { coverageDeltaMarkdown } from './coverage.ts';
import { capBody, codeSpan, escapeText } from './escape.ts';
import { REVIEW_MARKER, type ReviewView } from './types.ts';

const MAX_ROWS = 200;

export function problemsTable(problems: Problem[]): string {
  const rows = problems
    .slice(0, MAX_ROWS)
    .map((p) => `| ${codeSpan(p.file)} | ${p.line} | ${p.column} | ${p.path === '' ? '' : codeSpan(p.path)} | ${escapeText(p.message)} |`);
  const more = problems.length > MAX_ROWS ? [`\n_… and ${problems.length - MAX_ROWS} more (see the annotations of the workflow run)._`] : [];
  return ['| file | line | column | path | problem |', '|---|---:|---:|---|---|', ...rows].join('\n') + more.join('');
}

function verdict(view: ReviewView): string {
  if (view.problems.length === 0) return '✅ No problems: every file passes the schemas, the cross-file rules and the sanitization scan.';
  const files = new Set(view.problems.map((p) => p.file)).size;
  return `❌ ${view.problems.length} problem${view.problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`;
}

export function reviewComment(view: ReviewView): string {
  const lines = [
    REVIEW_MARKER,
    `### Spec review of ${codeSpan(view.headSha.slice(0, 7))}`,
    '',
    verdict(view),
    '',
  ];
  if (view.problems.length > 0) lines.push(problemsTable(view.problems), '');
  lines.push(
    `${view.changedFiles.length} changed file${view.changedFiles.length === 1 ? '' : 's'} under ${codeSpan('spec/')} or ${codeSpan('corpus/')}.`,
    '',
    coverageDeltaMarkdown(view.base, view.head),
    '',
  );
  if (view.promotions) lines.push(view.promotions, '');
  if (view.affected !== undefined) lines.push(affectedMarkdown(view.affected), '');
  return capBody(lines.join('\n'));
}

/** For changed spec parts: the flavors that implement them (who may need to follow the change). */
export function affectedMarkdown(affected: AffectedFlavor[]): string {
  if (affected.length === 0) return '**Implementations:** no flavor lists an implementation of the changed spec parts.';
  const rows = affected.flatMap((a) =>
    a.parts.map((p) => `| ${codeSpan(a.flavor)} | ${codeSpan(`wacrg:${p.code}`)} | ${codeSpan(p.id)} | ${codeSpan(p.status)} | ${a.optIn && a.notifyRepo !== null ? `yes, ${codeSpan(a.notifyRepo)}` : 'no'} |`),
  );
  return [
    `**Implementations affected:** ${affected.length} flavor${affected.length === 1 ? '' : 's'} implement${affected.length === 1 ? 's' : ''} the changed spec parts.`,
    '',
    '| flavor | code | part | status | notified on merge |',
    '|---|---|---|---|---|',
    ...rows.slice(0, MAX_ROWS),
  ].join('\n');
}
