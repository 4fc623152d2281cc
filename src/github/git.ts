// Git data through the REST API: branch heads (with their tree), trees with inline content, commits,
// refs. Small calls; the order and the decisions live in propose.ts.
import { array, child, isObject, object, sha, string, boolean } from './check.ts';
import type { GitHubClient } from './client.ts';
import { apiMessageOf, call, GitHubError, isNotFound, opOn, statusOf } from './errors.ts';
import type { FileChange, RepoRef } from './types.ts';

/** Git's object id of a blob: SHA-1 of `blob <byte length>\0` followed by the bytes. */
export function gitBlobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  // node:crypto on first use: most runs never compare blobs, and loading it costs ≈11 ms of CPU.
  return process.getBuiltinModule('node:crypto').createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

/** A branch's head commit: its id, its tree's id and its message (for the version trailer). */
export interface BranchHead {
  sha: string;
  treeSha: string;
  message: string;
  /** Parent commit ids. */
  parents: string[];
}

/**
 * The head of a branch in one request (`GET /repos/{owner}/{repo}/branches/{branch}`: the commit with
 * its tree), or null when the branch does not exist. GitHub answers 404 "Branch not found" for a
 * missing branch and a bare 404 "Not Found" for a repository the token cannot see: the second is an
 * error naming the token's access, never "the branch does not exist".
 */
export async function getBranchHead(client: GitHubClient, repo: RepoRef, branch: string): Promise<BranchHead | null> {
  const op = opOn(repo, `reading branch ${branch}`, 'contents: read', 'read');
  let data: unknown;
  try {
    data = (await call(op, () => client.request('GET /repos/{owner}/{repo}/branches/{branch}', { ...repo, branch }))).data;
  } catch (error) {
    if (isNotFound(error) && /branch not found/i.test(apiMessageOf(error))) return null;
    throw error;
  }
  const commit = child(object(data, op.what), 'commit', op.what);
  const inner = child(commit, 'commit', op.what);
  const parents = array(commit['parents'] ?? [], op.what, 'field "parents"').map((p) => sha(object(p, op.what, 'a parent'), 'sha', op.what));
  return { sha: sha(commit, 'sha', op.what), treeSha: sha(child(inner, 'tree', op.what), 'sha', op.what), message: string(inner, 'message', op.what), parents };
}

/** The head of the base branch; its absence is an error that says what to do. */
export async function getBaseHead(client: GitHubClient, repo: RepoRef, base: string): Promise<BranchHead> {
  const head = await getBranchHead(client, repo, base);
  if (head === null) {
    const op = opOn(repo, `reading the base branch ${base}`, 'contents: read', 'read');
    throw new GitHubError(
      `${op.what} failed: ${op.repository} has no branch ${base}. Push a first commit to the default branch (an empty repository has none), or fix the default branch under Settings → General, then re-run the job.`,
      404,
      'Branch not found',
      op,
    );
  }
  return head;
}

export async function getDefaultBranch(client: GitHubClient, repo: RepoRef): Promise<string> {
  const op = opOn(repo, 'reading the repository', 'contents: read', 'read');
  const res = await call(op, () => client.request('GET /repos/{owner}/{repo}', { ...repo }));
  return string(object(res.data, op.what), 'default_branch', op.what);
}

/** A new tree: `baseTree` with `files` written (inline content, mode 100644). Returns its id. */
export async function createTree(client: GitHubClient, repo: RepoRef, baseTree: string, files: FileChange[], branch: string): Promise<string> {
  const op = opOn(repo, `writing the files for branch ${branch}`, 'contents: write', 'ref');
  const res = await call(op, () =>
    client.request('POST /repos/{owner}/{repo}/git/trees', {
      ...repo,
      base_tree: baseTree,
      tree: files.map((f) => ({ path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.content })),
    }),
  );
  return sha(object(res.data, op.what), 'sha', op.what);
}

export async function createCommit(client: GitHubClient, repo: RepoRef, tree: string, parents: string[], message: string, branch: string): Promise<string> {
  const op = opOn(repo, `committing to branch ${branch}`, 'contents: write', 'ref');
  const res = await call(op, () => client.request('POST /repos/{owner}/{repo}/git/commits', { ...repo, message, tree, parents }));
  return sha(object(res.data, op.what), 'sha', op.what);
}

/** Creates `refs/heads/<branch>`; `exists` when another run (or an earlier one) created it first. */
export async function createBranch(client: GitHubClient, repo: RepoRef, branch: string, commitSha: string): Promise<'created' | 'exists'> {
  const op = opOn(repo, `creating branch ${branch}`, 'contents: write', 'ref');
  try {
    await call(op, () => client.request('POST /repos/{owner}/{repo}/git/refs', { ...repo, ref: `refs/heads/${branch}`, sha: commitSha }));
    return 'created';
  } catch (error) {
    if (statusOf(error) === 422 && /already exists/i.test(apiMessageOf(error))) return 'exists';
    throw error;
  }
}

/**
 * Moves a branch to `commitSha`: a fast forward, or a reset when `force` (a branch whose pull request
 * was merged or closed starts again from the default branch). `moved` when the branch changed under
 * us (422 not a fast forward, 409 conflict) or was deleted meanwhile (422 does not exist).
 */
export async function moveBranch(client: GitHubClient, repo: RepoRef, branch: string, commitSha: string, force: boolean): Promise<'updated' | 'moved'> {
  const op = opOn(repo, `updating branch ${branch}`, 'contents: write', 'ref');
  try {
    await call(op, () => client.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...repo, ref: `heads/${branch}`, sha: commitSha, force }));
    return 'updated';
  } catch (error) {
    const status = statusOf(error);
    const api = apiMessageOf(error);
    if ((status === 422 && /fast forward|does not exist/i.test(api)) || (status === 409 && !/empty/i.test(api))) return 'moved';
    throw error;
  }
}

/**
 * Blob ids of `paths` in a tree (absent paths are missing from the map): one recursive tree read, or
 * one read per file when GitHub truncates a very large tree. Only the re-ingest uses it, to say per
 * issue whether its file changed; the intake compares tree ids instead.
 */
export async function blobShas(client: GitHubClient, repo: RepoRef, treeSha: string, commitSha: string, paths: string[]): Promise<Map<string, string>> {
  const op = opOn(repo, 'reading a tree', 'contents: read', 'read');
  const res = await call(op, () => client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...repo, tree_sha: treeSha, recursive: '1' }));
  const data = object(res.data, op.what);
  const found = new Map<string, string>();
  if (!boolean(data, 'truncated', op.what)) {
    const wanted = new Set(paths);
    for (const item of array(data['tree'], op.what, 'field "tree"')) {
      const entry = object(item, op.what, 'a tree entry');
      const path = string(entry, 'path', op.what);
      if (wanted.has(path) && entry['type'] === 'blob') found.set(path, sha(entry, 'sha', op.what));
    }
    return found;
  }
  for (const path of paths) {
    const blob = await fileSha(client, repo, path, commitSha);
    if (blob !== null) found.set(path, blob);
  }
  return found;
}

async function fileSha(client: GitHubClient, repo: RepoRef, path: string, ref: string): Promise<string | null> {
  const op = opOn(repo, 'reading a file', 'contents: read', 'read');
  try {
    const res = await call(op, () => client.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path, ref }));
    const data = res.data;
    if (!isObject(data) || data['type'] !== 'file') return null;
    return sha(data, 'sha', op.what);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Text of a file at a ref, or null when it does not exist there. */
export async function getFileText(client: GitHubClient, repo: RepoRef, path: string, ref: string): Promise<string | null> {
  const op = opOn(repo, `reading ${path} at the base commit`, 'contents: read', 'read');
  let data: unknown;
  try {
    data = (await call(op, () => client.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path, ref }))).data;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
  const file = object(data, op.what);
  if (file['type'] !== 'file') return null;
  if (file['encoding'] === 'base64' && typeof file['content'] === 'string' && file['content'] !== '') {
    return Buffer.from(file['content'], 'base64').toString('utf8');
  }
  // Files over 1 MB come without content: read the blob instead.
  const blobSha = sha(file, 'sha', op.what);
  const blob = await call(op, () => client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...repo, file_sha: blobSha }));
  const body = object(blob.data, op.what);
  const content = string(body, 'content', op.what);
  return string(body, 'encoding', op.what) === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content;
}
