// Evidence and promotion on the fixture repository (test/fixtures/corroborate/repo: 20 facts).
// Before any promotion: confirmed 1, probable 9, speculative 7, unknown 3 → (1 + 4.5) / 20 = 0.275.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyTally, type Tally } from '../../src/coverage/coverage.ts';
import { corpusEvidence, corroborateCorpus, projectCorroboration } from '../../src/corroborate/evidence.ts';
import { corroborate } from '../../src/corroborate/match.ts';
import type { Promotion } from '../../src/corroborate/types.ts';
import { fixtureRepo, tree } from './helpers.ts';

const WS = 'websocket-capture';
const BAILEYS = 'baileys-instrumentation';
const FRIDA = 'frida-hooking';

const FULL_OFFER = `<call from="Caller@s.whatsapp.net" id="STANZAID9" t="TIMESTAMP9">
  <offer call-id="CALLID9" count="0"><enc type="pkmsg"/><audio rate="16000"/></offer>
</call>`;
const OFFER_NO_AUDIO = `<call from="Caller@s.whatsapp.net" id="STANZAID9" t="TIMESTAMP9">
  <offer call-id="CALLID9" count="0"><enc type="pkmsg"/></offer>
</call>`;
const OFFER_AUDIO_ONLY = `<call from="Callee@s.whatsapp.net" id="STANZAID8">
  <offer call-id="CALLID8"><enc type="msg"/><audio rate="8000"/></offer>
</call>`;

function tally(counts: Partial<Tally>): Tally {
  const t = { ...emptyTally(), ...counts };
  t.total = t.confirmed + t.probable + t.speculative + t.unknown;
  t.coverage = t.total === 0 ? 0 : (t.confirmed + 0.5 * t.probable) / t.total;
  return t;
}

function byPath(promotions: Promotion[]): Record<string, string> {
  return Object.fromEntries(promotions.map((p) => [p.path, `${p.from}→${p.to} [${p.techniques.join(',')}]`]));
}

test('one technique reaches probable at most; provenance techniques count as evidence', async () => {
  const repo = await fixtureRepo({ captures: [] });
  const c = corroborate(tree(FULL_OFFER), WS, repo);
  const projection = projectCorroboration(c, repo);
  assert.deepEqual(byPath(projection.promotions), {
    // provenance already names two techniques, and a capture now shows the fact
    'call-offer:@id': `probable→confirmed [${WS},${BAILEYS}]`,
    'call-offer:offer/enc': `probable→confirmed [${WS},${BAILEYS}]`,
    'call-offer:offer/audio@rate': `unknown→confirmed [${WS},${FRIDA}]`,
    // websocket only: probable, however many facts the capture shows
    'call-offer:@t': `speculative→probable [${WS}]`,
    'call-offer:offer@count': `speculative→probable [${WS}]`,
    'call-offer:offer/audio': `speculative→probable [${WS}]`,
  });
  for (const p of projection.promotions) if (p.techniques.length < 2) assert.equal(p.to, 'probable');
  // Hand-counted: confirmed 1 → 4 (#@id, offer/enc, audio@rate), probable 9 − 2 + 3 = 10,
  // speculative 7 − 3 = 4, unknown 3 − 1 = 2; (4 + 5) / 20 = 0.45.
  assert.deepEqual(projection.before.overall, tally({ confirmed: 1, probable: 9, speculative: 7, unknown: 3 }));
  assert.equal(projection.before.overall.coverage, 0.275);
  assert.deepEqual(projection.projected.overall, tally({ confirmed: 4, probable: 10, speculative: 4, unknown: 2 }));
  assert.equal(projection.projected.overall.coverage, 0.45);
  // By category: signaling (14 facts) moves, transport (6 facts) does not.
  assert.deepEqual(projection.before.byCategory.signaling, tally({ confirmed: 0, probable: 8, speculative: 4, unknown: 2 }));
  assert.deepEqual(projection.projected.byCategory.signaling, tally({ confirmed: 3, probable: 9, speculative: 1, unknown: 1 }));
  assert.equal(projection.projected.byCategory.signaling?.coverage, 7.5 / 14);
  assert.deepEqual(projection.before.byCategory.transport, tally({ confirmed: 1, probable: 1, speculative: 3, unknown: 1 }));
  assert.deepEqual(projection.projected.byCategory.transport, projection.before.byCategory.transport);
  // By technique, attributes only (as the group counts): websocket-capture names @from, @id, @t,
  // offer@call-id, offer@count, offer/enc@type, call-terminate:@from, terminate@reason and
  // relay-latency:@id (9); the promoted audio@rate gains websocket-capture (9 → 10 attributes).
  assert.deepEqual(projection.before.byTechnique[WS], tally({ probable: 6, speculative: 3 }));
  assert.deepEqual(projection.projected.byTechnique[WS], tally({ confirmed: 2, probable: 7, speculative: 1 }));
  assert.equal(projection.projected.byTechnique[WS]?.coverage, 5.5 / 10);
  // baileys-instrumentation: @id and relay-latency:@class (offer/enc is a child: no technique row).
  assert.deepEqual(projection.before.byTechnique[BAILEYS], tally({ confirmed: 1, probable: 1 }));
  assert.deepEqual(projection.projected.byTechnique[BAILEYS], tally({ confirmed: 2 }));
  // frida-hooking: audio@rate, relay@ip, relay@key, relay@latency (the relay child has no row).
  assert.deepEqual(projection.before.byTechnique[FRIDA], tally({ speculative: 2, unknown: 2 }));
  assert.deepEqual(projection.projected.byTechnique[FRIDA], tally({ confirmed: 1, speculative: 2, unknown: 1 }));
  assert.equal(projection.projected.byTechnique[FRIDA]?.coverage, 0.25);
  assert.deepEqual(projection.projected.byTechnique['(no technique)'], tally({ unknown: 1 }));
});

test('two different techniques (provenance, corpus, this capture) support confirmed', async () => {
  const repo = await fixtureRepo({ captures: ['ws-offer'] });
  const c = corroborate(tree(OFFER_NO_AUDIO), BAILEYS, repo);
  const projection = projectCorroboration(c, repo);
  const expected = ['@from', '@id', '@t', 'offer', 'offer@call-id', 'offer@count', 'offer/enc', 'offer/enc@type'];
  assert.deepEqual(projection.promotions.map((p) => p.path), expected.map((p) => `call-offer:${p}`));
  for (const p of projection.promotions) {
    assert.equal(p.to, 'confirmed');
    assert.deepEqual(p.techniques, [WS, BAILEYS]);
  }
  // Hand-counted: confirmed 1 + 8 = 9, probable 9 − 6 = 3, speculative 7 − 2 = 5, unknown 3;
  // (9 + 1.5) / 20 = 0.525.
  assert.deepEqual(projection.projected.overall, tally({ confirmed: 9, probable: 3, speculative: 5, unknown: 3 }));
  assert.equal(projection.projected.overall.coverage, 0.525);
});

test('a capture in the corpus is evidence: its technique joins the provenance and this capture', async () => {
  // audio@rate: provenance frida; ws-offer-2 (websocket) shows it; this capture is frida.
  const withCorpus = await fixtureRepo({ captures: [], extra: ['ws-offer-2'] });
  const c = corroborate(tree(OFFER_AUDIO_ONLY), FRIDA, withCorpus);
  assert.equal(byPath(projectCorroboration(c, withCorpus).promotions)['call-offer:offer/audio@rate'], `unknown→confirmed [${WS},${FRIDA}]`);
  const alone = await fixtureRepo({ captures: [] });
  const c2 = corroborate(tree(OFFER_AUDIO_ONLY), FRIDA, alone);
  assert.equal(byPath(projectCorroboration(c2, alone).promotions)['call-offer:offer/audio@rate'], `unknown→probable [${FRIDA}]`);
});

test('the same technique twice is still one technique', async () => {
  // offer/audio: provenance websocket; ws-offer-2 is websocket; this capture is websocket again.
  const repo = await fixtureRepo({ captures: ['ws-offer'], extra: ['ws-offer-2'] });
  const c = corroborate(tree(FULL_OFFER), WS, repo);
  const promotions = byPath(projectCorroboration(c, repo).promotions);
  assert.equal(promotions['call-offer:offer/audio'], `speculative→probable [${WS}]`);
  assert.equal(promotions['call-offer:offer@count'], `speculative→probable [${WS}]`);
  assert.equal(promotions['call-offer:@from'], undefined, 'probable on websocket alone stays probable');
  // Over the corpus: two websocket captures of offer@count are one technique.
  const corpus = byPath(corroborateCorpus(repo).promotable);
  assert.equal(corpus['call-offer:offer@count'], `speculative→probable [${WS}]`);
  assert.equal(corpus['call-offer:@from'], undefined);
});

test('placeholders corroborate existence but are never vocabulary evidence nor a conflict', async () => {
  const repo = await fixtureRepo({ captures: [] });
  const c = corroborate(tree('<call from="A@s.whatsapp.net" id="STANZAID1"><offer call-id="CALLID1" count="COUNT1"><enc type="TYPE1"/></offer></call>'), WS, repo);
  assert.deepEqual(c.conflicts, []);
  assert.deepEqual(c.observed, [], 'a placeholder is not a value of the enum');
  assert.ok(c.corroborated.some((f) => f.path === 'call-offer:offer/enc@type'));
  const promotions = byPath(projectCorroboration(c, repo).promotions);
  assert.equal(promotions['call-offer:offer@count'], `speculative→probable [${WS}]`, 'the attribute exists: that is evidence of the fact');
  // The same stanza with a real enum value is vocabulary evidence.
  const real = corroborate(tree('<call from="A@s.whatsapp.net" id="STANZAID1"><offer call-id="CALLID1"><enc type="msg"/></offer></call>'), WS, repo);
  assert.deepEqual(real.observed, [{ path: 'call-offer:offer/enc@type', enum: 'enc-types', value: 'msg' }]);
});

test('a conflicting fact is not corroborated, so it is not promoted', async () => {
  const repo = await fixtureRepo({ captures: [] });
  const c = corroborate(tree('<call from="A@s.whatsapp.net" id="STANZAID1"><offer call-id="CALLID1" count="many"><enc type="pkmsg"/></offer></call>'), BAILEYS, repo);
  assert.deepEqual(c.conflicts.map((x) => x.path), ['call-offer:offer@count']);
  assert.ok(!c.conflicts[0]?.message.includes('many'), 'the message never quotes the value');
  assert.equal(byPath(projectCorroboration(c, repo).promotions)['call-offer:offer@count'], undefined);
});

test('an unmatched capture promotes nothing and leaves coverage as it is', async () => {
  const repo = await fixtureRepo();
  const c = corroborate(tree('<presence from="A@s.whatsapp.net"/>'), WS, repo);
  const projection = projectCorroboration(c, repo);
  assert.deepEqual(projection.promotions, []);
  assert.deepEqual(projection.projected, projection.before);
});

test('corpus evidence skips unreadable and binary captures', async () => {
  const repo = await fixtureRepo();
  assert.equal(repo.captures.length, 3);
  const evidence = corpusEvidence(repo);
  assert.ok(evidence.size > 0);
  for (const techniques of evidence.values()) assert.deepEqual([...techniques], [WS]);
});

test('corroborateCorpus: promotable facts and unsupported claims', async () => {
  const repo = await fixtureRepo();
  const result = corroborateCorpus(repo);
  assert.deepEqual(byPath(result.promotable), {
    'call-offer:@id': `probable→confirmed [${WS},${BAILEYS}]`,
    'call-offer:@t': `speculative→probable [${WS}]`,
    'call-offer:offer@count': `speculative→probable [${WS}]`,
    'call-offer:offer/enc': `probable→confirmed [${WS},${BAILEYS}]`,
  });
  assert.deepEqual(result.unsupported, [{ path: 'relay-latency:@class', claimed: 'confirmed', techniques: [BAILEYS] }]);
  // A websocket capture of the relay stanza supports the claim and promotes the relay facts.
  const more = corroborateCorpus(await fixtureRepo({ extra: ['ws-relay'] }));
  assert.deepEqual(more.unsupported, []);
  assert.equal(byPath(more.promotable)['relay-latency:relay@latency'], `unknown→confirmed [${WS},${FRIDA}]`);
  assert.equal(byPath(more.promotable)['relay-latency:@class'], undefined, 'already confirmed');
});
