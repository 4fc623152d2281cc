// issues opened/edited → ingest → (accepted) branch + commit + pull request + comments,
// (rejected/invalid) nothing written, one comment on the issue (and a note on an existing PR).
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { percent, points } from '../coverage/coverage.ts';
import { addLabels, commitFiles, ensurePullRequest, findPullRequest, removeLabel, upsertStickyComment } from '../github/index.ts';
import type { FileChange, IssueInfo } from '../github/types.ts';
import type { FormKind } from '../form/kind.ts';
import { flavorIssueAcceptedComment, flavorPullRequestBody, flavorPullRequestComment, flavorPullRequestTitle, type FlavorAcceptedView } from '../report/flavor.ts';
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
import { INTAKE_MARKER, type AcceptedView, type CaptureFacts, type PullRequestRef, type RefusedView } from '../report/types.ts';
import type { Capture } from '../spec/types.ts';
import { readRepoFiles } from '../spec/read-files.ts';
import { repoPath, setOutputs, type RunContext } from './context.ts';
import { InputError } from './inputs.ts';

/** Reads an issue-form template of the checkout (`path` relative to the spec root; default: the capture form). */
export async function readTemplate(ctx: RunContext, path: string = ctx.inputs.template): Promise<string> {
  try {
    return await readFile(join(ctx.rootDir, path), 'utf8');
  } catch {
    const input = path === ctx.inputs.template ? 'template' : 'flavor-template';
    throw new InputError(`the issue-form template ${path} was not found in the checkout: run actions/checkout first, or set the ${input} input`);
  }
}

/** The form an issue was filed with, from its labels (the action's label → form inputs). */
export type IssueForm = { kind: FormKind; template: string; label: string };

export function formOfIssue(ctx: Pick<RunContext, 'inputs'>, labels: string[]): IssueForm | { skip: string } {
  const { inputs } = ctx;
  const forms: IssueForm[] = [
    { kind: 'capture', template: inputs.template, label: inputs.captureLabel },
    { kind: 'flavor', template: inputs.flavorTemplate, label: inputs.flavorLabel },
  ];
  const matching = forms.filter((f) => labels.includes(f.label));
  const [form, other] = matching;
  if (form === undefined) return { skip: `it carries none of the intake labels (${forms.map((f) => `\`${f.label}\``).join(', ')})` };
  if (other !== undefined) return { skip: `it carries the labels of two forms (\`${form.label}\`, \`${other.label}\`): remove the wrong one` };
  return form;
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
    `issue #${issue.number}: body ${issue.body?.length ?? 0} chars, title ${issue.title.length} chars → ${result.kind ?? 'unknown form'} ${result.status} ` +
      `(${result.findings.length} finding(s), ${result.errors.length} error(s))`,
  );
  return result;
}

/** The fixed branch of an issue: the prefix of its form and the number only, never user text. */
export function captureBranch(ctx: RunContext, issue: number, kind: FormKind = 'capture'): string {
  return `${kind === 'flavor' ? ctx.inputs.flavorBranchPrefix : ctx.inputs.branchPrefix}issue-${issue}`;
}

export async function runIntake(ctx: RunContext, issue: IssueInfo): Promise<void> {
  const form = formOfIssue(ctx, issue.labels);
  if ('skip' in form) {
    core.info(`issue #${issue.number}: nothing to do, ${form.skip}`);
    await core.summary.addRaw(`## wacrg intake: issue #${issue.number} skipped\n\nNothing to do: ${form.skip}.\n`).write();
    return;
  }
  if (issue.isPullRequest) throw new InputError('the issues event is about a pull request; nothing to ingest');
  const result = await ingestIssue(ctx, issue, await readTemplate(ctx, form.template));
  const kind = result.kind ?? form.kind;
  if (result.status === 'accepted') await (kind === 'flavor' ? acceptedFlavor(ctx, issue, result) : accepted(ctx, issue, result));
  else await refused(ctx, issue, result, kind);
}

/** What a proposal needs besides the files: the texts of its pull request and comments. */
interface Proposal {
  kind: FormKind;
  files: FileChange[];
  message: string;
  title: string;
  labels: string[];
  /** The pull-request body, given the pull request (absent before it exists). */
  body: (pr?: PullRequestRef) => string;
  prComment: (pr: PullRequestRef) => string;
  issueComment: (pr?: PullRequestRef) => string;
}

interface Proposed {
  committed: boolean;
  prCreated: boolean;
  pullRequest?: PullRequestRef;
  actions: string[];
}

/**
 * The one flow for every accepted submission: commit the files to the issue's fixed branch, open or
 * update its pull request, the sticky comment on the pull request and on the issue, and the leak
 * label removed. Idempotent: a re-run with the same files commits nothing and leaves every text as it is.
 */
async function propose(ctx: RunContext, issue: IssueInfo, p: Proposal): Promise<Proposed> {
  const { client, repo, inputs } = ctx;
  const branch = captureBranch(ctx, issue.number, p.kind);
  const base = await ctx.defaultBranch();
  const actions: string[] = [];
  const paths = p.files.map((f) => `\`${f.path}\``).join(', ');
  const commit = await commitFiles(client, repo, { branch, baseBranch: base, files: p.files, message: p.message });
  actions.push(
    commit.committed
      ? `Committed ${paths} to \`${branch}\` (${commit.createdBranch ? 'new branch' : 'branch updated'}).`
      : commit.branchExists
        ? `${paths} on \`${branch}\` already ${p.files.length === 1 ? 'has' : 'have'} this content: no commit.`
        : `${paths} on \`${base}\` already ${p.files.length === 1 ? 'has' : 'have'} this content: nothing to propose.`,
  );
  const out: Proposed = { committed: commit.committed, prCreated: false, actions };
  if (commit.branchExists) {
    const pr = await ensurePullRequest(client, repo, { branch, base, title: p.title, body: p.body(), labels: p.labels });
    if (pr === null) {
      actions.push(`\`${branch}\` has no commits beyond \`${base}\` (already merged): no pull request.`);
    } else {
      out.prCreated = pr.created;
      out.pullRequest = { number: pr.number, url: pr.url };
      actions.push(`Pull request #${pr.number} ${pr.created ? 'created' : pr.updated ? 'updated' : 'unchanged'}${pr.labelsAdded.length > 0 ? `, ${pr.labelsAdded.length} label(s) added` : ''}.`);
      const prComment = await upsertStickyComment(client, repo, pr.number, INTAKE_MARKER, p.prComment(out.pullRequest), true);
      actions.push(`Pull request comment ${prComment.action}${prComment.deleted > 0 ? ` (${prComment.deleted} duplicate(s) deleted)` : ''}.`);
    }
  }
  const issueComment = await upsertStickyComment(client, repo, issue.number, INTAKE_MARKER, p.issueComment(out.pullRequest), false);
  actions.push(`Issue comment ${issueComment.action}${issueComment.deleted > 0 ? ` (${issueComment.deleted} duplicate(s) deleted)` : ''}.`);
  if (issue.labels.includes(inputs.needsSanitizationLabel)) {
    if (await removeLabel(client, repo, issue.number, inputs.needsSanitizationLabel)) actions.push(`Label \`${inputs.needsSanitizationLabel}\` removed.`);
  }
  return out;
}

async function accepted(ctx: RunContext, issue: IssueInfo, result: IntakeResult): Promise<void> {
  const { inputs } = ctx;
  if (result.path === undefined || result.yaml === undefined || result.capture === undefined) throw new Error('ingest accepted without a file');
  const path = repoPath(ctx, result.path);
  const branch = captureBranch(ctx, issue.number);
  const facts = captureFacts(result.capture);
  const view: AcceptedView = { issue: issue.number, path, branch, facts, findings: result.findings, committed: false };
  if (result.corroboration) view.corroboration = result.corroboration;
  const withPr = (pr?: PullRequestRef): AcceptedView => (pr ? { ...view, pullRequest: pr } : view);
  const done = await propose(ctx, issue, {
    kind: 'capture',
    files: [{ path, content: result.yaml }],
    message: `capture: ingest issue #${issue.number}\n\nFrom the Stanza capture form of #${issue.number}; passed the sanitization scan and validation.`,
    title: intakePullRequestTitle(issue.number, facts),
    labels: inputs.labels,
    body: () => intakePullRequestBody(view),
    prComment: (pr) => intakePullRequestComment(withPr(pr)),
    issueComment: (pr) => intakeIssueAcceptedComment(withPr(pr)),
  });
  const projection = result.corroboration?.projection;
  const outcome = done.committed || done.prCreated ? 'accepted' : 'unchanged';
  setOutputs({
    result: outcome,
    capturePath: path,
    ...(done.pullRequest ? { pullRequest: done.pullRequest } : {}),
    // coverage: the spec today; coverage-delta: what accepting the supported promotions would add.
    ...(projection ? { coverage: percent(projection.before.overall.coverage), coverageDelta: points(projection.before.overall.coverage, projection.projected.overall.coverage) } : {}),
  });
  await core.summary
    .addRaw(intakeSummary({ issue: issue.number, result: outcome, actions: done.actions, findings: result.findings, errorCount: 0, ...(projection ? { coverage: projection.before } : {}) }))
    .write();
}

async function acceptedFlavor(ctx: RunContext, issue: IssueInfo, result: IntakeResult): Promise<void> {
  const files = (result.files ?? []).map((f) => ({ path: repoPath(ctx, f.path), content: f.yaml }));
  const flavorId = result.flavor?.id;
  const maintainer = result.flavor?.maintainer;
  if (files.length === 0 || flavorId === undefined || maintainer === undefined) throw new Error('ingest accepted a registration without a flavor file');
  const view: FlavorAcceptedView = {
    issue: issue.number,
    flavorId,
    maintainer,
    branch: captureBranch(ctx, issue.number, 'flavor'),
    paths: files.map((f) => f.path),
    contributorAdded: result.contributorAdded === true,
    update: result.flavorUpdate === true,
    findings: result.findings,
  };
  const withPr = (pr?: PullRequestRef): FlavorAcceptedView => (pr ? { ...view, pullRequest: pr } : view);
  const done = await propose(ctx, issue, {
    kind: 'flavor',
    files,
    message: `flavor: ${view.update ? 'update' : 'register'} ${flavorId} from issue #${issue.number}\n\nFrom the Flavor registration form of #${issue.number}; passed the sanitization scan and validation.`,
    title: flavorPullRequestTitle(view),
    labels: [ctx.inputs.flavorLabel],
    body: () => flavorPullRequestBody(view),
    prComment: (pr) => flavorPullRequestComment(withPr(pr)),
    issueComment: (pr) => flavorIssueAcceptedComment(withPr(pr)),
  });
  const outcome = done.committed || done.prCreated ? 'accepted' : 'unchanged';
  setOutputs({ result: outcome, capturePath: view.paths[0] ?? '', ...(done.pullRequest ? { pullRequest: done.pullRequest } : {}) });
  await core.summary.addRaw(intakeSummary({ issue: issue.number, result: outcome, actions: done.actions, findings: result.findings, errorCount: 0 })).write();
}

async function refused(ctx: RunContext, issue: IssueInfo, result: IntakeResult, kind: FormKind = 'capture'): Promise<void> {
  const { client, repo, inputs } = ctx;
  const status = result.status === 'rejected' ? 'rejected' : 'invalid';
  const actions: string[] = ['Nothing was written or pushed.'];
  const view: RefusedView = { issue: issue.number, kind, status, findings: result.findings, errors: result.errors };
  const leak = status === 'rejected';
  if (leak) view.label = inputs.needsSanitizationLabel;

  const branch = captureBranch(ctx, issue.number, kind);
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
