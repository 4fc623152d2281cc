// Test helpers: a seeded PRNG and generators for synthetic leak values. Nothing here is real data:
// phone numbers use the unassigned area code 555, keys and tokens are seeded random bytes, IPs are
// random octets in 11–99.

import assert from 'node:assert/strict';
import type { Finding } from '../../src/sanitize/types.ts';
import type { Position, StanzaAttr, StanzaNode, NodeContent } from '../../src/stanza/types.ts';

/** mulberry32: small, seeded, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Gen {
  private readonly rnd: () => number;
  /** Every generated value: no finding may contain any 4+ character piece of one. */
  readonly secrets: string[] = [];

  constructor(seed: number) {
    this.rnd = prng(seed);
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }

  bytes(n: number, prefix: number[] = []): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = i < prefix.length ? (prefix[i] ?? 0) : this.int(0, 255);
    return out;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }

  chars(n: number, alphabet: string): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)] ?? 'a';
    return s;
  }

  secret(value: string): string {
    this.secrets.push(value);
    return value;
  }
}

export const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');
export const b64url = (b: Uint8Array): string => Buffer.from(b).toString('base64url');
export const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function xxd(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (let off = 0; off < bytes.length; off += 16) {
    const row = bytes.subarray(off, off + 16);
    const groups: string[] = [];
    for (let i = 0; i < row.length; i += 2) groups.push(hex(row.subarray(i, i + 2)));
    const gutter = Array.from(row, (c) => (c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '.')).join('');
    lines.push(`${off.toString(16).padStart(8, '0')}: ${groups.join(' ')}  ${gutter}`);
  }
  return lines.join('\n');
}

function hexdumpC(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (let off = 0; off < bytes.length; off += 16) {
    const row = Array.from(bytes.subarray(off, off + 16), (b) => b.toString(16).padStart(2, '0'));
    const gutter = Array.from(bytes.subarray(off, off + 16), (c) => (c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '.')).join('');
    lines.push(`${off.toString(16).padStart(8, '0')}  ${row.slice(0, 8).join(' ')}  ${row.slice(8).join(' ')}  |${gutter}|`);
  }
  return lines.join('\n');
}

/** Zero digits of some scripts' decimal digits (Unicode category Nd), by name. */
export const DIGIT_ZEROS: Readonly<Record<string, number>> = {
  arab: 0x0660, // Arabic-Indic
  arabext: 0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  deva: 0x0966, // Devanagari
  beng: 0x09e6, // Bengali
  thai: 0x0e50,
  mymr: 0x1040, // Myanmar
  adlam: 0x1e950, // Adlam (astral: two UTF-16 units per digit)
  fullwidth: 0xff10,
};

/** Separators for `{{pnsep-<name>:n}}`: what joins a phone number's digit groups. */
const PHONE_SEPARATORS: Record<string, string> = {
  tab: '\t',
  nl: '\n',
  ent: '&#10;',
  endash: '\u2013',
  emdash: '\u2014',
  minus: '\u2212',
  under: '_',
  tilde: '~',
  comma: ',',
};

/**
 * Expand `{{kind:arg}}` templates in a fixture with seeded synthetic values; every value is
 * recorded as a secret.
 */
export function expand(template: string, gen: Gen): string {
  return template.replace(/\{\{([a-z0-9-]+)(?::([0-9]+))?\}\}/gi, (_m, kind: string, arg?: string) => {
    const n = arg === undefined ? 0 : Number(arg);
    const script = /^pn-(.+)$/.exec(kind)?.[1];
    if (script !== undefined) {
      // A 1 555 010 xxxx number written in the decimal digits of another script (by zero code point).
      const zero = DIGIT_ZEROS[script];
      if (zero === undefined) throw new Error(`unknown digit script ${script}`);
      const ascii = `1555010${gen.digits(Math.max(0, n - 7))}`;
      gen.secret(ascii);
      return gen.secret(Array.from(ascii, (d) => String.fromCodePoint(zero + Number(d))).join(''));
    }
    const sep = /^pnsep-(.+)$/.exec(kind)?.[1];
    if (sep !== undefined) {
      // +1 555 010 xxxx with its groups joined by an odd separator (tab, newline, `&#10;`, dashes…).
      const joiner = PHONE_SEPARATORS[sep];
      if (joiner === undefined) throw new Error(`unknown phone separator ${sep}`);
      const rest = gen.digits(Math.max(0, n - 7));
      gen.secret(`1555010${rest}`);
      return gen.secret(`+1${joiner}555${joiner}010${joiner}${rest}`);
    }
    switch (kind) {
      case 'b64':
        return gen.secret(b64(gen.bytes(n)));
      case 'b64nopad':
        return gen.secret(b64(gen.bytes(n)).replace(/=+$/, ''));
      case 'b64wrap':
        return gen.secret(b64(gen.bytes(n)).replace(/(.{76})/g, '$1\n').trim());
      case 'b64pct':
        // base64 as it stands in a percent-encoded URL: `+`, `/`, `=` as %2B, %2F, %3D.
        return gen.secret(b64(gen.bytes(n)).replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D'));
      case 'b64json':
        // base64 as JSON writes it when it escapes `/` (`\/`) and `+` (`\u002B`).
        return gen.secret(b64(gen.bytes(n)).replace(/\//g, '\\/').replace(/\+/g, '\\u002B'));
      case 'b64html':
        return gen.secret(b64(gen.bytes(n)).replace(/\+/g, '&#43;').replace(/\//g, '&#x2F;').replace(/=/g, '&equals;'));
      case 'pnspaced':
        // 1 555 010 xxxx with every digit spaced out.
        return gen.secret(`1555010${gen.digits(Math.max(0, n - 7))}`.split('').join(' '));
      case 'b64url':
        return gen.secret(b64url(gen.bytes(n)));
      case 'hex':
        return gen.secret(hex(gen.bytes(n)));
      case 'b64groups':
        // base64 in 4-character groups joined by spaces: `AAEC AwQF …`.
        return gen.secret(b64(gen.bytes(n)).replace(/(.{4})(?!$)/g, '$1 '));
      case 'cxhex':
        // The bytes as C string escapes: `\x3f\xa0…`.
        return gen.secret(hex(gen.bytes(n)).replace(/(..)/g, '\\x$1'));
      case 'HEX':
        return gen.secret(hex(gen.bytes(n)).toUpperCase());
      case 'curve':
        return gen.secret(b64(gen.bytes(33, [0x05])));
      case 'b64b64':
        return gen.secret(b64(Buffer.from(b64(gen.bytes(n)), 'ascii')));
      case 'sig-hex':
        return gen.secret(hex(gen.bytes(n, [0x33, 0x08])));
      case 'sig-b64':
        return gen.secret(b64(gen.bytes(n, [0x33, 0x0a, 0x21, 0x05])));
      case 'xxd':
        return gen.secret(xxd(gen.bytes(n)));
      case 'hexdump-c':
        return gen.secret(hexdumpC(gen.bytes(n)));
      case 'spaced':
        return gen.secret(Array.from(gen.bytes(n), (b) => b.toString(16).padStart(2, '0')).join(' '));
      case 'pn':
        // 1 555 010 xxxx…: area code 555 is not assigned, and the exchange is outside 555-01xx.
        return gen.secret(`1555010${gen.digits(Math.max(0, n - 7))}`);
      case 'lid':
        return gen.secret(`1${gen.digits(14)}`);
      case 'grp':
        return gen.secret(`120363${gen.digits(12)}`);
      case 'ts':
        return gen.secret(String(gen.int(1704067200, 1790000000)));
      case 'ip4':
        return gen.secret(`${gen.int(11, 99)}.${gen.int(11, 99)}.${gen.int(11, 99)}.${gen.int(11, 99)}`);
      case 'ip6':
        return gen.secret(`2a0${gen.int(1, 9)}:${gen.chars(4, 'abcdef0123456789')}:${gen.chars(3, 'abcdef123456789')}::${gen.chars(4, 'abcdef0123456789')}`);
      case 'mac':
        return gen.secret(Array.from(gen.bytes(6, [0x3c]), (b) => b.toString(16).padStart(2, '0')).join(':'));
      // The public prefixes (`ghp_`, `github_pat_`) are not secret; the random bodies are.
      case 'ghp':
        return `ghp_${gen.secret(gen.chars(36, ALNUM))}`;
      case 'pat':
        return `github_pat_${gen.secret(gen.chars(22, ALNUM))}_${gen.secret(gen.chars(59, ALNUM))}`;
      case 'aws':
        return gen.secret(`AKIA${gen.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`);
      case 'jwt': {
        const head = b64url(Buffer.from('{"alg":"HS256","typ":"JWT"}'));
        const body = b64url(Buffer.from(`{"sub":"${gen.digits(10)}","iat":${gen.digits(10)}}`));
        return gen.secret(`${head}.${body}.${b64url(gen.bytes(32))}`);
      }
      case 'pem': {
        const body = b64(gen.bytes(120)).replace(/(.{64})/g, '$1\n').trim();
        return gen.secret(`-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----`);
      }
      case 'digits':
        return gen.secret(gen.digits(n));
      case 'word':
        return gen.secret(gen.chars(n, 'abcdefghijklmnopqrstuvwxyz'));
      default:
        throw new Error(`unknown template ${kind}`);
    }
  });
}

/** No finding may contain a secret or any 4+ character substring of it (raw or NFKC-normalised). */
export function assertNoLeak(findings: readonly Finding[], secrets: readonly string[]): void {
  const json = JSON.stringify(findings);
  for (const raw of secrets) {
    for (const s of new Set([raw, raw.normalize('NFKC').replace(/[\u200b-\u200f\u2060\ufeff]/g, '')])) {
      for (let i = 0; i + 4 <= s.length; i++) {
        const piece = s.slice(i, i + 4);
        if (/^\s|\s$/.test(piece)) continue;
        assert.ok(!json.includes(piece), `finding JSON contains a piece of a secret at offset ${i}`);
      }
    }
  }
}

// --- hand-built stanza trees ----------------------------------------------------------------------

/** Builds StanzaNode objects with predictable positions: each node gets its own line. */
export class TreeBuilder {
  private line = 0;

  el(
    tag: string,
    attrs: Record<string, string> = {},
    kids: StanzaNode[] | string | Uint8Array = [],
  ): StanzaNode {
    const line = ++this.line;
    const pos: Position = { line, column: 1 };
    const list: StanzaAttr[] = Object.entries(attrs).map(([name, value], i) => ({
      name,
      value,
      pos: { line, column: 10 * (i + 1) },
    }));
    const node: StanzaNode = { tag, attrs: list, children: [], pos };
    if (typeof kids === 'string') {
      const content: NodeContent = { kind: 'text', text: kids, pos: { line, column: 5 } };
      node.content = content;
    } else if (kids instanceof Uint8Array) {
      node.content = { kind: 'bytes', bytes: kids, pos: { line, column: 5 } };
    } else {
      node.children = kids;
    }
    return node;
  }
}

/** Compact view of findings for assertions. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule}${f.path ? ` ${f.path}` : ''}`);
}
