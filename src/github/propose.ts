// Proposing files through one branch and one pull request, for any record path (captures, flavor
// registrations, re-ingest batches). The decisions, in order:
//
// 1. A branch that cannot exist yet (`assumeNew`): no lookup. Tree on the default branch's tree; the
//    same tree id as the default branch means it already holds exactly these files: nothing to
//    propose. Otherwise commit, create the branch, create the pull request (no lookups after creating
//    them). A 422 "Reference already exists" falls back to 2 with the commit already made.
// 2. The branch exists: its head commit carries the source version (a commit trailer); a newer version
//    there means a newer run already wrote it, and this run stops as superseded.
//    - With an open pull request: commit on the branch head (a fast forward), unless the new tree id
//      equals the head's (nothing changed). The pull request follows.
//    - Without one (merged, squash-merged, closed) or without a branch: start again from the default
//      branch as it is now. Same tree id as the default branch: nothing to propose. Otherwise the branch
//      is reset (or created) to one commit on the default branch head, and a new pull request opened:
//      a clean one-file change whatever the old branch held.
// A branch that moved under us (another run) is read again, at most `attempts` times in all, without
// sleeping: the conflict is settled by reading, not by waiting.
import { blobShas, createBranch, createCommit, createTree, getBaseHead, getBranchHead, gitBlobSha, moveBranch, type BranchHead } from './git.ts';
import type { GitHubClient } from './client.ts';
import { GitHubError, opOn } from './errors.ts';
import { ensurePullRequest, findPullRequest } from './pulls.ts';
import type { EnsuredPullRequest, FileChange, RepoRef } from './types.ts';

/** Name of the commit trailer holding the source version (e.g. the issue's `updated_at`). */
export const VERSION_TRAILER = 'Wacrg-Source-Version';

export interface ProposalSpec {
  /** Branch name without `refs/heads/`. */
  branch: string;
  /** The default branch (pull requests go there; a fresh branch starts from its head). */
  base: string;
  files: FileChange[];
  /** Commit message; the version trailer is appended. */
  message: string;
  /**
   * Version of the source the files were made from, ordered as strings (ISO 8601 UTC `updated_at`).
   * A branch whose head carries a newer version is never overwritten.
   */
  version?: string;
  /** The branch cannot exist yet (no run wrote for this source): skip its lookup. Safe when wrong. */
  assumeNew?: boolean;
  pullRequest: { title: string; body: string; labels: string[] };
  /** Say which files changed (one recursive tree read more; the re-ingest's per-issue lines). */
  perFileStatus?: boolean;
  /** Branch reads + writes before giving up when the branch keeps moving (default 3). */
  attempts?: number;
  /**
   * Asked once, right before the first write: is the source still the version the files were made
   * from? `false` ends the proposal as superseded with nothing written.
   */
  stillCurrent?: () => Promise<boolean>;
}

export type Proposal =
  | { outcome: 'superseded'; branch: string; /** The newer version found, or `newer` when `stillCurrent` said no. */ newerVersion: string }
  | { outcome: 'nothing-to-propose'; branch: string }
  | {
      outcome: 'proposed';
      branch: string;
      /** A commit was made by this run. */
      committed: boolean;
      /** What happened to the branch: created, fast-forwarded, reset to the default branch, or left as it was. */
      branchAction: 'created' | 'updated' | 'reset' | 'unchanged';
      /** Null when GitHub found no commits between the branch and the base (cannot happen after a reset). */
      pullRequest: EnsuredPullRequest | null;
      /** With `perFileStatus`: paths whose content differed from the starting point. */
      changed?: string[];
      unchanged?: string[];
    };

/** The version recorded in a commit message by an earlier run, if any. */
export function versionOf(message: string): string | undefined {
  const match = new RegExp(`^${VERSION_TRAILER}: (\\S+)\\s*$`, 'm').exec(message);
  return match?.[1];
}

function withTrailer(message: string, version: string | undefined): string {
  return version === undefined ? message : `${message.replace(/\s+$/, '')}\n\n${VERSION_TRAILER}: ${version}`;
}

/** A commit made on the default branch head in this run, reusable by a later step. */
interface FromBase {
  base: BranchHead;
  tree: string;
  commit?: string;
}

export async function proposeFiles(client: GitHubClient, repo: RepoRef, spec: ProposalSpec): Promise<Proposal> {
  const { branch } = spec;
  const message = withTrailer(spec.message, spec.version);
  let checked = false;
  /** The first write waits for the source check; false: stop, nothing written. */
  const current = async (): Promise<boolean> => {
    if (checked || spec.stillCurrent === undefined) return true;
    checked = true;
    return spec.stillCurrent();
  };
  const stale: Proposal = { outcome: 'superseded', branch, newerVersion: 'newer' };
  let fromBase: FromBase | undefined;
  const treeOnBase = async (): Promise<FromBase | null> => {
    if (fromBase) return fromBase;
    const base = await getBaseHead(client, repo, spec.base);
    if (!(await current())) return null;
    fromBase = { base, tree: await createTree(client, repo, base.treeSha, spec.files, branch) };
    return fromBase;
  };
  const commitOnBase = async (fb: FromBase): Promise<string> => (fb.commit ??= await createCommit(client, repo, fb.tree, [fb.base.sha], message, branch));
  const statuses = async (treeSha: string, commitSha: string) => {
    if (!spec.perFileStatus) return {};
    const current = await blobShas(client, repo, treeSha, commitSha, spec.files.map((f) => f.path));
    const changed = spec.files.filter((f) => current.get(f.path) !== gitBlobSha(f.content)).map((f) => f.path);
    return { changed, unchanged: spec.files.map((f) => f.path).filter((p) => !changed.includes(p)) };
  };
  const pr = (known: Parameters<typeof ensurePullRequest>[2]['known']) =>
    ensurePullRequest(client, repo, { branch, base: spec.base, ...spec.pullRequest, ...(known !== undefined ? { known } : {}) });

  if (spec.assumeNew) {
    const fb = await treeOnBase();
    if (fb === null) return stale;
    if (fb.tree === fb.base.treeSha) return { outcome: 'nothing-to-propose', branch };
    const status = await statuses(fb.base.treeSha, fb.base.sha);
    if ((await createBranch(client, repo, branch, await commitOnBase(fb))) === 'created') {
      return { outcome: 'proposed', branch, committed: true, branchAction: 'created', pullRequest: await pr(null), ...status };
    }
  }

  const attempts = spec.attempts ?? 3;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const head = await getBranchHead(client, repo, branch);
    const recorded = head ? versionOf(head.message) : undefined;
    if (spec.version !== undefined && recorded !== undefined && recorded > spec.version) {
      return { outcome: 'superseded', branch, newerVersion: recorded };
    }
    // A pull request whose head branch was deleted is closed: no lookup without a branch.
    const open = head ? await findPullRequest(client, repo, branch, spec.base) : null;
    if (head && open) {
      if (!(await current())) return stale;
      const tree = await createTree(client, repo, head.treeSha, spec.files, branch);
      const status = await statuses(head.treeSha, head.sha);
      if (tree === head.treeSha) return { outcome: 'proposed', branch, committed: false, branchAction: 'unchanged', pullRequest: await pr(open), ...status };
      const commit = await createCommit(client, repo, tree, [head.sha], message, branch);
      if ((await moveBranch(client, repo, branch, commit, false)) === 'moved') continue;
      return { outcome: 'proposed', branch, committed: true, branchAction: 'updated', pullRequest: await pr(open), ...status };
    }
    // No open pull request: start from the default branch as it is now.
    const fb = await treeOnBase();
    if (fb === null) return stale;
    if (fb.tree === fb.base.treeSha) return { outcome: 'nothing-to-propose', branch };
    const status = await statuses(fb.base.treeSha, fb.base.sha);
    if (head && head.treeSha === fb.tree && head.parents.length === 1 && head.parents[0] === fb.base.sha) {
      // Already exactly one commit with these files on today's default branch (an earlier run that
      // could not open the pull request): open it, no second commit.
      return { outcome: 'proposed', branch, committed: false, branchAction: 'unchanged', pullRequest: await pr(null), ...status };
    }
    const commit = await commitOnBase(fb);
    if (head === null) {
      if ((await createBranch(client, repo, branch, commit)) === 'exists') continue;
      return { outcome: 'proposed', branch, committed: true, branchAction: 'created', pullRequest: await pr(null), ...status };
    }
    if ((await moveBranch(client, repo, branch, commit, true)) === 'moved') continue;
    return { outcome: 'proposed', branch, committed: true, branchAction: 'reset', pullRequest: await pr(null), ...status };
  }
  const op = opOn(repo, `updating branch ${branch}`, 'contents: write', 'ref');
  throw new GitHubError(
    `${op.what} failed: the branch changed under this run ${attempts} times in a row (another run or a push was writing to it). ` +
      'Nothing was lost; re-run the job once the other writer is done. If it keeps happening, check which workflow, app or rule writes to that branch.',
    409,
    'branch kept moving',
    op,
  );
}
