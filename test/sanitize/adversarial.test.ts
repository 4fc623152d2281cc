// Linear time: 64 KiB of adversarial input must scan well within a generous bound (250 ms), both as
// free text and as a wide or deep stanza tree. A regex with catastrophic backtracking takes
// seconds to minutes on these.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { StanzaNode } from '../../src/stanza/types.ts';
import { scan, scanText } from '../../src/sanitize/scan.ts';
import { b64, Gen } from './helpers.ts';

const SIZE = 64 * 1024;
const BOUND_MS = 250;
/**
 * The fastest of three runs: noise from a loaded machine only ever adds time, while catastrophic
 * backtracking makes every run slow.
 */
function fastest(fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
    if (best < BOUND_MS / 4) break;
  }
  return best;
}

const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const g = new Gen(99);
const INPUTS: Record<string, string> = {
  digits: fill('1'),
  'digits then letter': `${fill('1').slice(1)}x`,
  equals: fill('='),
  a: fill('a'),
  'a then =': `${fill('a').slice(3)}===`,
  A: fill('A'),
  'less-than': fill('<'),
  'nested fences': fill('```\n````\n`````\n'),
  'at signs': fill('@'),
  // Phone characters without digits: each start used to walk to the end of the run (quadratic).
  plus: fill('+'),
  'encoded plus': fill('%2B'),
  'plus and parentheses': fill('+('),
  'a@': fill('a@'),
  '1@': fill('1@'),
  'user then at': `${fill('1').slice(1)}@`,
  'dotted ones': fill('1.1.1.1.'),
  'dotted digits': fill('1.'),
  colons: fill(':'),
  'hex colons': fill('f:'),
  'hex pairs spaced': fill('ab '),
  'hex pairs then g': fill('ab ab ab ab ab ab ab ab g '),
  'digit groups': fill('1 '),
  'dashed digits': fill('1-'),
  parentheses: fill('(1)'),
  'plus ones': fill('+1 '),
  'eyJ': fill('eyJ'),
  'eyJ dots': fill('eyJa.'),
  ghp_: fill('ghp_'),
  'pem begins': fill('-----BEGIN PRIVATE KEY-----'),
  'pem begin no end': fill('-----BEGIN '),
  'base64 slashes': fill('a/'),
  'base64 plus': fill('aB3+'),
  'url alphabet': fill('a-b_'),
  'zero-width digits': fill('\u200b1'),
  'full-width digits': fill('４'),
  'combining marks': fill('e\u0301'),
  'many combining marks': `e${fill('\u0301').slice(1)}`,
  'random base64 lines': (() => {
    let s = '';
    while (s.length < SIZE) s += `${b64(g.bytes(57))}\n`;
    return s.slice(0, SIZE);
  })(),
  'many key tokens': (() => {
    let s = '';
    while (s.length < SIZE) s += `${b64(g.bytes(32))} `;
    return s.slice(0, SIZE);
  })(),
  'many phone JIDs': fill('15550100001@s.whatsapp.net '),
  'xxd rows': fill('00000000: a000 87fb f747 9cb8 6dfe 747d 2367 3f27  ................\n'),
  'ipv6 shapes': fill('1:2:3:4:5:6:7:8:'),
  'mac shapes': fill('aa:bb:cc:dd:ee:'),
};

describe('scanText runs in linear time on 64 KiB adversarial inputs', () => {
  scanText('warm-up', Object.values(INPUTS).join('').slice(0, 4096));
  for (const [name, text] of Object.entries(INPUTS)) {
    it(name, () => {
      const ms = fastest(() => scanText('notes', text));
      assert.ok(ms < BOUND_MS, `${name}: ${ms.toFixed(1)} ms`);
    });
  }
});

function node(tag: string, attrs: Record<string, string>, children: StanzaNode[] = [], text?: string): StanzaNode {
  const pos = { line: 1, column: 1 };
  const n: StanzaNode = { tag, attrs: Object.entries(attrs).map(([name, value]) => ({ name, value, pos })), children, pos };
  if (text !== undefined) n.content = { kind: 'text', text, pos };
  return n;
}

function wide(count: number): StanzaNode {
  const kids: StanzaNode[] = [];
  for (let i = 0; i < count; i++) {
    kids.push(node('te', { ip: '1.1.1.1.1', from: '@@@@', x: '1111111111111111', t: '1' }, [], i % 2 ? '====' : 'aaaaaaaaaaaaaaaa'));
  }
  return node('call', {}, kids);
}

function deep(depth: number): StanzaNode {
  let n = node('enc', {}, [], 'x');
  for (let i = 0; i < depth; i++) n = node('n', { a: '1' }, [n]);
  return n;
}

describe('scan of a wide or deep tree runs in linear time', () => {
  // Warm the JIT on small trees so the bound measures the algorithm, not compilation.
  scan({ texts: [], tree: { field: 'warm-up', root: wide(256) } });
  scan({ texts: [], tree: { field: 'warm-up', root: deep(256) } });

  it('wide: 4096 children with adversarial attribute values and content', () => {
    const root = wide(4096);
    const ms = fastest(() => scan({ texts: [], tree: { field: 'raw-stanza', root } }));
    assert.ok(ms < BOUND_MS, `wide tree: ${ms.toFixed(1)} ms`);
  });

  it('deep: 16384 nested nodes', () => {
    const n = deep(16384);
    assert.equal(scan({ texts: [], tree: { field: 'raw-stanza', root: n } }).length, 1);
    const ms = fastest(() => scan({ texts: [], tree: { field: 'raw-stanza', root: n } }));
    assert.ok(ms < BOUND_MS, `deep tree: ${ms.toFixed(1)} ms`);
  });
});
