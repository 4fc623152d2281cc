// One tracking issue per (repository, marker), opened once and then updated: found again by the
// hidden marker at the start of its body, each update appended as a section keyed by its own hidden
// key, so re-running a push adds nothing and a later push appends.
import { array, integer, isObject, nullableString, object, string } from './check.ts';
import type { GitHubClient } from './client.ts';
import { call } from './errors.ts';
import type { RepoRef } from './types.ts';

/** GitHub's limit on an issue body, in characters. */
export const MAX_ISSUE_BODY = 65_536;

export interface TrackingSection {
  /** A hidden key (an HTML comment) unique to this update, e.g. the pushed commit. */
  key: string;
  /** The section's Markdown; it must contain `key`. */
  text: string;
}

export interface TrackingResult {
  action: 'created' | 'updated' | 'unchanged';
  number: number;
  url: string;
}

interface OpenIssue {
  number: number;
  url: string;
  body: string;
}

/**
 * The open issues of `repo` whose body starts with `marker` (pull requests excluded), oldest first.
 * Issues listing is paginated (100 per page); the search API is not used, being eventually consistent.
 */
async function findTracking(client: GitHubClient, repo: RepoRef, marker: string): Promise<OpenIssue[]> {
  const what = `reading the open issues of ${repo.owner}/${repo.repo}`;
  const items = await call({ what, permission: 'issues: read' }, () =>
    client.paginate('GET /repos/{owner}/{repo}/issues', { ...repo, state: 'open', sort: 'created', direction: 'asc', per_page: 100 }),
  );
  const out: OpenIssue[] = [];
  for (const item of array(items, what)) {
    const issue = object(item, what, 'an issue');
    if (isObject(issue['pull_request'])) continue;
    const body = nullableString(issue, 'body', what) ?? '';
    if (!body.startsWith(marker)) continue;
    out.push({ number: integer(issue, 'number', what), url: string(issue, 'html_url', what), body });
  }
  return out.sort((a, b) => a.number - b.number);
}

/**
 * Opens or updates the tracking issue of `marker` in `repo`. `head` is the body's fixed start (it must
 * start with `marker`); `section` is appended unless the body already holds its key. The oldest
 * matching open issue is the one kept (two raced runs may have opened two; the newer is left alone).
 * When appending would pass GitHub's body limit, the oldest sections are dropped (a line says how many).
 */
export async function upsertTrackingIssue(
  client: GitHubClient,
  repo: RepoRef,
  marker: string,
  title: string,
  head: string,
  section: TrackingSection,
): Promise<TrackingResult> {
  if (!head.startsWith(marker)) throw new Error('tracking issue head must start with its marker');
  if (!section.text.includes(section.key)) throw new Error('tracking section must contain its key');
  const [existing] = await findTracking(client, repo, marker);
  const where = `${repo.owner}/${repo.repo}`;
  if (existing === undefined) {
    const what = `opening a tracking issue in ${where}`;
    const res = await call({ what, permission: 'issues: write' }, () =>
      client.request('POST /repos/{owner}/{repo}/issues', { ...repo, title, body: fit(head, [section.text]) }),
    );
    const data = object(res.data, what);
    return { action: 'created', number: integer(data, 'number', what), url: string(data, 'html_url', what) };
  }
  if (existing.body.includes(section.key)) return { action: 'unchanged', number: existing.number, url: existing.url };
  const body = fit(head, [...sectionsOf(existing.body, head), section.text]);
  await call({ what: `updating tracking issue #${existing.number} in ${where}`, permission: 'issues: write' }, () =>
    client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: existing.number, body }),
  );
  return { action: 'updated', number: existing.number, url: existing.url };
}

/** Section separator: a hidden line no user text in our sections can contain (escaped by the renderer). */
export const SECTION_BREAK = '\n<!-- wacrg:section -->\n';

/** The sections of an existing body (what follows the first SECTION_BREAK, split on the others). */
function sectionsOf(body: string, head: string): string[] {
  const at = body.indexOf(SECTION_BREAK);
  if (at === -1) return body.length > head.length && body.startsWith(head) ? [body.slice(head.length).trim()] : [];
  return body
    .slice(at + SECTION_BREAK.length)
    .split(SECTION_BREAK)
    .filter((s) => !s.startsWith('_') || !s.includes('earlier update'));
}

/** head + sections within the limit, oldest sections dropped first (at least the newest is kept). */
function fit(head: string, sections: string[]): string {
  let kept = sections;
  let dropped = 0;
  const join = (list: string[], n: number) =>
    [head, ...(n > 0 ? [`_${n} earlier update${n === 1 ? '' : 's'} dropped to stay within GitHub's size limit._`] : []), ...list].join(SECTION_BREAK);
  while (kept.length > 1 && join(kept, dropped).length > MAX_ISSUE_BODY) {
    kept = kept.slice(1);
    dropped++;
  }
  return join(kept, dropped).slice(0, MAX_ISSUE_BODY);
}
