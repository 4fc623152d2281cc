// One pull request per branch: looked up by head and base (unless the caller knows there is none),
// created only when missing, the 422 "A pull request already exists" race handled by looking it up again.
import { array, child, integer, labelNames, nullableString, object, string } from './check.ts';
import type { GitHubClient } from './client.ts';
import { call, GitHubError, opOn, statusOf } from './errors.ts';
import type { EnsuredPullRequest, PullFile, PullFileStatus, PullRequestInfo, RepoRef } from './types.ts';

function toPullRequest(value: unknown, what: string): PullRequestInfo {
  const pr = object(value, what);
  return {
    number: integer(pr, 'number', what),
    url: string(pr, 'html_url', what),
    title: string(pr, 'title', what),
    body: nullableString(pr, 'body', what) ?? '',
    labels: labelNames(pr, what),
    headRef: string(child(pr, 'head', what), 'ref', what),
    baseRef: string(child(pr, 'base', what), 'ref', what),
  };
}

/** The open pull request from `branch` (of this repository) into `base`, if any. */
export async function findPullRequest(client: GitHubClient, repo: RepoRef, branch: string, base: string): Promise<PullRequestInfo | null> {
  const op = opOn(repo, 'looking up the pull request', 'pull-requests: read', 'read');
  const res = await call(op, () =>
    client.request('GET /repos/{owner}/{repo}/pulls', { ...repo, head: `${repo.owner}:${branch}`, base, state: 'open', per_page: 10 }),
  );
  const list = array(res.data, op.what).map((pr) => toPullRequest(pr, op.what));
  // The API filters by head already; check it anyway, a wrong match would edit someone else's PR.
  return list.find((pr) => pr.headRef === branch && pr.baseRef === base) ?? null;
}

export interface PullRequestSpec {
  branch: string;
  base: string;
  title: string;
  body: string;
  labels: string[];
  /**
   * What the caller already knows: the open pull request (looked up in this run), or null when there
   * cannot be one (the branch was just created or reset; a pull request whose head branch is gone is
   * closed). Absent: looked up first.
   */
  known?: PullRequestInfo | null;
}

/**
 * Finds the open pull request of the branch (updating title and body when they differ) or creates it,
 * then adds missing labels. Null when GitHub refuses because the branch has no commits beyond the base.
 */
export async function ensurePullRequest(client: GitHubClient, repo: RepoRef, spec: PullRequestSpec): Promise<EnsuredPullRequest | null> {
  let existing = spec.known !== undefined ? spec.known : await findPullRequest(client, repo, spec.branch, spec.base);
  let created = false;
  if (existing === null) {
    const op = opOn(repo, 'creating the pull request', 'pull-requests: write', 'pull');
    try {
      const res = await call(op, () =>
        client.request('POST /repos/{owner}/{repo}/pulls', { ...repo, head: spec.branch, base: spec.base, title: spec.title, body: spec.body }),
      );
      existing = toPullRequest(res.data, op.what);
      created = true;
    } catch (error) {
      if (error instanceof GitHubError && statusOf(error) === 422 && /no commits between/i.test(error.apiMessage)) return null;
      // Another run created it between our lookup (or our branch write) and our create.
      if (!(error instanceof GitHubError && statusOf(error) === 422 && /already exists/i.test(error.apiMessage))) {
        throw error;
      }
      existing = await findPullRequest(client, repo, spec.branch, spec.base);
      if (existing === null) throw error;
    }
  }
  let updated = false;
  if (!created && (existing.title !== spec.title || existing.body !== spec.body)) {
    const op = opOn(repo, 'updating the pull request', 'pull-requests: write', 'pull');
    const number = existing.number;
    const res = await call(op, () =>
      client.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number, title: spec.title, body: spec.body }),
    );
    existing = toPullRequest(res.data, op.what);
    updated = true;
  }
  const missing = spec.labels.filter((label) => !existing.labels.includes(label));
  if (missing.length > 0) await addLabels(client, repo, existing.number, missing, 'pull-requests: write');
  return { ...existing, labels: [...existing.labels, ...missing], created, updated, labelsAdded: missing };
}

export async function addLabels(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  labels: string[],
  permission: 'issues: write' | 'pull-requests: write' = 'issues: write',
): Promise<void> {
  if (labels.length === 0) return;
  await call({ ...opOn(repo, `adding labels to #${issueNumber}`, permission, 'label') }, () =>
    client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...repo, issue_number: issueNumber, labels }),
  );
}

/** Removes a label; a label that is not there (404) is fine. */
export async function removeLabel(client: GitHubClient, repo: RepoRef, issueNumber: number, label: string): Promise<boolean> {
  try {
    await call(opOn(repo, `removing a label from #${issueNumber}`, 'issues: write', 'label'), () =>
      client.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', { ...repo, issue_number: issueNumber, name: label }),
    );
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}

const FILE_STATUSES: readonly PullFileStatus[] = ['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged'];

/** Every file a pull request changes (paginated; GitHub lists at most 3,000). */
export async function listPullRequestFiles(client: GitHubClient, repo: RepoRef, pullNumber: number): Promise<PullFile[]> {
  const what = 'listing the pull request files';
  const items = await call(opOn(repo, what, 'pull-requests: read', 'read'), () =>
    client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...repo, pull_number: pullNumber, per_page: 100 }),
  );
  return array(items, what).map((item) => {
    const file = object(item, what, 'a file');
    const status = string(file, 'status', what);
    const known = FILE_STATUSES.find((s) => s === status);
    if (known === undefined) throw new GitHubError(`${what} failed: unknown file status`, undefined, status, { what, permission: 'pull-requests: read' });
    const previous = nullableString(file, 'previous_filename', what);
    return { path: string(file, 'filename', what), status: known, ...(previous !== null ? { previousPath: previous } : {}) };
  });
}
