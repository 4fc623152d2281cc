// The event that started the run, read from GITHUB_EVENT_PATH and checked field by field.
import { readFileSync } from 'node:fs';
import { child, integer, isObject, object, sha, string } from '../github/check.ts';
import { toIssue } from '../github/index.ts';
import type { IssueInfo, RepoRef } from '../github/types.ts';
import { InputError } from './inputs.ts';

export type Mode =
  | { kind: 'intake'; action: string; issue: IssueInfo }
  | { kind: 'review'; pull: PullEvent }
  | { kind: 'reingest'; inputs: Record<string, string> }
  | { kind: 'notify'; push: PushEvent }
  | { kind: 'ignored'; reason: string };

export interface PullEvent {
  number: number;
  headSha: string;
  baseSha: string;
  /** The head lives in another repository (a fork), or the fork was deleted. */
  fromFork: boolean;
  /** `pull_request.changed_files`: how many files GitHub counts as changed (absent in older payloads). */
  changedFiles?: number;
}

/** A push to the default branch: the commits before and after it. */
export interface PushEvent {
  before: string;
  after: string;
}

export interface RunEvent {
  name: string;
  repo: RepoRef;
  /** Default branch from the payload, when it carries the repository. */
  defaultBranch?: string;
  mode: Mode;
}

const WHAT = 'the event payload';

export function repoFromEnv(value: string | undefined): RepoRef {
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value ?? '');
  if (!match || match[1] === undefined || match[2] === undefined) throw new InputError('GITHUB_REPOSITORY is not set to owner/repo');
  return { owner: match[1], repo: match[2] };
}

export async function readEvent(name: string, path: string | undefined, repo: RepoRef): Promise<RunEvent> {
  if (path === undefined || path === '') throw new InputError('GITHUB_EVENT_PATH is not set: this action runs inside a GitHub Actions job');
  let payload: unknown;
  try {
    // Synchronously: a small file the run cannot go on without; no thread-pool round trips.
    payload = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new InputError('the event payload file (GITHUB_EVENT_PATH) cannot be read as JSON');
  }
  const data = object(payload, WHAT);
  const repository = data['repository'];
  const defaultBranch = isObject(repository) && typeof repository['default_branch'] === 'string' ? repository['default_branch'] : undefined;
  const base = { name, repo, ...(defaultBranch !== undefined ? { defaultBranch } : {}) };
  return { ...base, mode: modeOf(name, data, defaultBranch) };
}

const ZERO_SHA = /^0{40}$/;

function modeOf(name: string, data: Record<string, unknown>, defaultBranch: string | undefined): Mode {
  switch (name) {
    case 'push': {
      const ref = string(data, 'ref', WHAT);
      if (defaultBranch === undefined) throw new InputError('the push event payload has no repository.default_branch');
      if (ref !== `refs/heads/${defaultBranch}`) return { kind: 'ignored', reason: `push to ${ref.startsWith('refs/tags/') ? 'a tag' : 'a branch other than the default branch'}: no notifications (they follow the default branch only)` };
      const before = sha(data, 'before', WHAT);
      const after = sha(data, 'after', WHAT);
      if (ZERO_SHA.test(before) || ZERO_SHA.test(after)) return { kind: 'ignored', reason: 'the push created or deleted the branch: there is no earlier commit to compare with' };
      return { kind: 'notify', push: { before, after } };
    }
    case 'issues': {
      const action = string(data, 'action', WHAT);
      if (action !== 'opened' && action !== 'edited') {
        return { kind: 'ignored', reason: `issues event "${action}" is not handled (only opened and edited)` };
      }
      return { kind: 'intake', action, issue: toIssue(data['issue'], WHAT) };
    }
    case 'pull_request': {
      const pr = child(data, 'pull_request', WHAT);
      const head = child(pr, 'head', WHAT);
      const baseRef = child(pr, 'base', WHAT);
      const headRepo = head['repo'];
      const baseRepo = child(baseRef, 'repo', WHAT);
      const fromFork = !isObject(headRepo) || string(headRepo, 'full_name', WHAT) !== string(baseRepo, 'full_name', WHAT);
      const changed = pr['changed_files'];
      const changedFiles = typeof changed === 'number' && Number.isInteger(changed) && changed >= 0 ? changed : undefined;
      return { kind: 'review', pull: { number: integer(pr, 'number', WHAT), headSha: sha(head, 'sha', WHAT), baseSha: sha(baseRef, 'sha', WHAT), fromFork, ...(changedFiles === undefined ? {} : { changedFiles }) } };
    }
    case 'workflow_dispatch': {
      const inputs: Record<string, string> = {};
      const raw = data['inputs'];
      if (isObject(raw)) {
        for (const [key, value] of Object.entries(raw)) {
          if (typeof value === 'string') inputs[key] = value;
          else if (typeof value === 'boolean' || typeof value === 'number') inputs[key] = String(value);
        }
      }
      return { kind: 'reingest', inputs };
    }
    case 'pull_request_target':
      throw new InputError('pull_request_target is not supported: validate pull requests with the pull_request event (a fork must never run with a write token)');
    default:
      throw new InputError(`event "${name}" is not supported: use issues (opened, edited), pull_request, push or workflow_dispatch`);
  }
}
