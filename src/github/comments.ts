// Sticky comments: one comment per (issue or pull request, marker), written by the bot itself,
// updated in place, left alone when unchanged; duplicates from raced runs are deleted (oldest kept).
import { array, integer, isObject, object, string, userLogin } from './check.ts';
import type { GitHubClient } from './client.ts';
import { call, statusOf, type Operation } from './errors.ts';
import type { CommentInfo, RepoRef, StickyResult } from './types.ts';

/** The login GitHub shows for comments made with a workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Whether a comment was written by this action's identity. Kept simple on purpose:
 * - `github-actions[bot]` (the workflow's GITHUB_TOKEN), or
 * - a GitHub App bot (`user.type` `Bot`) whose login is `<performed_via_github_app.slug>[bot]`,
 *   i.e. the comment was made by an installation token of that app.
 * People cannot have a login ending in `[bot]`, so a human cannot forge a sticky comment by
 * pasting the marker; a PAT-based setup is not recognised (its comments would look human).
 */
export function isOwnComment(comment: CommentInfo): boolean {
  if (comment.author === ACTIONS_BOT) return true;
  return comment.authorType === 'Bot' && comment.appSlug !== undefined && comment.author === `${comment.appSlug}[bot]`;
}

function toComment(value: unknown, what: string): CommentInfo {
  const c = object(value, what, 'a comment');
  const user = userLogin(c, what);
  const app = c['performed_via_github_app'];
  const appSlug = isObject(app) && typeof app['slug'] === 'string' ? app['slug'] : undefined;
  return {
    id: integer(c, 'id', what),
    body: typeof c['body'] === 'string' ? c['body'] : '',
    author: user.login,
    authorType: user.type,
    ...(appSlug !== undefined ? { appSlug } : {}),
    createdAt: string(c, 'created_at', what),
  };
}

export async function listComments(client: GitHubClient, repo: RepoRef, issueNumber: number, op: Operation): Promise<CommentInfo[]> {
  const items = await call(op, () =>
    client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issueNumber, per_page: 100 }),
  );
  return array(items, op.what).map((item) => toComment(item, op.what));
}

/**
 * Creates or updates the one comment on `issueNumber` whose body starts with `marker`.
 * `body` must start with the marker. `onPullRequest` picks the permission named in errors.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
  body: string,
  onPullRequest: boolean,
): Promise<StickyResult> {
  if (!body.startsWith(marker)) throw new Error('sticky comment body must start with its marker');
  const permission = onPullRequest ? 'pull-requests: write' : 'issues: write';
  const where = `${onPullRequest ? 'pull request' : 'issue'} #${issueNumber}`;
  const list = await listComments(client, repo, issueNumber, { what: `reading the comments of ${where}`, permission });
  const mine = list
    .filter((c) => isOwnComment(c) && c.body.startsWith(marker))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id));
  const [keep, ...extra] = mine;
  let deleted = 0;
  for (const duplicate of extra) {
    try {
      await call({ what: `deleting a duplicate comment on ${where}`, permission }, () =>
        client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: duplicate.id }),
      );
      deleted++;
    } catch (error) {
      if (statusOf(error) !== 404) throw error; // already deleted by a concurrent run
    }
  }
  if (keep === undefined) {
    const what = `commenting on ${where}`;
    const res = await call({ what, permission }, () =>
      client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issueNumber, body }),
    );
    return { action: 'created', commentId: integer(object(res.data, what), 'id', what), deleted };
  }
  if (keep.body === body) return { action: 'unchanged', commentId: keep.id, deleted };
  await call({ what: `updating the comment on ${where}`, permission }, () =>
    client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: keep.id, body }),
  );
  return { action: 'updated', commentId: keep.id, deleted };
}
