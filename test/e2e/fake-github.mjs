// A stateful fake of the GitHub REST endpoints the action uses, on 127.0.0.1 (random port).
// Real git object ids (blob/tree/commit SHA-1), real response shapes for the fields clients read,
// every request checked against GitHub's OpenAPI description (violations are recorded, and the
// tests assert there are none). Plain JS with JSDoc types: the demo runs it on Node 20 as is.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { checkRequest, preloadOpenApi } from './openapi-check.mjs';

/**
 * @typedef {{ login: string; id: number; type: 'User' | 'Bot' }} User
 * @typedef {{ name: string; mode: string; type: 'blob' | 'tree'; sha: string }} TreeEntry
 * @typedef {{ type: 'blob'; content: Buffer } | { type: 'tree'; entries: TreeEntry[]; body: Buffer; starts: Uint32Array } | { type: 'commit'; tree: string; parents: string[]; message: string; date: string }} GitObject
 * @typedef {{ id: number; issue: number; body: string; user: User; created_at: string; updated_at: string; app?: string }} Comment
 * @typedef {{ number: number; title: string; body: string | null; user: User; labels: string[]; state: 'open' | 'closed'; created_at: string; updated_at: string;
 *   pull?: { head: string; base: string; headRepo: string; files?: PullFile[]; merged?: boolean } }} Issue
 * @typedef {{ filename: string; status: string; previous_filename?: string }} PullFile
 * @typedef {{ method?: string; route?: string; path?: RegExp; times?: number; status: number; body?: unknown; rawBody?: Buffer; headers?: Record<string, string> }} Injection
 * @typedef {{ method: string; path: string; route: string | null; status: number; injected: boolean; token: string }} RequestRecord
 */

const DOCS = 'https://docs.github.com/rest';
const BOT = /** @type {User} */ ({ login: 'github-actions[bot]', id: 41898282, type: 'Bot' });

/** git orders a tree's entries by name, a subtree's name compared as if it ended in '/'. @param {TreeEntry} e */
const keyOf = (e) => (e.type === 'tree' ? `${e.name}/` : e.name);

/**
 * git compares names as bytes (UTF-8), JavaScript's `<` as UTF-16 code units: the two differ where a
 * character above U+FFFF meets one from U+E000 to U+FFFF. ASCII names, nearly all, take the fast way.
 * @param {string} a
 * @param {string} b
 */
const compareKeys = (a, b) => (/^[\x00-\x7f]*$/.test(a) && /^[\x00-\x7f]*$/.test(b) ? (a < b ? -1 : a > b ? 1 : 0) : Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));

/**
 * The first index in `entries` (in git's tree order) whose key is not below `key`.
 * @param {TreeEntry[]} entries
 * @param {string} key
 */
function lowerBound(entries, key) {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKeys(keyOf(/** @type {TreeEntry} */ (entries[mid])), key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sha1(...parts) {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/**
 * @param {{ owner?: string; repo?: string; defaultBranch?: string; files?: { path: string; text: string }[]; bot?: User; botApp?: string; tokenUser?: User; checkOpenApi?: boolean; firstNumber?: number; otherRepos?: string[] }} [options]
 *   botApp: slug of the GitHub App the token belongs to (comments it writes carry performed_via_github_app);
 *   tokenUser: the user a user token authenticates as (GET /user); absent: an app token (403).
 *   otherRepos: `owner/name` of further repositories that only have issues (a flavor's notify_repo).
 */
export async function startFakeGitHub(options = {}) {
  const owner = options.owner ?? 'wacrg';
  const repoName = options.repo ?? 'spec';
  const fullName = `${owner}/${repoName}`;
  const defaultBranch = options.defaultBranch ?? 'main';
  const bot = options.bot ?? BOT;
  const botApp = options.botApp;
  const tokenUser = options.tokenUser;
  const checkOpenApi = options.checkOpenApi ?? true;
  if (checkOpenApi) preloadOpenApi();

  let clock = Date.parse('2026-07-01T10:00:00Z');
  const now = () => new Date((clock += 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');

  /** @type {Map<string, GitObject>} */
  const objects = new Map();
  /** @type {Map<string, string>} refs/heads/x → commit sha */
  const refs = new Map();
  /** @type {Map<number, Issue>} */
  const issues = new Map();
  /** @type {Comment[]} */
  const comments = [];
  /** @type {Map<string, { id: number; name: string; color: string }>} */
  const labels = new Map();
  /** @type {string[]} */
  const violations = [];
  /** @type {RequestRecord[]} */
  const requests = [];
  /** @type {Injection[]} */
  const injections = [];
  /** @type {{ method?: string; route?: string; gate: Promise<void>; reached: () => void }[]} */
  const holds = [];
  let nextId = 1000;
  let nextNumber = options.firstNumber ?? 1;
  let rateRemaining = 1000;
  /** Issues of the other repositories (issues only: no git data, no pulls, no comments). @type {Map<string, { issues: Map<number, Issue>; next: number }>} */
  const others = new Map((options.otherRepos ?? []).map((name) => [name, { issues: new Map(), next: 1 }]));

  // ---- git objects ---------------------------------------------------------------------------
  function putBlob(content) {
    const bytes = Buffer.from(content, 'utf8');
    const sha = sha1(`blob ${bytes.byteLength}\0`, bytes);
    objects.set(sha, { type: 'blob', content: bytes });
    return sha;
  }
  /** One entry of git's tree body: `<mode> <name>\0<20-byte id>`. @param {TreeEntry} e */
  const bytesOf = (e) => Buffer.concat([Buffer.from(`${e.type === 'tree' ? '40000' : e.mode} ${e.name}\0`, 'utf8'), Buffer.from(e.sha, 'hex')]);
  /**
   * git's tree body for `entries` (in git's order), and `starts[i]` where entry i begins in it
   * (`starts[n]` = the body's length): kept with the tree so that updateTree can splice it.
   * @param {TreeEntry[]} entries
   * @returns {{ body: Buffer; starts: Uint32Array }}
   */
  function encodeTree(entries) {
    const parts = entries.map(bytesOf);
    const starts = new Uint32Array(entries.length + 1);
    parts.forEach((part, i) => (starts[i + 1] = (starts[i] ?? 0) + part.byteLength));
    return { body: Buffer.concat(parts), starts };
  }
  /**
   * Stores a tree: `entries` in git's order, `encoded` their body (encodeTree, or spliced by updateTree).
   * @param {TreeEntry[]} entries
   */
  function putTree(entries, { body, starts } = encodeTree(entries)) {
    const sha = sha1(`tree ${body.byteLength}\0`, body);
    objects.set(sha, { type: 'tree', entries, body, starts });
    return sha;
  }
  /** @param {TreeEntry[]} entries */
  const sortEntries = (entries) => [...entries].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  function putCommit(tree, parents, message) {
    const date = now();
    const seconds = Math.floor(Date.parse(date) / 1000);
    const who = `${bot.login} <${bot.id}+${bot.login}@users.noreply.github.com> ${seconds} +0000`;
    const text = `tree ${tree}\n${parents.map((p) => `parent ${p}\n`).join('')}author ${who}\ncommitter ${who}\n\n${message}`;
    const bytes = Buffer.from(text, 'utf8');
    const sha = sha1(`commit ${bytes.byteLength}\0`, bytes);
    objects.set(sha, { type: 'commit', tree, parents, message, date });
    return sha;
  }
  /** @returns {Map<string, { sha: string; mode: string }>} path → blob */
  function flatten(treeSha, prefix = '', out = new Map()) {
    const tree = objects.get(treeSha);
    if (!tree || tree.type !== 'tree') throw new Error('not a tree');
    for (const e of tree.entries) {
      const path = prefix + e.name;
      if (e.type === 'tree') flatten(e.sha, `${path}/`, out);
      else out.set(path, { sha: e.sha, mode: e.mode });
    }
    return out;
  }
  /** @param {Map<string, { sha: string; mode: string }>} files */
  function writeTree(files) {
    /** @type {Map<string, Map<string, { sha: string; mode: string }>>} */
    const dirs = new Map();
    /** @type {TreeEntry[]} */
    const entries = [];
    for (const [path, blob] of files) {
      const slash = path.indexOf('/');
      if (slash === -1) entries.push({ name: path, mode: blob.mode, type: 'blob', sha: blob.sha });
      else {
        const dir = path.slice(0, slash);
        if (!dirs.has(dir)) dirs.set(dir, new Map());
        dirs.get(dir)?.set(path.slice(slash + 1), blob);
      }
    }
    for (const [name, sub] of dirs) entries.push({ name, mode: '040000', type: 'tree', sha: writeTree(sub) });
    return putTree(sortEntries(entries));
  }
  /**
   * The tree `treeSha` (null: none) with `changes` applied (path relative to it → blob, or null to
   * delete), as git does it: only the trees on a changed path are written again, every other subtree
   * keeps its id. The same ids as writeTree(flatten(treeSha) with the changes), without walking the
   * whole repository: the intake's tree request costs the fake what the changed folders hold.
   * @param {string | null} treeSha
   * @param {Map<string, { sha: string; mode: string } | null>} changes
   * @returns {string | null} null when nothing is left
   */
  function updateTree(treeSha, changes) {
    const base = treeSha === null ? undefined : objects.get(treeSha);
    const old = base?.type === 'tree' ? base : { entries: [], body: Buffer.alloc(0), starts: new Uint32Array(1) };
    /** Where the entry named `name` (blob or subtree) sits in the base, or -1. */
    const indexOfName = (name) => {
      for (const key of [name, `${name}/`]) {
        const at = lowerBound(old.entries, key);
        if (old.entries[at]?.name === name) return at;
      }
      return -1;
    };
    /** The new entry for each changed name (null: removed), then the folders below. @type {Map<string, TreeEntry | null>} */
    const direct = new Map();
    /** @type {Map<string, Map<string, { sha: string; mode: string } | null>>} */
    const below = new Map();
    for (const [path, blob] of changes) {
      const slash = path.indexOf('/');
      if (slash === -1) {
        direct.set(path, blob === null ? null : { name: path, mode: blob.mode, type: 'blob', sha: blob.sha });
        continue;
      }
      const dir = path.slice(0, slash);
      if (!below.has(dir)) below.set(dir, new Map());
      below.get(dir)?.set(path.slice(slash + 1), blob);
    }
    for (const [dir, inner] of below) {
      const existing = direct.has(dir) ? direct.get(dir) : old.entries[indexOfName(dir)];
      const sha = updateTree(existing?.type === 'tree' ? existing.sha : null, inner);
      // Nothing left below: the folder goes, but a file of that name (set by this request) stays.
      if (sha !== null) direct.set(dir, { name: dir, mode: '040000', type: 'tree', sha });
      else if (existing?.type !== 'blob') direct.set(dir, null);
    }
    // The edits, in the base's order: each changed name's old entry dropped, its new one inserted
    // where git's order puts it. Between edits the base's entries and body bytes are copied in runs,
    // so a folder of 10,000 captures with one new file costs a few copies, not 10,000 entries re-encoded.
    /** @type {{ at: number; drop: boolean; entry: TreeEntry | null }[]} */
    const edits = [];
    for (const [name, entry] of direct) {
      const at = indexOfName(name);
      if (at !== -1) edits.push({ at, drop: true, entry: null });
      if (entry !== null) edits.push({ at: lowerBound(old.entries, keyOf(entry)), drop: false, entry });
    }
    // By place; at one place the drop first, then the inserts in git's order (a total order: the
    // inserts must not be left in the request's order around a drop).
    edits.sort((a, b) => a.at - b.at || Number(b.drop) - Number(a.drop) || (a.entry && b.entry ? compareKeys(keyOf(a.entry), keyOf(b.entry)) : 0));
    /** @type {TreeEntry[]} */
    let entries = [];
    /** @type {Buffer[]} */
    const parts = [];
    /** @type {number[]} */
    const starts = [0];
    let from = 0;
    const copy = (to) => {
      if (to <= from) return;
      entries = entries.concat(old.entries.slice(from, to));
      const shift = (starts.at(-1) ?? 0) - (old.starts[from] ?? 0);
      for (let i = from + 1; i <= to; i++) starts.push((old.starts[i] ?? 0) + shift);
      parts.push(old.body.subarray(old.starts[from], old.starts[to]));
      from = to;
    };
    for (const edit of edits) {
      copy(edit.at);
      if (edit.drop) from = edit.at + 1;
      else if (edit.entry !== null) {
        const bytes = bytesOf(edit.entry);
        entries.push(edit.entry);
        parts.push(bytes);
        starts.push((starts.at(-1) ?? 0) + bytes.byteLength);
      }
    }
    copy(old.entries.length);
    return entries.length === 0 ? null : putTree(entries, { body: Buffer.concat(parts), starts: Uint32Array.from(starts) });
  }
  function treeOf(commitSha) {
    const commit = objects.get(commitSha);
    if (!commit || commit.type !== 'commit') throw new Error('not a commit');
    return commit.tree;
  }
  function isAncestor(ancestor, of) {
    const seen = new Set();
    const stack = [of];
    while (stack.length > 0) {
      const sha = stack.pop();
      if (sha === undefined || seen.has(sha)) continue;
      if (sha === ancestor) return true;
      seen.add(sha);
      const c = objects.get(sha);
      if (c && c.type === 'commit') stack.push(...c.parents);
    }
    return false;
  }
  /** Commit sha for a ref name, branch name or sha. */
  function resolveRef(ref) {
    if (/^[0-9a-f]{40}$/.test(ref) && objects.get(ref)?.type === 'commit') return ref;
    return refs.get(ref.startsWith('refs/') ? ref : ref.startsWith('heads/') ? `refs/${ref}` : `refs/heads/${ref}`) ?? null;
  }

  /** The nearest commit reachable from `head` (first parents, then all) that the base also reaches. */
  function mergeBase(head, base) {
    const queue = [head];
    const seen = new Set();
    while (queue.length > 0) {
      const sha = queue.shift();
      if (sha === undefined || seen.has(sha)) continue;
      seen.add(sha);
      if (isAncestor(sha, base)) return sha;
      const c = objects.get(sha);
      if (c && c.type === 'commit') queue.push(...c.parents);
    }
    return null;
  }
  /** @param {Issue} i */
  function pullChanges(i) {
    if (!i.pull) throw new Error('not a pull request');
    const baseSha = refs.get(`refs/heads/${i.pull.base}`);
    const headSha = refs.get(`refs/heads/${i.pull.head}`);
    if (!baseSha || !headSha) throw new Error('base or head branch missing');
    const mb = mergeBase(headSha, baseSha);
    const from = mb ? flatten(treeOf(mb)) : new Map();
    const to = flatten(treeOf(headSha));
    const now_ = flatten(treeOf(baseSha));
    /** @type {Map<string, { sha: string; mode: string } | null>} */
    const changes = new Map();
    for (const [path, blob] of to) if (from.get(path)?.sha !== blob.sha) changes.set(path, blob);
    for (const path of from.keys()) if (!to.has(path)) changes.set(path, null);
    /** @type {string[]} */
    const conflicts = [];
    for (const [path, blob] of changes) {
      const before = from.get(path)?.sha;
      const onBase = now_.get(path)?.sha;
      // Changed on the base since the merge base, to something else than the head has: a conflict.
      if (onBase !== before && onBase !== (blob?.sha ?? undefined)) conflicts.push(path);
    }
    return { baseSha, headSha, changes, conflicts };
  }

  // Seed the default branch.
  {
    const files = new Map((options.files ?? []).map((f) => [f.path, { sha: putBlob(f.text), mode: '100644' }]));
    refs.set(`refs/heads/${defaultBranch}`, putCommit(writeTree(files), [], 'Initial commit'));
  }

  // ---- JSON shapes ---------------------------------------------------------------------------
  const api = () => server.url;
  const userJson = (u) => ({ login: u.login, id: u.id, node_id: `U_${u.id}`, type: u.type, site_admin: false, url: `${api()}/users/${u.login}`, html_url: `https://github.com/${u.login}` });
  const repoJson = () => ({
    id: 1,
    node_id: 'R_1',
    name: repoName,
    full_name: fullName,
    private: false,
    owner: userJson({ login: owner, id: 1, type: 'User' }),
    html_url: `https://github.com/${fullName}`,
    url: `${api()}/repos/${fullName}`,
    default_branch: defaultBranch,
  });
  const labelJson = (name) => {
    let label = labels.get(name);
    if (!label) labels.set(name, (label = { id: nextId++, name, color: 'ededed' }));
    return { id: label.id, node_id: `LA_${label.id}`, url: `${api()}/repos/${fullName}/labels/${encodeURIComponent(name)}`, name, color: label.color, default: false, description: null };
  };
  /** @param {Issue} i @param {string} [repoFull] */
  const issueJson = (i, repoFull = fullName) => ({
    id: 10_000 + i.number,
    node_id: `I_${i.number}`,
    url: `${api()}/repos/${repoFull}/issues/${i.number}`,
    repository_url: `${api()}/repos/${repoFull}`,
    html_url: `https://github.com/${repoFull}/${i.pull ? 'pull' : 'issues'}/${i.number}`,
    number: i.number,
    state: i.state,
    title: i.title,
    body: i.body,
    user: userJson(i.user),
    labels: i.labels.map(labelJson),
    locked: false,
    comments: comments.filter((c) => c.issue === i.number).length,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: null,
    author_association: 'NONE',
    ...(i.pull
      ? { pull_request: { url: `${api()}/repos/${repoFull}/pulls/${i.number}`, html_url: `https://github.com/${repoFull}/pull/${i.number}`, diff_url: '', patch_url: '' } }
      : {}),
  });
  const branchJson = (ref, repoFull) => ({
    label: `${repoFull.split('/')[0]}:${ref}`,
    ref,
    sha: refs.get(`refs/heads/${ref}`) ?? '0'.repeat(40),
    user: userJson({ login: repoFull.split('/')[0] ?? owner, id: 1, type: 'User' }),
    repo: { ...repoJson(), full_name: repoFull },
  });
  /** @param {Issue} i */
  const pullJson = (i) => {
    if (!i.pull) throw new Error('not a pull request');
    return {
      id: 20_000 + i.number,
      node_id: `PR_${i.number}`,
      url: `${api()}/repos/${fullName}/pulls/${i.number}`,
      html_url: `https://github.com/${fullName}/pull/${i.number}`,
      number: i.number,
      state: i.state,
      locked: false,
      title: i.title,
      body: i.body,
      user: userJson(i.user),
      labels: i.labels.map(labelJson),
      draft: false,
      merged: i.pull.merged ?? false,
      created_at: i.created_at,
      updated_at: i.updated_at,
      head: branchJson(i.pull.head, i.pull.headRepo),
      base: branchJson(i.pull.base, fullName),
      author_association: 'NONE',
    };
  };
  /** @param {Comment} c */
  const commentJson = (c) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${api()}/repos/${fullName}/issues/comments/${c.id}`,
    html_url: `https://github.com/${fullName}/issues/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${api()}/repos/${fullName}/issues/${c.issue}`,
    body: c.body,
    user: userJson(c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    performed_via_github_app: c.app ? { id: 7, slug: c.app, name: c.app, owner: userJson({ login: owner, id: 1, type: 'User' }) } : null,
  });
  const refJson = (ref, sha) => ({ ref, node_id: `REF_${sha.slice(0, 8)}`, url: `${api()}/repos/${fullName}/git/${ref}`, object: { sha, type: 'commit', url: `${api()}/repos/${fullName}/git/commits/${sha}` } });
  const commitJson = (sha) => {
    const c = objects.get(sha);
    if (!c || c.type !== 'commit') throw new Error('not a commit');
    const person = { name: bot.login, email: `${bot.id}+${bot.login}@users.noreply.github.com`, date: c.date };
    return {
      sha,
      node_id: `C_${sha.slice(0, 8)}`,
      url: `${api()}/repos/${fullName}/git/commits/${sha}`,
      html_url: `https://github.com/${fullName}/commit/${sha}`,
      author: person,
      committer: person,
      message: c.message,
      tree: { sha: c.tree, url: `${api()}/repos/${fullName}/git/trees/${c.tree}` },
      parents: c.parents.map((p) => ({ sha: p, url: `${api()}/repos/${fullName}/git/commits/${p}`, html_url: `https://github.com/${fullName}/commit/${p}` })),
      verification: { verified: true, reason: 'valid', signature: null, payload: null, verified_at: c.date },
    };
  };

  const treeJson = (treeSha, recursive) => {
    const list = [];
    const walk = (sha, prefix) => {
      const t = objects.get(sha);
      if (!t || t.type !== 'tree') return;
      for (const e of t.entries) {
        const blob = objects.get(e.sha);
        list.push({
          path: prefix + e.name,
          mode: e.type === 'tree' ? '040000' : e.mode,
          type: e.type,
          sha: e.sha,
          ...(e.type === 'blob' && blob?.type === 'blob' ? { size: blob.content.byteLength } : {}),
          url: `${api()}/repos/${fullName}/git/${e.type}s/${e.sha}`,
        });
        if (recursive && e.type === 'tree') walk(e.sha, `${prefix}${e.name}/`);
      }
    };
    walk(treeSha, '');
    return { sha: treeSha, url: `${api()}/repos/${fullName}/git/trees/${treeSha}`, tree: list, truncated: false };
  };

  // ---- responses -----------------------------------------------------------------------------
  const ok = (body, status = 200) => ({ status, body });
  const fail = (status, message, extra = {}) => ({ status, body: { message, documentation_url: DOCS, status: String(status), ...extra } });
  const notFound = () => fail(404, 'Not Found');
  const validationFailed = (message, resource) => fail(422, 'Validation Failed', { errors: [{ resource, code: 'custom', message }] });

  function paginate(list, query, url) {
    const perPage = Math.min(Number(query.get('per_page') ?? 30) || 30, 100);
    const page = Math.max(Number(query.get('page') ?? 1) || 1, 1);
    const last = Math.max(1, Math.ceil(list.length / perPage));
    const headers = {};
    if (page < last) {
      const link = (p) => {
        const u = new URL(url);
        u.searchParams.set('page', String(p));
        return u.toString();
      };
      headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
    }
    return { status: 200, body: list.slice((page - 1) * perPage, page * perPage), headers };
  }

  const issueOr404 = (n) => issues.get(Number(n));

  /** @type {Record<string, (p: Record<string, string>, q: URLSearchParams, body: any, url: string) => { status: number; body?: unknown; headers?: Record<string, string> }>} */
  const handlers = {
    'GET /repos/{owner}/{repo}': () => ok(repoJson()),
    'GET /repos/{owner}/{repo}/branches/{branch}': (p) => {
      const sha = refs.get(`refs/heads/${p.branch}`);
      if (!sha) return fail(404, 'Branch not found');
      const commit = commitJson(sha);
      return ok({
        name: p.branch,
        commit: {
          sha,
          node_id: commit.node_id,
          commit: { author: commit.author, committer: commit.committer, message: commit.message, tree: commit.tree, url: commit.url, comment_count: 0, verification: commit.verification },
          url: `${api()}/repos/${fullName}/commits/${sha}`,
          html_url: commit.html_url,
          comments_url: `${api()}/repos/${fullName}/commits/${sha}/comments`,
          author: userJson(bot),
          committer: userJson(bot),
          parents: commit.parents,
        },
        _links: { self: `${api()}/repos/${fullName}/branches/${p.branch}`, html: `https://github.com/${fullName}/tree/${p.branch}` },
        protected: false,
        protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
        protection_url: `${api()}/repos/${fullName}/branches/${p.branch}/protection`,
      });
    },
    'GET /repos/{owner}/{repo}/git/ref/{ref}': (p) => {
      const sha = refs.get(`refs/${p.ref}`);
      return sha ? ok(refJson(`refs/${p.ref}`, sha)) : notFound();
    },
    'POST /repos/{owner}/{repo}/git/refs': (_p, _q, body) => {
      if (!/^refs\/[^/]+\/.+/.test(body.ref)) return fail(422, 'Reference name is invalid');
      if (refs.has(body.ref)) return fail(422, 'Reference already exists');
      if (objects.get(body.sha)?.type !== 'commit') return fail(422, 'Object does not exist');
      refs.set(body.ref, body.sha);
      return ok(refJson(body.ref, body.sha), 201);
    },
    'PATCH /repos/{owner}/{repo}/git/refs/{ref}': (p, _q, body) => {
      const name = `refs/${p.ref}`;
      const current = refs.get(name);
      if (!current) return fail(422, 'Reference does not exist');
      if (objects.get(body.sha)?.type !== 'commit') return fail(422, 'Object does not exist');
      if (body.force !== true && !isAncestor(current, body.sha)) return fail(422, 'Update is not a fast forward');
      refs.set(name, body.sha);
      return ok(refJson(name, body.sha));
    },
    'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': (p) => (objects.get(p.commit_sha)?.type === 'commit' ? ok(commitJson(p.commit_sha)) : notFound()),
    'POST /repos/{owner}/{repo}/git/commits': (_p, _q, body) => {
      if (objects.get(body.tree)?.type !== 'tree') return fail(422, 'Tree SHA does not exist');
      for (const parent of body.parents ?? []) if (objects.get(parent)?.type !== 'commit') return fail(422, 'Parent SHA does not exist or is not a commit object');
      return ok(commitJson(putCommit(body.tree, body.parents ?? [], body.message)), 201);
    },
    'GET /repos/{owner}/{repo}/compare/{basehead}': (p) => {
      const m = /^(.+?)\.\.\.(.+)$/.exec(p.basehead);
      const base = m ? resolveRef(m[1] ?? '') : null;
      const head = m ? resolveRef(m[2] ?? '') : null;
      if (!base || !head) return notFound();
      const before = flatten(treeOf(base));
      const after = flatten(treeOf(head));
      const files = [];
      for (const [path, blob] of after) {
        const old = before.get(path);
        if (!old) files.push({ filename: path, status: 'added', sha: blob.sha });
        else if (old.sha !== blob.sha) files.push({ filename: path, status: 'modified', sha: blob.sha });
      }
      for (const [path, blob] of before) if (!after.has(path)) files.push({ filename: path, status: 'removed', sha: blob.sha });
      files.sort((a, b) => (a.filename < b.filename ? -1 : 1));
      const commits = [];
      for (let sha = head; sha && sha !== base; ) {
        commits.unshift(commitJson(sha));
        const c = objects.get(sha);
        sha = c && c.type === 'commit' ? (c.parents[0] ?? '') : '';
      }
      return ok({
        url: `${api()}/repos/${fullName}/compare/${p.basehead}`,
        html_url: `https://github.com/${fullName}/compare/${p.basehead}`,
        permalink_url: `https://github.com/${fullName}/compare/${p.basehead}`,
        diff_url: `https://github.com/${fullName}/compare/${p.basehead}.diff`,
        patch_url: `https://github.com/${fullName}/compare/${p.basehead}.patch`,
        base_commit: commitJson(base),
        merge_base_commit: commitJson(base),
        status: 'ahead',
        ahead_by: commits.length,
        behind_by: 0,
        total_commits: commits.length,
        commits,
        files: files.slice(0, 300).map((f) => ({ ...f, additions: 1, deletions: 0, changes: 1, blob_url: '', raw_url: '', contents_url: '' })),
      });
    },
    'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': (p, q) => {
      const tree = objects.get(p.tree_sha);
      if (!tree || tree.type !== 'tree') return notFound();
      return ok(treeJson(p.tree_sha, q.has('recursive')));
    },
    'POST /repos/{owner}/{repo}/git/trees': (_p, _q, body) => {
      if (body.base_tree !== undefined && objects.get(body.base_tree)?.type !== 'tree') return fail(422, 'base_tree is not a valid tree oid');
      /** @type {Map<string, { sha: string; mode: string } | null>} */
      const changes = new Map();
      for (const e of body.tree) {
        if (e.content !== undefined && e.sha !== undefined) return fail(422, 'Must supply either tree.sha or tree.content, not both');
        if (e.type !== 'blob') return fail(422, 'only blobs are supported by the fake');
        if (e.sha === null) changes.set(e.path, null);
        else if (e.content !== undefined) changes.set(e.path, { sha: putBlob(e.content), mode: e.mode });
        else if (objects.get(e.sha)?.type === 'blob') changes.set(e.path, { sha: e.sha, mode: e.mode });
        else return fail(422, 'tree.sha is not a valid blob');
      }
      // A later entry for the same path wins, as it did when the entries were applied to a flat map.
      return ok(treeJson(updateTree(body.base_tree ?? null, changes) ?? putTree([]), false), 201);
    },
    'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': (p) => {
      const blob = objects.get(p.file_sha);
      if (!blob || blob.type !== 'blob') return notFound();
      return ok({ sha: p.file_sha, node_id: `B_${p.file_sha.slice(0, 8)}`, size: blob.content.byteLength, url: `${api()}/repos/${fullName}/git/blobs/${p.file_sha}`, content: blob.content.toString('base64'), encoding: 'base64' });
    },
    'GET /repos/{owner}/{repo}/contents/{path}': (p, q) => {
      const commit = resolveRef(q.get('ref') ?? defaultBranch);
      if (!commit) return fail(404, `No commit found for the ref ${q.get('ref')}`);
      const files = flatten(treeOf(commit));
      const file = files.get(p.path);
      const links = (path, sha) => ({
        url: `${api()}/repos/${fullName}/contents/${path}`,
        git_url: `${api()}/repos/${fullName}/git/blobs/${sha}`,
        html_url: `https://github.com/${fullName}/blob/${commit}/${path}`,
        download_url: `https://raw.githubusercontent.com/${fullName}/${commit}/${path}`,
      });
      if (file) {
        const blob = objects.get(file.sha);
        if (!blob || blob.type !== 'blob') return notFound();
        const l = links(p.path, file.sha);
        return ok({ type: 'file', encoding: 'base64', size: blob.content.byteLength, name: p.path.split('/').pop(), path: p.path, content: blob.content.toString('base64').replace(/(.{60})/g, '$1\n'), sha: file.sha, ...l, _links: { self: l.url, git: l.git_url, html: l.html_url } });
      }
      const prefix = `${p.path}/`;
      const children = new Map();
      for (const [path, blob] of files) {
        if (!path.startsWith(prefix)) continue;
        const rest = path.slice(prefix.length);
        const name = rest.split('/')[0] ?? rest;
        if (!children.has(name)) children.set(name, rest.includes('/') ? { type: 'dir', sha: '0'.repeat(40) } : { type: 'file', sha: blob.sha });
      }
      if (children.size === 0) return notFound();
      return ok([...children].map(([name, c]) => ({ type: c.type, name, path: prefix + name, sha: c.sha, size: 0, ...links(prefix + name, c.sha), _links: {} })));
    },
    'GET /repos/{owner}/{repo}/pulls': (_p, q, _b, url) => {
      const head = q.get('head');
      const base = q.get('base');
      const state = q.get('state') ?? 'open';
      const list = [...issues.values()].filter(
        (i) =>
          i.pull &&
          (state === 'all' || i.state === state) &&
          (base === null || i.pull.base === base) &&
          (head === null || `${i.pull.headRepo.split('/')[0]}:${i.pull.head}` === head),
      );
      return paginate(list.sort((a, b) => b.number - a.number).map(pullJson), q, url);
    },
    'POST /repos/{owner}/{repo}/pulls': (_p, _q, body) => {
      if (!refs.has(`refs/heads/${body.base}`)) return validationFailed('base does not exist', 'PullRequest');
      const head = refs.get(`refs/heads/${body.head}`);
      if (!head) return validationFailed(`head does not exist`, 'PullRequest');
      for (const i of issues.values()) {
        if (i.pull && i.state === 'open' && i.pull.head === body.head && i.pull.base === body.base && i.pull.headRepo === fullName) {
          return validationFailed(`A pull request already exists for ${owner}:${body.head}.`, 'PullRequest');
        }
      }
      const baseSha = refs.get(`refs/heads/${body.base}`) ?? '';
      if (isAncestor(head, baseSha)) return validationFailed(`No commits between ${body.base} and ${body.head}`, 'PullRequest');
      const at = now();
      const issue = { number: nextNumber++, title: body.title, body: body.body ?? null, user: bot, labels: [], state: /** @type {'open'} */ ('open'), created_at: at, updated_at: at, pull: { head: body.head, base: body.base, headRepo: fullName } };
      issues.set(issue.number, issue);
      return ok(pullJson(issue), 201);
    },
    'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': (p, _q, body) => {
      const i = issueOr404(p.pull_number);
      if (!i?.pull) return notFound();
      if (body.title !== undefined) i.title = body.title;
      if (body.body !== undefined) i.body = body.body;
      if (body.state !== undefined) i.state = body.state;
      i.updated_at = now();
      return ok(pullJson(i));
    },
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': (p, q, _b, url) => {
      const i = issueOr404(p.pull_number);
      if (!i?.pull) return notFound();
      const files = (i.pull.files ?? []).map((f) => ({
        sha: '0'.repeat(40),
        filename: f.filename,
        status: f.status,
        additions: 1,
        deletions: 0,
        changes: 1,
        blob_url: '',
        raw_url: '',
        contents_url: '',
        ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
      }));
      return paginate(files, q, url);
    },
    'GET /repos/{owner}/{repo}/issues': (_p, q, _b, url) => {
      const want = (q.get('labels') ?? '').split(',').filter((l) => l !== '');
      const state = q.get('state') ?? 'open';
      const list = [...issues.values()].filter((i) => (state === 'all' || i.state === state) && want.every((l) => i.labels.includes(l)));
      const asc = q.get('direction') === 'asc';
      list.sort((a, b) => (asc ? a.number - b.number : b.number - a.number));
      return paginate(list.map(issueJson), q, url);
    },
    'GET /repos/{owner}/{repo}/issues/{issue_number}': (p) => {
      const i = issueOr404(p.issue_number);
      return i ? ok(issueJson(i)) : notFound();
    },
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (p, q, _b, url) => {
      if (!issueOr404(p.issue_number)) return notFound();
      return paginate(comments.filter((c) => c.issue === Number(p.issue_number)).map(commentJson), q, url);
    },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (p, _q, body) => {
      if (!issueOr404(p.issue_number)) return notFound();
      if (body.body.length > 65536) return validationFailed('Body is too long (maximum is 65536 characters)', 'IssueComment');
      const at = now();
      const c = { id: nextId++, issue: Number(p.issue_number), body: body.body, user: bot, created_at: at, updated_at: at, ...(botApp ? { app: botApp } : {}) };
      comments.push(c);
      return ok(commentJson(c), 201);
    },
    'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (p, _q, body) => {
      const c = comments.find((x) => x.id === Number(p.comment_id));
      if (!c) return notFound();
      if (body.body.length > 65536) return validationFailed('Body is too long (maximum is 65536 characters)', 'IssueComment');
      if (c.user.login !== bot.login) return fail(403, 'Resource not accessible by integration');
      c.body = body.body;
      c.updated_at = now();
      return ok(commentJson(c));
    },
    'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': (p) => {
      const index = comments.findIndex((x) => x.id === Number(p.comment_id));
      if (index === -1) return notFound();
      if (comments[index]?.user.login !== bot.login) return fail(403, 'Resource not accessible by integration');
      comments.splice(index, 1);
      return { status: 204 };
    },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': (p, _q, body) => {
      const i = issueOr404(p.issue_number);
      if (!i) return notFound();
      for (const l of body.labels) {
        const name = typeof l === 'string' ? l : l.name;
        if (!i.labels.includes(name)) i.labels.push(name);
      }
      return ok(i.labels.map(labelJson));
    },
    'GET /user': () => (tokenUser ? ok(userJson(tokenUser)) : fail(403, 'Resource not accessible by integration')),
    'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': (p) => {
      const i = issueOr404(p.issue_number);
      if (!i) return notFound();
      if (!i.labels.includes(p.name)) return fail(404, 'Label does not exist');
      i.labels = i.labels.filter((l) => l !== p.name);
      return ok(i.labels.map(labelJson));
    },
  };

  // ---- the other repositories: issues only ------------------------------------------------------
  /** @type {Record<string, (store: { issues: Map<number, Issue>; next: number }, repoFull: string, p: Record<string, string>, q: URLSearchParams, body: any, url: string) => { status: number; body?: unknown; headers?: Record<string, string> }>} */
  const otherHandlers = {
    'GET /repos/{owner}/{repo}/issues': (store, repoFull, _p, q, _b, url) => {
      const state = q.get('state') ?? 'open';
      const list = [...store.issues.values()].filter((i) => state === 'all' || i.state === state);
      list.sort((a, b) => (q.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
      return paginate(list.map((i) => issueJson(i, repoFull)), q, url);
    },
    'POST /repos/{owner}/{repo}/issues': (store, repoFull, _p, _q, body) => {
      if (typeof body.body === 'string' && body.body.length > 65536) return validationFailed('body is too long (maximum is 65536 characters)', 'Issue');
      const at = now();
      const issue = { number: store.next++, title: body.title, body: body.body ?? null, user: bot, labels: [], state: /** @type {'open'} */ ('open'), created_at: at, updated_at: at };
      store.issues.set(issue.number, issue);
      return ok(issueJson(issue, repoFull), 201);
    },
    'GET /repos/{owner}/{repo}/issues/{issue_number}': (store, repoFull, p) => {
      const i = store.issues.get(Number(p.issue_number));
      return i ? ok(issueJson(i, repoFull)) : notFound();
    },
    'PATCH /repos/{owner}/{repo}/issues/{issue_number}': (store, repoFull, p, _q, body) => {
      const i = store.issues.get(Number(p.issue_number));
      if (!i) return notFound();
      if (typeof body.body === 'string' && body.body.length > 65536) return validationFailed('body is too long (maximum is 65536 characters)', 'Issue');
      if (body.title !== undefined) i.title = body.title;
      if (body.body !== undefined) i.body = body.body;
      if (body.state !== undefined) i.state = body.state;
      i.updated_at = now();
      return ok(issueJson(i, repoFull));
    },
  };

  // ---- server --------------------------------------------------------------------------------
  const server = Object.assign(
    createServer(async (req, res) => {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const raw = Buffer.concat(chunks).toString('utf8');
      const method = req.method ?? 'GET';
      const url = new URL(req.url ?? '/', server.url);
      const send = (status, body, headers = {}) => {
        rateRemaining = Math.max(1, rateRemaining - 1);
        res.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'x-github-api-version-selected': '2022-11-28',
          'x-ratelimit-limit': '1000',
          'x-ratelimit-remaining': String(rateRemaining),
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
          'x-ratelimit-resource': 'core',
          ...headers,
        });
        res.end(body === undefined ? '' : JSON.stringify(body));
      };
      /** @type {unknown} */
      let body;
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          violations.push(`${method} ${url.pathname}: body is not JSON`);
          return send(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
        }
      }
      const check = checkOpenApi ? checkRequest(method, url.pathname, url.searchParams, body) : null;
      if (check) for (const problem of check.problems) violations.push(`${method} ${url.pathname}: ${problem}`);
      const route = check?.template ?? null;
      const record = { method, path: url.pathname + url.search, route, status: 0, injected: false, token: (req.headers.authorization ?? '').replace(/^(token|Bearer) /, '') };
      requests.push(record);
      if (!/^(token|Bearer) \S+$/.test(req.headers.authorization ?? '')) {
        violations.push(`${method} ${url.pathname}: no Authorization header`);
        record.status = 401;
        return send(401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' });
      }
      const hold = holds.find((h) => (h.method === undefined || h.method === method) && (h.route === undefined || h.route === route));
      if (hold) {
        holds.splice(holds.indexOf(hold), 1);
        hold.reached();
        await hold.gate;
      }
      const injection = injections.find(
        (i) => (i.times ?? 1) > 0 && (i.method === undefined || i.method === method) && (i.route === undefined || i.route === route) && (i.path === undefined || i.path.test(url.pathname)),
      );
      if (injection) {
        injection.times = (injection.times ?? 1) - 1;
        record.status = injection.status;
        record.injected = true;
        if (injection.rawBody !== undefined) {
          // Bytes as given (an answer no JSON encoder would make, e.g. oversized): a client may hang up mid-way.
          res.on('error', () => {});
          res.writeHead(injection.status, { 'content-type': 'application/json; charset=utf-8', ...injection.headers });
          return res.end(injection.rawBody);
        }
        return send(injection.status, injection.body ?? { message: 'injected', documentation_url: DOCS, status: String(injection.status) }, injection.headers);
      }
      const other = others.get(`${check?.params?.owner}/${check?.params?.repo}`);
      if (other && route !== null) {
        const otherHandler = otherHandlers[`${method} ${route}`];
        if (!otherHandler) violations.push(`${method} ${url.pathname}: not implemented by the fake for other repositories (${route})`);
        const r = otherHandler ? otherHandler(other, `${check?.params?.owner}/${check?.params?.repo}`, check?.params ?? {}, url.searchParams, body, url.toString()) : notFound();
        record.status = r.status;
        return send(r.status, r.body, r.headers);
      }
      const handler = route === null ? undefined : handlers[`${method} ${route}`];
      if (!handler) {
        violations.push(`${method} ${url.pathname}: not implemented by the fake (${route ?? 'unknown route'})`);
        record.status = 501;
        return send(501, { message: 'not implemented by the fake', documentation_url: DOCS, status: '501' });
      }
      const params = check?.params ?? {};
      if (route?.startsWith('/repos/') && (params.owner !== owner || params.repo !== repoName)) {
        record.status = 404;
        return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      }
      let result;
      try {
        result = handler(params, url.searchParams, body, url.toString());
      } catch (error) {
        violations.push(`${method} ${url.pathname}: fake crashed: ${error instanceof Error ? error.message : String(error)}`);
        result = fail(500, 'fake crashed');
      }
      record.status = result.status;
      send(result.status, result.body, result.headers);
    }),
    { url: '' },
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  server.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  return {
    url: server.url,
    owner,
    repo: repoName,
    fullName,
    defaultBranch,
    bot,
    violations,
    requests,
    /** @param {Injection} injection */
    inject(injection) {
      injections.push({ times: 1, ...injection });
    },
    /**
     * Holds the next request matching method/route before it is handled: `reached` resolves when it
     * arrives, `release()` lets it through (to make two runs interleave at a chosen point).
     * @param {{ method?: string; route?: string }} where
     */
    hold(where) {
      /** @type {() => void} */
      let release = () => {};
      /** @type {() => void} */
      let reached = () => {};
      const gate = new Promise((resolve) => (release = () => resolve(undefined)));
      const arrived = new Promise((resolve) => (reached = () => resolve(undefined)));
      holds.push({ ...where, gate, reached });
      return { reached: arrived, release };
    },
    /**
     * Merges a pull request as GitHub does: `squash` (default) makes one new commit on the base with
     * the pull request's changes (head against its merge base) applied to the base as it is now;
     * `merge` makes a merge commit. Throws on a conflict (a path changed on both sides differently).
     * The pull request is closed and marked merged; `deleteBranch` deletes its head branch.
     * @param {number} number
     * @param {{ method?: 'squash' | 'merge'; deleteBranch?: boolean }} [how]
     */
    mergePullRequest(number, how = {}) {
      const i = issues.get(number);
      if (!i?.pull || i.state !== 'open') throw new Error(`pull request ${number} is not open`);
      const { baseSha, headSha, changes } = pullChanges(i);
      const files = flatten(treeOf(baseSha));
      for (const [path, blob] of changes) {
        if (blob === null) files.delete(path);
        else files.set(path, blob);
      }
      const tree = writeTree(files);
      const parents = how.method === 'merge' ? [baseSha, headSha] : [baseSha];
      refs.set(`refs/heads/${i.pull.base}`, putCommit(tree, parents, `${i.title} (#${i.number})`));
      i.state = 'closed';
      i.pull.merged = true;
      i.updated_at = now();
      if (how.deleteBranch) refs.delete(`refs/heads/${i.pull.head}`);
    },
    /** Closes a pull request without merging it. */
    closePullRequest(number) {
      const i = issues.get(number);
      if (!i?.pull) throw new Error(`no pull request ${number}`);
      i.state = 'closed';
      i.updated_at = now();
    },
    /**
     * What a pull request proposes, as GitHub's "Files changed" shows it (head against the merge base)
     * and whether it merges cleanly into the base as it is now.
     * @param {number} number
     */
    pullDiff(number) {
      const i = issues.get(number);
      if (!i?.pull) throw new Error(`no pull request ${number}`);
      const { changes, conflicts } = pullChanges(i);
      return { files: [...changes.keys()].sort(), mergeable: conflicts.length === 0, conflicts };
    },
    /** @param {{ title: string; body: string | null; user?: User; labels?: string[]; state?: 'open' | 'closed' }} init */
    addIssue(init) {
      const at = now();
      const issue = { number: nextNumber++, title: init.title, body: init.body, user: init.user ?? { login: 'contributor-a', id: 5001, type: 'User' }, labels: init.labels ?? [], state: init.state ?? 'open', created_at: at, updated_at: at };
      issues.set(issue.number, issue);
      return issueJson(issue);
    },
    /** Sets the issue's body and title as an edit would (the event payload is built from issueJson). */
    editIssue(number, changes) {
      const i = issues.get(number);
      if (!i) throw new Error(`no issue ${number}`);
      Object.assign(i, changes, { updated_at: now() });
      return issueJson(i);
    },
    issueJson(number) {
      const i = issues.get(number);
      if (!i) throw new Error(`no issue ${number}`);
      return issueJson(i);
    },
    /** A pull request from a branch holding `files` (path → text, replacing the base versions). */
    addPullRequest({ head, files = {}, deleted = [], pullFiles, fromFork = false, title = 'spec change', user }) {
      const baseSha = refs.get(`refs/heads/${defaultBranch}`) ?? '';
      const tree = flatten(treeOf(baseSha));
      for (const [path, text] of Object.entries(files)) tree.set(path, { sha: putBlob(text), mode: '100644' });
      for (const path of deleted) tree.delete(path);
      const headSha = putCommit(writeTree(tree), [baseSha], title);
      if (!fromFork) refs.set(`refs/heads/${head}`, headSha);
      const at = now();
      const headRepo = fromFork ? `contributor-b/${repoName}` : fullName;
      const issue = { number: nextNumber++, title, body: '', user: user ?? { login: 'contributor-b', id: 5002, type: 'User' }, labels: [], state: /** @type {'open'} */ ('open'), created_at: at, updated_at: at, pull: { head, base: defaultBranch, headRepo, files: pullFiles } };
      issues.set(issue.number, issue);
      return { ...pullJson(issue), head: { ...pullJson(issue).head, sha: headSha }, base: { ...pullJson(issue).base, sha: baseSha } };
    },
    /**
     * A push to the default branch: `files` path → text (null deletes), one commit on top.
     * @returns {{ before: string; after: string; payload: unknown }} the push event payload too
     */
    push(files, message = 'spec change') {
      const before = refs.get(`refs/heads/${defaultBranch}`) ?? '';
      const tree = flatten(treeOf(before));
      for (const [path, text] of Object.entries(files)) {
        if (text === null) tree.delete(path);
        else tree.set(path, { sha: putBlob(text), mode: '100644' });
      }
      const after = putCommit(writeTree(tree), [before], message);
      refs.set(`refs/heads/${defaultBranch}`, after);
      return { before, after, payload: { ref: `refs/heads/${defaultBranch}`, before, after, created: false, deleted: false, forced: false, repository: repoJson(), pusher: { name: owner } } };
    },
    /** Issues of another repository (otherRepos), as the API shows them. */
    otherIssues(repoFull) {
      const store = others.get(repoFull);
      if (!store) throw new Error(`no repository ${repoFull}`);
      return [...store.issues.values()].map((i) => issueJson(i, repoFull));
    },
    /** @param {{ issue: number; body: string; user?: User; app?: string }} init */
    addComment(init) {
      const at = now();
      const c = { id: nextId++, issue: init.issue, body: init.body, user: init.user ?? bot, created_at: at, updated_at: at, ...(init.app ? { app: init.app } : {}) };
      comments.push(c);
      return commentJson(c);
    },
    comments(issue) {
      return comments.filter((c) => c.issue === issue).map(commentJson);
    },
    pulls() {
      return [...issues.values()].filter((i) => i.pull).map(pullJson);
    },
    issue(number) {
      return issues.get(number);
    },
    repositoryJson: repoJson,
    branchSha(branch) {
      return refs.get(`refs/heads/${branch}`) ?? null;
    },
    /** Files of a branch: path → text. */
    branchFiles(branch) {
      const sha = refs.get(`refs/heads/${branch}`);
      if (!sha) return null;
      const out = new Map();
      for (const [path, blob] of flatten(treeOf(sha))) {
        const o = objects.get(blob.sha);
        if (o?.type === 'blob') out.set(path, o.content.toString('utf8'));
      }
      return out;
    },
    /** Commits on a branch that are not on the default branch, newest first. */
    branchCommits(branch) {
      const list = [];
      let sha = refs.get(`refs/heads/${branch}`);
      const base = refs.get(`refs/heads/${defaultBranch}`) ?? '';
      while (sha && !isAncestor(sha, base)) {
        const c = objects.get(sha);
        if (!c || c.type !== 'commit') break;
        list.push({ sha, message: c.message, parents: c.parents });
        sha = c.parents[0];
      }
      return list;
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      });
    },
  };
}

/**
 * The fake GitHub holding the workspace's files (`options` as startFakeGitHub's, `files` excepted),
 * and one `dispose` that closes the server and removes the workspace.
 */
export async function withFakeGitHub(ws, options = {}) {
  const gh = await startFakeGitHub({ ...options, files: ws.files });
  return {
    gh,
    ws,
    async dispose() {
      await gh.close();
      await ws.remove();
    },
  };
}
