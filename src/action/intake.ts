// issues opened/edited → the issue as it is now → ingest → (accepted) branch + commit + pull request +
// comments, (rejected/invalid) nothing written, one comment on the issue (and a note on an existing PR).
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { percent, points } from '../coverage/coverage.ts';
import { addLabels, findPullRequest, getIssue, proposeFiles, removeLabel, upsertStickyComment } from '../github/index.ts';
import type { IssueInfo } from '../github/types.ts';
import { ingest } from '../intake/ingest.ts';
import type { IntakeResult } from '../intake/types.ts';
import {
  intakeIssueAcceptedComment,
  intakeIssueRefusedComment,
  intakePullRequestBody,
  intakePullRequestComment,
  intakePullRequestHeldComment,
  intakePullRequestTitle,
} from '../report/intake.ts';
import { intakeSummary } from '../report/summary.ts';
import { INTAKE_MARKER, type AcceptedView, type CaptureFacts, type RefusedView } from '../report/types.ts';
import type { Capture } from '../spec/types.ts';
import { readRepoFiles } from '../spec/read-files.ts';
import { repoPath, setOutputs, type RunContext } from './context.ts';
import { InputError } from './inputs.ts';

export async function readTemplate(ctx: RunContext): Promise<string> {
  try {
    return await readFile(join(ctx.rootDir, ctx.inputs.template), 'utf8');
  } catch {
    throw new InputError(`the issue-form template ${ctx.inputs.template} was not found in the checkout: run actions/checkout first, or set the template input`);
  }
}

/** Ingests one issue with the checkout's template and spec. Logs sizes and counts only. */
export async function ingestIssue(ctx: RunContext, issue: IssueInfo, templateText?: string): Promise<IntakeResult> {
  const template = templateText ?? (await readTemplate(ctx));
  const result = ingest({
    body: issue.body,
    title: issue.title,
    issue: issue.number,
    author: issue.author,
    templateText: template,
    repoFiles: await readRepoFiles(ctx.rootDir),
  });
  core.info(
    `issue #${issue.number}: body ${issue.body?.length ?? 0} chars, title ${issue.title.length} chars → ${result.status} ` +
      `(${result.findings.length} finding(s), ${result.errors.length} error(s))`,
  );
  return result;
}

export function captureBranch(ctx: RunContext, issue: number): string {
  return `${ctx.inputs.branchPrefix}issue-${issue}`;
}

/**
 * The intake of one issue, acting on the issue as it is now: the event only says which issue. The
 * issue is read again before anything is written (body, labels, `updated_at`, comment count); its
 * `updated_at` is the version recorded on the branch (commit trailer) and in our comments, so a run
 * holding an older version than one already written stops as superseded instead of overwriting it.
 *
 * Requests for an accepted new issue (no comment yet), 9: read the issue; read the default branch
 * (head and tree in one call); create the tree (same id as the default branch's tree: nothing to
 * propose); create the commit; create the branch; create the pull request; label it; comment on it;
 * comment on the issue. No lookup of what cannot exist yet, no listing right after creating.
 */
export async function runIntake(ctx: RunContext, event: IssueInfo): Promise<void> {
  if (!event.labels.includes(ctx.inputs.captureLabel)) {
    core.info(`issue #${event.number} does not carry the capture label; nothing to do`);
    await core.summary.addRaw(`## wacrg intake: issue #${event.number} skipped\n\nThe issue does not carry the capture label.\n`).write();
    return;
  }
  if (event.isPullRequest) throw new InputError('the issues event is about a pull request; nothing to ingest');
  const snap: Snapshot = { issue: await readCurrentIssue(ctx, event.number), readAt: Date.now() };
  const issue = snap.issue;
  const notes: string[] = [];
  if (issue.updatedAt !== event.updatedAt || issue.body !== event.body || issue.title !== event.title) {
    notes.push(
      `The issue changed after the event that started this run (event: updated ${event.updatedAt}; now: updated ${issue.updatedAt}). ` +
        'This run processed the issue as it is now, not the event\'s copy.',
    );
    core.info(`issue #${issue.number} changed since the event (updated ${event.updatedAt} → ${issue.updatedAt}): processing the current version`);
  }
  if (!issue.labels.includes(ctx.inputs.captureLabel)) {
    core.info(`issue #${issue.number} no longer carries the capture label; nothing to do`);
    await core.summary.addRaw(intakeSummary({ issue: issue.number, result: 'skipped', notes, actions: ['The issue as it is now no longer carries the capture label: nothing was written.'], findings: [], errorCount: 0 })).write();
    return;
  }
  const result = await ingestIssue(ctx, issue);
  if (result.status === 'accepted') await accepted(ctx, snap, result, notes);
  else await refused(ctx, snap, result, notes);
}

/**
 * How long a read of the issue is trusted, in milliseconds. A newer run needs longer than this from
 * the edit that starts it to its first write (its job is queued, a runner starts, the repository is
 * checked out), so a run whose read is younger cannot be overtaken by a run for a later edit. Past
 * it (retries, rate-limit waits), the issue is read again before the first write, and the issue's
 * comments are listed (for the version guard) instead of assumed empty.
 */
export const FRESH_MS = 10_000;

/** The issue as this run last read it, and when. */
interface Snapshot {
  issue: IssueInfo;
  readAt: number;
}

const isFresh = (snap: Snapshot): boolean => Date.now() - snap.readAt < FRESH_MS;

/**
 * Whether the issue still has the body and title the files were made from: true without a request
 * while the read is fresh; otherwise read again (a body or title edit starts its own run, which
 * handles it: this one stops). A change of labels or state only is not a new version of the capture.
 */
async function stillCurrent(ctx: RunContext, snap: Snapshot): Promise<boolean> {
  if (isFresh(snap)) return true;
  core.info(`issue #${snap.issue.number}: the read is ${((Date.now() - snap.readAt) / 1000).toFixed(1)} s old; reading the issue again before writing`);
  const now = await readCurrentIssue(ctx, snap.issue.number);
  if (now.body !== snap.issue.body || now.title !== snap.issue.title) return false;
  snap.readAt = Date.now();
  return true;
}

/** The issue as it is now. A 404 here is about access: the event proved the issue exists. */
async function readCurrentIssue(ctx: RunContext, number: number): Promise<IssueInfo> {
  const issue = await getIssue(ctx.client, ctx.repo, number, { notFoundIsError: true });
  if (issue === null) throw new Error('unreachable: notFoundIsError');
  if (issue.isPullRequest) throw new InputError('the issues event is about a pull request; nothing to ingest');
  return issue;
}

/** Ends a run that found a newer version already written: nothing more is written. */
async function superseded(issue: IssueInfo, notes: string[], actions: string[], where: string, newer: string | undefined): Promise<void> {
  notes.push(
    newer === undefined
      ? `Stopped as superseded: the issue was edited while this run was working (this run read it as updated ${issue.updatedAt}). The run for that edit handles the newer version; this run wrote nothing more.`
      : `Stopped as superseded: ${where} already reports on the issue as updated ${newer}, newer than the version this run read (updated ${issue.updatedAt}). A newer run handled it; this run wrote nothing more.`,
  );
  core.info(`issue #${issue.number}: superseded by a newer version (${where}); stopping`);
  setOutputs({ result: 'superseded' });
  await core.summary.addRaw(intakeSummary({ issue: issue.number, result: 'superseded', notes, actions, findings: [], errorCount: 0 })).write();
}

async function accepted(ctx: RunContext, snap: Snapshot, result: IntakeResult, notes: string[]): Promise<void> {
  const { client, repo, inputs } = ctx;
  const issue = snap.issue;
  if (result.path === undefined || result.yaml === undefined || result.capture === undefined) throw new Error('ingest accepted without a file');
  const path = repoPath(ctx, result.path);
  const branch = captureBranch(ctx, issue.number);
  const base = await ctx.defaultBranch();
  const facts = captureFacts(result.capture);
  const actions: string[] = [];
  const version = issue.updatedAt;
  const noComments = issue.comments === 0;

  const view: AcceptedView = { issue: issue.number, path, branch, facts, findings: result.findings, committed: false, ...summaryLink(ctx) };
  if (result.corroboration) view.corroboration = result.corroboration;
  const proposal = await proposeFiles(client, repo, {
    branch,
    base,
    files: [{ path, content: result.yaml }],
    message: `capture: ingest issue #${issue.number}\n\nFrom the Stanza capture form of #${issue.number}; passed the sanitization scan and validation.`,
    version,
    // No comment on the issue: no run of ours got as far as commenting, so the branch is most likely
    // missing (if an interrupted run left it, creating it fails and the full path takes over).
    assumeNew: noComments,
    pullRequest: { title: intakePullRequestTitle(issue.number, facts), body: intakePullRequestBody(view), labels: inputs.labels },
    stillCurrent: () => stillCurrent(ctx, snap),
  });
  if (proposal.outcome === 'superseded') {
    return superseded(issue, notes, actions, `branch \`${branch}\``, proposal.newerVersion === 'newer' ? undefined : proposal.newerVersion);
  }

  let prCreated = false;
  if (proposal.outcome === 'nothing-to-propose') {
    view.onDefaultBranch = base;
    actions.push(`\`${path}\` on \`${base}\` already has exactly this content: nothing to propose, no branch or pull request written.`);
  } else {
    view.committed = proposal.committed;
    const how = { created: 'new branch', updated: 'branch updated', reset: `branch reset to \`${base}\`: its earlier pull request was merged or closed`, unchanged: '' }[proposal.branchAction];
    actions.push(
      proposal.committed
        ? `Committed \`${path}\` to \`${branch}\` (${how}).`
        : `\`${path}\` on \`${branch}\` already has this content: no commit.`,
    );
    const pr = proposal.pullRequest;
    if (pr === null) {
      actions.push(`\`${branch}\` has no commits beyond \`${base}\`: no pull request.`);
    } else {
      prCreated = pr.created;
      view.pullRequest = { number: pr.number, url: pr.url };
      actions.push(`Pull request #${pr.number} ${pr.created ? 'created' : pr.updated ? 'updated' : 'unchanged'}${pr.labelsAdded.length > 0 ? `, ${pr.labelsAdded.length} label(s) added` : ''}.`);
      const prComment = await upsertStickyComment(client, repo, pr.number, INTAKE_MARKER, intakePullRequestComment(view), true, {
        identity: ctx.identity,
        version,
        knownEmpty: pr.created,
      });
      if (prComment.action === 'superseded') return superseded(issue, notes, actions, `the comment on pull request #${pr.number}`, prComment.newerVersion);
      actions.push(`Pull request comment ${prComment.action}${prComment.deleted > 0 ? ` (${prComment.deleted} duplicate(s) deleted)` : ''}.`);
    }
  }
  const issueComment = await upsertStickyComment(client, repo, issue.number, INTAKE_MARKER, intakeIssueAcceptedComment(view), false, {
    identity: ctx.identity,
    version,
    knownEmpty: knownEmpty(snap),
  });
  if (issueComment.action === 'superseded') return superseded(issue, notes, actions, `the comment on issue #${issue.number}`, issueComment.newerVersion);
  actions.push(`Issue comment ${issueComment.action}${issueComment.deleted > 0 ? ` (${issueComment.deleted} duplicate(s) deleted)` : ''}.`);
  if (issue.labels.includes(inputs.needsSanitizationLabel)) {
    if (await removeLabel(client, repo, issue.number, inputs.needsSanitizationLabel)) actions.push(`Label \`${inputs.needsSanitizationLabel}\` removed.`);
  }

  const projection = result.corroboration?.projection;
  const outcome = view.committed || prCreated ? 'accepted' : 'unchanged';
  setOutputs({
    result: outcome,
    capturePath: path,
    ...(view.pullRequest ? { pullRequest: view.pullRequest } : {}),
    // coverage: the spec today; coverage-delta: what accepting the supported promotions would add.
    ...(projection ? { coverage: percent(projection.before.overall.coverage), coverageDelta: points(projection.before.overall.coverage, projection.projected.overall.coverage) } : {}),
  });
  await core.summary
    .addRaw(intakeSummary({ issue: issue.number, result: outcome, notes, actions, findings: result.findings, errorCount: 0, ...(projection ? { coverage: projection.before } : {}) }))
    .write();
}

async function refused(ctx: RunContext, snap: Snapshot, result: IntakeResult, notes: string[]): Promise<void> {
  const { client, repo, inputs } = ctx;
  const issue = snap.issue;
  const status = result.status === 'rejected' ? 'rejected' : 'invalid';
  const actions: string[] = ['Nothing was written or pushed.'];
  const view: RefusedView = { issue: issue.number, status, findings: result.findings, errors: result.errors, ...summaryLink(ctx) };
  const leak = status === 'rejected';
  if (leak) view.label = inputs.needsSanitizationLabel;
  const version = issue.updatedAt;

  const branch = captureBranch(ctx, issue.number);
  const pr = await findPullRequest(client, repo, branch, await ctx.defaultBranch());
  if (pr !== null) view.pullRequest = { number: pr.number, url: pr.url };

  // The comment first: a newer run's comment means this run is stale, and then no label is touched.
  const comment = await upsertStickyComment(client, repo, issue.number, INTAKE_MARKER, intakeIssueRefusedComment(view), false, {
    identity: ctx.identity,
    version,
    knownEmpty: knownEmpty(snap),
  });
  if (comment.action === 'superseded') return superseded(issue, notes, actions, `the comment on issue #${issue.number}`, comment.newerVersion);
  actions.push(`Issue comment ${comment.action}.`);
  const hasLabel = issue.labels.includes(inputs.needsSanitizationLabel);
  if (leak && !hasLabel) {
    await addLabels(client, repo, issue.number, [inputs.needsSanitizationLabel]);
    actions.push(`Label \`${inputs.needsSanitizationLabel}\` added.`);
  } else if (!leak && hasLabel) {
    // No leak any more: the label would be stale.
    if (await removeLabel(client, repo, issue.number, inputs.needsSanitizationLabel)) actions.push(`Label \`${inputs.needsSanitizationLabel}\` removed.`);
  }
  if (pr !== null) {
    const note = await upsertStickyComment(client, repo, pr.number, INTAKE_MARKER, intakePullRequestHeldComment(view), true, { identity: ctx.identity, version });
    actions.push(`Pull request #${pr.number} left untouched; note ${note.action}.`);
  }
  setOutputs({ result: status, ...(view.pullRequest ? { pullRequest: view.pullRequest } : {}) });
  core.warning(`issue #${issue.number} was ${status}: ${result.findings.length} finding(s), ${result.errors.length} error(s); see the issue comment`);
  await core.summary
    .addRaw(intakeSummary({ issue: issue.number, result: status, notes, actions, findings: result.findings, errorCount: result.errors.length }))
    .write();
}

/** Whether a sticky comment may be created without listing: no comment at the last read, and the read is fresh. */
function knownEmpty(snap: Snapshot): boolean {
  if (snap.issue.comments !== 0) return false;
  if (isFresh(snap)) return true;
  core.info(`issue #${snap.issue.number}: the read is ${((Date.now() - snap.readAt) / 1000).toFixed(1)} s old; listing the comments before writing one`);
  return false;
}

function summaryLink(ctx: RunContext): { summaryUrl?: string } {
  return ctx.runUrl !== undefined ? { summaryUrl: ctx.runUrl } : {};
}

/** The vocabulary values of the accepted capture that titles and comments show (all validated). */
function captureFacts(capture: Capture): CaptureFacts {
  return { technique: capture.source.technique, direction: capture.direction, confidence: capture.confidence, stanzaTag: capture.stanza_tag };
}
