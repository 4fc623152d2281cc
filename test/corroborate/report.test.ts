// Markdown rendering of a corroboration and of a pull request's confidence changes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectCorroboration, projectOnCapture } from '../../src/corroborate/evidence.ts';
import { corroborate } from '../../src/corroborate/match.ts';
import { reviewPromotions } from '../../src/corroborate/review.ts';
import type { ShapeNode } from '../../src/corroborate/types.ts';
import { corroborationMermaid, notWeighedText, renderCorroboration, renderPromotionReview } from '../../src/report/corroboration.ts';
import { walk } from '../../src/stanza/walk.ts';
import { fixtureRepo, REPO_ROOT, tree } from './helpers.ts';

function mermaidBlock(markdown: string): string {
  const match = /```mermaid\n([\s\S]*?)```/.exec(markdown);
  assert.ok(match, 'a mermaid block');
  return match[1] ?? '';
}

test('the report has the matched stanza, the counts, the promotion table and the coverage line', async () => {
  const repo = await fixtureRepo({ captures: [] });
  const c = corroborate(tree('<call from="Caller@s.whatsapp.net" id="STANZAID9" t="TIMESTAMP9"><offer call-id="CALLID9" count="0"><enc type="pkmsg"/><audio rate="16000"/></offer></call>'), 'websocket-capture', repo);
  const md = renderCorroboration({ corroboration: c, projection: projectCorroboration(c, repo) });
  assert.match(md, /Matched stanza: `call-offer`/);
  assert.match(md, /\| corroborated \| 10 \|/);
  assert.match(md, /\| conflicting \| 0 \|/);
  assert.ok(md.includes(`| \`call-offer:@t\` | speculative → probable | websocket-capture |`));
  assert.ok(md.includes(`| \`call-offer:offer/audio@rate\` | unknown → confirmed | websocket-capture, frida-hooking |`));
  // Hand-counted in evidence.test.ts: 0.275 → 0.45.
  assert.ok(md.includes('coverage 27.5% → 45.0% (+17.5) if these promotions are accepted'));
  // Rows that move: signaling 28.6% → 53.6% (14 facts); websocket-capture gains an attribute (9 → 10): 3/9 → 5.5/10.
  assert.ok(md.includes('| `signaling` | 14 | 28.6% | 53.6% | +25.0 |'));
  assert.ok(md.includes('| `websocket-capture` | 9 → 10 | 33.3% | 55.0% | +21.7 |'));
  assert.ok(!md.includes('`transport`'), 'unchanged rows are left out');
});

test('without promotions the report says coverage stays', async () => {
  const repo = await fixtureRepo({ captures: [] });
  const c = corroborate(tree('<call from="s.whatsapp.net"><terminate/></call>'), 'websocket-capture', repo);
  const md = renderCorroboration({ corroboration: c, projection: projectCorroboration(c, repo) });
  assert.ok(md.includes('No fact can be promoted on this evidence; coverage stays 27.5%.'));
  assert.ok(!md.includes('if these promotions are accepted'));
});

test('on the provenance and this capture alone (the intake): the report says so, and how many captures it did not weigh', async () => {
  // ws-offer (websocket) shows audio@rate in the corpus; the projection on this frida capture alone does not weigh it.
  const repo = await fixtureRepo({ captures: ['ws-offer'], extra: ['ws-offer-2'] });
  const c = corroborate(tree('<call from="Callee@s.whatsapp.net" id="STANZAID8"><offer call-id="CALLID8"><enc type="msg"/><audio rate="8000"/></offer></call>'), 'frida-hooking', repo);
  assert.ok(renderCorroboration({ corroboration: c, projection: projectCorroboration(c, repo) }).includes('| `call-offer:offer/audio@rate` | unknown → confirmed | websocket-capture, frida-hooking |'), 'the corpus supports confirmed');
  const md = renderCorroboration({ corroboration: c, projection: projectOnCapture(c, repo, 10_000) });
  assert.ok(md.includes("Evidence here = the fact's provenance + this capture. The 10,000 other captures of `corpus/captures/` are not weighed here; they may support more. `wacrg corroborate` weighs the whole corpus."));
  assert.ok(md.includes('| `call-offer:offer/audio@rate` | unknown → probable | frida-hooking |'), 'one technique: probable, never overstated');
  assert.ok(!md.includes('captures in the corpus that show it'));
  assert.equal(notWeighedText(1), 'The 1 other capture of `corpus/captures/` is not weighed here; it may support more. `wacrg corroborate` weighs the whole corpus.');
  assert.equal(notWeighedText(0), 'The corpus holds no other capture.');
  // Nothing to promote: the same scope, in the one line.
  const none = corroborate(tree('<call from="s.whatsapp.net"><terminate/></call>'), 'websocket-capture', repo);
  const quiet = renderCorroboration({ corroboration: none, projection: projectOnCapture(none, repo, 2) });
  assert.ok(quiet.includes('No fact can be promoted on the provenance and this capture; coverage stays 27.5%. The 2 other captures of `corpus/captures/` are not weighed here; they may support more. `wacrg corroborate` weighs the whole corpus.'));
});

test('the Mermaid tree styles corroborated, new and conflicting nodes and never shows a value', async () => {
  const repo = await fixtureRepo();
  const input = `<call from="Caller@s.whatsapp.net" id="STANZAIDZQ" t="yesterday">
  <offer call-id="CALLIDXYZ" count="4321">
    <enc type="pkmsg">CIPHERTEXTPLACEHOLDER</enc>
    <audio rate="16000"/><audio rate="44100"/>
    <extra bar="198.51.100.23" baz="hung_up"/>
  </offer>
</call>`;
  const root = tree(input);
  const c = corroborate(root, 'baileys-instrumentation', repo);
  const md = renderCorroboration({ corroboration: c, projection: projectCorroboration(c, repo) });
  const mermaid = mermaidBlock(md);
  const values: string[] = [];
  const names = new Set<string>();
  walk(root, (node) => {
    names.add(node.tag);
    for (const a of node.attrs) {
      values.push(a.value);
      names.add(a.name);
    }
    if (node.content?.kind === 'text' && node.content.text.trim() !== '') values.push(node.content.text.trim());
  });
  for (const value of values) {
    assert.ok(!mermaid.includes(value), 'no attribute value or content in the diagram');
    // The only value the report may show is an enum member, in the enum's own spelling.
    if (value !== 'pkmsg') assert.ok(!md.includes(value), 'no capture value anywhere in the report');
  }
  const labels = [...mermaid.matchAll(/\["([^"]*)"\]/g)].map((m) => m[1] ?? '');
  assert.equal(labels.length, 16, 'call, offer, enc, audio ×2, extra: 6 boxes; 10 attribute nodes');
  for (const label of labels) assert.ok(names.has(label), 'labels are tag and attribute names');
  for (const id of mermaid.matchAll(/\b(n\d+)[[(]/g)) assert.match(id[1] ?? '', /^n\d+$/);
  assert.match(mermaid, /^flowchart TD$/m);
  for (const cls of ['corroborated', 'newfact', 'conflict', 'rootnode']) {
    assert.match(mermaid, new RegExp(`^  classDef ${cls} `, 'm'));
    assert.match(mermaid, new RegExp(`^  class n\\d+(,n\\d+)* ${cls}$`, 'm'));
  }
  // The root is n0; `t` (a timestamp that is not one) conflicts; `extra` is new; `audio` repeats.
  const classOf = (cls: string) => (new RegExp(`^  class ([n0-9,]+) ${cls}$`, 'm').exec(mermaid)?.[1] ?? '').split(',');
  assert.deepEqual(classOf('rootnode'), ['n0']);
  assert.equal(classOf('conflict').length, 3, '@t and the two <audio>');
  assert.equal(classOf('newfact').length, 3, '<extra> and its two attributes');
});

test('Mermaid labels keep only name characters, and large trees are cut', () => {
  const shape: ShapeNode = { tag: 'a"] --> x((evil', status: 'new', attrs: [{ name: 'b`\n"c', status: 'new' }], children: [] };
  const mermaid = corroborationMermaid(shape);
  assert.ok(mermaid.includes('  n0["a___--__x__evil"]'));
  assert.ok(mermaid.includes('  n1(["b___c"])'));
  const big: ShapeNode = { tag: 'call', status: 'root', attrs: [], children: Array.from({ length: 200 }, () => ({ tag: 'te', status: 'corroborated' as const, attrs: [{ name: 'ip', status: 'corroborated' as const }], children: [] })) };
  const cut = corroborationMermaid(big, 10);
  assert.equal([...cut.matchAll(/^  n\d+[[(]/gm)].length, 10);
  assert.ok(cut.includes('_391 more nodes not drawn._'));
});

test('an unmatched capture is reported as unmatched, its tree drawn unclassified', async () => {
  const repo = await fixtureRepo();
  const c = corroborate(tree('<presence from="A@s.whatsapp.net"/>'), 'websocket-capture', repo);
  const md = renderCorroboration({ corroboration: c, projection: projectCorroboration(c, repo) });
  assert.ok(md.includes('**No stanza of the spec matches this capture**'));
  assert.ok(!md.includes('Matched stanza'));
  assert.match(mermaidBlock(md), /^  class n0,n1 unmatched$/m);
});

function headOffer(): string {
  const text = readFileSync(join(REPO_ROOT, 'spec/stanzas/call-offer.yaml'), 'utf8');
  const replacements: [string, string][] = [
    ['type: timestamp\n    confidence: speculative', 'type: timestamp\n    confidence: confirmed'],
    [
      'confidence: probable\n            description: kind of Signal message\n            provenance: { techniques: [websocket-capture] }',
      'confidence: confirmed\n            description: kind of Signal message\n            provenance: { techniques: [websocket-capture, baileys-instrumentation] }',
    ],
    ['confidence: unknown\n            description: sampling rate', 'confidence: speculative\n            description: sampling rate'],
  ];
  let out = text;
  for (const [from, to] of replacements) {
    assert.ok(out.includes(from), 'fixture text to replace');
    out = out.replace(from, to);
  }
  return out;
}

test('the promotion review lists changes and the promotions to confirmed the evidence does not support', async () => {
  const base = await fixtureRepo();
  const head = await fixtureRepo({ replace: { 'spec/stanzas/call-offer.yaml': headOffer() } });
  const review = reviewPromotions(base, head);
  assert.deepEqual(
    review.changed.map((c) => `${c.path} ${c.from}→${c.to} [${c.techniques.join(',')}] captured [${c.captured.join(',')}]`),
    [
      'call-offer:@t speculative→confirmed [websocket-capture] captured [websocket-capture]',
      'call-offer:offer/enc@type probable→confirmed [websocket-capture,baileys-instrumentation] captured [websocket-capture]',
      'call-offer:offer/audio@rate unknown→speculative [frida-hooking] captured []',
    ],
  );
  assert.deepEqual(review.unsupported.map((c) => c.path), ['call-offer:@t']);
  const md = renderPromotionReview(base, head);
  assert.ok(md.includes('3 fact(s) changed confidence.'));
  assert.ok(md.includes(`| \`call-offer:offer/audio@rate\` | unknown → speculative | frida-hooking | (none) |`));
  const unsupported = md.slice(md.indexOf('#### Promotions to `confirmed` the evidence does not support'));
  assert.ok(unsupported.length < md.length, 'the unsupported section is there');
  assert.ok(unsupported.includes('**two different techniques**'));
  assert.ok(unsupported.includes(`| \`call-offer:@t\` | speculative → confirmed | websocket-capture |`));
  assert.ok(!unsupported.includes('enc@'), 'a promotion with two techniques is supported');
  assert.equal(renderPromotionReview(base, base), '### Confidence changes\n\nNo fact changed confidence.\n');
});
