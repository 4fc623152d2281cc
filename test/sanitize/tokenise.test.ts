// The fast paths of the scanner, tested directly:
// - `tokenise` candidates are necessary conditions: every match of each detector's regex (run as a
//   global scan, the way the pre-optimisation code ran it) starts at a candidate of its list; the
//   token runs ARE the token matches; every wrapped-base64 line is a candidate line;
// - the normaliser's piecewise map agrees with the full array, the caller's non-ASCII list gives the
//   same result as the normaliser's own search, and unchanged text comes back as the same string.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE_RE } from '../../src/sanitize/detectors/phones.ts';
import { CANDIDATE_PATTERNS, scanText, tokenise, type Candidates } from '../../src/sanitize/text.ts';
import { normalizeForScan } from '../../src/sanitize/normalize.ts';
import { Gen } from './helpers.ts';
import { soup, structured } from './generate.ts';

function inputs(count: number): string[] {
  const g = new Gen(0x70c5);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(i % 2 === 0 ? structured(g) : soup(g));
  return out;
}

const INPUTS = inputs(200);

/** Match starts of a global scan, the way the old detectors looped (`lastIndex` = end of match). */
function globalStarts(source: string, text: string): number[] {
  const re = new RegExp(source, 'g');
  const starts: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
  return starts;
}

describe('tokenise: candidates are necessary conditions', () => {
  const keys = ['hexDumps', 'macs', 'ipv4', 'phones', 'cloud'] as const;
  for (const key of keys) {
    it(`every ${key} match starts at a candidate`, () => {
      let matches = 0;
      for (const text of INPUTS) {
        const candidates = new Set(tokenise(text)[key]);
        for (const start of globalStarts(CANDIDATE_PATTERNS[key], text)) {
          matches++;
          assert.ok(candidates.has(start), `${key}: a match at ${start} has no candidate`);
        }
      }
      assert.ok(matches > 0, `the inputs exercise ${key}`);
    });
  }

  it('every phone match (digit runs, glued or not) starts at a phone or glued-phone candidate', () => {
    let matches = 0;
    for (const text of INPUTS) {
      const cand = tokenise(text);
      const candidates = new Set([...cand.phones, ...cand.gluedPhones]);
      // A start right after `1.`, `1-` or `1+` continues a number: no candidate there.
      for (const start of globalStarts(PHONE_RE.source.replace('(?<![0-9])', '(?<![0-9])(?<![0-9][.+\\-])'), text)) {
        matches++;
        assert.ok(candidates.has(start), `a phone match at ${start} has no candidate`);
      }
    }
    assert.ok(matches > 0);
  });

  it('the token runs are exactly the token matches (less their `=` padding)', () => {
    for (const text of INPUTS) {
      const re = new RegExp(CANDIDATE_PATTERNS.tokens, 'g');
      const expected: number[] = [];
      for (let m = re.exec(text); m; m = re.exec(text)) expected.push(m.index, m.index + m[0].replace(/=+$/, '').length);
      assert.deepEqual(tokenise(text).tokens, expected);
    }
  });

  it('every line that is base64 only (after trimming) is a candidate line', () => {
    let wrapped = 0;
    for (const text of INPUTS) {
      const lines = tokenise(text).lines;
      const starts = new Set(lines.filter((_, i) => i % 2 === 0));
      let pos = 0;
      for (const line of text.split('\n')) {
        if (/^[A-Za-z0-9+/]{2,200}={0,2}$/.test(line.trim())) {
          wrapped++;
          assert.ok(starts.has(pos), `a base64 line at ${pos} is not a candidate`);
        }
        pos += line.length + 1;
      }
    }
    assert.ok(wrapped > 0);
  });

  it('candidates on hand-made shapes', () => {
    const t = (text: string, key: keyof Candidates): number[] => tokenise(text)[key];
    assert.deepEqual(t('mac 3c:5a:01:02:03:04', 'macs'), [4]);
    assert.deepEqual(t('cisco 3c5a.0102.0304', 'macs'), [6]);
    assert.deepEqual(t('x3c:5a:01:02:03:04', 'macs'), []); // a letter right before
    assert.deepEqual(t('dump ab cd', 'hexDumps'), [5]); // `cd` is not followed by a space
    assert.deepEqual(t('dump ab cd ', 'hexDumps'), [5, 8]);
    assert.deepEqual(t('odd abc def ', 'hexDumps'), []); // odd-length runs cannot be byte groups
    assert.deepEqual(t('at 10.0.0.1', 'ipv4'), [3]); // the later octets follow a `.`
    assert.deepEqual(t('v1.2 and 1234.5', 'ipv4'), []); // after a letter; four digits
    assert.deepEqual(t('call +49 (0)151', 'phones'), [5, 9, 10, 12]); // not `4` after `+`: that one is glued
    assert.deepEqual(t('call +49 (0)151', 'gluedPhones'), [6]);
    assert.deepEqual(t('x1 _2 a.3 -4', 'phones'), []);
    assert.deepEqual(t('x1 _2 a.3 -4', 'gluedPhones'), [1, 4, 8, 11]); // glued to letters, `_`, `.`, `-`
    assert.deepEqual(t('12 345 6a7', 'gluedPhones'), [9]); // never right after a digit
    assert.deepEqual(t('key AKIA sk xo _A', 'cloud'), [4, 9, 12, 16]); // `_` is no boundary for it
    assert.deepEqual(t('=AAAAAAAAAAAAAAAAAAAA AAAAAAAAAAAAAAAAAAAA', 'tokens'), [1, 21, 22, 42]); // a value after `name=`
    assert.deepEqual(t('==AAAAAAAAAAAAAAAAAAAA AAAAAAAAAAAAAAAAAAAA', 'tokens'), [23, 43]); // not after padding
    assert.deepEqual(t('a\n  QUJD\t\nA B\nA<\n\u00a0QUJD', 'lines'), [2, 9, 17, 22]); // non-ASCII: left to the full check
    assert.deepEqual(t('aé\u200bb', 'nonAscii'), [1, 2]);
  });
});

describe('normalizeForScan fast paths', () => {
  const SAMPLES = [
    'plain ASCII only',
    'an em dash — and nothing else',
    '49\u200b15\u200d55 ０１２ e\u0301 😀 ﬁ x\u0301\u0302 \u2066\u2069',
    '\u200b\u200b\u200b',
    '😀😀\u200b1',
    'e\u200b\u0301',
    ...INPUTS.slice(0, 40),
  ];

  it('origin(i) is map[i] for every offset, the end included', () => {
    for (const text of SAMPLES) {
      const n = normalizeForScan(text);
      const map = [...n.map];
      assert.equal(map.length, n.text.length + 1);
      for (let i = 0; i <= n.text.length; i++) assert.equal(n.origin(i), map[i], `offset ${i}`);
    }
  });

  it("the caller's list of non-ASCII offsets gives the same result as the normaliser's own search", () => {
    for (const text of SAMPLES) {
      const own = normalizeForScan(text);
      const given = normalizeForScan(text, tokenise(text).nonAscii);
      assert.equal(given.text, own.text);
      assert.deepEqual([...given.map], [...own.map]);
    }
  });

  it('text that normalises to itself comes back as the same string', () => {
    for (const text of ['plain', 'an em dash — here', 'astral 😀 stays']) assert.equal(normalizeForScan(text).text, text);
    assert.notEqual(normalizeForScan('4\u200b9').text, '4\u200b9');
  });

  it('a finding after an invisible character still reports where it was typed', () => {
    // Only `origin` maps offsets now; this pins it to the original column.
    const [f] = scanText('notes', `\u200b\u200bx 1555010\u200b1234567@s.whatsapp.net`).filter((x) => x.rule !== 'format-character');
    assert.deepEqual([f?.rule, f?.line, f?.column], ['phone-jid', 1, 5]);
  });
});

describe('character classes', () => {
  // CLASS is filled from range strings (a start-up cost, issue #14); each bit must still mean the
  // character class written next to its constant in detectors/shared.ts.
  it('every class bit of every ASCII code unit is the one its regular expression gives', async () => {
    const s = await import('../../src/sanitize/detectors/shared.ts');
    const meaning: [number, RegExp][] = [
      [s.C_HEX, /[0-9A-Fa-f]/], [s.C_WORD, /[A-Za-z0-9_]/], [s.C_B64, /[A-Za-z0-9+/_-]/], [s.C_USER, /[A-Za-z0-9._%+:-]/],
      [s.C_DOMAIN, /[A-Za-z0-9.-]/], [s.C_DIGIT, /[0-9]/], [s.C_WRAP, /[A-Za-z0-9+/=]/], [s.C_SPACE, /[\t\n\v\f\r ]/],
      [s.C_PHONE_START, /[0-9+(]/], [s.C_CLOUD_START, /[Axsr]/], [s.C_EQUALS, /=/], [s.NB_PHONE, /[A-Za-z0-9_+.-]/],
      [s.NB_CLOUD, /[A-Za-z0-9]/], [s.NB_DUMP, /[A-Za-z0-9_:]/], [s.NB_MAC, /[A-Za-z0-9_:.-]/], [s.NB_IPV4, /[A-Za-z0-9_.+]/],
      [s.C_LETTER, /[A-Za-z]/],
    ];
    for (let c = 0; c < 128; c++) {
      let bits = 0;
      for (const [bit, re] of meaning) if (re.test(String.fromCharCode(c))) bits |= bit;
      assert.equal(s.CLASS[c], bits, `code unit ${c}`);
    }
    assert.equal(s.classOf(200), 0);
  });
});
