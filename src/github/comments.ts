// Sticky comments: one comment per (issue or pull request, marker), written by this action's exact
// identity, updated in place, left alone when unchanged or when a newer run already wrote it;
// duplicates from raced runs are deleted (oldest kept).
import { array, integer, isObject, object, string, userLogin } from './check.ts';
import type { GitHubClient } from './client.ts';
import { call, opOn, statusOf, type Operation } from './errors.ts';
import type { CommentInfo, RepoRef, StickyResult } from './types.ts';

/** The slug of the GitHub App behind a workflow's GITHUB_TOKEN; its bot user is `github-actions[bot]`. */
export const ACTIONS_APP = 'github-actions';

/**
 * Who this action writes as, exactly: the configured GitHub App (`app-slug` input; the workflow token
 * is the `github-actions` app), and the token's own login when it is a user's token (read once, only
 * when a marked comment by a user account has to be told apart from a look-alike).
 */
export interface BotIdentity {
  appSlug: string;
  /** The token's authenticated login (`GET /user`), undefined for an app installation token. */
  login(): Promise<string | undefined>;
}

/** An identity whose login is looked up with `GET /user` at most once (an app token gets 403: none). */
export function tokenIdentity(client: GitHubClient, appSlug: string): BotIdentity {
  let login: Promise<string | undefined> | undefined;
  return {
    appSlug,
    login: () =>
      (login ??= client.request('GET /user').then(
        (res) => {
          const data = res.data;
          return isObject(data) && typeof data['login'] === 'string' ? data['login'] : undefined;
        },
        () => undefined,
      )),
  };
}

/**
 * Whether a comment was written by this action's identity, exactly:
 * - the configured app's bot user: type `Bot`, login exactly `<app-slug>[bot]`, and (when GitHub
 *   says which app performed it) `performed_via_github_app.slug` equal to the slug. Another app's
 *   bot, whatever its login, is never ours;
 * - or, for a user's token, the token's own login (`login`, from `GET /user`).
 * A person cannot hold a login ending in `[bot]`, and logins are unique: pasting the marker forges nothing.
 */
export function isOwnComment(comment: CommentInfo, appSlug: string, login?: string): boolean {
  if (comment.authorType === 'Bot' && comment.author === `${appSlug}[bot]`) return comment.appSlug === undefined || comment.appSlug === appSlug;
  return login !== undefined && comment.author === login && comment.appSlug === undefined;
}

/** The hidden line recording which version of the source a sticky comment reports on. */
function versionLine(version: string): string {
  return `<!-- wacrg:version ${version} -->`;
}

/** The version a sticky comment was written for, if it records one. */
export function commentVersion(body: string): string | undefined {
  return /^<!-- wacrg:version (\S+) -->$/m.exec(body)?.[1];
}

/** GitHub's limit on a comment body, in characters. */
export const COMMENT_LIMIT = 65_536;

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

export interface StickyOptions {
  identity: BotIdentity;
  /** Version of the source this comment reports on; a comment recording a newer one is left alone. */
  version?: string;
  /**
   * The issue or pull request has no comment at all (just created, or `comments: 0` in a read made
   * in this run): create without listing.
   */
  knownEmpty?: boolean;
}

/**
 * Creates or updates the one comment on `issueNumber` whose body starts with `marker` and that this
 * action's identity wrote. `body` must start with the marker; the version line is added after it.
 * `superseded` (nothing written) when one of our comments records a newer version.
 * `onPullRequest` picks the permission named in errors.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
  body: string,
  onPullRequest: boolean,
  options: StickyOptions,
): Promise<StickyResult> {
  if (!body.startsWith(marker)) throw new Error('sticky comment body must start with its marker');
  const text = options.version === undefined ? body : `${marker}\n${versionLine(options.version)}${body.slice(marker.length)}`;
  if (text.length > COMMENT_LIMIT) throw new Error(`sticky comment of ${text.length} characters is over GitHub's limit: the report's cap is wrong`);
  const permission = onPullRequest ? 'pull-requests: write' : 'issues: write';
  const where = `${onPullRequest ? 'pull request' : 'issue'} #${issueNumber}`;
  const list = options.knownEmpty ? [] : await listComments(client, repo, issueNumber, opOn(repo, `reading the comments of ${where}`, permission, 'read'));
  const marked = list.filter((c) => c.body.startsWith(marker));
  // The token's own login is needed only to tell a user-token comment from a look-alike.
  const login = marked.some((c) => c.authorType !== 'Bot') ? await options.identity.login() : undefined;
  const mine = marked
    .filter((c) => isOwnComment(c, options.identity.appSlug, login))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id));
  if (options.version !== undefined) {
    const newer = mine.map((c) => commentVersion(c.body)).find((v) => v !== undefined && v > (options.version ?? ''));
    if (newer !== undefined) return { action: 'superseded', commentId: mine[0]?.id ?? 0, deleted: 0, newerVersion: newer };
  }
  const [keep, ...extra] = mine;
  let deleted = 0;
  for (const duplicate of extra) {
    try {
      await call(opOn(repo, `deleting a duplicate comment on ${where}`, permission, 'comment'), () =>
        client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: duplicate.id }),
      );
      deleted++;
    } catch (error) {
      if (statusOf(error) !== 404) throw error; // already deleted by a concurrent run
    }
  }
  if (keep === undefined) {
    const op = opOn(repo, `commenting on ${where}`, permission, 'comment');
    const res = await call(op, () => client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issueNumber, body: text }));
    return { action: 'created', commentId: integer(object(res.data, op.what), 'id', op.what), deleted };
  }
  if (keep.body === text) return { action: 'unchanged', commentId: keep.id, deleted };
  await call(opOn(repo, `updating the comment on ${where}`, permission, 'comment'), () =>
    client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: keep.id, body: text }),
  );
  return { action: 'updated', commentId: keep.id, deleted };
}
