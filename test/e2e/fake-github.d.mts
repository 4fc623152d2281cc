// Types of fake-github.mjs for the TypeScript tests.
import type { Workspace } from './harness.mjs';
export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}
export interface Injection {
  method?: string;
  /** OpenAPI path template, e.g. `/repos/{owner}/{repo}/pulls`. */
  route?: string;
  path?: RegExp;
  times?: number;
  status: number;
  body?: unknown;
  /** Sent as is instead of `body` as JSON (an answer GitHub would not make, e.g. oversized). */
  rawBody?: Buffer;
  headers?: Record<string, string>;
}
export interface RequestRecord {
  method: string;
  path: string;
  route: string | null;
  status: number;
  injected: boolean;
  /** The token of the Authorization header. */
  token: string;
}
export interface CommentJson {
  id: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  performed_via_github_app: { slug: string } | null;
}
export interface LabelJson {
  name: string;
}
export interface IssueJson {
  number: number;
  title: string;
  body: string | null;
  user: { login: string; id: number; type: string };
  labels: LabelJson[];
  state: string;
  [key: string]: unknown;
}
export interface PullJson {
  number: number;
  title: string;
  body: string | null;
  state: string;
  merged: boolean;
  html_url: string;
  labels: LabelJson[];
  head: { ref: string; sha: string; repo: { full_name: string } };
  base: { ref: string; sha: string; repo: { full_name: string } };
  [key: string]: unknown;
}
export interface PullFileInit {
  filename: string;
  status: string;
  previous_filename?: string;
}
export interface FakeGitHub {
  url: string;
  owner: string;
  repo: string;
  fullName: string;
  defaultBranch: string;
  bot: FakeUser;
  violations: string[];
  requests: RequestRecord[];
  inject(injection: Injection): void;
  /** Holds the next matching request until `release()`; `reached` resolves when it arrives. */
  hold(where: { method?: string; route?: string }): { reached: Promise<void>; release(): void };
  /** Squash-merges (default) or merges a pull request into its base; throws on a conflict. */
  mergePullRequest(number: number, how?: { method?: 'squash' | 'merge'; deleteBranch?: boolean }): void;
  closePullRequest(number: number): void;
  /** Files a pull request changes (head against the merge base) and whether it merges cleanly now. */
  pullDiff(number: number): { files: string[]; mergeable: boolean; conflicts: string[] };
  addIssue(init: { title: string; body: string | null; user?: FakeUser; labels?: string[]; state?: 'open' | 'closed' }): IssueJson;
  editIssue(number: number, changes: { title?: string; body?: string | null; labels?: string[] }): IssueJson;
  issueJson(number: number): IssueJson;
  addPullRequest(init: {
    head: string;
    files?: Record<string, string>;
    deleted?: string[];
    pullFiles?: PullFileInit[];
    fromFork?: boolean;
    title?: string;
    user?: FakeUser;
  }): PullJson;
  addComment(init: { issue: number; body: string; user?: FakeUser; app?: string }): CommentJson;
  /** A push to the default branch (path → text, null deletes); returns the push event payload too. */
  push(files: Record<string, string | null>, message?: string): { before: string; after: string; payload: Record<string, unknown> };
  /** Issues of one of the otherRepos. */
  otherIssues(repoFull: string): IssueJson[];
  comments(issue: number): CommentJson[];
  pulls(): PullJson[];
  issue(number: number): { number: number; labels: string[]; title: string; body: string | null } | undefined;
  repositoryJson(): Record<string, unknown>;
  branchSha(branch: string): string | null;
  branchFiles(branch: string): Map<string, string> | null;
  branchCommits(branch: string): { sha: string; message: string; parents: string[] }[];
  close(): Promise<void>;
}
export function startFakeGitHub(options?: {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  files?: { path: string; text: string }[];
  bot?: FakeUser;
  /** Slug of the GitHub App the token belongs to: comments it writes carry performed_via_github_app. */
  botApp?: string;
  /** The user a user token authenticates as (GET /user); absent: an app token (GET /user is 403). */
  tokenUser?: FakeUser;
  checkOpenApi?: boolean;
  /** Number of the first issue or pull request (default 1). */
  firstNumber?: number;
  /** `owner/name` of further repositories that only have issues (a flavor's notify_repo). */
  otherRepos?: string[];
}): Promise<FakeGitHub>;
/** A workspace, the fake GitHub holding its files, and one dispose for both. */
export interface E2eEnv {
  gh: FakeGitHub;
  ws: Workspace;
  dispose(): Promise<void>;
}
export function withFakeGitHub(ws: Workspace, options?: Omit<NonNullable<Parameters<typeof startFakeGitHub>[0]>, 'files'>): Promise<E2eEnv>;
