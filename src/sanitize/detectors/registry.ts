// The registry of free-text detectors, one module per family. `detect` (text.ts) runs them in this
// order over one tokenising pass; where their spans overlap, `dedupe` keeps the blocking, then the
// lower-ranked, then the longer hit, and this order breaks the remaining ties. Which rules each
// family reports is in the rule table (rules.ts, `family`); the stanza allow-list (tree.ts) adds the
// rules that need a node or attribute name.

import type { RuleFamily } from '../rules.ts';
import type { Candidates } from './tokenise.ts';
import type { Hit } from './shared.ts';
import { encoded, secrets } from './keys.ts';
import { jids } from './jids.ts';
import { emails } from './personal.ts';
import { ipv4Addresses, ipv6Addresses, macAddresses } from './network.ts';
import { phones } from './phones.ts';

export interface Detector {
  /** What it looks for, in words. */
  name: string;
  family: RuleFamily;
  /** Appends hits (spans of `text`) to `out`; reads only `text` and its candidates. */
  run(text: string, cand: Candidates, out: Hit[]): void;
}

export const DETECTORS: readonly Detector[] = [
  { name: 'generic secrets (PEM, JWT, GitHub and cloud tokens)', family: 'keys', run: secrets },
  { name: 'JIDs', family: 'jids', run: jids },
  { name: 'e-mail addresses', family: 'personal', run: emails },
  { name: 'IPv6 addresses', family: 'network', run: ipv6Addresses },
  { name: 'IPv4 addresses', family: 'network', run: ipv4Addresses },
  { name: 'MAC addresses', family: 'network', run: macAddresses },
  { name: 'encoded bytes (hex, base64, dumps)', family: 'keys', run: encoded },
  { name: 'phone numbers and Unix times', family: 'phones', run: phones },
];
