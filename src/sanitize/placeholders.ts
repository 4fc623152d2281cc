// The placeholder grammar (placeholders.md) as the ONE source of truth: the scanner's predicates and
// the documentation table (PLACEHOLDER_GRAMMAR) are both built from the patterns below, so they
// cannot drift. A placeholder is always a WHOLE token: every predicate is anchored (^…$), never a
// substring or stopword match.

/** JID servers (sanitization.md). Longer names first so `hosted.lid` wins over `lid`. */
export const JID_SERVERS = [
  's.whatsapp.net',
  'hosted.lid',
  'newsletter',
  'broadcast',
  'interop',
  'hosted',
  'c.us',
  'g.us',
  'lid',
  'call',
  'bot',
  'msgr',
] as const;
export type JidServer = (typeof JID_SERVERS)[number];

export function isJidServer(value: string): value is JidServer {
  return (JID_SERVERS as readonly string[]).includes(value);
}

/** The bare redaction marker; `...redacted <words>...` (e.g. `...redacted ciphertext...`) passes too. */
export const REDACTION_MARKER = '...redacted...';

// --- patterns (strings: rendered by the docs, compiled below) -------------------------------------

/**
 * Generic lower-case role words that prose uses as JID users (`user@lid`, `peer:0@lid`). A list,
 * not any lower-case word: a lower-case name (`maria@c.us`) may be the contact's real name.
 */
export const ROLE_WORDS = [
  'user', 'peer', 'caller', 'callee', 'sender', 'receiver', 'recipient', 'participant', 'creator', 'initiator',
  'responder', 'self', 'me', 'you', 'other', 'device', 'companion', 'primary', 'account', 'contact', 'member',
  'admin', 'owner', 'client', 'host', 'guest', 'someone', 'number', 'phone', 'lid', 'jid', 'id', 'group', 'bot',
] as const;

/** JID user placeholder: a capital letter, a capitalised role word, an upper-case word, or a lower-case role word. */
const JID_USER_BASE = `(?:[A-Z]|[A-Z][a-z]{1,15}|[A-Z]{2,16}|${ROLE_WORDS.join('|')})`;
/** Optional agent (`_`/`.` + 1–2 digits) then optional device (`:` + 1–2 digits). */
const JID_USER_SUFFIX = '(?:[_.][0-9]{1,2})?(?::[0-9]{1,2})?';
const VALUE_PLACEHOLDER = '[A-Z][A-Z_]{1,39}[0-9]{0,4}';
const SERVER_ALTERNATION = JID_SERVERS.map((s) => s.replace(/\./g, '\\.')).join('|');

const JID_USER_PLACEHOLDER_PATTERN = `^${JID_USER_BASE}${JID_USER_SUFFIX}$`;
const PLACEHOLDER_JID_PATTERN = `^(?:${JID_USER_BASE}${JID_USER_SUFFIX}|${VALUE_PLACEHOLDER})@(?:${SERVER_ALTERNATION})$`;
const VALUE_PLACEHOLDER_PATTERN = `^${VALUE_PLACEHOLDER}$`;
// Words name what was removed (`...redacted ciphertext...`, the group's form suggestion); letters
// only, so that no digit of a value can ride along in the marker.
const REDACTION_PATTERN = "^\\.\\.\\.redacted(?: [A-Za-z][A-Za-z'-]{0,31}){0,8}\\.\\.\\.$";
// `0@<server>`: the user `0` names the server itself (`0@s.whatsapp.net`, `0@lid`).
const SAFE_CONSTANT_JID_PATTERN = `^(?:0@(?:${SERVER_ALTERNATION})|status@broadcast|server@c\\.us|@?(?:${SERVER_ALTERNATION}))$`;
const DOC_IPV4_PATTERN =
  '^(?:192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$';
const DOC_IPV6_PATTERN = '^2001:0{0,2}db8(?::[0-9A-Fa-f:.]*)?$';
const DOC_DOMAIN_PATTERN =
  '^(?:[A-Za-z0-9-]{1,63}\\.)*(?:example\\.(?:com|org|net)|[A-Za-z0-9-]{1,63}\\.(?:test|invalid|example)|(?:test|invalid|example))$';
const FICTIONAL_PHONE_PATTERN = '^(?:1?[0-9]{3})?55501[0-9]{2}$';

const JID_USER_PLACEHOLDER_RE = new RegExp(JID_USER_PLACEHOLDER_PATTERN);
const PLACEHOLDER_JID_RE = new RegExp(PLACEHOLDER_JID_PATTERN);
const VALUE_PLACEHOLDER_RE = new RegExp(VALUE_PLACEHOLDER_PATTERN);
const REDACTION_RE = new RegExp(REDACTION_PATTERN);
const SAFE_CONSTANT_JID_RE = new RegExp(SAFE_CONSTANT_JID_PATTERN);
const DOC_IPV4_RE = new RegExp(DOC_IPV4_PATTERN);
const DOC_DOMAIN_RE = new RegExp(DOC_DOMAIN_PATTERN, 'i');
const FICTIONAL_PHONE_RE = new RegExp(FICTIONAL_PHONE_PATTERN);

// --- predicates ------------------------------------------------------------------------------------

/** A value placeholder (`CALLID1`, `TIMESTAMP1`, `CIPHERTEXTPLACEHOLDER`) or the redaction marker. */
export function isPlaceholder(value: string): boolean {
  return VALUE_PLACEHOLDER_RE.test(value) || REDACTION_RE.test(value);
}

/** The redaction marker: `...redacted...` or `...redacted <words>...` (up to 8 words of letters). */
export function isRedactionMarker(value: string): boolean {
  return REDACTION_RE.test(value);
}

/** A JID user part that is a placeholder (`A`, `Caller:2`, `BOB_1:3`); digits only as suffixes. */
export function isPlaceholderJidUser(user: string): boolean {
  return JID_USER_PLACEHOLDER_RE.test(user) || VALUE_PLACEHOLDER_RE.test(user);
}

/** `A@s.whatsapp.net`, `Caller:2@s.whatsapp.net`, `B@lid`, `CALLID1@call`: placeholder user on a known server. */
export function isPlaceholderJid(value: string): boolean {
  return PLACEHOLDER_JID_RE.test(value);
}

/** The public constants (`0@s.whatsapp.net`, `0@c.us`, `status@broadcast`, `server@c.us`) and bare server JIDs. */
export function isSafeConstantJid(value: string): boolean {
  return SAFE_CONSTANT_JID_RE.test(value);
}

/** Parse dotted-quad IPv4; undefined when not exactly four octets 0–255. */
export function parseIpv4(value: string): number[] | undefined {
  const m = /^([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})$/.exec(value);
  if (!m) return undefined;
  const octets = [m[1], m[2], m[3], m[4]].map((s) => Number(s));
  return octets.every((o) => o <= 255) ? octets : undefined;
}

/**
 * Parse an IPv6 address (hex groups, at most one `::`, optional trailing dotted IPv4) into its
 * eight 16-bit groups; undefined when it is not one.
 */
export function parseIpv6(value: string): number[] | undefined {
  if (value.length > 45 || value.length < 2) return undefined;
  let text = value;
  if (text.includes('.')) {
    // Trailing dotted IPv4 (`::ffff:192.0.2.1`): rewrite it as two hex groups.
    const lastColon = text.lastIndexOf(':');
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (lastColon < 0 || !v4) return undefined;
    const hi = (((v4[0] ?? 0) << 8) | (v4[1] ?? 0)).toString(16);
    const lo = (((v4[2] ?? 0) << 8) | (v4[3] ?? 0)).toString(16);
    text = `${text.slice(0, lastColon + 1)}${hi}:${lo}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const toNumbers = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    for (const p of part.split(':')) {
      if (!/^[0-9A-Fa-f]{1,4}$/.test(p)) return undefined;
      out.push(parseInt(p, 16));
    }
    return out;
  };
  const head = toNumbers(halves[0] ?? '');
  const rest = toNumbers(halves[1] ?? '');
  if (!head || !rest) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - rest.length;
  if (missing < 1) return undefined;
  return [...head, ...new Array<number>(missing).fill(0), ...rest];
}

/** RFC 5737 IPv4 (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) or RFC 3849 IPv6 (2001:db8::/32). */
export function isDocumentationIp(value: string): boolean {
  if (DOC_IPV4_RE.test(value)) return true;
  const v6 = parseIpv6(value);
  return v6 !== undefined && v6[0] === 0x2001 && v6[1] === 0x0db8;
}

/** RFC 2606 domains: example.com/.org/.net (and subdomains), anything under .test, .invalid, .example. */
export function isDocumentationDomain(value: string): boolean {
  return value.length <= 253 && DOC_DOMAIN_RE.test(value.replace(/\.$/, ''));
}

/**
 * The North-American fictional range 555-0100…555-0199, with or without area code and the
 * country code 1. Separators and a leading `+` are ignored; digits decide.
 */
export function isFictionalPhone(value: string): boolean {
  if (!/^[0-9+()\s.\-/]{7,40}$/.test(value)) return false;
  return FICTIONAL_PHONE_RE.test(value.replace(/[^0-9]/g, ''));
}

// --- the documented grammar --------------------------------------------------------------------------

export interface PlaceholderShape {
  name: string;
  /** Anchored regular expression source: a value passes when the WHOLE value matches. */
  pattern: string;
  examples: string[];
  description: string;
}

/** Rendered by the docs; every example is tested against its own predicate. */
export const PLACEHOLDER_GRAMMAR: readonly PlaceholderShape[] = [
  {
    name: 'jid-user',
    pattern: JID_USER_PLACEHOLDER_PATTERN,
    examples: ['A', 'Z', 'Alice', 'Caller', 'Callee', 'CALLER', 'Caller:2', 'B_1:12', 'Peer.3', 'user', 'peer:0'],
    description:
      'The user part of a placeholder JID: one capital letter, a capitalised role word (letters only), an upper-case word, or one of the generic lower-case role words of prose (`user@lid`, `peer:0@lid`); optional agent `_`/`.` + 1–2 digits, optional device `:` + 1–2 digits. Digits anywhere else make it a real user.',
  },
  {
    name: 'placeholder-jid',
    pattern: PLACEHOLDER_JID_PATTERN,
    examples: ['A@s.whatsapp.net', 'Caller:2@s.whatsapp.net', 'B@lid', 'Callee@c.us', 'CALLID1@call'],
    description:
      'A JID whose user part is a jid-user placeholder (or a value placeholder) on one of the known servers.',
  },
  {
    name: 'value',
    pattern: VALUE_PLACEHOLDER_PATTERN,
    examples: ['CALLID1', 'CALLID0001', 'TIMESTAMP1', 'TOKEN', 'CIPHERTEXTPLACEHOLDER', 'KEYPLACEHOLDER2', 'RELAY_TOKEN_PLACEHOLDER'],
    description:
      'Any other identifier, call id, timestamp, token or byte content: upper-case letters and underscores (2–40), then up to 4 digits.',
  },
  {
    name: 'redacted',
    pattern: REDACTION_PATTERN,
    examples: [REDACTION_MARKER, '...redacted ciphertext...', '...redacted call key...', '...redacted relay token...'],
    description:
      'The redaction marker: `...redacted...`, or with up to 8 words (letters, `-`, `\'`) saying what was removed, as the group\'s form suggests. No digits. It may also stand inside free text.',
  },
  {
    name: 'safe-constant-jid',
    pattern: SAFE_CONSTANT_JID_PATTERN,
    examples: ['0@s.whatsapp.net', '0@c.us', '0@lid', 'status@broadcast', 'server@c.us', 's.whatsapp.net', '@s.whatsapp.net', 'call'],
    description:
      'Public constants that identify nobody (not placeholders, but they pass): the server-only user `0` on any server, `status@broadcast`, `server@c.us`, and a bare server JID with an empty user.',
  },
  {
    name: 'documentation-ipv4',
    pattern: DOC_IPV4_PATTERN,
    examples: ['192.0.2.1', '198.51.100.7', '203.0.113.254'],
    description: 'RFC 5737 documentation IPv4 ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24.',
  },
  {
    name: 'documentation-ipv6',
    pattern: DOC_IPV6_PATTERN,
    examples: ['2001:db8::1', '2001:db8:0:1::7', '2001:0db8:85a3::8a2e:370:7334'],
    description: 'RFC 3849 documentation IPv6 prefix 2001:db8::/32.',
  },
  {
    name: 'documentation-domain',
    pattern: DOC_DOMAIN_PATTERN,
    examples: ['example.com', 'mail.example.org', 'example.net', 'host.test', 'relay.invalid', 'a.example'],
    description: 'RFC 2606 domains: example.com/.org/.net and anything under .test, .invalid, .example (e-mail at these passes).',
  },
  {
    name: 'fictional-phone',
    pattern: FICTIONAL_PHONE_PATTERN,
    examples: ['555-0100', '555-0199', '(202) 555-0123', '+1 202 555 0142', '5550150'],
    description:
      'The North-American fictional numbers 555-0100…555-0199 (optionally with area code and country code 1); the pattern applies to the digits only.',
  },
];

/** The predicate the docs and tests associate with each grammar entry. */
export const GRAMMAR_PREDICATES: Readonly<Record<string, (value: string) => boolean>> = {
  'jid-user': isPlaceholderJidUser,
  'placeholder-jid': isPlaceholderJid,
  value: isPlaceholder,
  redacted: isPlaceholder,
  'safe-constant-jid': isSafeConstantJid,
  'documentation-ipv4': isDocumentationIp,
  'documentation-ipv6': isDocumentationIp,
  'documentation-domain': isDocumentationDomain,
  'fictional-phone': isFictionalPhone,
};
