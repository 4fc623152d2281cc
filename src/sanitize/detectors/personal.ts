// Detector family: PERSONAL TEXT in free text: e-mail addresses (any domain but the RFC 2606
// documentation ones). The stanza attributes that carry personal data (push names, caller_pn,
// device, version and relay-location attributes) are judged by the allow-list in tree.ts.
// Rules: email (and push-name, caller-pn, identifying-attr in tree.ts).

import { isDocumentationDomain, isJidServer } from '../placeholders.ts';
import type { Candidates } from './tokenise.ts';
import { atSignAt } from './jids.ts';
import { hit, type Hit } from './shared.ts';

/** E-mail addresses: an `@` between a local part and a domain name that is not a JID server. */
export function emails(text: string, _cand: Candidates, out: Hit[]): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const { start, end, user, domain } = atSignAt(text, at);
    if (isJidServer(domain)) continue;
    if (user === '' || !/^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,63}$/.test(domain)) continue;
    if (/^[0-9]+x\./.test(domain)) continue; // `icon@2x.png`
    if (isDocumentationDomain(domain)) continue;
    const local = user.replace(/^[+%]+/, '');
    if (local === '') continue;
    out.push(hit(start, end, 'email', 4, { encoding: 'text', length: end - start }));
  }
}
