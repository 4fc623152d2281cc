// Every relative link in the generated and hand-written Markdown resolves to a file, and every
// #anchor to a heading of the target (GitHub's slug rules).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { generateDocs } from '../../src/docs/generate.ts';
import { loadRoot, ROOT } from './helpers.ts';

function markdownFiles(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split(sep).join('/'));
  return [...docs, 'README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'DISCLAIMER.md'].sort();
}

function parse(text: string): Root {
  return unified().use(remarkParse).parse(text);
}

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c)).join('');
  return '';
}

const anchorCache = new Map<string, Set<string>>();

/**
 * The anchors of a page: headings by GitHub's rules (lower case, punctuation dropped, spaces to `-`,
 * duplicates numbered) unless they set their id (`### Title {#id}`, attr_list, as the generated pages
 * do), plus every `id="…"` of inline HTML (the fact and step anchors of table rows).
 */
function anchorsOf(text: string): Set<string> {
  const cached = anchorCache.get(text);
  if (cached !== undefined) return cached;
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  const visit = (node: Nodes) => {
    if (node.type === 'html') for (const m of node.value.matchAll(/\bid="([^"]+)"/g)) anchors.add(m[1] ?? '');
    if (node.type === 'heading') {
      const explicit = /\{#([A-Za-z0-9_-]+)\}\s*$/.exec(textOf(node))?.[1];
      if (explicit !== undefined) {
        anchors.add(explicit);
        if ('children' in node) node.children.forEach((c) => visit(c));
        return;
      }
      const base = textOf(node).toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      anchors.add(n === 0 ? base : `${base}-${n}`);
    }
    if ('children' in node) node.children.forEach((c) => visit(c));
  };
  visit(parse(text));
  anchorCache.set(text, anchors);
  return anchors;
}

function linksOf(text: string): string[] {
  const links: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') links.push(node.url);
    if ('children' in node) node.children.forEach((c) => visit(c));
  };
  visit(parse(text));
  return links;
}

/** Problems of one file's links: a target that does not exist, or an anchor that is no heading. */
function brokenLinks(file: string, text: string, read: (path: string) => string | undefined): string[] {
  const broken: string[] = [];
  for (const url of linksOf(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) continue; // https:, mailto: … are not checked here
    const [pathPart = '', anchor] = url.split('#');
    const target = pathPart === '' ? file : join(dirname(file), decodeURIComponent(pathPart)).split(sep).join('/');
    const content = read(target);
    if (content === undefined) {
      broken.push(`${file}: ${url} → ${target} does not exist`);
      continue;
    }
    if (anchor !== undefined && anchor !== '' && target.endsWith('.md') && !anchorsOf(content).has(anchor)) {
      broken.push(`${file}: ${url} → no heading #${anchor} in ${target}`);
    }
  }
  return broken;
}

function readFromDisk(path: string): string | undefined {
  const abs = join(ROOT, path);
  if (!existsSync(abs)) return undefined;
  return statSync(abs).isDirectory() ? '' : readFileSync(abs, 'utf8');
}

describe('links', () => {
  for (const file of markdownFiles()) {
    it(`${file}: relative links and anchors resolve`, () => {
      assert.deepEqual(brokenLinks(file, readFileSync(join(ROOT, file), 'utf8'), readFromDisk), []);
    });
  }

  it('the generated pages link only to generated pages and their anchors (checked before writing)', async () => {
    const docs = generateDocs(await loadRoot());
    const read = (path: string) => docs.get(path) ?? readFromDisk(path);
    const broken = [...docs].filter(([p]) => p.endsWith('.md')).flatMap(([path, text]) => brokenLinks(path, text, read));
    assert.deepEqual(broken, []);
  });

  it('pages under docs/ never link outside docs/ (mkdocs build --strict would fail)', () => {
    for (const file of markdownFiles().filter((f) => f.startsWith('docs/'))) {
      for (const url of linksOf(readFileSync(join(ROOT, file), 'utf8'))) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#')) continue;
        const target = join(dirname(file), url.split('#')[0] ?? '').split(sep).join('/');
        assert.ok(target.startsWith('docs/'), `${file}: ${url}`);
      }
    }
  });

  it('the checker itself catches a missing file and a missing anchor', () => {
    const read = (path: string) => (path === 'docs/a.md' ? '# Title\n\n## Some section\n\n### `<x>` {#set-id}\n\n| a |\n|---|\n| <a id="row-id"></a>b |\n' : undefined);
    assert.deepEqual(brokenLinks('docs/b.md', '[ok](a.md#some-section) [ok](a.md#set-id) [ok](a.md#row-id) [x](missing.md) [y](a.md#nope) [z](https://example.com/x)', read), [
      'docs/b.md: missing.md → docs/missing.md does not exist',
      'docs/b.md: a.md#nope → no heading #nope in docs/a.md',
    ]);
  });
});
