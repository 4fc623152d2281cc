// Texts of the push notifications: the tracking issue in a flavor's repository (its fixed head and
// one appended section per push) and the job summary. Part titles are spec text (reviewed content):
// still escaped; ids, codes, statuses and repository names passed their schema patterns.
import type { AffectedFlavor } from '../flavors/affected.ts';
import { capBody, codeSpan, escapeText } from './escape.ts';

export interface PushView {
  /** `owner/name` of the spec repository. */
  source: string;
  /** e.g. https://github.com (GITHUB_SERVER_URL). */
  serverUrl: string;
  branch: string;
  before: string;
  after: string;
  /** Repository path of each changed part, by part id (for links). */
  partPaths: Record<string, string>;
}

/** The hidden marker that finds a flavor's tracking issue again (one per spec repository and flavor). */
export function trackingMarker(source: string, flavor: string): string {
  return `<!-- wacrg:spec-changes:v1 source=${source} flavor=${flavor} -->`;
}

/** The hidden key of one push's section: a re-run of the same push appends nothing. */
export function pushKey(after: string): string {
  return `<!-- wacrg:push ${after} -->`;
}

export function trackingTitle(source: string, flavor: string): string {
  return `Spec changes in ${source} for ${flavor}`;
}

export function trackingHead(view: PushView, flavor: string): string {
  return [
    trackingMarker(view.source, flavor),
    `The spec repository [${view.source}](${view.serverUrl}/${view.source}) changed parts that the flavor ${codeSpan(flavor)} implements (its \`implementations\` list it).`,
    'Each push to its default branch that touches such parts adds a section below; this issue is updated, never duplicated.',
    'Search your code for `wacrg:<code>` to find the places concerned. Close the issue when you have caught up: the next change opens a new one.',
    '',
    `<sub>Sent because the flavor record sets \`notify_opt_in: true\` and \`notify_repo\`; set \`notify_opt_in: false\` to stop.</sub>`,
  ].join('\n');
}

function partRows(view: PushView, entry: AffectedFlavor): string[] {
  return entry.parts.map((p) => {
    const path = view.partPaths[p.id];
    const link = path === undefined ? codeSpan(p.id) : `[${codeSpan(p.id)}](${view.serverUrl}/${view.source}/blob/${view.after}/${path})`;
    return `| ${codeSpan(`wacrg:${p.code}`)} | ${link} | ${escapeText(p.title)} | ${codeSpan(p.status)} |`;
  });
}

/** The section one push adds: the changed parts the flavor implements, with codes and links. */
export function pushSection(view: PushView, entry: AffectedFlavor): string {
  return [
    pushKey(view.after),
    `### Push ${codeSpan(view.after.slice(0, 7))} to ${codeSpan(view.branch)}: ${entry.parts.length} part${entry.parts.length === 1 ? '' : 's'}`,
    '',
    `[Compare the changes](${view.serverUrl}/${view.source}/compare/${view.before}...${view.after})`,
    '',
    '| code | part | title | your status |',
    '|---|---|---|---|',
    ...partRows(view, entry),
  ].join('\n');
}

export interface NotifyOutcome {
  entry: AffectedFlavor;
  /** What happened in the flavor's repository, or why nothing did. */
  outcome: { kind: 'created' | 'updated' | 'unchanged'; number: number; url: string } | { kind: 'planned'; reason: string } | { kind: 'failed'; reason: string };
}

/** The job summary of a push: every affected flavor, what was sent and what was only planned. */
export function notifySummary(view: PushView, changedParts: number, outcomes: NotifyOutcome[], skipped: AffectedFlavor[], notes: string[]): string {
  const lines = [`## wacrg notifications: push ${codeSpan(view.after.slice(0, 7))} to ${codeSpan(view.branch)}`, ''];
  lines.push(`${changedParts} spec part(s) changed; ${outcomes.length + skipped.length} flavor(s) implement them, ${outcomes.length} opted in to notifications.`, '');
  for (const note of notes) lines.push(`- ${note}`);
  if (notes.length > 0) lines.push('');
  if (outcomes.length > 0) {
    lines.push('| flavor | repository | parts | result |', '|---|---|---|---|');
    for (const o of outcomes) {
      const result =
        o.outcome.kind === 'planned' || o.outcome.kind === 'failed'
          ? `${o.outcome.kind}: ${escapeText(o.outcome.reason)}`
          : `issue [#${o.outcome.number}](${o.outcome.url}) ${o.outcome.kind}`;
      lines.push(`| ${codeSpan(o.entry.flavor)} | ${codeSpan(o.entry.notifyRepo ?? '')} | ${o.entry.parts.map((p) => codeSpan(p.code)).join(' ')} | ${result} |`);
    }
    lines.push('');
  }
  if (skipped.length > 0) {
    lines.push(`Not notified (no \`notify_opt_in: true\` with a \`notify_repo\`): ${skipped.map((s) => codeSpan(s.flavor)).join(', ')}.`, '');
  }
  return capBody(lines.join('\n'), 200_000);
}
