// Seeded input generators for the scanner's differential and candidate tests: structured bodies
// mixing leaks of every kind (synthetic: helpers.ts `expand` values and values generated here) with
// safe look-alikes, and "soup" made of the characters on the detectors' boundaries.

import { b64, expand, type Gen } from './helpers.ts';

const TEMPLATES = [
  // JIDs
  '{{pn:11}}@s.whatsapp.net',
  '{{pn:12}}:7@s.whatsapp.net',
  '{{pn:11}}.1:3@c.us',
  '+{{pn:11}}@c.us',
  '{{lid}}@lid',
  '{{lid}}:2@hosted.lid',
  '{{grp}}@g.us',
  '{{pn:11}}-{{ts}}@g.us',
  '{{digits:6}}@newsletter',
  '{{word:6}}{{digits:3}}@bot',
  // phones and timestamps
  '{{pn:11}}',
  '+{{pn:11}}',
  '{{ts}}',
  '{{ts}}000',
  '{{digits:10}}',
  '{{digits:13}}',
  // keys and blobs
  '{{b64:16}}',
  '{{b64:28}}',
  '{{b64:30}}',
  '{{b64:32}}',
  '{{b64:44}}',
  '{{b64:46}}',
  '{{b64:64}}',
  '{{b64:12}}',
  '{{b64:20}}',
  '{{b64:90}}',
  '{{b64nopad:32}}',
  '{{b64url:32}}',
  '{{b64url:46}}',
  '{{curve}}',
  '{{b64b64:30}}',
  '{{b64b64:32}}',
  '{{sig-hex:40}}',
  '{{sig-b64:40}}',
  '{{hex:16}}',
  '{{hex:32}}',
  '{{HEX:33}}',
  '{{hex:20}}',
  '{{hex:80}}',
  '0x{{hex:32}}',
  '{{xxd:40}}',
  '{{xxd:16}}',
  '{{hexdump-c:48}}',
  '{{spaced:16}}',
  '{{spaced:32}}',
  '{{b64wrap:120}}',
  '{{b64wrap:60}}',
  // generic secrets
  '{{ghp}}',
  '{{pat}}',
  '{{aws}}',
  '{{jwt}}',
  '{{pem}}',
  // addresses
  '{{ip4}}',
  '{{ip6}}',
  '{{mac}}',
  '{{word:7}}',
  '{{digits:4}}',
  '{{digits:7}}',
];

function pick<T>(g: Gen, list: readonly T[]): T {
  return list[g.int(0, list.length - 1)] as T;
}

const HEXCH = '0123456789abcdef';

/** Hand-built leak and safe values the templates do not cover. */
function handMade(g: Gen): string {
  const d = (n: number): string => g.digits(n);
  const h = (n: number): string => g.chars(n, HEXCH);
  const options: (() => string)[] = [
    // phones in free text
    () => `+${g.int(1, 99)} ${d(3)} ${d(7)}`,
    () => `(${d(3)}) ${d(3)}-${d(4)}`,
    () => `0${d(3)} ${d(4)} ${d(3)}`,
    () => `${d(3)}-${d(4)}`,
    () => `${d(3)}.${d(3)}.${d(4)}`,
    () => `+1 (${d(3)}) ${d(3)} ${d(4)}`,
    () => `${d(11)} ${d(11)}`,
    () => `t ${g.int(1704067200, 1790000000)} ${g.int(1704067200, 1790000000)}`,
    () => `${d(4)}/${d(3)}/${d(4)}`,
    // fictional and safe numbers
    () => `555-01${d(2)}`,
    () => `(202) 555-01${d(2)}`,
    () => `+1 202 555 01${d(2)}`,
    () => `20${g.int(10, 35)}-${g.int(1, 12)}-${g.int(1, 28)}`,
    () => `${g.int(1, 28)}.${g.int(1, 12)}.20${g.int(10, 35)}`,
    () => `version ${g.int(1, 3)}.${g.int(0, 30)}.${g.int(0, 99)}.${g.int(0, 99)}`,
    () => `WhatsApp ${g.int(1, 3)}.${g.int(0, 30)}.${g.int(0, 99)}.${g.int(0, 99)}`,
    () => `${g.int(1, 9)}.${d(4)}`,
    () => `${g.int(1, 9)}.${g.int(0, 20)}.${g.int(0, 20)}`,
    // IPv4
    () => `${g.int(11, 250)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(0, 255)}`,
    () => `10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
    () => `192.168.${g.int(0, 255)}.${g.int(1, 254)}`,
    () => `172.${g.int(10, 40)}.${g.int(0, 255)}.${g.int(1, 254)}`,
    () => `100.${g.int(50, 140)}.${g.int(0, 255)}.${g.int(1, 254)}`,
    () => `169.254.${g.int(0, 255)}.${g.int(1, 254)}`,
    () => `192.0.2.${g.int(0, 255)}`,
    () => `198.51.100.${g.int(0, 255)}`,
    () => `203.0.113.${g.int(0, 300)}`,
    () => `127.0.0.1`,
    () => `${g.int(1, 99)}.${g.int(1, 99)}.${g.int(1, 99)}.${g.int(1, 99)}.${g.int(1, 99)}`,
    () => `${g.int(11, 99)}.${g.int(11, 99)}.${g.int(11, 99)}.${g.int(11, 99)}:${g.int(1000, 65535)}`,
    // IPv6
    () => `2a0${g.int(1, 9)}:${h(4)}:${h(3)}:${h(2)}:${h(4)}:${h(1)}:${h(4)}:${h(4)}`,
    () => `2a0${g.int(1, 9)}:${h(4)}::${h(4)}`,
    () => `fe80::${h(4)}:${h(3)}:${h(4)}`,
    () => `fd${h(2)}:${h(4)}::${h(2)}`,
    () => `2001:db8::${h(3)}`,
    () => `2001:db8:${h(4)}::${h(2)}:${h(1)}`,
    () => `::ffff:${g.int(11, 99)}.${g.int(11, 99)}.${g.int(11, 99)}.${g.int(11, 99)}`,
    () => `::${h(2)}:${h(4)}`,
    () => `${h(4)}::${h(4)}`,
    () => `[2a0${g.int(1, 9)}:${h(4)}::${h(2)}]:3478`,
    () => `std::${g.chars(5, 'abcdefxyz')}::${g.chars(3, 'abcdef')}`,
    () => `${h(2)}:${h(2)}:${h(2)}:${h(2)}:${h(2)}:${h(2)}:${h(2)}:${h(2)}:${h(2)}`,
    () => `${h(4)}:${h(4)}:${h(4)}.${d(3)}`,
    () => `${h(1)}:${h(2)}:${h(3)}.${d(2)}.${d(4)}`,
    // MAC
    () => Array.from({ length: 6 }, () => h(2)).join('-'),
    () => Array.from({ length: 6 }, () => h(2).toUpperCase()).join(':'),
    () => `${h(4)}.${h(4)}.${h(4)}`,
    () => `00-00-5E-00-53-${h(2)}`,
    () => `ff:ff:ff:ff:ff:ff`,
    () => `${d(2)}-${d(2)}-${d(2)}-${d(2)}-${d(2)}-${d(2)}`,
    () => `${h(2)}:${h(2)}-${h(2)}:${h(2)}:${h(2)}:${h(2)}`,
    () => `${h(2)}:${h(2)}:${h(2)}:${h(2)}:${h(2)}:${h(2)}:${h(2)}`,
    // hex shapes
    () => Array.from({ length: g.int(14, 40) }, () => h(2)).join(':'),
    () => Array.from({ length: g.int(4, 20) }, () => h(2 * g.int(1, 4))).join(pick(g, [' ', '  '])),
    () => `${h(8)}  ${Array.from({ length: 8 }, () => h(2)).join(' ')}  ${Array.from({ length: 8 }, () => h(2)).join(' ')}  |................|`,
    () => `${'0'.repeat(g.int(30, 70))}`,
    () => `${h(g.int(30, 70))}`,
    () => `0X${h(2 * g.int(10, 40))}`,
    // base64 look-alikes
    () => `${g.chars(g.int(16, 40), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}${'='.repeat(g.int(0, 3))}`,
    () => `${g.chars(g.int(16, 40), 'abcdefghijklmnopqrstuvwxyz0123456789_-')}`,
    () => `/usr/lib/${g.chars(g.int(8, 30), 'abcdefghij')}/${g.chars(g.int(4, 12), 'klmnop_-.')}`,
    () => `a+b/${g.chars(20, 'ABCdef012_-+/')}`,
    () => `MwohB${g.chars(50, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}`,
    () => `${b64(g.bytes(g.int(1, 200)))}`,
    () => `thisIsAVeryLongCamelCaseIdentifierName${d(2)}`,
    () => `${g.chars(g.int(1, 5), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}==${g.chars(20, 'ABCdef0123456789')}`,
    // e-mail
    () => `${g.chars(g.int(1, 10), 'abcdefghij.')}${d(2)}@${g.chars(g.int(2, 8), 'abcdefgh')}.${pick(g, ['com', 'de', 'org', 'io', 'co.uk'])}`,
    () => `user@example.com`,
    () => `${g.chars(5, 'abcdef')}@mail.example.org`,
    () => `x@host.test`,
    () => `icon@2x.png`,
    () => `+%${g.chars(3, 'abc')}@${g.chars(4, 'abcd')}.net`,
    () => `@${g.chars(4, 'abcd')}.com`,
    () => `${g.chars(4, 'abcd')}@-${g.chars(4, 'abcd')}.com.`,
    // placeholders and safe constants
    () => pick(g, ['A@s.whatsapp.net', 'Caller:2@s.whatsapp.net', 'B@lid', 'G@g.us', 'CALLID1@call', '0@s.whatsapp.net', 'status@broadcast', 'server@c.us', '@s.whatsapp.net', 'Peer.3@c.us']),
    () => pick(g, ['CALLID12', 'TIMESTAMP1', 'CIPHERTEXTPLACEHOLDER', 'KEYPLACEHOLDER2', 'RELAY_TOKEN_PLACEHOLDER', '...redacted...', 'CAPABILITYPLACEHOLDER']),
    () => `${g.chars(g.int(1, 3), 'abcXYZ')}${d(g.int(1, 16))}@${pick(g, ['s.whatsapp.net', 'c.us', 'lid', 'g.us', 'S.WHATSAPP.NET', 'interop', 'msgr', 'hosted', 'call'])}`,
    // cloud keys
    () => `AIza${g.chars(35, 'ABCDEFGHIJabcdefghij0123456789_-')}`,
    () => `xoxb-${g.chars(g.int(10, 40), 'abcdef0123456789-')}`,
    () => `sk_live_${g.chars(g.int(16, 40), 'ABCDabcd0123')}`,
    () => `ASIA${g.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
    () => `eyJ${g.chars(g.int(4, 20), 'abcXYZ012_-')}.eyJ${g.chars(g.int(4, 20), 'abcXYZ012_-')}.${g.chars(g.int(0, 20), 'abcXYZ012_-')}`,
    () => `gho_${g.chars(g.int(28, 40), 'ABCDabcd0123')}`,
    () => `-----BEGIN RSA PRIVATE KEY-----\n${b64(g.bytes(48))}\n`,
    () => `-----BEGIN EC PRIVATE KEY-----`,
    // XML stanza fragments
    () => `<enc v="2" type="pkmsg">${b64(g.bytes(g.int(16, 80)))}</enc>`,
    () => `<te ip="${g.int(11, 99)}.${g.int(11, 99)}.${g.int(11, 99)}.${g.int(11, 99)}" port="3478"/>`,
    () => `<call from="${g.digits(11)}@s.whatsapp.net" to="A@s.whatsapp.net" id="STANZAID2" t="${g.int(1704067200, 1790000000)}">`,
    // prose
    () => pick(g, ['the', 'a', 'be', 'add', 'bad', 'cafe', 'feed', 'decade', 'face', 'Captured', 'between', 'relay', 'offer', 'accept']),
  ];
  return pick(g, options)();
}

const SEPARATORS = [' ', ' ', ' ', '\n', '\n', ', ', '; ', '\t', '"', '=', ':', '(', ')', '<', '>', '/', '-', '.', '', '\r\n', '  ', ' — ', '\n\n', ' @ ', '_'];

/** Unicode disguises the normaliser must undo (or keep mapped right). */
function disguise(g: Gen, value: string): string {
  switch (g.int(0, 9)) {
    case 0: {
      const at = g.int(0, value.length);
      return value.slice(0, at) + pick(g, ['\u200b', '\u200d', '\ufeff', '\u00ad', '\u2066', '\u034f']) + value.slice(at);
    }
    case 1:
      return value.replace(/[0-9@+:]/g, (c) => (g.int(0, 1) === 0 ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c));
    case 2:
      return `${value}\u0301`;
    case 3:
      return `😀${value}`;
    default:
      return value;
  }
}

/** A body of 1–40 values (leaks and safe look-alikes) joined by assorted separators. */
export function structured(g: Gen): string {
  const parts: string[] = [];
  const count = g.int(1, 40);
  for (let i = 0; i < count; i++) {
    const value = g.int(0, 2) === 0 ? expand(pick(g, TEMPLATES), g) : handMade(g);
    parts.push(disguise(g, value), pick(g, SEPARATORS));
  }
  return parts.join('');
}

const SOUP_ALPHABETS = [
  '0123456789abcdefABCDEF:.- ',
  '0123456789 .-/()+\n',
  '0123456789abcdef:. \n',
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=_- \n',
  '0123456789abcdef  \n:',
  'abcXYZ019._%+:-@ \n',
  '0123456789abcdefxyz:.-_ =+/@()\n\u200b４',
];

/** Characters from one boundary alphabet, with a value dropped in now and then. */
export function soup(g: Gen): string {
  const alphabet = pick(g, SOUP_ALPHABETS);
  const parts: string[] = [];
  const count = g.int(1, 12);
  for (let i = 0; i < count; i++) {
    parts.push(g.chars(g.int(1, 200), alphabet));
    if (g.int(0, 2) === 0) parts.push(g.int(0, 1) === 0 ? handMade(g) : expand(pick(g, TEMPLATES), g));
  }
  return parts.join('');
}

