// Differential test: the optimised free-text scanner (src/sanitize/text.ts, normalize.ts) must find
// exactly what the pre-optimisation scanner found. The frozen copy of the old code lives in
// test/sanitize/reference/ and is used here only. Inputs are seeded: structured bodies mixing leaks
// of every kind with safe look-alikes (placeholders, documentation addresses, versions, dates,
// fictional numbers) joined by assorted separators and Unicode evasions, plus "soup" built from the
// characters that sit on the detectors' boundaries (hex, digits, `:`, `.`, `-`, `=`, `@`, …), where a
// wrong candidate filter would show first.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detect, scanText } from '../../src/sanitize/text.ts';
import { normalizeForScan } from '../../src/sanitize/normalize.ts';
import { detect as referenceDetect, scanText as referenceScanText } from './reference/text.ts';
import { normalizeForScan as referenceNormalize } from './reference/normalize.ts';
import { Gen } from './helpers.ts';
import { soup, structured } from './generate.ts';

function assertSame(text: string, label: string): void {
  const norm = normalizeForScan(text);
  const ref = referenceNormalize(text);
  assert.equal(norm.text, ref.text, `${label}: normalised text`);
  assert.deepEqual([...norm.map], [...ref.map], `${label}: offset map`);
  assert.deepEqual(detect(norm.text), referenceDetect(ref.text), `${label}: hits`);
  // Format-character warnings are new (issue 13 item 5); the reference had none.
  assert.deepEqual(scanText('notes', text).filter((f) => f.rule !== 'format-character'), referenceScanText('notes', text), `${label}: findings`);
}

describe('the optimised scanner finds exactly what the reference scanner finds', () => {
  it('on 300 structured bodies mixing every kind of leak with safe values', () => {
    const g = new Gen(0x5eed);
    let findings = 0;
    for (let i = 0; i < 300; i++) {
      const text = structured(g);
      assertSame(text, `structured #${i}`);
      findings += referenceScanText('notes', text).length;
    }
    assert.ok(findings > 1000, 'the generated bodies do contain leaks');
  });

  it('on 300 boundary-character soups', () => {
    const g = new Gen(0xb0a7);
    for (let i = 0; i < 300; i++) assertSame(soup(g), `soup #${i}`);
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
      for (const size of [5, 17, 64, 300, 2048]) assertSame(unit.repeat(Math.ceil(size / unit.length)).slice(0, size), `${JSON.stringify(unit)} × ${size}`);
    }
  });
});
