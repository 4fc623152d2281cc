// issues opened/edited → the issue as it is now → ingest → (accepted) branch + commit + pull request +
// comments, (rejected/invalid) nothing written, one comment on the issue (and a note on an existing PR).
import * as core from '@actions/core';
import { percent, points } from '../coverage/coverage.ts';
import { addLabels, findPullRequest, getIssue, proposeFiles, removeLabel, upsertStickyComment } from '../github/index.ts';
import type { FileChange, IssueInfo } from '../github/types.ts';
import type { FormKind } from '../form/kind.ts';
import { flavorIssueAcceptedComment, flavorPullRequestBody, flavorPullRequestComment, flavorPullRequestTitle, type FlavorAcceptedView } from '../report/flavor.ts';
import { captureId } from '../capture/build.ts';
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
import { listCaptureNames, readRepoListingCaptures } from '../spec/read-files.ts';
import { openRoot, readTextInside, RootLinkError } from '../fs/root.ts';
import { repoPath, setOutputs, type RunContext } from './context.ts';
import { InputError } from './inputs.ts';
import { appendSummary } from './summary.ts';

/** Reads an issue-form template of the checkout (`path` relative to the spec root; default: the capture form). */
export async function readTemplate(ctx: RunContext, path: string = ctx.inputs.template): Promise<string> {
  const input = path === ctx.inputs.template ? 'template' : 'flavor-template';
  let text: string | undefined;
  try {
    // Through the root's link checks: a template linked out of the checkout is refused.
    text = readTextInside(openRoot(ctx.rootDir), path);
  } catch (error) {
    if (error instanceof RootLinkError) throw new InputError(`the issue-form template (the ${input} input): ${error.message}`);
    text = undefined;
  }
  if (text === undefined) {
    throw new InputError(`the issue-form template ${path} was not found in the checkout: run actions/checkout first, or set the ${input} input`);
  }
  return text;
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

/**
 * Ingests one issue with the checkout's template and spec. Reads the spec and the schema files, and
 * lists the captures without reading them (only a capture with this issue's id is read): the cost
 * does not grow with the corpus but for that listing, which `listing` (listCaptureNames of the
 * checkout, started earlier) can supply. Logs sizes and counts only.
 */
export async function ingestIssue(ctx: RunContext, issue: IssueInfo, templateText?: string, listing?: Promise<string[]>): Promise<IntakeResult> {
  const template = templateText ?? (await readTemplate(ctx));
  const id = captureId(issue.number);
  let linkError: RootLinkError | undefined;
  let listed: Awaited<ReturnType<typeof readRepoListingCaptures>>;
  try {
    listed = await readRepoListingCaptures(ctx.rootDir, [id], listing);
  } catch (error) {
    // This issue's own capture file is a link out of the checkout (or dangling): it is not read. The
    // scan needs the issue alone, so a leak is still refused (comment and label, nothing written
    // anywhere); any other outcome stops with the link error below.
    if (!(error instanceof RootLinkError) || ![`corpus/captures/${id}.yaml`, `corpus/captures/${id}.yml`].includes(error.link)) throw error;
    linkError = error;
    listed = await readRepoListingCaptures(ctx.rootDir, [], listing);
  }
  const { files, captureNames } = listed;
  const result = ingest({
    body: issue.body,
    title: issue.title,
    issue: issue.number,
    author: issue.author,
    templateText: template,
    repoFiles: files,
    captureNames,
  });
  core.info(
    `issue #${issue.number}: body ${issue.body?.length ?? 0} chars, title ${issue.title.length} chars → ${result.kind ?? 'unknown form'} ${result.status} ` +
      `(${result.findings.length} finding(s), ${result.errors.length} error(s))`,
  );
  if (linkError !== undefined) {
    if (result.status !== 'rejected') throw linkError;
    core.warning(linkError.message);
  }
  return result;
}

/** The fixed branch of an issue: the prefix of its form and the number only, never user text. */
export function captureBranch(ctx: RunContext, issue: number, kind: FormKind = 'capture'): string {
  return `${kind === 'flavor' ? ctx.inputs.flavorBranchPrefix : ctx.inputs.branchPrefix}issue-${issue}`;
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
  const eventForm = formOfIssue(ctx, event.labels);
  if ('skip' in eventForm) {
    core.info(`issue #${event.number}: nothing to do, ${eventForm.skip}`);
    appendSummary(`## wacrg intake: issue #${event.number} skipped\n\nNothing to do: ${eventForm.skip}.\n`);
    return;
  }
  if (event.isPullRequest) throw new InputError('the issues event is about a pull request; nothing to ingest');
  // The captures folder is listed on the thread pool while the issue is read (10,000 names: ≈8 ms
  // that would otherwise follow the read); ingestIssue joins it and raises its error, if any. The
  // handler only keeps a run that stops before then from an unhandled rejection.
  const listing = listCaptureNames(ctx.rootDir);
  listing.catch(() => undefined);
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
  const form = formOfIssue(ctx, issue.labels);
  if ('skip' in form || form.kind !== eventForm.kind) {
    core.info(`issue #${issue.number} no longer carries the label of its form; nothing to do`);
    appendSummary(intakeSummary({ issue: issue.number, result: 'skipped', notes, actions: ['The issue as it is now no longer carries the label of its form: nothing was written.'], findings: [], errorCount: 0 }));
    return;
  }
  const result = await ingestIssue(ctx, issue, await readTemplate(ctx, form.template), listing);
  const kind = result.kind ?? form.kind;
  if (result.status === 'accepted') await (kind === 'flavor' ? acceptedFlavor(ctx, snap, result, notes) : accepted(ctx, snap, result, notes));
  else await refused(ctx, snap, result, notes, kind);
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
  appendSummary(intakeSummary({ issue: issue.number, result: 'superseded', notes, actions, findings: [], errorCount: 0 }));
}

/** What the one accepted-submission flow needs of a form: its files and the texts of its pull request and comments. */
interface Proposal {
  kind: FormKind;
  files: FileChange[];
  message: string;
  title: string;
  labels: string[];
  body: string;
  /** The comments, given what the run found and did (read when they are written). */
  prComment: (state: ProposalState) => string;
  issueComment: (state: ProposalState) => string;
}

interface ProposalState {
  committed: boolean;
  pullRequest?: PullRequestRef;
  /** The default branch already holds exactly these files. */
  onDefaultBranch?: string;
}

/**
 * The one flow for every accepted submission (capture or flavor registration): the files on the
 * issue's fixed branch (one commit, version trailer), its pull request, the sticky comment on the
 * pull request and on the issue, the leak label removed; superseded when a newer run wrote a newer
 * version. Returns null when superseded (the summary is written), else what was done.
 */
async function proposeAccepted(ctx: RunContext, snap: Snapshot, notes: string[], p: Proposal): Promise<{ state: ProposalState; prCreated: boolean; actions: string[] } | null> {
  const { client, repo, inputs } = ctx;
  const issue = snap.issue;
  const branch = captureBranch(ctx, issue.number, p.kind);
  const base = await ctx.defaultBranch();
  const actions: string[] = [];
  const version = issue.updatedAt;
  const noComments = issue.comments === 0;
  const paths = p.files.map((f) => `\`${f.path}\``).join(', ');
  const state: ProposalState = { committed: false };

  const proposal = await proposeFiles(client, repo, {
    branch,
    base,
    files: p.files,
    message: p.message,
    version,
    // No comment on the issue: no run of ours got as far as commenting, so the branch is most likely
    // missing (if an interrupted run left it, creating it fails and the full path takes over).
    assumeNew: noComments,
    pullRequest: { title: p.title, body: p.body, labels: p.labels },
    stillCurrent: () => stillCurrent(ctx, snap),
  });
  if (proposal.outcome === 'superseded') {
    await superseded(issue, notes, actions, `branch \`${branch}\``, proposal.newerVersion === 'newer' ? undefined : proposal.newerVersion);
    return null;
  }

  let prCreated = false;
  if (proposal.outcome === 'nothing-to-propose') {
    state.onDefaultBranch = base;
    actions.push(
      p.files.length === 1
        ? `${paths} on \`${base}\` already has exactly this content: nothing to propose, no branch or pull request written.`
        : `${paths} on \`${base}\` already have exactly this content: nothing to propose, no branch or pull request written.`,
    );
  } else {
    state.committed = proposal.committed;
    const how = { created: 'new branch', updated: 'branch updated', reset: `branch reset to \`${base}\`: its earlier pull request was merged or closed`, unchanged: '' }[proposal.branchAction];
    actions.push(proposal.committed ? `Committed ${paths} to \`${branch}\` (${how}).` : `${paths} on \`${branch}\` already ${p.files.length === 1 ? 'has' : 'have'} this content: no commit.`);
    const pr = proposal.pullRequest;
    if (pr === null) {
      actions.push(`\`${branch}\` has no commits beyond \`${base}\`: no pull request.`);
    } else {
      prCreated = pr.created;
      state.pullRequest = { number: pr.number, url: pr.url };
      actions.push(`Pull request #${pr.number} ${pr.created ? 'created' : pr.updated ? 'updated' : 'unchanged'}${pr.labelsAdded.length > 0 ? `, ${pr.labelsAdded.length} label(s) added` : ''}.`);
      const prComment = await upsertStickyComment(client, repo, pr.number, INTAKE_MARKER, p.prComment(state), true, {
        identity: ctx.identity,
        version,
        knownEmpty: pr.created,
      });
      if (prComment.action === 'superseded') {
        await superseded(issue, notes, actions, `the comment on pull request #${pr.number}`, prComment.newerVersion);
        return null;
      }
      actions.push(`Pull request comment ${prComment.action}${prComment.deleted > 0 ? ` (${prComment.deleted} duplicate(s) deleted)` : ''}.`);
    }
  }
  const issueComment = await upsertStickyComment(client, repo, issue.number, INTAKE_MARKER, p.issueComment(state), false, {
    identity: ctx.identity,
    version,
    knownEmpty: knownEmpty(snap),
  });
  if (issueComment.action === 'superseded') {
    await superseded(issue, notes, actions, `the comment on issue #${issue.number}`, issueComment.newerVersion);
    return null;
  }
  actions.push(`Issue comment ${issueComment.action}${issueComment.deleted > 0 ? ` (${issueComment.deleted} duplicate(s) deleted)` : ''}.`);
  if (issue.labels.includes(inputs.needsSanitizationLabel)) {
    if (await removeLabel(client, repo, issue.number, inputs.needsSanitizationLabel)) actions.push(`Label \`${inputs.needsSanitizationLabel}\` removed.`);
  }
  return { state, prCreated, actions };
}

async function accepted(ctx: RunContext, snap: Snapshot, result: IntakeResult, notes: string[]): Promise<void> {
  const issue = snap.issue;
  if (result.path === undefined || result.yaml === undefined || result.capture === undefined) throw new Error('ingest accepted without a file');
  const path = repoPath(ctx, result.path);
  const branch = captureBranch(ctx, issue.number);
  const facts = captureFacts(result.capture);
  const view: AcceptedView = { issue: issue.number, path, branch, facts, findings: result.findings, committed: false, ...summaryLink(ctx) };
  if (result.corroboration) view.corroboration = result.corroboration;
  const withState = (state: ProposalState): AcceptedView => ({ ...view, ...state });
  const done = await proposeAccepted(ctx, snap, notes, {
    kind: 'capture',
    files: [{ path, content: result.yaml }],
    message: `capture: ingest issue #${issue.number}\n\nFrom the Stanza capture form of #${issue.number}; passed the sanitization scan and validation.`,
    title: intakePullRequestTitle(issue.number, facts),
    labels: ctx.inputs.labels,
    body: intakePullRequestBody(view),
    prComment: (state) => intakePullRequestComment(withState(state)),
    issueComment: (state) => intakeIssueAcceptedComment(withState(state)),
  });
  if (done === null) return;
  const projection = result.corroboration?.projection;
  const outcome = done.state.committed || done.prCreated ? 'accepted' : 'unchanged';
  setOutputs({
    result: outcome,
    capturePath: path,
    ...(done.state.pullRequest ? { pullRequest: done.state.pullRequest } : {}),
    // coverage: the spec today; coverage-delta: what accepting the supported promotions would add.
    ...(projection ? { coverage: percent(projection.before.overall.coverage), coverageDelta: points(projection.before.overall.coverage, projection.projected.overall.coverage) } : {}),
  });
  appendSummary(intakeSummary({ issue: issue.number, result: outcome, notes, actions: done.actions, findings: result.findings, errorCount: 0, ...(projection ? { coverage: projection.before } : {}) }));
}

/** An accepted Flavor registration: the flavor file (and the maintainer's contributor record) through the same flow. */
async function acceptedFlavor(ctx: RunContext, snap: Snapshot, result: IntakeResult, notes: string[]): Promise<void> {
  const issue = snap.issue;
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
  const withState = (state: ProposalState): FlavorAcceptedView => (state.pullRequest ? { ...view, pullRequest: state.pullRequest } : view);
  const done = await proposeAccepted(ctx, snap, notes, {
    kind: 'flavor',
    files,
    message: `flavor: ${view.update ? 'update' : 'register'} ${flavorId} from issue #${issue.number}\n\nFrom the Flavor registration form of #${issue.number}; passed the sanitization scan and validation.`,
    title: flavorPullRequestTitle(view),
    labels: [ctx.inputs.flavorLabel],
    body: flavorPullRequestBody(view),
    prComment: (state) => flavorPullRequestComment(withState(state)),
    issueComment: (state) => flavorIssueAcceptedComment(withState(state)),
  });
  if (done === null) return;
  const outcome = done.state.committed || done.prCreated ? 'accepted' : 'unchanged';
  setOutputs({ result: outcome, capturePath: view.paths[0] ?? '', ...(done.state.pullRequest ? { pullRequest: done.state.pullRequest } : {}) });
  appendSummary(intakeSummary({ issue: issue.number, result: outcome, notes, actions: done.actions, findings: result.findings, errorCount: 0 }));
}

async function refused(ctx: RunContext, snap: Snapshot, result: IntakeResult, notes: string[], kind: FormKind = 'capture'): Promise<void> {
  const { client, repo, inputs } = ctx;
  const issue = snap.issue;
  const status = result.status === 'rejected' ? 'rejected' : 'invalid';
  const actions: string[] = ['Nothing was written or pushed.'];
  const view: RefusedView = { issue: issue.number, kind, status, findings: result.findings, errors: result.errors, ...summaryLink(ctx) };
  const leak = status === 'rejected';
  if (leak) view.label = inputs.needsSanitizationLabel;
  const version = issue.updatedAt;

  const branch = captureBranch(ctx, issue.number, kind);
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
  appendSummary(intakeSummary({ issue: issue.number, result: status, notes, actions, findings: result.findings, errorCount: result.errors.length }));
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
