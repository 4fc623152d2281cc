// Files changed between two commits (a push's `before` and `after`), one request.
import { array, child, nullableString, object, string } from './check.ts';
import type { GitHubClient } from './client.ts';
import { call, GitHubError } from './errors.ts';
import type { PullFile, PullFileStatus, RepoRef } from './types.ts';

const STATUSES: readonly PullFileStatus[] = ['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged'];

/**
 * GitHub lists at most this many files in a comparison (REST docs, "Compare two commits"); a longer
 * list is cut, which `truncated` reports.
 */
export const COMPARE_MAX_FILES = 300;

/**
 * The files that differ between `base` and `head` (commit SHAs), with rename sources. `truncated`:
 * GitHub returned its maximum number of files, so the list may be incomplete. Errors: GitHubError
 * (404 when either commit is unknown to the repository, e.g. after a force push dropped `base`).
 */
export async function compareCommits(client: GitHubClient, repo: RepoRef, base: string, head: string): Promise<{ files: PullFile[]; truncated: boolean }> {
  const what = 'comparing the pushed commits';
  const op = { what, permission: 'contents: read' as const };
  const res = await call(op, () => client.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...repo, basehead: `${base}...${head}`, per_page: 1 }));
  const data = object(res.data, what);
  const raw = data['files'] === undefined ? [] : array(data['files'], what);
  const files = raw.map((item) => {
    const file = object(item, what, 'a file');
    const status = string(file, 'status', what);
    const known = STATUSES.find((s) => s === status);
    if (known === undefined) throw new GitHubError(`${what} failed: unknown file status`, undefined, status, op);
    const previous = nullableString(file, 'previous_filename', what);
    return { path: string(file, 'filename', what), status: known, ...(previous !== null ? { previousPath: previous } : {}) };
  });
  // `base_commit` is read only to check the response is the comparison asked for.
  child(data, 'base_commit', what);
  return { files, truncated: files.length >= COMPARE_MAX_FILES };
}
