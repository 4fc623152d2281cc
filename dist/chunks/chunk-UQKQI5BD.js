import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);

// src/sanitize/placeholders.ts
var JID_SERVERS = [
  "s.whatsapp.net",
  "hosted.lid",
  "newsletter",
  "broadcast",
  "interop",
  "hosted",
  "c.us",
  "g.us",
  "lid",
  "call",
  "bot",
  "msgr"
];
function isJidServer(value) {
  return JID_SERVERS.includes(value);
}
var REDACTION_MARKER = "...redacted...";
var ROLE_WORDS = [
  "user",
  "peer",
  "caller",
  "callee",
  "sender",
  "receiver",
  "recipient",
  "participant",
  "creator",
  "initiator",
  "responder",
  "self",
  "me",
  "you",
  "other",
  "device",
  "companion",
  "primary",
  "account",
  "contact",
  "member",
  "admin",
  "owner",
  "client",
  "host",
  "guest",
  "someone",
  "number",
  "phone",
  "lid",
  "jid",
  "id",
  "group",
  "bot"
];
var JID_USER_BASE = `(?:[A-Z]|[A-Z][a-z]{1,15}|[A-Z]{2,16}|${ROLE_WORDS.join("|")})`;
var JID_USER_SUFFIX = "(?:[_.][0-9]{1,2})?(?::[0-9]{1,2})?";
var VALUE_PLACEHOLDER = "[A-Z][A-Z_]{1,39}[0-9]{0,4}";
var SERVER_ALTERNATION = JID_SERVERS.map((s) => s.replace(/\./g, "\\.")).join("|");
var JID_USER_PLACEHOLDER_PATTERN = `^${JID_USER_BASE}${JID_USER_SUFFIX}$`;
var PLACEHOLDER_JID_PATTERN = `^(?:${JID_USER_BASE}${JID_USER_SUFFIX}|${VALUE_PLACEHOLDER})@(?:${SERVER_ALTERNATION})$`;
var VALUE_PLACEHOLDER_PATTERN = `^${VALUE_PLACEHOLDER}$`;
var REDACTION_PATTERN = "^\\.\\.\\.redacted(?: [A-Za-z][A-Za-z'-]{0,31}){0,8}\\.\\.\\.$";
var SAFE_CONSTANT_JID_PATTERN = `^(?:0@(?:${SERVER_ALTERNATION})|status@broadcast|server@c\\.us|@?(?:${SERVER_ALTERNATION}))$`;
var DOC_IPV4_PATTERN = "^(?:192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$";
var DOC_IPV6_PATTERN = "^2001:0{0,2}db8(?::[0-9A-Fa-f:.]*)?$";
var DOC_DOMAIN_PATTERN = "^(?:[A-Za-z0-9-]{1,63}\\.)*(?:example\\.(?:com|org|net)|[A-Za-z0-9-]{1,63}\\.(?:test|invalid|example)|(?:test|invalid|example))$";
var FICTIONAL_PHONE_PATTERN = "^(?:1?[0-9]{3})?55501[0-9]{2}$";
var JID_USER_PLACEHOLDER_RE = new RegExp(JID_USER_PLACEHOLDER_PATTERN);
var PLACEHOLDER_JID_RE = new RegExp(PLACEHOLDER_JID_PATTERN);
var VALUE_PLACEHOLDER_RE = new RegExp(VALUE_PLACEHOLDER_PATTERN);
var REDACTION_RE = new RegExp(REDACTION_PATTERN);
var SAFE_CONSTANT_JID_RE = new RegExp(SAFE_CONSTANT_JID_PATTERN);
var DOC_IPV4_RE = new RegExp(DOC_IPV4_PATTERN);
var DOC_DOMAIN_RE = new RegExp(DOC_DOMAIN_PATTERN, "i");
var FICTIONAL_PHONE_RE = new RegExp(FICTIONAL_PHONE_PATTERN);
function isPlaceholder(value) {
  return VALUE_PLACEHOLDER_RE.test(value) || REDACTION_RE.test(value);
}
function isPlaceholderJid(value) {
  return PLACEHOLDER_JID_RE.test(value);
}
function isSafeConstantJid(value) {
  return SAFE_CONSTANT_JID_RE.test(value);
}
function parseIpv4(value) {
  const m = /^([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})$/.exec(value);
  if (!m) return void 0;
  const octets = [m[1], m[2], m[3], m[4]].map((s) => Number(s));
  return octets.every((o) => o <= 255) ? octets : void 0;
}
function parseIpv6(value) {
  if (value.length > 45 || value.length < 2) return void 0;
  let text = value;
  if (text.includes(".")) {
    const lastColon = text.lastIndexOf(":");
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (lastColon < 0 || !v4) return void 0;
    const hi = ((v4[0] ?? 0) << 8 | (v4[1] ?? 0)).toString(16);
    const lo = ((v4[2] ?? 0) << 8 | (v4[3] ?? 0)).toString(16);
    text = `${text.slice(0, lastColon + 1)}${hi}:${lo}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return void 0;
  const toNumbers = (part) => {
    if (part === "") return [];
    const out = [];
    for (const p of part.split(":")) {
      if (!/^[0-9A-Fa-f]{1,4}$/.test(p)) return void 0;
      out.push(parseInt(p, 16));
    }
    return out;
  };
  const head = toNumbers(halves[0] ?? "");
  const rest = toNumbers(halves[1] ?? "");
  if (!head || !rest) return void 0;
  if (halves.length === 1) return head.length === 8 ? head : void 0;
  const missing = 8 - head.length - rest.length;
  if (missing < 1) return void 0;
  return [...head, ...new Array(missing).fill(0), ...rest];
}
function isDocumentationIp(value) {
  if (DOC_IPV4_RE.test(value)) return true;
  const v6 = parseIpv6(value);
  return v6 !== void 0 && v6[0] === 8193 && v6[1] === 3512;
}
function isDocumentationDomain(value) {
  return value.length <= 253 && DOC_DOMAIN_RE.test(value.replace(/\.$/, ""));
}
function isFictionalPhone(value) {
  if (!/^[0-9+()\s.\-/]{7,40}$/.test(value)) return false;
  return FICTIONAL_PHONE_RE.test(value.replace(/[^0-9]/g, ""));
}
var PLACEHOLDER_GRAMMAR = [
  {
    name: "jid-user",
    pattern: JID_USER_PLACEHOLDER_PATTERN,
    examples: ["A", "Z", "Alice", "Caller", "Callee", "CALLER", "Caller:2", "B_1:12", "Peer.3", "user", "peer:0"],
    description: "The user part of a placeholder JID: one capital letter, a capitalised role word (letters only), an upper-case word, or one of the generic lower-case role words of prose (`user@lid`, `peer:0@lid`); optional agent `_`/`.` + 1\u20132 digits, optional device `:` + 1\u20132 digits. Digits anywhere else make it a real user."
  },
  {
    name: "placeholder-jid",
    pattern: PLACEHOLDER_JID_PATTERN,
    examples: ["A@s.whatsapp.net", "Caller:2@s.whatsapp.net", "B@lid", "Callee@c.us", "CALLID1@call"],
    description: "A JID whose user part is a jid-user placeholder (or a value placeholder) on one of the known servers."
  },
  {
    name: "value",
    pattern: VALUE_PLACEHOLDER_PATTERN,
    examples: ["CALLID1", "CALLID0001", "TIMESTAMP1", "TOKEN", "CIPHERTEXTPLACEHOLDER", "KEYPLACEHOLDER2", "RELAY_TOKEN_PLACEHOLDER"],
    description: "Any other identifier, call id, timestamp, token or byte content: upper-case letters and underscores (2\u201340), then up to 4 digits."
  },
  {
    name: "redacted",
    pattern: REDACTION_PATTERN,
    examples: [REDACTION_MARKER, "...redacted ciphertext...", "...redacted call key...", "...redacted relay token..."],
    description: "The redaction marker: `...redacted...`, or with up to 8 words (letters, `-`, `'`) saying what was removed, as the group's form suggests. No digits. It may also stand inside free text."
  },
  {
    name: "safe-constant-jid",
    pattern: SAFE_CONSTANT_JID_PATTERN,
    examples: ["0@s.whatsapp.net", "0@c.us", "0@lid", "status@broadcast", "server@c.us", "s.whatsapp.net", "@s.whatsapp.net", "call"],
    description: "Public constants that identify nobody (not placeholders, but they pass): the server-only user `0` on any server, `status@broadcast`, `server@c.us`, and a bare server JID with an empty user."
  },
  {
    name: "documentation-ipv4",
    pattern: DOC_IPV4_PATTERN,
    examples: ["192.0.2.1", "198.51.100.7", "203.0.113.254"],
    description: "RFC 5737 documentation IPv4 ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24."
  },
  {
    name: "documentation-ipv6",
    pattern: DOC_IPV6_PATTERN,
    examples: ["2001:db8::1", "2001:db8:0:1::7", "2001:0db8:85a3::8a2e:370:7334"],
    description: "RFC 3849 documentation IPv6 prefix 2001:db8::/32."
  },
  {
    name: "documentation-domain",
    pattern: DOC_DOMAIN_PATTERN,
    examples: ["example.com", "mail.example.org", "example.net", "host.test", "relay.invalid", "a.example"],
    description: "RFC 2606 domains: example.com/.org/.net and anything under .test, .invalid, .example (e-mail at these passes)."
  },
  {
    name: "fictional-phone",
    pattern: FICTIONAL_PHONE_PATTERN,
    examples: ["555-0100", "555-0199", "(202) 555-0123", "+1 202 555 0142", "5550150"],
    description: "The North-American fictional numbers 555-0100\u2026555-0199 (optionally with area code and country code 1); the pattern applies to the digits only."
  }
];

export {
  JID_SERVERS,
  isJidServer,
  isPlaceholder,
  isPlaceholderJid,
  isSafeConstantJid,
  parseIpv4,
  parseIpv6,
  isDocumentationIp,
  isDocumentationDomain,
  isFictionalPhone,
  PLACEHOLDER_GRAMMAR
};
