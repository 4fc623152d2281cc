// The recall corpus: every identifier and key kind × every field × each encoding layer × plain,
// glued, spaced and non-ASCII variants, generated from a seed (all values synthetic: phone numbers
// in the unassigned 1 555 010 xxxx range, keys are seeded random bytes). Each case is scanned the
// way the intake scans a submission (free-text fields as text, the raw stanza as a tree), by
// `scanCase`, used by test/sanitize/quality.test.ts and bench/scanner-quality.mjs.

import { readStanza } from '../../../src/stanza/read.ts';
import { stanzaScanInput } from '../../../src/capture/check.ts';
import { scan } from '../../../src/sanitize/scan.ts';
import type { Finding } from '../../../src/sanitize/types.ts';
import { b64, Gen, hex } from '../helpers.ts';

export type Field = 'title' | 'notes' | 'observed-attributes' | 'raw-stanza@attribute' | 'raw-stanza/content';
export type Layer = 'none' | 'percent' | 'json-escape' | 'html-entity';
export type Variant = 'plain' | 'glued' | 'spaced' | 'separated' | 'non-ascii';

export const FIELDS: readonly Field[] = ['title', 'notes', 'observed-attributes', 'raw-stanza@attribute', 'raw-stanza/content'];
export const LAYERS: readonly Layer[] = ['none', 'percent', 'json-escape', 'html-entity'];

export interface RecallCase {
  kind: string;
  field: Field;
  layer: Layer;
  variant: Variant;
  /** The text of the field as the contributor typed it. */
  text: string;
  /** The generated parts that must never be echoed (nor any 4 characters of them). */
  secrets: string[];
}

const ARABIC_INDIC_ZERO = 0x0660;
const DEVANAGARI_ZERO = 0x0966;
const FULL_WIDTH_OFFSET = 0xfee0; // ASCII `!`…`~` → U+FF01…U+FF5E

const digitsIn = (s: string, zero: number): string => s.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));
const fullWidth = (s: string): string => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + FULL_WIDTH_OFFSET));

interface Kind {
  name: string;
  /** A fresh value: the text, and the parts of it that are secret. */
  make(g: Gen): { value: string; secrets: string[] };
  variants: Partial<Record<Exclude<Variant, 'plain'>, (value: string, g: Gen) => string>>;
}

const ODD_SEPARATORS: readonly string[] = ['\t', '\u2013', '\u2014', '\u2212', '~', '_'];

const pn = (g: Gen): string => `1555010${g.int(1, 9)}${g.digits(3)}`;

/** The kinds of identifiers and keys, with the variants that make sense for each. */
export const KINDS: readonly Kind[] = [
  {
    name: 'phone-number',
    make: (g) => {
      const n = pn(g);
      return { value: `+${n}`, secrets: [n] };
    },
    variants: {
      glued: (v) => `id_${v.slice(1)}xyz`,
      spaced: (v) => `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}`,
      // Groups joined by a tab, a dash-like character (en dash, em dash, minus sign), `~` or `_`.
      separated: (v, g) => {
        const s = ODD_SEPARATORS[g.int(0, ODD_SEPARATORS.length - 1)] ?? '\t';
        return `${v.slice(0, 2)}${s}${v.slice(2, 5)}${s}${v.slice(5, 8)}${s}${v.slice(8)}`;
      },
      'non-ascii': (v) => digitsIn(v, ARABIC_INDIC_ZERO),
    },
  },
  {
    name: 'phone-jid',
    make: (g) => {
      const n = pn(g);
      return { value: `${n}@s.whatsapp.net`, secrets: [n] };
    },
    variants: { glued: (v) => `jid:${v}`, 'non-ascii': (v) => digitsIn(v, DEVANAGARI_ZERO) },
  },
  {
    name: 'device-jid',
    make: (g) => {
      const n = pn(g);
      return { value: `${n}:12@s.whatsapp.net`, secrets: [n] };
    },
    variants: { 'non-ascii': (v) => digitsIn(v, ARABIC_INDIC_ZERO) },
  },
  {
    name: 'lid-jid',
    make: (g) => {
      const n = `1${g.int(1, 9)}${g.digits(13)}`;
      return { value: `${n}@lid`, secrets: [n] };
    },
    variants: { glued: (v) => `lid=${v}`, 'non-ascii': (v) => digitsIn(v, DEVANAGARI_ZERO) },
  },
  {
    name: 'group-jid',
    make: (g) => {
      const n = `120363${g.int(1, 9)}${g.digits(11)}`;
      return { value: `${n}@g.us`, secrets: [n] };
    },
    variants: { 'non-ascii': (v) => digitsIn(v, ARABIC_INDIC_ZERO) },
  },
  {
    name: 'email',
    make: (g) => {
      const user = g.chars(7, 'klmnopqrstuvwxz');
      const host = g.chars(6, 'klmnopqrstuvwxz');
      return { value: `${user}@${host}.net`, secrets: [user, host] };
    },
    variants: { glued: (v) => `mailto:${v}`, 'non-ascii': (v) => fullWidth(v) },
  },
  {
    name: 'ipv4',
    make: (g) => {
      const v = `${g.int(11, 99)}.${g.int(11, 99)}.${g.int(11, 99)}.${g.int(11, 99)}`;
      return { value: v, secrets: [v] };
    },
    variants: { glued: (v) => `host=${v};`, 'non-ascii': (v) => fullWidth(v) },
  },
  {
    name: 'ipv6',
    make: (g) => {
      const v = `2a0${g.int(1, 9)}:${g.chars(4, 'abcdef123456789')}:${g.chars(4, 'abcdef123456789')}::${g.chars(4, 'abcdef123456789')}`;
      return { value: v, secrets: [v.slice(5)] };
    },
    variants: { glued: (v) => `[${v}]:3478`, 'non-ascii': (v) => fullWidth(v) },
  },
  {
    name: 'mac',
    make: (g) => {
      const v = Array.from(g.bytes(6, [0x3c]), (b) => b.toString(16).padStart(2, '0')).join(':');
      return { value: v, secrets: [v.slice(3)] };
    },
    variants: { glued: (v) => `mac=${v}`, 'non-ascii': (v) => fullWidth(v) },
  },
  ...([16, 30, 32, 33, 64] as const).map(
    (n): Kind => ({
      name: `key-base64-${n}`,
      make: (g) => {
        const v = b64(g.bytes(n, n === 33 ? [0x05] : []));
        return { value: v, secrets: [v] };
      },
      // Spaced: wrapped at 40 characters, as base64 is wrapped in mail and PEM (the 16-byte key is too short to wrap).
      variants: { glued: (v) => `key=${v};`, ...(n >= 30 ? { spaced: (v: string) => v.replace(/(.{40})/g, '$1\n').trim() } : {}), 'non-ascii': (v) => fullWidth(v) },
    }),
  ),
  {
    name: 'key-hex-32',
    make: (g) => {
      const v = hex(g.bytes(32));
      return { value: v, secrets: [v] };
    },
    variants: { glued: (v) => `key=${v};`, spaced: (v) => v.replace(/(..)(?!$)/g, '$1 '), 'non-ascii': (v) => fullWidth(v) },
  },
  {
    name: 'signal-message',
    make: (g) => {
      const v = b64(g.bytes(80, [0x33, 0x0a, 0x21, 0x05]));
      return { value: v, secrets: [v.slice(8)] };
    },
    variants: { glued: (v) => `msg=${v}` },
  },
  {
    name: 'github-token',
    make: (g) => {
      const body = g.chars(36, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
      return { value: `ghp_${body}`, secrets: [body] };
    },
    variants: { glued: (v) => `token=${v}` },
  },
  {
    name: 'cloud-key',
    make: (g) => {
      const body = g.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
      return { value: `AKIA${body}`, secrets: [body] };
    },
    variants: { glued: (v) => `aws_key=${v}` },
  },
  {
    name: 'jwt',
    make: (g) => {
      const sig = Buffer.from(g.bytes(32)).toString('base64url');
      return { value: `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.${sig}`, secrets: [sig] };
    },
    variants: { glued: (v) => `bearer=${v}` },
  },
];

/** Every character that is not a letter, under the layer (a reader decodes it back). */
function encode(text: string, layer: Layer): string {
  if (layer === 'none') return text;
  let out = '';
  for (const ch of text) {
    if (/[A-Za-z]/.test(ch)) {
      out += ch;
      continue;
    }
    const cp = ch.codePointAt(0) ?? 0;
    if (layer === 'percent') out += Array.from(Buffer.from(ch, 'utf8'), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    else if (layer === 'html-entity') out += `&#${cp};`;
    else out += Array.from(ch, (u) => `\\u${(u.charCodeAt(0)).toString(16).padStart(4, '0')}`).join('');
  }
  return out;
}

function place(value: string, field: Field): string {
  switch (field) {
    case 'title':
      return `[capture]: offer seen from ${value}`;
    case 'notes':
      // A value over several lines stands on lines of its own, as pasted.
      return value.includes('\n') || value.includes('%0A') || value.includes('\\u000a') || value.includes('&#10;')
        ? `Captured on a test device. The peer key:\n${value}\nNothing else changed.`
        : `Captured on a test device.\nThe peer was ${value} during the second attempt.\nNothing else changed.`;
    case 'observed-attributes':
      return `call-id = CALLID1 — same id\npeer = ${value} — the callee`;
    case 'raw-stanza@attribute':
      return `<call from="Caller@s.whatsapp.net" id="STANZAID1">\n  <offer call-id="CALLID1" peer="${value.replace(/&(?!#)/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"/>\n</call>`;
    case 'raw-stanza/content':
      return `<call from="Caller@s.whatsapp.net" id="STANZAID1">\n  <offer call-id="CALLID1">\n    <note>${value.replace(/&(?!#)/g, '&amp;').replace(/</g, '&lt;')}</note>\n  </offer>\n</call>`;
  }
}

/** The whole corpus, deterministic for a seed. */
export function recallCorpus(seed = 12): RecallCase[] {
  const g = new Gen(seed);
  const cases: RecallCase[] = [];
  for (const kind of KINDS) {
    const variants: [Variant, ((v: string, g: Gen) => string) | undefined][] = [['plain', undefined], ...Object.entries(kind.variants) as [Variant, (v: string, g: Gen) => string][]];
    for (const [variant, shape] of variants) {
      for (const layer of LAYERS) {
        for (const field of FIELDS) {
          // Wrapped base64 is a free-text shape; inside a title or an attribute it stays one line.
          if (variant === 'spaced' && kind.name.startsWith('key-base64') && (field === 'title' || field.startsWith('raw-stanza') || field === 'observed-attributes')) continue;
          const { value, secrets } = kind.make(g);
          const shaped = shape ? shape(value, g) : value;
          cases.push({ kind: kind.name, field, layer, variant, text: place(encode(shaped, layer), field), secrets });
        }
      }
    }
  }
  return cases;
}

/** Scan one case as the intake would: the raw stanza as a tree (falling back to text), the rest as text. */
export function scanCase(c: RecallCase): Finding[] {
  if (c.field.startsWith('raw-stanza')) {
    const read = readStanza(c.text);
    return scan(stanzaScanInput('raw-stanza', c.text, read));
  }
  return scan({ texts: [{ field: c.field, text: c.text }] });
}

