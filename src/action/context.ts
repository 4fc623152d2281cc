// What every mode needs: the client, the repository, the inputs and where the checkout is.
import { posix } from 'node:path';
import { getDefaultBranch, type BotIdentity, type GitHubClient } from '../github/index.ts';
import type { RepoRef } from '../github/types.ts';
import type { ActionInputs } from './inputs.ts';
import { setOutput } from './outputs.ts';

export interface RunContext {
  client: GitHubClient;
  repo: RepoRef;
  inputs: ActionInputs;
  /** Absolute path of the spec repository root in the checkout (workspace + root input). */
  rootDir: string;
  /** Default branch from the payload, or read from the API once. */
  defaultBranch: () => Promise<string>;
  /** Who the action writes as: its own comments are recognised by this identity exactly. */
  identity: BotIdentity;
  /** Link to this workflow run (its job summary holds the full reports), when the runner says. */
  runUrl?: string;
}

export function makeDefaultBranch(client: GitHubClient, repo: RepoRef, fromPayload: string | undefined): () => Promise<string> {
  let cached = fromPayload;
  return async () => (cached ??= await getDefaultBranch(client, repo));
}

/** Repository path of a file given relative to the spec root. */
export function repoPath(ctx: Pick<RunContext, 'inputs'>, path: string): string {
  return ctx.inputs.root === '' ? path : posix.join(ctx.inputs.root, path);
}

/** Spec-root-relative path of a repository path, or null when it is outside the spec root. */
export function specPath(ctx: Pick<RunContext, 'inputs'>, path: string): string | null {
  if (ctx.inputs.root === '') return path;
  const prefix = `${ctx.inputs.root}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : null;
}

export interface Outputs {
  result: 'accepted' | 'rejected' | 'invalid' | 'unchanged' | 'superseded' | 'reviewed';
  capturePath?: string;
  pullRequest?: { number: number; url: string };
  coverage?: string;
  coverageDelta?: string;
}

export function setOutputs(o: Outputs): void {
  setOutput('result', o.result);
  if (o.capturePath !== undefined) setOutput('capture-path', o.capturePath);
  if (o.pullRequest !== undefined) {
    setOutput('pull-request-number', String(o.pullRequest.number));
    setOutput('pull-request-url', o.pullRequest.url);
  }
  if (o.coverage !== undefined) setOutput('coverage', o.coverage);
  if (o.coverageDelta !== undefined) setOutput('coverage-delta', o.coverageDelta);
}
