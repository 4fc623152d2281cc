// The flavor graph: lineage through derives_from, independence, groups.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { areIndependent, flavorGraph, hasIndependentPair, independentGroups, lineageOf } from '../../src/spec/flavors.ts';

// p, q upstreams; a ports p; b ports q; x ports both; c and d are two ports of p; loop1 ↔ loop2.
const graph = flavorGraph([
  { id: 'p' },
  { id: 'q' },
  { id: 'a', derives_from: ['p'] },
  { id: 'b', derives_from: ['q'] },
  { id: 'x', derives_from: ['p', 'q'] },
  { id: 'c', derives_from: ['a'] },
  { id: 'd', derives_from: ['p'] },
  { id: 'loop1', derives_from: ['loop2'] },
  { id: 'loop2', derives_from: ['loop1'] },
]);

test('lineage: the flavor and everything it derives from, transitively; cycles and unknown ids end', () => {
  assert.deepEqual([...lineageOf('c', graph)].sort(), ['a', 'c', 'p']);
  assert.deepEqual([...lineageOf('loop1', graph)].sort(), ['loop1', 'loop2']);
  assert.deepEqual([...lineageOf('unknown', graph)], ['unknown']);
});

test('independence: a port and its upstream are not; two ports of one upstream are not; unrelated flavors are', () => {
  assert.equal(areIndependent('a', 'p', graph), false);
  assert.equal(areIndependent('c', 'p', graph), false);
  assert.equal(areIndependent('c', 'd', graph), false);
  assert.equal(areIndependent('a', 'b', graph), true);
  assert.equal(areIndependent('a', 'a', graph), false);
  assert.equal(areIndependent('a', 'unknown', graph), true);
});

test('a fact is backed by two independent flavors when any two of its flavors are independent', () => {
  assert.equal(hasIndependentPair(['a', 'p'], graph), false);
  assert.equal(hasIndependentPair(['a', 'p', 'a'], graph), false);
  assert.equal(hasIndependentPair(['a', 'x', 'b'], graph), true);
  assert.equal(hasIndependentPair(['x'], graph), false);
  assert.equal(hasIndependentPair([], graph), false);
});

test('groups: ids whose lineages overlap (directly or through other given ids) share a group', () => {
  assert.deepEqual(independentGroups(['a', 'b', 'p'], graph), [['a', 'p'], ['b']]);
  assert.deepEqual(independentGroups(['a', 'b', 'x'], graph), [['a', 'b', 'x']]);
  assert.deepEqual(independentGroups(['q', 'q', 'c', 'd'], graph), [['q'], ['c', 'd']]);
});
