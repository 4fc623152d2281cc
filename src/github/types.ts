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

export interface CommitResult {
  branch: string;
  /** The branch did not exist before this call and was created. */
  createdBranch: boolean;
  /** The branch exists after the call (false when nothing differed from the base branch). */
  branchExists: boolean;
  /** A commit was made (false when every file already had exactly this content). */
  committed: boolean;
  /** The branch head after the call (the base head when the branch was not created). */
  headSha: string;
  /** Paths whose content differed and were written. */
  changed: string[];
  /** Paths that already had exactly this content. */
  unchanged: string[];
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

export type StickyAction = 'created' | 'updated' | 'unchanged';

export interface StickyResult {
  action: StickyAction;
  commentId: number;
  /** Duplicate sticky comments (from raced runs) that were deleted. */
  deleted: number;
}

export interface IssueInfo {
  number: number;
  title: string;
  body: string | null;
  author: string;
  labels: string[];
  state: string;
  isPullRequest: boolean;
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
