// workflow_dispatch: ingest several issues again and put every accepted capture in ONE branch, ONE
// commit and ONE pull request (rate limits: never a pull request per issue).
import * as core from '@actions/core';
import { getIssue, listOpenIssuesWithLabel, proposeFiles } from '../github/index.ts';
import type { FileChange, IssueInfo } from '../github/types.ts';
import { reingestPullRequestBody, reingestSummary } from '../report/summary.ts';
import type { ReingestEntry, ReingestView } from '../report/types.ts';
import { repoPath, setOutputs, type Outputs, type RunContext } from './context.ts';
import { ingestIssue, readTemplate } from './intake.ts';
import { MAX_REINGEST, parseDryRun, parseIssueSelection } from './inputs.ts';
import { appendSummary } from './summary.ts';

export async function runReingest(ctx: RunContext, eventInputs: Record<string, string>): Promise<void> {
  const { client, repo, inputs } = ctx;
  // Action inputs win; a workflow may also leave them to the dispatch event's own inputs.
  const selection = parseIssueSelection(inputs.issues !== '' ? inputs.issues : (eventInputs['issues'] ?? ''));
  const dryRun = parseDryRun(inputs.dryRun !== '' ? inputs.dryRun : (eventInputs['dry-run'] ?? eventInputs['dry_run'] ?? ''));
  const template = await readTemplate(ctx);
  // The version of what this run reads: the time it starts reading the issues. A run that read them
  // later holds newer data; its commit trailer makes an older run that finishes later stop.
  const version = new Date().toISOString();

  const entries: ReingestEntry[] = [];
  const files: FileChange[] = [];
  const issues: (IssueInfo | { number: number; missing: true })[] = [];
  if (selection.all) {
    const open = await listOpenIssuesWithLabel(client, repo, inputs.captureLabel, MAX_REINGEST + 1);
    if (open.length > MAX_REINGEST) {
      core.warning(`more than ${MAX_REINGEST} open capture issues: only the oldest ${MAX_REINGEST} are re-ingested in this run`);
    }
    issues.push(...open.slice(0, MAX_REINGEST));
  } else {
    for (const number of selection.numbers) issues.push((await getIssue(client, repo, number)) ?? { number, missing: true });
  }
  core.info(`re-ingest: ${issues.length} issue(s)${dryRun ? ' (dry run)' : ''}`);

  for (const issue of issues) {
    const skip = (reason: string) => entries.push({ issue: issue.number, outcome: 'skipped', reason, findings: 0, errors: 0 });
    if ('missing' in issue) {
      skip('not found');
      continue;
    }
    if (issue.isPullRequest) {
      skip('a pull request');
      continue;
    }
    if (!issue.labels.includes(inputs.captureLabel)) {
      skip('no capture label');
      continue;
    }
    const result = await ingestIssue(ctx, issue, template);
    const entry: ReingestEntry = { issue: issue.number, outcome: result.status, findings: result.findings.length, errors: result.errors.length };
    if (result.status === 'accepted' && result.path !== undefined && result.yaml !== undefined) {
      entry.path = repoPath(ctx, result.path);
      files.push({ path: entry.path, content: result.yaml });
    }
    entries.push(entry);
  }

  const branch = `${inputs.branchPrefix}reingest`;
  const view: ReingestView = { entries, dryRun, branch, committed: false };
  const notes: string[] = [];
  let result: Outputs['result'];
  if (files.length === 0) {
    result = entries.some((e) => e.outcome === 'rejected') ? 'rejected' : entries.some((e) => e.outcome === 'invalid') ? 'invalid' : 'unchanged';
    notes.push('No capture was accepted: nothing to commit.');
  } else if (dryRun) {
    result = 'accepted';
    notes.push(`Dry run: ${files.length} capture(s) would be committed to \`${branch}\`; nothing was written.`);
  } else {
    const base = await ctx.defaultBranch();
    // Like the intake: with an open pull request the branch moves forward; after a merge or a close,
    // it starts again from the default branch as it is now (nothing new there: nothing to propose).
    const proposal = await proposeFiles(client, repo, {
      branch,
      base,
      files,
      message: `capture: re-ingest ${files.length} issue(s)\n\n${entries.filter((e) => e.path).map((e) => `#${e.issue}`).join(', ')}`,
      perFileStatus: true,
      version,
      pullRequest: { title: 'capture: re-ingest of capture issues', body: reingestPullRequestBody(view), labels: inputs.labels },
    });
    if (proposal.outcome === 'proposed') {
      for (const entry of entries) {
        if (entry.path !== undefined && proposal.unchanged?.includes(entry.path)) entry.outcome = 'unchanged';
      }
      view.committed = proposal.committed;
      if (proposal.pullRequest !== null) view.pullRequest = { number: proposal.pullRequest.number, url: proposal.pullRequest.url };
      if (proposal.branchAction === 'reset') notes.push(`\`${branch}\` was reset to \`${base}\`: its earlier pull request was merged or closed.`);
      result = proposal.committed ? 'accepted' : 'unchanged';
    } else if (proposal.outcome === 'superseded') {
      notes.push(
        `Stopped as superseded: \`${branch}\` already holds a re-ingest that read the issues at ${proposal.newerVersion}, after this run did (${version}). Nothing was written.`,
      );
      result = 'superseded';
    } else {
      for (const entry of entries) if (entry.path !== undefined) entry.outcome = 'unchanged';
      notes.push(`\`${base}\` already holds exactly these files: nothing to propose.`);
      result = 'unchanged';
    }
  }
  const out: Outputs = { result };
  if (view.pullRequest) out.pullRequest = view.pullRequest;
  setOutputs(out);
  appendSummary(reingestSummary(view, notes));
}
