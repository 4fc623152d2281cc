import type { CorroborationResult } from '../corroborate/types.ts';
import type { FormKind } from '../form/kind.ts';
import type { Finding } from '../sanitize/types.ts';
import type { RepoFile } from '../spec/repo.ts';
import type { Capture, Flavor } from '../spec/types.ts';

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
  /** Text of the issue-form template: it decides the kind (`.github/ISSUE_TEMPLATE/stanza_capture.yml`, `flavor_registration.yml`). */
  templateText: string;
  /**
   * The repository's record and schema files (spec/, corpus/), relative to the root, as
   * readRepoListingCaptures gives them: every file but the captures, and the captures whose id
   * (file name) is the new capture's (`captureId(issue)`). Other captures given here are not read:
   * a new record is checked against the spec it joins, never against the corpus's other captures.
   */
  repoFiles: RepoFile[];
  /**
   * File names of every capture in corpus/captures/ (readRepoListingCaptures), listed and not read:
   * their number is what the corroboration says it did not weigh. Without it, the captures among
   * `repoFiles` are counted.
   */
  captureNames?: readonly string[];
}

/** One file an accepted submission writes: repository-relative path and exact bytes. */
export interface IntakeFile {
  path: string;
  yaml: string;
}

export interface IntakeResult {
  status: IntakeStatus;
  /** The form the template was (absent when the template is not an intake form or unreadable). */
  kind?: FormKind;
  /** Repository-relative path of the main file: the capture, or the flavor (accepted only). */
  path?: string;
  /** The main file's exact bytes (accepted only). */
  yaml?: string;
  /** Every file to write, the main one first (accepted only): a flavor may bring its maintainer's contributor record. */
  files?: IntakeFile[];
  /** The capture record (accepted captures only). */
  capture?: Capture;
  /** The flavor record (accepted registrations only). */
  flavor?: Flavor;
  /** The registration also adds the author's contributor record. */
  contributorAdded?: boolean;
  /** The same maintainer registered this flavor before: the file is updated. */
  flavorUpdate?: boolean;
  findings: Finding[];
  errors: IntakeError[];
  /** What the capture corroborates, and the coverage before and if its promotions were accepted (accepted only). */
  corroboration?: CorroborationResult;
}
