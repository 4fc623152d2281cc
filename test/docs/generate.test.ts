import assert from 'node:assert/strict';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { generateCommand, usage } from '../../src/cli/generate.ts';
import { coverageOf } from '../../src/coverage/coverage.ts';
import { coverageBadge, coverageMarkdown } from '../../src/coverage/render.ts';
import { generateDocs, repoUrlOf } from '../../src/docs/generate.ts';
import { arrowOf } from '../../src/docs/mermaid.ts';
import { loadRepo } from '../../src/spec/load.ts';
import { readRepoFiles } from '../../src/spec/read-files.ts';
import type { Repo } from '../../src/spec/types.ts';
import { capture, loadRoot, ROOT, tempCopy } from './helpers.ts';

async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const abs = join(entry.parentPath, entry.name);
    out.set(relative(dir, abs).split(sep).join('/'), await readFile(abs, 'utf8'));
  }
  return out;
}

describe('wacrg generate --check', () => {
  it('passes on the repository: the committed docs are what the generator produces', async () => {
    const io = capture();
    const code = await generateCommand(['--root', ROOT, '--check'], io);
    assert.equal(code, 0, io.stdout.join('\n'));
    assert.match(io.stdout.join('\n'), /docs up to date/);
  });

  it('fails after a confidence changes in spec/, lists the stale pages, and passes again after generating', async () => {
    const dir = await tempCopy();
    try {
      const file = join(dir, 'spec/stanzas/call-reject.yaml');
      const text = await readFile(file, 'utf8');
      const changed = text.replace(/confidence: probable/, 'confidence: speculative');
      assert.notEqual(changed, text);
      await writeFile(file, changed);
      const before = await snapshot(dir);

      const io = capture();
      assert.equal(await generateCommand(['--root', dir, '--check'], io), 1);
      const listed = io.stdout.join('\n');
      assert.match(listed, /^stale: docs\/spec\/stanzas\/call-reject\.md$/m);
      assert.match(listed, /^stale: docs\/spec\/coverage\.md$/m);
      assert.match(listed, /^stale: docs\/coverage-badge\.json$|^stale: docs\/spec\/index\.md$/m);
      assert.doesNotMatch(listed, /call-offer\.md/, 'only what depends on the change is listed');
      assert.deepEqual(await snapshot(dir), before, '--check writes nothing');

      assert.equal(await generateCommand(['--root', dir], capture()), 0);
      const again = capture();
      assert.equal(await generateCommand(['--root', dir, '--check'], again), 0, again.stdout.join('\n'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('lists missing and orphaned pages; generating restores the one and removes the other', async () => {
    const dir = await tempCopy();
    try {
      await rm(join(dir, 'docs/spec/flows/missed-call.md'));
      await writeFile(join(dir, 'docs/spec/stanzas/call-gone.md'), '# left over\n');
      const io = capture();
      assert.equal(await generateCommand(['--root', dir, '--check'], io), 1);
      assert.match(io.stdout.join('\n'), /^missing: docs\/spec\/flows\/missed-call\.md$/m);
      assert.match(io.stdout.join('\n'), /^extra: docs\/spec\/stanzas\/call-gone\.md/m);

      const write = capture();
      assert.equal(await generateCommand(['--root', dir], write), 0);
      assert.match(write.stderr.join('\n'), /removed docs\/spec\/stanzas\/call-gone\.md/);
      const files = await snapshot(join(dir, 'docs/spec'));
      assert.ok(files.has('flows/missed-call.md'));
      assert.ok(!files.has('stanzas/call-gone.md'));
      assert.equal(await generateCommand(['--root', dir, '--check'], capture()), 0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a hand edit of a generated page is stale', async () => {
    const dir = await tempCopy();
    try {
      const page = join(dir, 'docs/spec/glossary.md');
      await writeFile(page, `${await readFile(page, 'utf8')}\nhand-written line\n`);
      const io = capture();
      assert.equal(await generateCommand(['--root', dir, '--check'], io), 1);
      assert.deepEqual(io.stdout.filter((l) => /^(stale|missing|extra):/.test(l)), ['stale: docs/spec/glossary.md']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a spec with problems and writes nothing', async () => {
    const dir = await tempCopy();
    try {
      await writeFile(join(dir, 'spec/stanzas/call-reject.yaml'), 'id: call-reject\ntag: [unclosed\n');
      const before = await snapshot(join(dir, 'docs'));
      const io = capture();
      assert.equal(await generateCommand(['--root', dir], io), 1);
      assert.match(io.stderr.join('\n'), /run wacrg validate/);
      assert.deepEqual(await snapshot(join(dir, 'docs')), before);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a hand-written file that lost its region markers is an error, not a silent skip', async () => {
    const dir = await tempCopy();
    try {
      const file = join(dir, 'docs/sanitization.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('<!-- grammar:end -->', ''));
      const io = capture();
      assert.equal(await generateCommand(['--root', dir, '--check'], io), 1);
      assert.match(io.stderr.join('\n'), /docs\/sanitization\.md: expected exactly one/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the README placeholder grammar is the scanner grammar: an edit there is stale until regenerated', async () => {
    const dir = await tempCopy();
    try {
      const readme = join(dir, 'README.md');
      await writeFile(readme, (await readFile(readme, 'utf8')).replace('`CALLID0001`', '`CALLID00001`'));
      const io = capture();
      assert.equal(await generateCommand(['--root', dir, '--check'], io), 1);
      assert.deepEqual(io.stdout.filter((l) => /^(stale|missing|extra):/.test(l)), ['stale: README.md']);
      assert.equal(await generateCommand(['--root', dir], capture()), 0);
      assert.equal(await generateCommand(['--root', dir, '--check'], capture()), 0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('another project without our narrative pages still generates its spec pages', async () => {
    const dir = await tempCopy();
    try {
      for (const file of ['README.md', 'docs/sanitization.md', 'mkdocs.yml']) await rm(join(dir, file));
      assert.equal(await generateCommand(['--root', dir], capture()), 0);
      assert.equal(await generateCommand(['--root', dir, '--check'], capture()), 0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('usage names the command and its options', () => {
    assert.equal(usage, 'wacrg generate [--root DIR] [--check]');
  });
});

describe('generateDocs', () => {
  it('is deterministic: two runs, and runs over files read in another order, are byte-identical', async () => {
    const files = await readRepoFiles(ROOT);
    const a = generateDocs(loadRepo(files).repo);
    const b = generateDocs(loadRepo(files).repo);
    const c = generateDocs(loadRepo([...files].reverse()).repo);
    assert.deepEqual([...a.entries()], [...b.entries()]);
    assert.deepEqual([...a.entries()], [...c.entries()]);
  });

  it('every page says it is generated, by which command, and not to edit it: a comment on top, a footer below', async () => {
    for (const [path, text] of generateDocs(await loadRoot())) {
      if (!path.endsWith('.md')) continue;
      const lines = text.split('\n');
      assert.match(lines[0] ?? '', /^<!-- Generated by `wacrg generate` from .+\. Do not edit this file/, path);
      // The visible note is the last line, so it no longer opens the page and every search snippet.
      assert.match(lines[lines.length - 2] ?? '', /^_Generated by `wacrg generate` from .+\. To change this page, edit the YAML and run `wacrg generate`\._$/, path);
      assert.ok(!lines.slice(1, 8).some((l) => /Generated by/.test(l) && !l.startsWith('<!--')), `${path}: no visible banner under the title`);
      assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), `${path} ends with one newline`);
    }
  });

  it('with the repository address, each page links to its source YAML there (files by blob, folders by tree)', async () => {
    const repo = await loadRoot();
    const docs = generateDocs(repo, { repoUrl: 'https://github.com/example-owner/example-repo/' });
    const footer = (path: string) => (docs.get(path) ?? '').trimEnd().split('\n').pop() ?? '';
    assert.match(footer('docs/spec/stanzas/call-offer.md'), /\[`spec\/stanzas\/call-offer\.yaml`\]\(https:\/\/github\.com\/example-owner\/example-repo\/blob\/HEAD\/spec\/stanzas\/call-offer\.yaml\)/);
    assert.match(footer('docs/spec/index.md'), /\(https:\/\/github\.com\/example-owner\/example-repo\/tree\/HEAD\/spec\/\)/);
    for (const [path, text] of docs) if (path.endsWith('.md')) assert.match(text, /\]\(https:\/\/github\.com\/example-owner\/example-repo\/(blob|tree)\/HEAD\/spec\//, path);
    // Not an https address (or none): the page names the file, no link.
    for (const repoUrl of ['javascript:alert(1)', 'http://example.com/x']) {
      assert.match(generateDocs(repo, { repoUrl }).get('docs/spec/glossary.md') ?? '', /from `spec\/glossary\.yaml`\./);
    }
  });

  it('repoUrlOf reads repo_url from mkdocs.yml, and wacrg generate uses it', async () => {
    assert.equal(repoUrlOf('site_name: x\nrepo_url: https://github.com/o/r\nedit_uri: ""\n'), 'https://github.com/o/r');
    assert.equal(repoUrlOf("repo_url: 'https://github.com/o/r' # the repository\n"), 'https://github.com/o/r');
    assert.equal(repoUrlOf('  repo_url: https://github.com/o/r\n'), undefined, 'top level only');
    assert.equal(repoUrlOf('repo_url: http://github.com/o/r\n'), undefined);
    assert.equal(repoUrlOf(undefined), undefined);
    const dir = await tempCopy();
    try {
      const yml = join(dir, 'mkdocs.yml');
      await writeFile(yml, (await readFile(yml, 'utf8')).replace(/^repo_url: .*$/m, 'repo_url: https://github.com/other/place'));
      assert.equal(await generateCommand(['--root', dir], capture()), 0);
      assert.match(await readFile(join(dir, 'docs/spec/glossary.md'), 'utf8'), /\(https:\/\/github\.com\/other\/place\/blob\/HEAD\/spec\/glossary\.yaml\)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('one page per stanza, flow, enum and technique, plus index, glossary, coverage and the badge', async () => {
    const repo = await loadRoot();
    const paths = [...generateDocs(repo).keys()];
    for (const s of repo.stanzas) assert.ok(paths.includes(`docs/spec/stanzas/${s.record.id}.md`));
    for (const f of repo.flows) assert.ok(paths.includes(`docs/spec/flows/${f.record.id}.md`));
    for (const e of repo.enums) assert.ok(paths.includes(`docs/spec/enums/${e.record.id}.md`));
    for (const t of repo.techniques) assert.ok(paths.includes(`docs/spec/techniques/${t.record.id}.md`));
    for (const p of ['docs/spec/index.md', 'docs/spec/glossary.md', 'docs/spec/coverage.md', 'docs/spec/techniques/index.md', 'docs/coverage-badge.json']) {
      assert.ok(paths.includes(p), p);
    }
  });

  it('the coverage page and badge carry exactly the numbers of wacrg coverage', async () => {
    const repo = await loadRoot();
    const docs = generateDocs(repo);
    const report = coverageOf(repo.stanzas.map((s) => s.record), repo.flavors.map((f) => f.record));
    assert.equal(docs.get('docs/coverage-badge.json'), coverageBadge(report));
    const page = docs.get('docs/spec/coverage.md') ?? '';
    const rendered = coverageMarkdown(report, 'wacrg generate');
    // Every table section of the coverage renderer appears verbatim.
    for (const section of rendered.split(/\n(?=## )/).slice(1)) assert.ok(page.includes(section.trim()), section.slice(0, 40));
    assert.match(page, /```mermaid\n%%\{init: .*\}%%\npie showData title Facts by confidence \(\d+ facts\)/);
    assert.match(page, new RegExp(`^overall +[█▓░·]{30} +${report.overall.coverage === 0 ? '0\\.0' : (report.overall.coverage * 100).toFixed(1).replace('.', '\\.')}% of ${report.overall.total} facts$`, 'm'));
  });

  it('a flow step is drawn solid when confirmed or probable, dashed otherwise, with its confidence in the label', async () => {
    const repo = await loadRoot();
    const docs = generateDocs(repo);
    for (const { record: flow } of repo.flows) {
      const page = docs.get(`docs/spec/flows/${flow.id}.md`) ?? '';
      const messages = page.split('\n').filter((l) => /^ {4}\w+-{1,2}>>\w+: /.test(l));
      assert.equal(messages.length, flow.steps.length, flow.id);
      flow.steps.forEach((step, i) => {
        const line = messages[i] ?? '';
        assert.ok(line.includes(`${arrowOf(step.confidence)}`), line);
        assert.equal(/-->>/.test(line), step.confidence === 'speculative' || step.confidence === 'unknown', line);
        assert.ok(line.endsWith(`(${step.confidence})`), line);
      });
    }
  });

  it('a stanza page shows the tree outline and one section per node, headed by its path, with a readable anchor', async () => {
    const repo = await loadRoot();
    const page = generateDocs(repo).get('docs/spec/stanzas/call-offer.md') ?? '';
    assert.match(page, /^- \[`<call>`\]\(#call\) · root/m);
    assert.match(page, /^ {8}- \[`<enc>`\]\(#offer-enc\) · <span class="conf conf-probable">◐ probable<\/span> · `1\.\.n` · \[`v`\]\(#offer-enc-v\) \(\?\) \[`type`\]\(#offer-enc-type\) \(\?\)/m);
    assert.match(page, /^### `<call>` › `<offer>` › `<destination>` › `<te>` \{#offer-destination-te\}$/m);
    assert.match(page, /^\| attribute \| description and provenance \|$/m);
    assert.match(page, /<a class="fact" id="offer-enc-type" href="#offer-enc-type">`type`<\/a><br><span class="conf conf-probable">◐ probable<\/span><br>\[`enum:enc-types`\]\(\.\.\/enums\/enc-types\.md\)/);
    assert.match(page, /^## Examples$/m);
    assert.match(page, /^## Open questions$/m);
    assert.match(page, /^## References$/m);
  });

  it('records whose id cannot name a file get no page, and nothing links to them', async () => {
    const repo = await loadRoot();
    const [first] = repo.flows;
    assert.ok(first);
    const hostile: Repo = { ...repo, flows: [...repo.flows, { ...first, file: 'spec/flows/x.yaml', record: { ...first.record, id: '../../../evil' } }] };
    const docs = generateDocs(hostile);
    for (const path of docs.keys()) assert.ok(/^docs\/(spec\/[a-z0-9/-]+\.md|spec\/feed\.json|coverage-badge\.json)$/.test(path), path);
    for (const text of docs.values()) assert.ok(!text.includes('evil'));
  });
});
