// The sanitization scanner's entry points. Pure: data in, findings out; findings never carry any
// character of the flagged value (see types.ts).

import type { Encoding, Finding, ScanInput } from './types.ts';
import { RULES } from './rules.ts';
import { hasPackedPhoneDigits } from './bytes.ts';
import { scanText } from './text.ts';
import { scanTree } from './tree.ts';

export { scanText } from './text.ts';
export { scanTree } from './tree.ts';

/** An undecodable binary body always blocks; the message says whether phone-like digits were seen. */
export function scanBinary(field: string, bytes: Uint8Array, encoding: Encoding): Finding[] {
  const digits = hasPackedPhoneDigits(bytes)
    ? ' It also contains packed digits that look like a phone number.'
    : '';
  return [
    {
      rule: 'binary-undecodable',
      severity: 'block',
      field,
      line: 1,
      column: 1,
      encoding,
      length: bytes.length,
      message: RULES['binary-undecodable'].message + digits,
    },
  ];
}

/** Scan every text field, the parsed tree (allow-list) and any undecodable binary body. */
export function scan(input: ScanInput): Finding[] {
  const findings: Finding[] = [];
  // One push per finding (a spread of a huge list into one call would overflow the stack).
  if (input.tree) for (const finding of scanTree(input.tree.field, input.tree.root)) findings.push(finding);
  // The raw stanza is also scanned as text, so that nothing typed beside the elements escapes; where
  // both flag the same place, the tree's finding (which names the node) is the one kept.
  // (No set when the tree flagged nothing, the common case.)
  const flagged = findings.length > 0 ? new Set(findings.map(placeKey)) : undefined;
  for (const { field, text } of input.texts) {
    for (const finding of scanText(field, text)) if (!flagged?.has(placeKey(finding))) findings.push(finding);
  }
  if (input.binary) for (const finding of scanBinary(input.binary.field, input.binary.bytes, input.binary.encoding)) findings.push(finding);
  return findings;
}

function placeKey(finding: Finding): string {
  return `${finding.field}\u0000${finding.line}\u0000${finding.column}`;
}

/** True when any finding blocks. */
export function hasBlocking(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}
