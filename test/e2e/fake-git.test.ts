// The loopback GitHub (fake-github.mjs) gives its trees git's own ids. The intake relies on that: it
// compares the id of the tree it writes with its base's to see that nothing changed, and a re-run is
// idempotent only when the same content gets the same id. The fake splices a large folder's tree
// instead of writing it again (a folder of 10,000 captures would cost every intake ≈15 ms in the
// bench), so its ids are checked here against `git write-tree` on the same files, step by step.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { startFakeGitHub } from './fake-github.mjs';

type Change = string | null;

/** Names around git's tree order: a folder sorts as if its name ended in '/', after 'a-b' and 'a.b', before 'a0'. */
const INITIAL: Record<string, string> = {
  'README.md': 'readme\n',
  'a-b': 'dash\n',
  'a.b': 'dot\n',
  a0: 'zero\n',
  'a/x.yaml': 'x: 1\n',
  'a/y/z.yaml': 'z: 1\n',
  'ü.txt': 'non-ASCII name\n',
  // git orders by UTF-8 bytes: U+FF01 sorts before U+1F600, though its UTF-16 code unit is higher.
  '\uFF01.txt': 'fullwidth exclamation mark\n',
  '\u{1F600}.txt': 'outside the BMP\n',
  'z.txt': 'last ASCII name\n',
  ...Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`corpus/captures/issue-${i + 1}.yaml`, `id: issue-${i + 1}\n`])),
};

/** `unchanged`: the request changes no content, so the tree keeps its id. */
const STEPS: { name: string; changes: Record<string, Change>; unchanged?: true }[] = [
  { name: 'one new capture in a folder of 300', changes: { 'corpus/captures/issue-5000.yaml': 'id: issue-5000\n' } },
  {
    name: 'a change, a deletion and an addition in three folders',
    changes: { 'corpus/captures/issue-150.yaml': 'id: issue-150\nedited: true\n', 'corpus/captures/issue-2.yaml': null, 'a/y/new.yaml': 'new: 1\n', 'a/x.yaml': null },
  },
  { name: 'a folder emptied disappears, and its parent with it', changes: { 'a/y/z.yaml': null, 'a/y/new.yaml': null } },
  {
    name: 'a file where the folder was, a new nested folder, 100 new captures',
    changes: {
      a: 'now a file\n',
      'b/c/d.txt': 'deep\n',
      ...Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`corpus/captures/issue-${6000 + i}.yaml`, `id: issue-${6000 + i}\n`])),
    },
  },
  { name: 'the first and the last entry of a folder replaced', changes: { 'corpus/captures/issue-1.yaml': 'first\n', 'corpus/captures/issue-99.yaml': 'last\n', 'corpus/captures/issue-0.yaml': 'before all\n' } },
  { name: 'the same content again: the same tree', changes: { 'corpus/captures/issue-1.yaml': 'first\n' }, unchanged: true },
  // Two inserts where a deletion is, sent out of order (a re-ingest sends its files in issue order).
  { name: 'two new names where a deleted one was, in the request\'s order y2, z, y1', changes: { 'y2.txt': 'y2\n', 'z.txt': null, 'y1.txt': 'y1\n' } },
  { name: 'a folder emptied and a file of its name in one request: the file stays', changes: { 'b/c/d.txt': null, b: 'b is a file now\n' } },
  { name: 'new names beside the non-ASCII ones', changes: { '\uFF02.txt': 'quotation mark\n', '\u{1F601}.txt': 'grin\n', 'corpus/captures/\u{1F600}.yaml': 'emoji capture\n' } },
];

let fake: Awaited<ReturnType<typeof startFakeGitHub>>;
let dir: string;

const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

async function apply(changes: Record<string, Change>): Promise<void> {
  for (const [path, text] of Object.entries(changes)) {
    const abs = join(dir, path);
    if (text === null) {
      await rm(abs);
      // git keeps no empty folders: drop the ones this deletion emptied, so the checkout matches.
      for (let up = dirname(abs); up !== dir && (await readdir(up)).length === 0; up = dirname(up)) await rmdir(up);
    } else {
      await rm(abs, { recursive: true, force: true }); // a folder a file replaces
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs, text);
    }
  }
}

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${fake.url}/repos/${fake.fullName}${path}`, {
    method,
    headers: { authorization: 'token fake-git-test', 'content-type': 'application/json', accept: 'application/vnd.github+json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  assert.ok(res.ok, `${method} ${path}: ${res.status}`);
  return (await res.json()) as T;
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wacrg-fake-git-'));
  git('init', '-q');
  await apply(INITIAL);
  fake = await startFakeGitHub({ files: Object.entries(INITIAL).map(([path, text]) => ({ path, text })) });
});
after(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

test('the fake\'s tree ids are git\'s, from the first commit through spliced updates', async () => {
  const head = fake.branchSha('main');
  assert.ok(head);
  let tree = (await api<{ tree: { sha: string } }>('GET', `/git/commits/${head}`)).tree.sha;
  git('add', '-A');
  assert.equal(tree, git('write-tree'), 'the first commit\'s tree');
  for (const step of STEPS) {
    const entries = Object.entries(step.changes).map(([path, text]) => (text === null ? { path, mode: '100644', type: 'blob', sha: null } : { path, mode: '100644', type: 'blob', content: text }));
    const before = tree;
    tree = (await api<{ sha: string }>('POST', '/git/trees', { base_tree: tree, tree: entries })).sha;
    await apply(step.changes);
    git('add', '-A');
    assert.equal(tree, git('write-tree'), step.name);
    if (step.unchanged) assert.equal(tree, before, step.name);
  }
});
