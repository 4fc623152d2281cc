// push to the default branch → the spec parts changed between `before` and `after` → for each
// opted-in flavor implementing one, open or update ONE tracking issue in its notify_repo. Without the
// notify token, or when that repository refuses, the plan goes to the job summary and an output, and
// the run succeeds: a flavor's repository is not this repository's to fail on.
import * as core from '@actions/core';
import { setOutput } from './outputs.ts';
import { affectedFlavors, partIdsOfPaths, type AffectedFlavor } from '../flavors/affected.ts';
import { compareCommits, createClient, getFileText, upsertTrackingIssue, describeFailure } from '../github/index.ts';
import type { RepoRef } from '../github/types.ts';
import { notifySummary, pushKey, pushSection, trackingHead, trackingMarker, trackingTitle, type NotifyOutcome, type PushView } from '../report/notify.ts';
import { loadRepo } from '../spec/load.ts';
import { readRepoFiles } from '../spec/read-files.ts';
import { kindOf } from '../spec/repo.ts';
import { repoPath, specPath, type RunContext } from './context.ts';
import type { PushEvent } from './event.ts';
import { appendSummary } from './summary.ts';

export async function runNotify(ctx: RunContext, push: PushEvent, serverUrl: string): Promise<void> {
  const { client, repo, inputs } = ctx;
  const compared = await compareCommits(client, repo, push.before, push.after);
  const notes: string[] = [];
  if (compared.truncated) notes.push('GitHub listed its maximum number of changed files for this push: parts beyond that list were not considered.');

  // Changed part files, relative to the spec root; a rename counts under both names.
  const changed = new Set<string>();
  const removed = new Set<string>();
  for (const file of compared.files) {
    for (const [path, gone] of [[file.path, file.status === 'removed'], [file.previousPath, file.status === 'renamed']] as const) {
      const local = path === undefined ? null : specPath(ctx, path);
      if (local === null || kindOf(local) !== 'part') continue;
      changed.add(local);
      if (gone) removed.add(local);
    }
  }

  const head = await readRepoFiles(ctx.rootDir);
  // A removed part is read as it was before the push: its implementations are who it concerned.
  const files = [...head];
  for (const local of removed) {
    if (files.some((f) => f.path === local)) continue;
    const text = await getFileText(client, repo, repoPath(ctx, local), push.before);
    if (text !== null) files.push({ path: local, text });
  }
  const spec = loadRepo(files).repo;
  const ids = partIdsOfPaths(spec, [...changed]);
  const affected = affectedFlavors(spec, ids);
  const partPaths = Object.fromEntries(spec.parts.filter((p) => ids.includes(p.record.id)).map((p) => [p.record.id, repoPath(ctx, p.file)]));
  const source = `${repo.owner}/${repo.repo}`;
  const view: PushView = { source, serverUrl, branch: await ctx.defaultBranch(), before: push.before, after: push.after, partPaths };
  core.info(`push: ${compared.files.length} changed file(s), ${ids.length} spec part(s), ${affected.length} flavor(s) implement them`);

  const targets = affected.filter((a) => a.optIn && a.notifyRepo !== null);
  const skipped = affected.filter((a) => !(a.optIn && a.notifyRepo !== null));
  if (targets.length > 0 && inputs.notifyToken === '') notes.push('No notify-token input: the plan is below and in the `notifications` output; nothing was sent.');
  const notifier = inputs.notifyToken === '' ? null : createClient(inputs.notifyToken, { log: (m) => core.info(m) });

  const outcomes: NotifyOutcome[] = [];
  for (const entry of targets) {
    outcomes.push({ entry, outcome: notifier === null ? { kind: 'planned', reason: 'no notify token' } : await send(notifier, view, entry) });
  }
  const sent = outcomes.filter((o) => o.outcome.kind === 'created' || o.outcome.kind === 'updated').length;
  // notified: at least one tracking issue is up to date; planned: nothing could be sent (no token, or refused).
  const reached = outcomes.some((o) => o.outcome.kind === 'created' || o.outcome.kind === 'updated' || o.outcome.kind === 'unchanged');
  setOutput('result', targets.length === 0 ? 'unchanged' : reached ? 'notified' : 'planned');
  setOutput('notifications', JSON.stringify(outcomes.map(planJson)));
  core.info(`notifications: ${targets.length} opted-in flavor(s), ${sent} issue(s) opened or updated`);
  for (const o of outcomes) if (o.outcome.kind === 'failed') core.warning(`flavor ${o.entry.flavor}: ${o.outcome.reason}`);
  appendSummary(notifySummary(view, ids.length, outcomes, skipped, notes));
}

async function send(client: ReturnType<typeof createClient>, view: PushView, entry: AffectedFlavor): Promise<NotifyOutcome['outcome']> {
  const [owner, name] = (entry.notifyRepo ?? '').split('/');
  if (owner === undefined || name === undefined) return { kind: 'failed', reason: 'notify_repo is not owner/name' };
  const target: RepoRef = { owner, repo: name };
  try {
    const result = await upsertTrackingIssue(client, target, trackingMarker(view.source, entry.flavor), trackingTitle(view.source, entry.flavor), trackingHead(view, entry.flavor), {
      key: pushKey(view.after),
      text: pushSection(view, entry),
    });
    return { kind: result.action, number: result.number, url: result.url };
  } catch (error) {
    // The flavor's repository refused (no access, issues disabled, gone): say so, keep going.
    return { kind: 'failed', reason: describeFailure(error, { what: `writing the tracking issue in ${entry.notifyRepo}`, permission: 'issues: write' }) };
  }
}

/** The `notifications` output: one object per opted-in flavor (the plan, and what was done). */
function planJson(o: NotifyOutcome): object {
  return { flavor: o.entry.flavor, notifyRepo: o.entry.notifyRepo, parts: o.entry.parts, ...o.outcome };
}
