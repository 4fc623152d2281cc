// Plain data the report renderers take. Everything here is either a vocabulary value, a number, a
import type { CorroborationResult } from '../corroborate/types.ts';
import type { AffectedFlavor } from '../flavors/affected.ts';
// path the action built itself, or text that the renderers escape.
import type { CoverageReport } from '../coverage/coverage.ts';
import type { IntakeError } from '../intake/types.ts';
import type { Finding } from '../sanitize/types.ts';
import type { Problem } from '../spec/types.ts';

export const INTAKE_MARKER = '<!-- wacrg:intake:v1 -->';
export const REVIEW_MARKER = '<!-- wacrg:review:v1 -->';

/** What a maintainer may see of an accepted submission: vocabulary values only (and the tag). */
export interface CaptureFacts {
  technique?: string;
  direction?: string;
  confidence?: string;
  stanzaTag?: string;
}

export interface PullRequestRef {
  number: number;
  url: string;
}

export interface AcceptedView {
  issue: number;
  path: string;
  branch: string;
  facts: CaptureFacts;
  /** Warnings of the scan (blocking findings never reach an accepted capture). */
  findings: Finding[];
  /** A new commit was made by this run (false: the branch already had exactly this file). Not shown in
   * comments, so that a re-run leaves them unchanged. */
  committed: boolean;
  /** What the capture corroborates and the coverage it would move (absent for a binary body). */
  corroboration?: CorroborationResult;
  pullRequest?: PullRequestRef;
  /** The default branch already holds exactly this file: nothing was proposed (its name). */
  onDefaultBranch?: string;
  /** Link to the workflow run, whose job summary lists every finding. */
  summaryUrl?: string;
}

export interface RefusedView {
  issue: number;
  /** The form of the issue (headings say "Capture" or "Flavor registration"); capture when absent. */
  kind?: 'capture' | 'flavor';
  status: 'rejected' | 'invalid';
  findings: Finding[];
  errors: IntakeError[];
  /** Label added to the issue for a leak. */
  label?: string;
  /** An open pull request from an earlier clean version, left untouched. */
  pullRequest?: PullRequestRef;
  /** Link to the workflow run, whose job summary lists every finding. */
  summaryUrl?: string;
}

export interface ReviewView {
  pullNumber: number;
  headSha: string;
  problems: Problem[];
  /** Changed spec/ and corpus/ files of the pull request. */
  changedFiles: string[];
  base: CoverageReport;
  head: CoverageReport;
  /** Facts whose confidence changed base → head, and promotions the evidence does not support (Markdown). */
  promotions?: string;
  /** Flavors implementing the changed spec parts (absent when no spec part changed). */
  affected?: AffectedFlavor[];
}

export type IssueOutcome = 'accepted' | 'unchanged' | 'rejected' | 'invalid' | 'skipped';

export interface ReingestEntry {
  issue: number;
  outcome: IssueOutcome;
  /** Why an issue was skipped (our own words, never issue text). */
  reason?: string;
  findings: number;
  errors: number;
  path?: string;
}

export interface ReingestView {
  entries: ReingestEntry[];
  dryRun: boolean;
  branch: string;
  committed: boolean;
  pullRequest?: PullRequestRef;
}
