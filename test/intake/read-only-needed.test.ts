// The intake reads the spec and lists the captures (issue #14, item 4): readRepoListingCaptures
// gives every file but the captures, and the captures it is asked for; ingest() decides a new
// capture from the spec and the captures of its id alone, whatever else the corpus holds, and says
// how many captures its projection did not weigh.
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RootLinkError } from '../../src/fs/root.ts';
import { ingest } from '../../src/intake/ingest.ts';
import { listCaptureNames, readRepoFiles, readRepoListingCaptures } from '../../src/spec/read-files.ts';
import { kindOf } from '../../src/spec/repo.ts';
import { formBody } from '../e2e/harness.mjs';
import { captureYaml, REPO_ROOT } from './cases.ts';

const templateText = readFileSync(join(REPO_ROOT, '.github/ISSUE_TEMPLATE/stanza_capture.yml'), 'utf8');


describe('the intake reads the spec and lists the captures', () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'wacrg-lean-'));
    for (const part of ['spec', 'corpus']) await cp(join(REPO_ROOT, part), join(root, part), { recursive: true });
    // Evidence of another technique, and files no reader could make sense of.
    await writeFile(join(root, 'corpus/captures/frida-offer.yaml'), captureYaml('frida-offer', 'frida-hooking'));
    await writeFile(join(root, 'corpus/captures/garbage.yaml'), '\u0000 {{{ [not yaml\n');
    await writeFile(join(root, 'corpus/captures/huge.yaml'), `notes: ${'x'.repeat(2 * 1024 * 1024)}\n`);
  });
  after(async () => rm(root, { recursive: true, force: true }));

  it('readRepoListingCaptures: every file readRepoFiles reads but the captures, which are listed by name; those of the ids asked for read', async () => {
    const all = await readRepoFiles(root);
    const { files, captureNames } = await readRepoListingCaptures(root, ['garbage', 'no-such-capture']);
    assert.deepEqual([...captureNames].sort(), all.filter((f) => kindOf(f.path) === 'capture').map((f) => f.path.slice('corpus/captures/'.length)));
    assert.equal(captureNames.length, 4);
    assert.deepEqual(files, all.filter((f) => kindOf(f.path) !== 'capture' || f.path === 'corpus/captures/garbage.yaml'));
    assert.ok(files.some((f) => f.path === 'corpus/schema/capture.schema.json'), 'the capture schema is read');
    const none = await readRepoListingCaptures(root);
    assert.deepEqual(none.files, all.filter((f) => kindOf(f.path) !== 'capture'));
  });

  it('listCaptureNames (the listing the action starts while it reads the issue) gives the names readRepoListingCaptures lists, which takes it as given', async () => {
    const notCapture = join(root, 'corpus/captures/README.md');
    await writeFile(notCapture, 'not a capture\n');
    try {
      const own = await readRepoListingCaptures(root);
      const listed = await listCaptureNames(root);
      assert.ok(!listed.includes('README.md'), 'only capture names (.yaml, .yml)');
      assert.deepEqual([...listed].sort(), [...own.captureNames].sort());
    } finally {
      await rm(notCapture);
    }
    const given = await readRepoListingCaptures(root, ['garbage'], Promise.resolve(['garbage.yaml', 'listed-earlier.yaml']));
    assert.deepEqual(given.captureNames, ['garbage.yaml', 'listed-earlier.yaml']);
    assert.deepEqual(given.files, (await readRepoListingCaptures(root, ['garbage'])).files);
    const empty = await mkdtemp(join(tmpdir(), 'wacrg-empty-'));
    const outside = await mkdtemp(join(tmpdir(), 'wacrg-outside-'));
    try {
      assert.deepEqual(await listCaptureNames(empty), [], 'no corpus: no names');
      await mkdir(join(empty, 'corpus'));
      await writeFile(join(empty, 'corpus/captures'), 'a file, not a folder\n');
      assert.deepEqual(await listCaptureNames(empty), [], 'corpus/captures a file: no names, as readRepoListingCaptures');
      assert.deepEqual((await readRepoListingCaptures(empty)).captureNames, []);
      await rm(join(empty, 'corpus/captures'));
      await symlink(outside, join(empty, 'corpus/captures'));
      await assert.rejects(listCaptureNames(empty), RootLinkError);
    } finally {
      await rm(empty, { recursive: true, force: true });
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('a capture that is a link out of the root is never followed: listed only, and refused when its id is asked for', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'wacrg-outside-'));
    const link = join(root, 'corpus/captures/elsewhere.yaml');
    await writeFile(join(outside, 'elsewhere.yaml'), captureYaml('elsewhere', 'frida-hooking'));
    await symlink(join(outside, 'elsewhere.yaml'), link);
    try {
      const { files, captureNames } = await readRepoListingCaptures(root, ['issue-44']);
      assert.ok(captureNames.includes('elsewhere.yaml'));
      assert.ok(!files.some((f) => f.path === 'corpus/captures/elsewhere.yaml'));
      await assert.rejects(readRepoListingCaptures(root, ['elsewhere']), RootLinkError);
    } finally {
      await rm(link);
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('a capture name that is a link to a folder inside the root is no capture: not read, no EISDIR', async () => {
    const link = join(root, 'corpus/captures/issue-45.yaml');
    await symlink(join(root, 'spec'), link);
    try {
      const { files, captureNames } = await readRepoListingCaptures(root, ['issue-45']);
      assert.ok(captureNames.includes('issue-45.yaml'));
      assert.ok(!files.some((f) => f.path === 'corpus/captures/issue-45.yaml'));
    } finally {
      await rm(link);
    }
  });

  it('ingest(): the same verdict, record and projection whether the other captures are given whole or only listed', async () => {
    const body = formBody({ technique: 'websocket-capture', tools: 'wireshark' });
    const lean = await readRepoListingCaptures(root, ['issue-42']);
    const listed = ingest({ body, issue: 42, templateText, repoFiles: lean.files, captureNames: lean.captureNames });
    const whole = ingest({ body, issue: 42, templateText, repoFiles: await readRepoFiles(root) });
    assert.equal(listed.status, 'accepted', JSON.stringify(listed.errors));
    assert.deepEqual(whole, listed);
    const projection = listed.corroboration?.projection;
    assert.equal(projection?.notWeighed, 4, 'the four other capture files, counted from the listing');
    // Websocket provenance + this websocket capture: probable; the frida capture is not weighed.
    const rate = projection?.promotions.find((p) => p.path === 'call-offer:offer/audio@rate');
    assert.deepEqual(rate, { path: 'call-offer:offer/audio@rate', from: 'speculative', to: 'probable', techniques: ['websocket-capture'] });
    for (const p of projection?.promotions ?? []) if (p.to === 'confirmed') assert.ok(p.techniques.length >= 2);
  });

  it('ingest(): flows, the glossary, techniques, contributors and tools are never read (their text is not even asked for), and the result is the same', async () => {
    const body = formBody({ technique: 'websocket-capture', tools: 'wireshark' });
    const lean = await readRepoListingCaptures(root, ['issue-46']);
    const unread = new Set(['flow', 'glossary', 'technique', 'contributor', 'tool']);
    const touched: string[] = [];
    const guarded = lean.files.map((f) => {
      if (!unread.has(kindOf(f.path) ?? '')) return f;
      return {
        path: f.path,
        get text(): string {
          touched.push(f.path);
          return f.text;
        },
      };
    });
    assert.ok(guarded.filter((f) => unread.has(kindOf(f.path) ?? '')).length >= 10, 'the repository has files of those kinds');
    const result = ingest({ body, issue: 46, templateText, repoFiles: guarded, captureNames: lean.captureNames });
    assert.deepEqual(touched, []);
    assert.equal(result.status, 'accepted', JSON.stringify(result.errors));
    assert.deepEqual(result, ingest({ body, issue: 46, templateText, repoFiles: lean.files, captureNames: lean.captureNames }));
  });

  it('a file of the new capture\'s id is read: its id is a duplicate (rule 4), as when every capture was read', async () => {
    const twin = join(root, 'corpus/captures/issue-43.yml');
    await writeFile(twin, captureYaml('issue-43', 'frida-hooking'));
    try {
      const lean = await readRepoListingCaptures(root, ['issue-43']);
      assert.deepEqual(lean.files.filter((f) => kindOf(f.path) === 'capture').map((f) => f.path), ['corpus/captures/issue-43.yml']);
      const result = ingest({ body: formBody({}), issue: 43, templateText, repoFiles: lean.files, captureNames: lean.captureNames });
      assert.equal(result.status, 'invalid');
      assert.deepEqual(result.errors.map((e) => e.message), ['capture record: corpus/captures/issue-43.yaml:1:5 id: duplicate capture id "issue-43": also used by corpus/captures/issue-43.yml']);
      const whole = ingest({ body: formBody({}), issue: 43, templateText, repoFiles: await readRepoFiles(root) });
      assert.deepEqual(whole.errors, result.errors);
    } finally {
      await rm(twin);
    }
  });
});
