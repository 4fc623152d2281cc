import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readStanza } from '../../src/stanza/read.ts';
import type { StanzaNode } from '../../src/stanza/types.ts';
import { attrPath, nodePath, walk } from '../../src/stanza/walk.ts';

const OFFER = `<call from="A@s.whatsapp.net" id="CALLID1">
  <offer call-id="CALLID1">
    <audio enc="opus"/>
    <enc v="2">CIPHERTEXTPLACEHOLDER1</enc>
    <enc v="2">CIPHERTEXTPLACEHOLDER2</enc>
    <destination><te ip="192.0.2.1"/></destination>
  </offer>
</call>`;

function root(): StanzaNode {
  const r = readStanza(OFFER);
  assert.ok(r.ok && r.tree);
  return r.tree;
}

test('walk visits every node in document order with its path; same-tag siblings share a path', () => {
  const seen: string[] = [];
  walk(root(), (_node, path) => seen.push(path));
  assert.deepEqual(seen, [
    'call',
    'call/offer',
    'call/offer/audio',
    'call/offer/enc',
    'call/offer/enc',
    'call/offer/destination',
    'call/offer/destination/te',
  ]);
});

test('walk passes the ancestors (root first, without the node); nodePath agrees with path', () => {
  walk(root(), (node, path, ancestors) => {
    assert.equal(nodePath([...ancestors, node]), path);
    if (node.tag === 'te') assert.deepEqual(ancestors.map((a) => a.tag), ['call', 'offer', 'destination']);
    if (node.tag === 'call') assert.equal(ancestors.length, 0);
  });
});

test('attrPath appends @name', () => {
  assert.equal(attrPath('call/offer', 'call-id'), 'call/offer@call-id');
  assert.equal(attrPath(nodePath([root()]), 'from'), 'call@from');
});

test('walk is iterative: a tree far deeper than the reader allows does not overflow', () => {
  const top: StanzaNode = { tag: 'a', attrs: [], children: [], pos: { line: 1, column: 1 } };
  let node = top;
  for (let k = 0; k < 20_000; k++) {
    const child: StanzaNode = { tag: 'a', attrs: [], children: [], pos: { line: 1, column: 1 } };
    node.children.push(child);
    node = child;
  }
  let count = 0;
  let deepest = 0;
  walk(top, (_n, _p, ancestors) => {
    count++;
    deepest = Math.max(deepest, ancestors.length);
  });
  assert.equal(count, 20_001);
  assert.equal(deepest, 20_000);
});
