// The scanner's cheap gates in front of regexes that V8 would otherwise try at every position of a
// text (they open with a lookbehind, or have no literal to search for): each gate is a NECESSARY
// condition of its regex, so skipping the regex where the gate says no loses no match.
// - grouped base64 (keys.ts `hasSpacedGroups`): no match of GROUPED_BASE64_RE where it is false;
// - C-style `\xNN` escapes: every match of C_ESCAPED_HEX_RE holds `\x`;
// - oddly separated phone numbers (phones.ts): every match of ODD_PHONE_RE starts at a
//   `Candidates.phones` start, where it is now run sticky.
// The inputs are seeded and built around each regex's edges (exactly 8 groups, a group of 3 or 5,
// a double space, padding, separators of every kind), so that both answers of each gate occur.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { C_ESCAPED_HEX_RE, GROUPED_BASE64_RE, hasSpacedGroups } from '../../src/sanitize/detectors/keys.ts';
import { ODD_PHONE_RE } from '../../src/sanitize/detectors/phones.ts';
import { tokenise } from '../../src/sanitize/text.ts';
import { Gen } from './helpers.ts';
import { soup, structured } from './generate.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function pick(g: Gen, list: readonly string[]): string {
  return list[g.int(0, list.length - 1)] ?? '';
}

/** Runs of space-joined groups, mostly of 4, sometimes broken (3 or 5 characters, two spaces, `=`). */
function groupsText(g: Gen): string {
  const parts: string[] = [pick(g, ['', 'key ', 'x', '=', 'note: ', '\n'])];
  const count = g.int(5, 11);
  for (let i = 0; i < count; i++) {
    const odd = g.int(0, 9) === 0;
    parts.push(g.chars(odd ? g.int(2, 5) : 4, g.int(0, 5) === 0 ? 'abcdefghij' : B64));
    if (i < count - 1) parts.push(g.int(0, 19) === 0 ? pick(g, ['  ', '\t', ' - ']) : ' ');
  }
  parts.push(pick(g, ['', '=', '==', ' ', '.', ' word', '\n', 'x']));
  return parts.join('');
}

/** Digit groups joined by the separators ODD_PHONE_RE takes (and some it does not). */
function oddNumber(g: Gen): string {
  const seps = ['\t', '\n', '\r\n', '\u2013', ' \u2014 ', '\u2212', '_', '~', ', ', ',', '&#10;', '&#xA;', '&#x0a;', ' ', '-', '.', '/', ';'];
  const parts: string[] = [pick(g, ['', '+', ' ', 'x', '_', '.', '(', 'a'])];
  const count = g.int(2, 6);
  for (let i = 0; i < count; i++) {
    parts.push(g.digits(g.int(1, 5)));
    if (i < count - 1) parts.push(pick(g, seps));
  }
  parts.push(pick(g, ['', ' ', 'x', '1', '.', '\n']));
  return parts.join('');
}

function inputs(seed: number, count: number, extra: (g: Gen) => string): string[] {
  const g = new Gen(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 4;
    out.push(kind === 0 ? structured(g) : kind === 1 ? soup(g) : Array.from({ length: g.int(1, 4) }, () => extra(g)).join(pick(g, [' ', '\n', ' and ', ''])));
  }
  return out;
}

function matchStarts(re: RegExp, text: string): number[] {
  const global = new RegExp(re.source, 'g');
  const starts: number[] = [];
  for (let m = global.exec(text); m; m = global.exec(text)) starts.push(m.index);
  return starts;
}

describe('scanner gates are necessary conditions', () => {
  it('grouped base64: hasSpacedGroups is true wherever GROUPED_BASE64_RE matches', () => {
    let matched = 0;
    let skipped = 0;
    for (const text of inputs(0x6b64, 3000, groupsText)) {
      const gate = hasSpacedGroups(text);
      if (matchStarts(GROUPED_BASE64_RE, text).length > 0) {
        matched++;
        assert.ok(gate, `a grouped-base64 match in a text the gate skips: ${JSON.stringify(text)}`);
      } else if (!gate) skipped++;
    }
    assert.ok(matched > 100 && skipped > 100, `both answers occur (matched ${matched}, skipped ${skipped})`);
  });

  it('grouped base64: the shortest match (7 groups of 4 and one of 2 with padding) passes the gate', () => {
    const text = 'AAEC AwQF BgcI CQoL DA0O DxAR EhMU FQ==';
    assert.equal(matchStarts(GROUPED_BASE64_RE, text).length, 1);
    assert.ok(hasSpacedGroups(text));
    assert.ok(!hasSpacedGroups('AAEC AwQF BgcI CQoL DA0O DxAR EhMU'), '7 groups: no match, no pass');
  });

  it('C escapes: every match holds `\\x` (texts without one skip the regex)', () => {
    const g = new Gen(0xc0de);
    let matches = 0;
    for (let i = 0; i < 500; i++) {
      const escapes = Array.from({ length: g.int(12, 40) }, () => `\\x${g.chars(2, '0123456789abcdefABCDEFg')}`).join('');
      const text = `${pick(g, ['', 'b"', 'key = ', '\\'])}${escapes}${pick(g, ['', '"', '\\x0'])}`;
      for (const start of matchStarts(C_ESCAPED_HEX_RE, text)) {
        matches++;
        assert.ok(text.startsWith('\\x', start));
      }
    }
    assert.ok(matches > 100, `the inputs exercise the regex (${matches} matches)`);
  });

  it('oddly separated phone numbers: every ODD_PHONE_RE match starts at a phone candidate', () => {
    let matches = 0;
    for (const text of inputs(0x0dd5, 3000, oddNumber)) {
      const candidates = new Set(tokenise(text).phones);
      for (const start of matchStarts(ODD_PHONE_RE, text)) {
        matches++;
        assert.ok(candidates.has(start), `a match at ${start} has no candidate: ${JSON.stringify(text)}`);
      }
    }
    assert.ok(matches > 1000, `the inputs exercise the regex (${matches} matches)`);
  });
});
