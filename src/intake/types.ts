import type { CorroborationResult } from '../corroborate/types.ts';
import type { Finding } from '../sanitize/types.ts';
import type { RepoFile } from '../spec/repo.ts';
import type { Capture } from '../spec/types.ts';

/** Outcome of ingesting one issue body. Pure data: the shells decide what to write or post. */
export type IntakeStatus = 'accepted' | 'rejected' | 'invalid';

export interface IntakeError {
  field?: string;
  message: string;
}

export interface IntakeInput {
  body: string | null;
  title?: string;
  issue?: number;
  author?: string;
  /** Text of the issue-form template (`.github/ISSUE_TEMPLATE/stanza_capture.yml`). */
  templateText: string;
  /** Every YAML file of the repository's spec/ and corpus/, relative to the root. */
  repoFiles: RepoFile[];
}

export interface IntakeResult {
  status: IntakeStatus;
  /** Repository-relative path of the capture file (accepted only). */
  path?: string;
  /** The capture file's exact bytes (accepted only). */
  yaml?: string;
  /** The record those bytes hold (accepted only). */
  capture?: Capture;
  findings: Finding[];
  errors: IntakeError[];
  /** What the capture corroborates, and the coverage before and if its promotions were accepted (accepted only). */
  corroboration?: CorroborationResult;
}
