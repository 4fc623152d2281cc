// Differential test against the frozen pre-issue-12 scanner (test/sanitize/reference/): the scanner
// was changed on purpose (glued and non-ASCII phone numbers, encoding layers, word-like tokens,
// bit rulers, role-word JIDs, …), so findings are no longer equal. What must still hold is that
// RECALL never regressed: every span the reference blocks, the current scanner blocks too (an
// overlapping blocking span), unless the span is one of the benign forms issue 12 lists, which are
// recognised here independently of the scanner. Inputs are seeded: structured bodies mixing leaks
// of every kind with safe look-alikes, and "soup" built from the characters that sit on the
// detectors' boundaries.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/sanitize/text.ts';
import { normalizeForScan } from '../../src/sanitize/normalize.ts';
import { detect as referenceDetect, scanText as referenceScanText } from './reference/text.ts';
import { normalizeForScan as referenceNormalize } from './reference/normalize.ts';
import { Gen } from './helpers.ts';
import { soup, structured } from './generate.ts';

/** Benign forms of issue 12 that the reference blocked, recognised by shape alone. */
function listedBenign(span: string, before = '', after = ''): boolean {
  const groups = span.split(' ');
  // Five spaced pairs inside a row of spaced hex bytes (`1d 01 54 21 41 76 c3`).
  const byteRow = groups.length === 5 && groups.every((g) => /^[0-9]{2}$/.test(g)) && (/^ [0-9A-Fa-f]{2}(?![0-9A-Za-z])/.test(after) || /(?<![0-9A-Za-z])[0-9A-Fa-f]{2} $/.test(before));
  const counting = groups.length >= 4 && groups.every((g, i) => /^[0-9]{1,2}$/.test(g) && (i === 0 || Number(g) === (Number(groups[i - 1]) + 1) % (g.length === 1 ? 10 : 100)));
  const bytePairs = groups.length >= 2 && groups.every((g) => /^[0-9]{2}$/.test(g)) && !(groups.length === 5 && /^0[1-9]$/.test(groups[0] ?? ''));
  const roleJid = /^(?:user|peer|caller|callee|self|device|contact|0)(?::[0-9]{1,2})?@[a-z.]+$/.test(span);
  // A version or address (two dots or more) joined by spaces to numbers that, each alone, the
  // reference does not block either (`9.13.20 (202) 555-0165`).
  const joinedVersions = groups.some((g) => /^[0-9]+\.[0-9]+\.[0-9]+/.test(g)) && groups.every((g) => !referenceDetect(g).some((h) => h.severity === 'block'));
  // A version with a build number (`2.3000.1017054665`, WhatsApp Web's form).
  const buildVersion = /^[1-9][0-9]?(?:\.[0-9]+)*\.[0-9]{6,}$/.test(span) && span.split('.').length >= 3;
  return counting || bytePairs || byteRow || roleJid || joinedVersions || buildVersion;
}

function assertNoRecallLoss(text: string, label: string): number {
  const norm = normalizeForScan(text);
  const ref = referenceNormalize(text);
  assert.equal(norm.text, ref.text, `${label}: the generated inputs normalise alike`);
  const now = detect(norm.text).filter((h) => h.severity === 'block');
  let checked = 0;
  for (const r of referenceDetect(ref.text)) {
    if (r.severity !== 'block') continue;
    checked++;
    if (now.some((h) => h.start < r.end && r.start < h.end)) continue;
    assert.ok(listedBenign(ref.text.slice(r.start, r.end), ref.text.slice(Math.max(0, r.start - 4), r.start), ref.text.slice(r.end, r.end + 4)), `${label}: the reference blocks ${r.rule} at ${r.start}–${r.end}, the scanner does not`);
  }
  return checked;
}

describe('recall never regressed against the reference scanner', () => {
  it('on 300 structured bodies mixing every kind of leak with safe values', () => {
    const g = new Gen(0x5eed);
    let blocked = 0;
    for (let i = 0; i < 300; i++) blocked += assertNoRecallLoss(structured(g), `structured #${i}`);
    assert.ok(blocked > 1000, 'the generated bodies do contain leaks');
  });

  it('on 300 boundary-character soups', () => {
    const g = new Gen(0xb0a7);
    for (let i = 0; i < 300; i++) assertNoRecallLoss(soup(g), `soup #${i}`);
  });

  it('on every rule the reference reports', () => {
    // Coverage of the generator itself: every free-text rule is hit at least once.
    const g = new Gen(0x5eed);
    const rules = new Set<string>();
    for (let i = 0; i < 300; i++) for (const f of referenceScanText('notes', structured(g))) rules.add(f.rule);
    const expected = ['phone-jid', 'device-jid', 'lid-jid', 'group-jid', 'other-jid', 'phone-number', 'email', 'ipv4', 'ipv4-private', 'ipv6', 'ipv6-local', 'mac', 'real-timestamp', 'key-base64', 'key-hex', 'double-base64', 'signal-message', 'encoded-blob', 'hex-dump', 'high-entropy-token', 'pem-private-key', 'jwt', 'github-token', 'cloud-key'];
    assert.deepEqual(expected.filter((r) => !rules.has(r)), []);
  });

  it('on short adversarial shapes', () => {
    const units = ['5', '1 ', '5550-', '=', 'a', '<', '1.', 'ab ', 'f:', '1:2:3:4:5:6:7:8:', 'aa:bb:cc:dd:ee:', '1@', 'a@', '(1)', '+1 ', 'eyJa.', 'ghp_', 'a/', 'aB3+', 'a-b_', '\u200b1', '４', 'e\u0301', '00000000: a000 87fb f747 9cb8 6dfe 747d 2367 3f27  ................\n'];
    for (const unit of units) {
      for (const size of [5, 17, 64, 300, 2048]) assertNoRecallLoss(unit.repeat(Math.ceil(size / unit.length)).slice(0, size), `${JSON.stringify(unit)} × ${size}`);
    }
  });
});
