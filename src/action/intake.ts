// issues opened/edited → ingest → (accepted) branch + commit + pull request + comments,
// (rejected/invalid) nothing written, one comment on the issue (and a note on an existing PR).
import * as core from '@actions/core';
import { percent, points } from '../coverage/coverage.ts';
import { addLabels, commitFiles, ensurePullRequest, findPullRequest, removeLabel, upsertStickyComment } from '../github/index.ts';
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
import { openRoot, readTextInside, RootLinkError } from '../fs/root.ts';
import { repoPath, setOutputs, type RunContext } from './context.ts';
import { InputError } from './inputs.ts';

export async function readTemplate(ctx: RunContext): Promise<string> {
  let text: string | undefined;
  try {
    // Through the root's link checks: a template linked out of the checkout is refused.
    text = readTextInside(openRoot(ctx.rootDir), ctx.inputs.template);
  } catch (error) {
    if (error instanceof RootLinkError) throw new InputError(`the issue-form template: ${error.message}`);
    text = undefined;
  }
  if (text === undefined) {
    throw new InputError(`the issue-form template ${ctx.inputs.template} was not found in the checkout: run actions/checkout first, or set the template input`);
  }
  return text;
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

export async function runIntake(ctx: RunContext, issue: IssueInfo): Promise<void> {
  if (!issue.labels.includes(ctx.inputs.captureLabel)) {
    core.info(`issue #${issue.number} does not carry the capture label; nothing to do`);
    await core.summary.addRaw(`## wacrg intake: issue #${issue.number} skipped\n\nThe issue does not carry the capture label.\n`).write();
    return;
  }
  if (issue.isPullRequest) throw new InputError('the issues event is about a pull request; nothing to ingest');
  const result = await ingestIssue(ctx, issue);
  if (result.status === 'accepted') await accepted(ctx, issue, result);
  else await refused(ctx, issue, result);
}

async function accepted(ctx: RunContext, issue: IssueInfo, result: IntakeResult): Promise<void> {
  const { client, repo, inputs } = ctx;
  if (result.path === undefined || result.yaml === undefined || result.capture === undefined) throw new Error('ingest accepted without a file');
  const path = repoPath(ctx, result.path);
  const branch = captureBranch(ctx, issue.number);
  const base = await ctx.defaultBranch();
  const facts = captureFacts(result.capture);
  const actions: string[] = [];

  const commit = await commitFiles(client, repo, {
    branch,
    baseBranch: base,
    files: [{ path, content: result.yaml }],
    message: `capture: ingest issue #${issue.number}\n\nFrom the Stanza capture form of #${issue.number}; passed the sanitization scan and validation.`,
  });
  actions.push(
    commit.committed
      ? `Committed \`${path}\` to \`${branch}\` (${commit.createdBranch ? 'new branch' : 'branch updated'}).`
      : commit.branchExists
        ? `\`${path}\` on \`${branch}\` already has this content: no commit.`
        : `\`${path}\` on \`${base}\` already has this content: nothing to propose.`,
  );

  const view: AcceptedView = { issue: issue.number, path, branch, facts, findings: result.findings, committed: commit.committed };
  if (result.corroboration) view.corroboration = result.corroboration;
  const projection = result.corroboration?.projection;
  let prCreated = false;
  if (commit.branchExists) {
    const pr = await ensurePullRequest(client, repo, {
      branch,
      base,
      title: intakePullRequestTitle(issue.number, facts),
      body: intakePullRequestBody(view),
      labels: inputs.labels,
    });
    if (pr === null) {
      actions.push(`\`${branch}\` has no commits beyond \`${base}\` (already merged): no pull request.`);
    } else {
      prCreated = pr.created;
      view.pullRequest = { number: pr.number, url: pr.url };
      actions.push(`Pull request #${pr.number} ${pr.created ? 'created' : pr.updated ? 'updated' : 'unchanged'}${pr.labelsAdded.length > 0 ? `, ${pr.labelsAdded.length} label(s) added` : ''}.`);
      const prComment = await upsertStickyComment(client, repo, pr.number, INTAKE_MARKER, intakePullRequestComment(view), true);
      actions.push(`Pull request comment ${prComment.action}${prComment.deleted > 0 ? ` (${prComment.deleted} duplicate(s) deleted)` : ''}.`);
    }
  }
  const issueComment = await upsertStickyComment(client, repo, issue.number, INTAKE_MARKER, intakeIssueAcceptedComment(view), false);
  actions.push(`Issue comment ${issueComment.action}${issueComment.deleted > 0 ? ` (${issueComment.deleted} duplicate(s) deleted)` : ''}.`);
  if (issue.labels.includes(inputs.needsSanitizationLabel)) {
    if (await removeLabel(client, repo, issue.number, inputs.needsSanitizationLabel)) actions.push(`Label \`${inputs.needsSanitizationLabel}\` removed.`);
  }

  const outcome = commit.committed || prCreated ? 'accepted' : 'unchanged';
  setOutputs({
    result: outcome,
    capturePath: path,
    ...(view.pullRequest ? { pullRequest: view.pullRequest } : {}),
    // coverage: the spec today; coverage-delta: what accepting the supported promotions would add.
    ...(projection ? { coverage: percent(projection.before.overall.coverage), coverageDelta: points(projection.before.overall.coverage, projection.projected.overall.coverage) } : {}),
  });
  await core.summary
    .addRaw(intakeSummary({ issue: issue.number, result: outcome, actions, findings: result.findings, errorCount: 0, ...(projection ? { coverage: projection.before } : {}) }))
    .write();
}

async function refused(ctx: RunContext, issue: IssueInfo, result: IntakeResult): Promise<void> {
  const { client, repo, inputs } = ctx;
  const status = result.status === 'rejected' ? 'rejected' : 'invalid';
  const actions: string[] = ['Nothing was written or pushed.'];
  const view: RefusedView = { issue: issue.number, status, findings: result.findings, errors: result.errors };
  const leak = status === 'rejected';
  if (leak) view.label = inputs.needsSanitizationLabel;

  const branch = captureBranch(ctx, issue.number);
  const pr = await findPullRequest(client, repo, branch, await ctx.defaultBranch());
  if (pr !== null) view.pullRequest = { number: pr.number, url: pr.url };

  const comment = await upsertStickyComment(client, repo, issue.number, INTAKE_MARKER, intakeIssueRefusedComment(view), false);
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
    const note = await upsertStickyComment(client, repo, pr.number, INTAKE_MARKER, intakePullRequestHeldComment(view), true);
    actions.push(`Pull request #${pr.number} left untouched; note ${note.action}.`);
  }
  setOutputs({ result: status, ...(view.pullRequest ? { pullRequest: view.pullRequest } : {}) });
  core.warning(`issue #${issue.number} was ${status}: ${result.findings.length} finding(s), ${result.errors.length} error(s); see the issue comment`);
  await core.summary
    .addRaw(intakeSummary({ issue: issue.number, result: status, actions, findings: result.findings, errorCount: result.errors.length }))
    .write();
}

/** The vocabulary values of the accepted capture that titles and comments show (all validated). */
function captureFacts(capture: Capture): CaptureFacts {
  return { technique: capture.source.technique, direction: capture.direction, confidence: capture.confidence, stanzaTag: capture.stanza_tag };
}
