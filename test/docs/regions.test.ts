// The generated regions of hand-written files: the placeholder grammar on the sanitization page is
// the scanner's own PLACEHOLDER_GRAMMAR, and the MkDocs nav lists every page.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { generatedRegions } from '../../src/docs/generate.ts';
import { fillRegion, GRAMMAR_END, GRAMMAR_START, regionContent, renderGrammar } from '../../src/docs/grammar.ts';
import { NAV_END, NAV_START, renderNav } from '../../src/docs/nav.ts';
import { PLACEHOLDER_GRAMMAR } from '../../src/sanitize/placeholders.ts';
import { loadRoot, ROOT } from './helpers.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('the placeholder grammar on docs/sanitization.md', () => {
  it('the region equals the rendering of the scanner\'s PLACEHOLDER_GRAMMAR', () => {
    assert.deepEqual(regionContent(read('docs/sanitization.md'), GRAMMAR_START, GRAMMAR_END), ['', ...renderGrammar(PLACEHOLDER_GRAMMAR), '']);
  });

  it('every shape appears with its exact pattern and every example', () => {
    const region = (regionContent(read('docs/sanitization.md'), GRAMMAR_START, GRAMMAR_END) ?? []).join('\n');
    for (const shape of PLACEHOLDER_GRAMMAR) {
      assert.ok(region.includes(`| \`${shape.name}\` |`), shape.name);
      assert.ok(region.split('\n').some((line) => line.startsWith(shape.name) && line.endsWith(`  ${shape.pattern}`)), `${shape.name} pattern`);
      for (const example of shape.examples) assert.ok(region.includes(`\`${example}\``), `${shape.name}: ${example}`);
    }
  });

  it('a change to the grammar changes the region (the docs cannot drift from the scanner)', () => {
    const changed = PLACEHOLDER_GRAMMAR.map((s, i) => (i === 0 ? { ...s, pattern: `${s.pattern}x` } : s));
    assert.notDeepEqual(renderGrammar(changed), renderGrammar(PLACEHOLDER_GRAMMAR));
  });
});

describe('fillRegion', () => {
  const text = ['a', '  <!-- s -->', 'old', 'old', '  <!-- e -->', 'b'].join('\n');
  it('replaces what is between the markers and keeps them', () => {
    assert.equal(fillRegion(text, '<!-- s -->', '<!-- e -->', ['new']).text, ['a', '  <!-- s -->', 'new', '  <!-- e -->', 'b'].join('\n'));
    assert.deepEqual(regionContent(text, '<!-- s -->', '<!-- e -->'), ['old', 'old']);
  });
  it('refuses missing, doubled or misordered markers', () => {
    assert.ok(fillRegion('a\n<!-- s -->\nb', '<!-- s -->', '<!-- e -->', []).error);
    assert.ok(fillRegion(`${text}\n<!-- s -->`, '<!-- s -->', '<!-- e -->', []).error);
    assert.ok(fillRegion('<!-- e -->\n<!-- s -->', '<!-- s -->', '<!-- e -->', []).error);
  });
});

describe('mkdocs.yml', () => {
  const yml = read('mkdocs.yml');
  const navPaths = [...yml.matchAll(/^\s*- (?:"[^"]*"|[^:]+): (\S+\.md)$/gm)].map((m) => m[1] ?? '');

  it('the Specification nav region is what the generator renders', async () => {
    assert.deepEqual(regionContent(yml, NAV_START, NAV_END), renderNav(await loadRoot()));
  });

  it('every nav entry exists and every page under docs/ is in the nav', () => {
    for (const path of navPaths) assert.ok(existsSync(join(ROOT, 'docs', path)), path);
    const pages = readdirSync(join(ROOT, 'docs'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.md'))
      .map((e) => relative(join(ROOT, 'docs'), join(e.parentPath, e.name)).split(sep).join('/'));
    assert.deepEqual([...pages].sort(), [...new Set(navPaths)].sort());
  });

  it('material theme, Mermaid through a superfences custom fence', () => {
    assert.match(yml, /^theme:\n {2}name: material$/m);
    assert.match(yml, /pymdownx\.superfences:\n\s+custom_fences:\n\s+- name: mermaid\n\s+class: mermaid\n\s+format: !!python\/name:pymdownx\.superfences\.fence_code_format/);
  });

  it('every generated region belongs to a file that exists', async () => {
    for (const region of generatedRegions(await loadRoot())) assert.ok(existsSync(join(ROOT, region.file)), region.file);
  });
});

describe('.github/workflows/docs.yml', () => {
  const wf = read('.github/workflows/docs.yml');
  it('builds with mkdocs-material in strict mode, read-only, pinned actions, no event text in run:', () => {
    // Pinned to the versions .ci/run builds with (Debian 12's packages): every Python package exactly.
    const pip = /run: pip install (.+)$/m.exec(wf)?.[1] ?? '';
    for (const name of ['mkdocs', 'mkdocs-material', 'pymdown-extensions', 'Markdown']) assert.match(pip, new RegExp(`(^| )${name}==\\d+\\.\\d+(\\.\\d+)?( |$)`), name);
    for (const spec of pip.split(' ')) assert.match(spec, /^[A-Za-z0-9_.-]+==[0-9][0-9.]*$/, spec);
    assert.match(wf, /run: npm ci$/m, 'Mermaid comes from package.json');
    assert.match(wf, /^permissions: \{\}$/m);
    assert.match(wf, /^ {4}permissions:\n {6}contents: read$/m);
    assert.match(wf, /uses: actions\/checkout@11bd71901bbe5b1630ceea73d27597364c9af683/);
    assert.match(wf, /uses: actions\/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065/);
    assert.match(wf, /run: mkdocs build --strict$/m);
    for (const line of wf.split('\n').filter((l) => /^\s*-? ?run:/.test(l))) assert.doesNotMatch(line, /\$\{\{/);
    for (const uses of wf.matchAll(/uses: (\S+)/g)) assert.match(uses[1] ?? '', /@[0-9a-f]{40}$/);
  });
});
