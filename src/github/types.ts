// Plain data the github module hands to the action shell. Every field was checked at the boundary.

export interface RepoRef {
  owner: string;
  repo: string;
}

/** A file to write on a branch: repository-relative POSIX path and its exact text. */
export interface FileChange {
  path: string;
  content: string;
}

export interface PullRequestInfo {
  number: number;
  url: string;
  title: string;
  body: string;
  labels: string[];
  headRef: string;
  baseRef: string;
}

export interface EnsuredPullRequest extends PullRequestInfo {
  created: boolean;
  updated: boolean;
  labelsAdded: string[];
}

export type StickyAction = 'created' | 'updated' | 'unchanged' | 'superseded';

export interface StickyResult {
  action: StickyAction;
  commentId: number;
  /** Duplicate sticky comments (from raced runs) that were deleted. */
  deleted: number;
  /** `superseded`: the newer version one of our comments records. */
  newerVersion?: string;
}

export interface IssueInfo {
  number: number;
  title: string;
  body: string | null;
  author: string;
  labels: string[];
  state: string;
  isPullRequest: boolean;
  /** `updated_at` (ISO 8601 UTC, whole seconds): the version of the issue. */
  updatedAt: string;
  /** Number of comments on the issue when it was read (absent: unknown). */
  comments?: number;
}

export type PullFileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface PullFile {
  path: string;
  status: PullFileStatus;
  /** The path before a rename. */
  previousPath?: string;
}

export interface CommentInfo {
  id: number;
  body: string;
  author: string;
  authorType: string;
  /** Slug of the GitHub App that performed the action, if any. */
  appSlug?: string;
  createdAt: string;
}
