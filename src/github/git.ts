// Branch + commit through the REST git API: refs, one tree with inline content, one commit, a
// fast-forward-only ref update. No commit when every file already has exactly the new content.
import { createHash } from 'node:crypto';
import { array, child, isObject, object, sha, string, boolean } from './check.ts';
import type { GitHubClient } from './client.ts';
import { call, GitHubError, isNotFound, statusOf } from './errors.ts';
import type { CommitResult, FileChange, RepoRef } from './types.ts';

/** Git's object id of a blob: SHA-1 of `blob <byte length>\0` followed by the bytes. */
export function gitBlobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

/** Head commit of a branch, or null when the branch does not exist. */
export async function getBranchSha(client: GitHubClient, repo: RepoRef, branch: string): Promise<string | null> {
  const what = `reading branch ${branch}`;
  try {
    const res = await call({ what, permission: 'contents: read' }, () =>
      client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repo, ref: `heads/${branch}` }),
    );
    return sha(child(object(res.data, what), 'object', what), 'sha', what);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

export async function getDefaultBranch(client: GitHubClient, repo: RepoRef): Promise<string> {
  const what = 'reading the repository';
  const res = await call({ what, permission: 'contents: read' }, () => client.request('GET /repos/{owner}/{repo}', { ...repo }));
  return string(object(res.data, what), 'default_branch', what);
}

async function treeOfCommit(client: GitHubClient, repo: RepoRef, commitSha: string): Promise<string> {
  const what = 'reading a commit';
  const res = await call({ what, permission: 'contents: read' }, () =>
    client.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...repo, commit_sha: commitSha }),
  );
  return sha(child(object(res.data, what), 'tree', what), 'sha', what);
}

/** Blob SHAs of the given paths in a tree (absent paths are missing from the map). */
async function blobShas(client: GitHubClient, repo: RepoRef, treeSha: string, commitSha: string, paths: string[]): Promise<Map<string, string>> {
  const what = 'reading a tree';
  const res = await call({ what, permission: 'contents: read' }, () =>
    client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...repo, tree_sha: treeSha, recursive: '1' }),
  );
  const data = object(res.data, what);
  const found = new Map<string, string>();
  if (!boolean(data, 'truncated', what)) {
    const wanted = new Set(paths);
    for (const item of array(data['tree'], what, 'field "tree"')) {
      const entry = object(item, what, 'a tree entry');
      const path = string(entry, 'path', what);
      if (wanted.has(path) && entry['type'] === 'blob') found.set(path, sha(entry, 'sha', what));
    }
    return found;
  }
  // A very large tree comes back truncated: ask for each file instead.
  for (const path of paths) {
    const blob = await fileSha(client, repo, path, commitSha);
    if (blob !== null) found.set(path, blob);
  }
  return found;
}

async function fileSha(client: GitHubClient, repo: RepoRef, path: string, ref: string): Promise<string | null> {
  const what = 'reading a file';
  try {
    const res = await call({ what, permission: 'contents: read' }, () =>
      client.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path, ref }),
    );
    const data = res.data;
    if (!isObject(data) || data['type'] !== 'file') return null;
    return sha(data, 'sha', what);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

export interface CommitOptions {
  /** Branch name without `refs/heads/`. */
  branch: string;
  /** Branch to start from when `branch` does not exist yet (the default branch). */
  baseBranch: string;
  files: FileChange[];
  message: string;
  /** Total attempts when the ref moved under us (optimistic concurrency). */
  attempts?: number;
}

function isRefConflict(error: unknown): boolean {
  const status = statusOf(error);
  return status === 422 || status === 409;
}

/**
 * Writes the files on the branch in one commit, creating the branch from the base branch head when
 * it is missing. Skips the commit when every file already has exactly this content. When the ref
 * moved between read and update (422 not a fast forward / reference exists), re-reads and retries.
 */
export async function commitFiles(client: GitHubClient, repo: RepoRef, options: CommitOptions): Promise<CommitResult> {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await commitOnce(client, repo, options);
    } catch (error) {
      if (!(error instanceof RefConflict) || attempt >= attempts) {
        if (error instanceof RefConflict) throw error.cause;
        throw error;
      }
    }
  }
}

class RefConflict extends Error {
  override readonly cause: GitHubError;
  constructor(cause: GitHubError) {
    super(cause.message);
    this.cause = cause;
  }
}

async function commitOnce(client: GitHubClient, repo: RepoRef, options: CommitOptions): Promise<CommitResult> {
  const { branch, files } = options;
  const branchHead = await getBranchSha(client, repo, branch);
  const startSha = branchHead ?? (await getBranchSha(client, repo, options.baseBranch));
  if (startSha === null) {
    throw new GitHubError(
      `reading branch ${options.baseBranch} failed: the base branch does not exist`,
      404,
      'Not Found',
      { what: 'reading the base branch', permission: 'contents: read' },
    );
  }
  const treeSha = await treeOfCommit(client, repo, startSha);
  const current = await blobShas(client, repo, treeSha, startSha, files.map((f) => f.path));
  const changed = files.filter((f) => current.get(f.path) !== gitBlobSha(f.content));
  const unchanged = files.filter((f) => !changed.includes(f)).map((f) => f.path);
  const base = { branch, unchanged, changed: changed.map((f) => f.path) };
  if (changed.length === 0) {
    return { ...base, createdBranch: false, branchExists: branchHead !== null, committed: false, headSha: startSha };
  }
  const write = { what: `committing to branch ${branch}`, permission: 'contents: write' } as const;
  const tree = await call(write, () =>
    client.request('POST /repos/{owner}/{repo}/git/trees', {
      ...repo,
      base_tree: treeSha,
      tree: changed.map((f) => ({ path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.content })),
    }),
  );
  const newTree = sha(object(tree.data, write.what), 'sha', write.what);
  const commit = await call(write, () =>
    client.request('POST /repos/{owner}/{repo}/git/commits', { ...repo, message: options.message, tree: newTree, parents: [startSha] }),
  );
  const commitSha = sha(object(commit.data, write.what), 'sha', write.what);
  try {
    if (branchHead === null) {
      await call(write, () => client.request('POST /repos/{owner}/{repo}/git/refs', { ...repo, ref: `refs/heads/${branch}`, sha: commitSha }));
    } else {
      await call(write, () =>
        client.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...repo, ref: `heads/${branch}`, sha: commitSha, force: false }),
      );
    }
  } catch (error) {
    if (error instanceof GitHubError && isRefConflict(error)) throw new RefConflict(error);
    throw error;
  }
  return { ...base, createdBranch: branchHead === null, branchExists: true, committed: true, headSha: commitSha };
}

/** Text of a file at a ref, or null when it does not exist there. */
export async function getFileText(client: GitHubClient, repo: RepoRef, path: string, ref: string): Promise<string | null> {
  const what = `reading ${path} at the base commit`;
  let data: unknown;
  try {
    data = (await call({ what, permission: 'contents: read' }, () => client.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path, ref }))).data;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
  const file = object(data, what);
  if (file['type'] !== 'file') return null;
  if (file['encoding'] === 'base64' && typeof file['content'] === 'string' && file['content'] !== '') {
    return Buffer.from(file['content'], 'base64').toString('utf8');
  }
  // Files over 1 MB come without content: read the blob instead.
  const blobSha = sha(file, 'sha', what);
  const blob = await call({ what, permission: 'contents: read' }, () =>
    client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...repo, file_sha: blobSha }),
  );
  const body = object(blob.data, what);
  const content = string(body, 'content', what);
  return string(body, 'encoding', what) === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content;
}
