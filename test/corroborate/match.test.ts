// Choosing among several stanzas with the same root tag.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchStanza } from '../../src/corroborate/match.ts';
import { fixtureRepo, tree } from './helpers.ts';

const stanza = (id: string, children: string[]) => `id: ${id}
tag: call
display_name: ${id}
category: media
direction: [outgoing]
status: draft
spec_version: 0.1.0
summary: fixture
children:
${children.map((tag) => `  - { tag: ${tag}, occurrence: "0..1", confidence: speculative, description: child }`).join('\n')}
`;

test('among several candidates, the one listing the first child first, then the lowest id', async () => {
  const repo = await fixtureRepo({
    replace: {
      'spec/stanzas/call-zz.yaml': stanza('call-zz', ['video', 'offer']),
      'spec/stanzas/call-mute.yaml': stanza('call-mute', ['mute', 'video']),
      'spec/stanzas/call-aa.yaml': stanza('call-aa', ['mute', 'video']),
    },
  });
  const id = (xml: string) => matchStanza(tree(xml), repo).stanza?.id;
  assert.equal(id('<call><offer/></call>'), 'call-offer', 'call-zz has offer too, but not first');
  assert.equal(id('<call><video/></call>'), 'call-zz', 'lists video first');
  assert.equal(id('<call><mute/><video/></call>'), 'call-aa', 'both list mute first: lowest id');
  assert.equal(id('<call><terminate/></call>'), 'call-terminate');
  const none = matchStanza(tree('<call><hold/></call>'), repo);
  assert.equal(none.stanza, undefined);
  assert.ok('reason' in none && !none.reason.includes('hold'), 'the reason never quotes the capture');
});
