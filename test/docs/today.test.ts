// Docs of today's kinds on the repo-today fixture: a page per spec part, the parts index, updates,
// feed.json, flavors and contributors; deterministic; mkdocs.yml / README.md without markers left alone.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateCommand } from '../../src/cli/generate.ts';
import { filesUnder, FIXTURES } from '../spec/helpers.ts';
import { captured } from '../cli/helpers.ts';

const REPO_TODAY = join(FIXTURES, 'repo-today');

async function withToday<T>(use: (root: string) => Promise<T>): Promise<T> {
  const root = mkdtempSync(join(tmpdir(), 'wacrg-today-'));
  try {
    cpSync(REPO_TODAY, root, { recursive: true });
    return await use(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('generate on repo-today: every page of every kind; twice gives no diff; --check passes; marker-less mkdocs.yml and README.md untouched', async () => {
  await withToday(async (root) => {
    const mkdocs = 'site_name: Someone else\nnav:\n  - Home: index.md\n';
    const readme = '# Someone else\n\nNo markers here.\n';
    writeFileSync(join(root, 'mkdocs.yml'), mkdocs);
    writeFileSync(join(root, 'README.md'), readme);
    const first = captured();
    assert.equal(await generateCommand(['--root', root], first.io), 0, first.err.join('\n'));
    const docs = () => filesUnder(join(root, 'docs'));
    const once = docs();
    const paths = once.map((f) => f.path);
    for (const path of [
      'spec/signalling/ring-start.md',
      'spec/signalling/ring-timeout.md',
      'spec/encodings/frame-header.md',
      'spec/crypto/session-key.md',
      'spec/relay/relay-select.md',
      'spec/parts.md',
      'spec/updates.md',
      'spec/feed.json',
      'spec/flavors.md',
      'spec/contributors.md',
    ]) {
      assert.ok(paths.includes(path), path);
    }
    const again = captured();
    assert.equal(await generateCommand(['--root', root], again.io), 0);
    assert.deepEqual(docs(), once);
    const check = captured();
    assert.equal(await generateCommand(['--root', root, '--check'], check.io), 0, check.out.join('\n'));
    assert.equal(readFileSync(join(root, 'mkdocs.yml'), 'utf8'), mkdocs);
    assert.equal(readFileSync(join(root, 'README.md'), 'utf8'), readme);
  });
});

test('a spec part page: annotation line, normative text, requires/parent links, implementations with repository path and commit links, contributors, changelog', async () => {
  await withToday(async (root) => {
    assert.equal(await generateCommand(['--root', root], captured().io), 0);
    const page = (path: string) => readFileSync(join(root, 'docs', 'spec', path), 'utf8');
    const ring = page('signalling/ring-start.md');
    assert.ok(ring.includes('Annotation: `wacrg:SIG-01`'));
    assert.ok(ring.includes('## Normative text\n\nA caller MUST send one `ring` stanza per call to the callee.'));
    assert.ok(ring.includes('| [`alpha-voip`](../flavors.md#alpha-voip)<br>working | '), 'flavor and status in the first column');
    assert.ok(ring.includes('<span class="prov">[`src/ring.rs`](https://example.com/alpha-voip/blob/HEAD/src/ring.rs) · commits [`a1b2c3d`](https://example.com/alpha-voip/commit/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678)</span> |'));
    assert.ok(ring.includes('- [`kit-ro`](../contributors.md#kit-ro): wrote the first text'));
    assert.ok(ring.includes('| 2026-01-02 |   | First text. |'));
    const timeout = page('signalling/ring-timeout.md');
    assert.ok(timeout.includes('| parent | [`SIG-01` Starting a ring](../signalling/ring-start.md) |'));
    assert.ok(timeout.includes('| requires | [`SIG-01` Starting a ring](../signalling/ring-start.md) |'));
    assert.ok(timeout.includes('## Open questions\n\n- How long does a caller wait?'));
    assert.ok(page('crypto/session-key.md').includes('| requires | [`SIG-01` Starting a ring](../signalling/ring-start.md), [`ENC-01` Media frame header](../encodings/frame-header.md) |'));
    // Index: categories in folder order, the child nested under its parent.
    const index = page('parts.md');
    const at = (s: string) => index.indexOf(s);
    assert.ok(at('## Signalling') < at('## Encodings') && at('## Encodings') < at('## Crypto') && at('## Crypto') < at('## Relay'));
    assert.ok(index.includes('- [`SIG-01` Starting a ring](signalling/ring-start.md): How a caller makes the callee\'s devices ring.\n    - [`SIG-02` When a ring gives up](signalling/ring-timeout.md)'));
    const updates = page('updates.md');
    assert.ok(updates.indexOf('## Since `0.2.0`') < updates.indexOf('## Since `0.1.0`'));
    const feed = JSON.parse(page('feed.json')) as { parts: { id: string; code: string; category: string; title: string; status: string | null; since: string | null; implementations: { flavor: string; status: string }[] }[] };
    const ringEntry = feed.parts.find((p) => p.id === 'ring-start');
    assert.deepEqual(ringEntry, {
      id: 'ring-start',
      code: 'SIG-01',
      category: 'signalling',
      title: 'Starting a ring',
      status: 'review',
      since: '0.1.0',
      page: 'signalling/ring-start.md',
      implementations: [
        { flavor: 'alpha-voip', status: 'working' },
        { flavor: 'beta-port', status: 'partial' },
      ],
    });
    assert.equal(feed.parts.length, 5);
    const flavors = page('flavors.md');
    assert.ok(flavors.includes('| counts as one with | [`alpha-voip`](#alpha-voip) |'));
    assert.ok(flavors.includes('| change notifications | opted in: `example-org/alpha-voip` |'));
    const contributors = page('contributors.md');
    assert.ok(contributors.includes('## kit-ro'));
    assert.ok(contributors.includes('| spec parts | [`SIG-01` Starting a ring](signalling/ring-start.md) |'));
  });
});
