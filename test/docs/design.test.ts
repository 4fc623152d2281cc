// The generated pages as readers use them: readable stable anchors that every mention of a fact links
// to, a confidence badge on every fact row, tables narrow enough for a phone, stanzas in call order,
// requiredness never overstated, and a site that loads nothing from elsewhere.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { factsOf } from '../../src/coverage/facts.ts';
import { stanzaAnchors } from '../../src/docs/anchors.ts';
import { callOrder, confidenceBadge, contextOf } from '../../src/docs/context.ts';
import { generateDocs } from '../../src/docs/generate.ts';
import { pie } from '../../src/docs/mermaid.ts';
import { renderNav } from '../../src/docs/nav.ts';
import { stanzaPage } from '../../src/docs/stanza.ts';
import type { Flow, Loaded, Repo, Stanza } from '../../src/spec/types.ts';
import { loadRoot, ROOT } from './helpers.ts';

const stanza = (over: Partial<Stanza> = {}): Stanza => ({
  id: 'call-x',
  tag: 'call',
  display_name: 'X',
  category: 'signaling',
  direction: ['outgoing'],
  status: 'draft',
  spec_version: '0.1.0',
  summary: 's',
  ...over,
});

const loaded = <T>(record: T, file: string): Loaded<T> => ({ record, file }) as Loaded<T>;

describe('anchors', () => {
  it('are the tags below the root and the attribute name: offer-enc-type; the root is its tag', () => {
    const s = stanza({
      attributes: [{ name: 'from', type: 'jid', confidence: 'probable', description: 'd' }],
      children: [
        {
          tag: 'offer',
          occurrence: '1',
          confidence: 'probable',
          description: 'd',
          children: [{ tag: 'enc', occurrence: '1..n', confidence: 'probable', description: 'd', attributes: [{ name: 'type', type: 'string', confidence: 'probable', description: 'd' }] }],
        },
      ],
    });
    assert.deepEqual([...stanzaAnchors(s)], [
      ['', 'call'],
      ['attributes.0', 'call-from'],
      ['children.0', 'offer'],
      ['children.0.children.0', 'offer-enc'],
      ['children.0.children.0.attributes.0', 'offer-enc-type'],
    ]);
  });

  it('stay unique on the page: the later of two equal anchors gets -2 (an attribute and a child of the same name, two siblings)', () => {
    const te = { tag: 'te', occurrence: '0..n' as const, confidence: 'speculative' as const, description: 'd' };
    const s = stanza({
      children: [
        {
          tag: 'enc',
          occurrence: '1',
          confidence: 'probable',
          description: 'd',
          attributes: [{ name: 'type', type: 'string', confidence: 'probable', description: 'd' }],
          children: [{ ...te, tag: 'type' }, te, te],
        },
      ],
    });
    const anchors = [...stanzaAnchors(s).values()];
    assert.deepEqual(anchors, ['call', 'enc', 'enc-type', 'enc-type-2', 'enc-te', 'enc-te-2']);
    assert.equal(new Set(anchors).size, anchors.length);
  });

  it('odd characters in tags and names become readable ASCII words', () => {
    const s = stanza({ attributes: [{ name: 'xmlns:Foo_Bar', type: 'string', confidence: 'unknown', description: 'd' }] });
    assert.equal(stanzaAnchors(s).get('attributes.0'), 'call-xmlns-foo-bar');
  });
});

describe('the pages of this repository', async () => {
  const repo = await loadRoot();
  const docs = generateDocs(repo);

  it('every fact has exactly one row on its stanza page, carrying its anchor and the badge of its confidence', () => {
    let rows = 0;
    for (const { record } of repo.stanzas) {
      const page = docs.get(`docs/spec/stanzas/${record.id}.md`) ?? '';
      const anchors = stanzaAnchors(record);
      const factRows = page.split('\n').filter((l) => l.includes('class="fact"'));
      rows += factRows.length;
      for (const fact of factsOf(record)) {
        const anchor = anchors.get(fact.recordPath.join('.'));
        const ownRow = factRows.filter((l) => l.includes(fact.kind === 'attribute' ? `id="${anchor}"` : `class="fact" href="#${anchor}"`));
        assert.equal(ownRow.length, 1, `${fact.path}: one row`);
        assert.ok(ownRow[0]?.includes(confidenceBadge(fact.confidence)), `${fact.path}: ${fact.confidence} badge`);
      }
    }
    assert.equal(rows, repo.stanzas.reduce((n, s) => n + factsOf(s.record).length, 0));
  });

  it('an enum lists the attributes using it, each linked to its row', () => {
    const page = docs.get('docs/spec/enums/enc-types.md') ?? '';
    assert.match(page, /^- \[Call offer\]\(\.\.\/stanzas\/call-offer\.md\): \[`offer\/enc@type`\]\(\.\.\/stanzas\/call-offer\.md#offer-enc-type\) <span class="conf conf-probable">/m);
  });

  it('a technique page lists every fact naming it, each linked to its row, with its badge', () => {
    for (const technique of repo.techniques) {
      const page = docs.get(`docs/spec/techniques/${technique.record.id}.md`) ?? '';
      const naming = repo.stanzas.flatMap((s) => factsOf(s.record).filter((f) => f.techniques.includes(technique.record.id)).map((f) => ({ f, s: s.record })));
      assert.equal((page.match(/<span class="fact">/g) ?? []).length, naming.length, technique.record.id);
      for (const { f, s } of naming) {
        const anchor = stanzaAnchors(s).get(f.recordPath.join('.')) ?? '';
        assert.ok(page.includes(`](../stanzas/${s.id}.md#${anchor})</span><br>${confidenceBadge(f.confidence)}`), `${technique.record.id}: ${f.path}`);
      }
    }
  });

  it('a flow step links to the node its stanza is about (the action child), and stanza pages link back to the step', () => {
    const page = docs.get('docs/spec/flows/missed-call.md') ?? '';
    assert.match(page, /^\| <a id="step-1" href="#step-1">1<\/a><br><span class="conf conf-probable">◐ probable<\/span> \| \*\*Caller device → WhatsApp server\*\*: Offer<br>carries \[`<call>` › `<offer>`\]\(\.\.\/stanzas\/call-offer\.md#offer\)/m);
    assert.match(docs.get('docs/spec/stanzas/call-offer.md') ?? '', /\[Missed call\]\(\.\.\/flows\/missed-call\.md\): steps \[1\]\(\.\.\/flows\/missed-call\.md#step-1\) and \[3\]/);
  });

  it('tables keep to a few columns (the coverage tables, shared with `wacrg coverage`, aside)', () => {
    for (const [path, text] of docs) {
      if (!path.endsWith('.md') || path === 'docs/spec/coverage.md') continue;
      for (const header of text.split('\n').filter((l, i, all) => l.startsWith('| ') && /^\|(-+:?\|)+$/.test(all[i + 1] ?? ''))) {
        assert.ok(header.split(' | ').length <= 3, `${path}: ${header}`);
      }
    }
  });

  it('stanzas come in call order in the index and the nav: offer before accept before terminate', () => {
    const order = callOrder(repo);
    const at = (id: string) => order.indexOf(id);
    assert.ok(at('call-offer') < at('call-accept') && at('call-accept') < at('call-terminate'), order.join(' '));
    assert.ok(at('call-offer') === 0, order.join(' '));
    const index = docs.get('docs/spec/index.md') ?? '';
    const listed = [...index.matchAll(/\]\(stanzas\/([a-z-]+)\.md\)/g)].map((m) => m[1]);
    assert.deepEqual(listed, order);
    const nav = renderNav(repo).filter((l) => l.includes('spec/stanzas/')).map((l) => /stanzas\/([a-z-]+)\.md/.exec(l)?.[1]);
    assert.deepEqual(nav, order);
  });
});

describe('call order', () => {
  it('merges the flows: each stanza after the one before it in the first flow carrying it; others follow by id', () => {
    const s = (id: string) => loaded(stanza({ id }), `spec/stanzas/${id}.yaml`);
    const flow = (id: string, stanzas: string[]): Loaded<Flow> =>
      loaded({ id, title: id, status: 'draft', spec_version: '0.1.0', summary: 's', participants: [{ id: 'a', label: 'A' }], steps: stanzas.map((x) => ({ from: 'a', to: 'a', label: x, confidence: 'probable' as const, stanza: x })) }, `spec/flows/${id}.yaml`);
    const repo = { stanzas: ['accept', 'ack', 'lone', 'offer', 'reject', 'terminate'].map(s), flows: [flow('a', ['offer', 'ack', 'accept', 'terminate']), flow('b', ['offer', 'ack', 'reject'])], enums: [], techniques: [] } as unknown as Repo;
    assert.deepEqual(callOrder(repo), ['offer', 'ack', 'reject', 'accept', 'terminate', 'lone']);
  });
});

describe('requiredness', () => {
  it('an attribute of unknown requiredness is never shown as required', () => {
    const attrs = [
      { name: 'always', type: 'string', confidence: 'probable' as const, description: 'd', required: true },
      { name: 'sometimes', type: 'string', confidence: 'probable' as const, description: 'd', required: false },
      { name: 'nobodyknows', type: 'string', confidence: 'unknown' as const, description: 'd' },
    ];
    const s = loaded(stanza({ attributes: attrs }), 'spec/stanzas/call-x.yaml');
    const repo = { stanzas: [s], flows: [], enums: [], techniques: [] } as unknown as Repo;
    const page = stanzaPage(contextOf(repo), s);
    assert.match(page, /^- \[`<call>`\]\(#call\) · root · \[`always`\]\(#call-always\) \[`sometimes`\]\(#call-sometimes\)\? \[`nobodyknows`\]\(#call-nobodyknows\) \(\?\)$/m);
    assert.match(page, /id="call-always".*`string` · required \|/);
    assert.match(page, /id="call-sometimes".*`string` · optional \|/);
    assert.match(page, /id="call-nobodyknows".*`string` · required\? \|/);
  });
});

describe('the coverage pie', () => {
  it('gives each present slice its confidence colour, in slice order, and draws text in the page colour', () => {
    const lines = pie('T', [['confirmed', 0], ['probable', 2], ['unknown', 1]], { confirmed: '#000001', probable: '#000002', unknown: '#000004' });
    const init = JSON.parse(/^%%\{init: (.*)\}%%$/.exec(lines[0] ?? '')?.[1] ?? '{}');
    assert.equal(init.themeVariables.pie1, '#000002');
    assert.equal(init.themeVariables.pie2, '#000004');
    assert.equal(init.themeVariables.pie3, undefined);
    assert.match(init.themeCSS, /fill: currentColor/);
    assert.deepEqual(lines.slice(1), ['pie showData title T', '    "probable" : 2', '    "unknown" : 1']);
  });
});

describe('the site', () => {
  const yml = readFileSync(join(ROOT, 'mkdocs.yml'), 'utf8');

  it('loads nothing from elsewhere: no web fonts, Mermaid from the site, no GitHub API call', () => {
    assert.match(yml, /^ {2}font: false$/m);
    assert.match(yml, /^ {2}custom_dir: docs-theme$/m);
    assert.match(yml, /^hooks:\n {2}- scripts\/mkdocs_hooks\.py$/m);
    const main = readFileSync(join(ROOT, 'docs-theme/main.html'), 'utf8');
    assert.match(main, /assets\/javascripts\/mermaid\.min\.js/);
    assert.doesNotMatch(readFileSync(join(ROOT, 'docs-theme/partials/source.html'), 'utf8'), /data-md-component/);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.match(pkg.devDependencies.mermaid, /^\d+\.\d+\.\d+$/, 'Mermaid pinned exactly (the theme names one version)');
  });

  it('has one nav entry called Techniques, dark mode, and a warning admonition for the home page caveat', () => {
    assert.equal((yml.match(/- "?Techniques"?:/g) ?? []).length, 1);
    assert.match(yml, /scheme: slate/);
    assert.match(readFileSync(join(ROOT, 'docs/index.md'), 'utf8'), /^!!! warning "A working model, not the truth"$/m);
  });
});
