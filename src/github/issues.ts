// Reading issues: one by number, or every open issue carrying a label (paginated).
import { array, integer, labelNames, nullableString, object, string, userLogin } from './check.ts';
import type { GitHubClient } from './client.ts';
import { call, isNotFound, opOn, statusOf } from './errors.ts';
import type { IssueInfo, RepoRef } from './types.ts';

export function toIssue(value: unknown, what: string): IssueInfo {
  const issue = object(value, what, 'an issue');
  return {
    number: integer(issue, 'number', what),
    title: string(issue, 'title', what),
    body: nullableString(issue, 'body', what),
    author: userLogin(issue, what).login,
    labels: labelNames(issue, what),
    state: string(issue, 'state', what),
    isPullRequest: issue['pull_request'] !== undefined && issue['pull_request'] !== null,
    updatedAt: string(issue, 'updated_at', what),
    ...(typeof issue['comments'] === 'number' ? { comments: integer(issue, 'comments', what) } : {}),
  };
}

/**
 * The issue, or null when it does not exist (404) or was deleted (410). With `notFoundIsError` (the
 * issue is known to exist, e.g. from an event), a 404/410 is an error whose message names the
 * token's access to the repository.
 */
export async function getIssue(client: GitHubClient, repo: RepoRef, issueNumber: number, options: { notFoundIsError?: boolean } = {}): Promise<IssueInfo | null> {
  const what = `reading issue #${issueNumber}`;
  try {
    const res = await call(opOn(repo, what, 'issues: read', 'read'), () =>
      client.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: issueNumber }),
    );
    return toIssue(res.data, what);
  } catch (error) {
    if (!options.notFoundIsError && (isNotFound(error) || statusOf(error) === 410)) return null;
    throw error;
  }
}

/** Every open issue with the label (pull requests excluded), oldest first. */
export async function listOpenIssuesWithLabel(client: GitHubClient, repo: RepoRef, label: string, limit: number): Promise<IssueInfo[]> {
  const what = 'listing open capture issues';
  const items = await call(opOn(repo, what, 'issues: read', 'read'), () =>
    client.paginate('GET /repos/{owner}/{repo}/issues', { ...repo, labels: label, state: 'open', sort: 'created', direction: 'asc', per_page: 100 }),
  );
  const issues = array(items, what)
    .map((item) => toIssue(item, what))
    .filter((issue) => !issue.isPullRequest);
  return issues.slice(0, limit);
}
