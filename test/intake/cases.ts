// Intake scenarios shared by the pure ingest() tests and the CLI tests.
//
// One folder per scenario in test/fixtures/intake/: `input.json` describes the issue (form values
// for `formBody`, or a literal `body`, plus an optional `title`), `expected.json` the outcome.
// Leak values are never stored: `{{kind:arg}}` slots are filled with seeded synthetic values
// (test/sanitize/helpers.ts `expand`, plus the few kinds below), and every filled value is a
// secret that no output may repeat, not even 4 characters of it.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formBody } from '../e2e/harness.mjs';
import { b64, expand, Gen, hex } from '../sanitize/helpers.ts';

export const FIXTURES = join(import.meta.dirname, '../fixtures/intake');
export const REPO_ROOT = join(import.meta.dirname, '../..');

type FormKey = 'tag' | 'direction' | 'platform' | 'technique' | 'tools' | 'confidence' | 'raw' | 'decoded' | 'attributes' | 'provenance' | 'notes';

export interface CaseInput {
  description: string;
  /** formBody overrides; an array is joined with "\n". */
  values?: Partial<Record<FormKey, string | string[]>>;
  /** A literal body instead of the form (string or lines). */
  body?: string | string[];
  title?: string;
  /** Pad the Notes field with harmless words until the body has at least this many characters. */
  padTo?: number;
  /** Write the body with CRLF line endings. */
  crlf?: boolean;
}

export interface ExpectedFinding {
  rule: string;
  field: string;
  path?: string;
  line?: number;
  column?: number;
}

export interface Expected {
  status: 'accepted' | 'rejected' | 'invalid';
  /** Rejected: each of these must be among the blocking findings (rule + field, and path/line/column when given). */
  findings?: ExpectedFinding[];
  /** Invalid: each must match one error (field when given, and a regular expression on the message). */
  errors?: { field?: string; match: string }[];
}

export interface Case {
  name: string;
  description: string;
  body: string;
  title?: string;
  expected: Expected;
  /** Every generated leak value (empty for clean and bad-input cases). */
  secrets: string[];
}

const FULL_WIDTH_ZERO = 0xff10;
const fullWidth = (digits: string): string => Array.from(digits, (d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d))).join('');

const lastDigits = (gen: Gen, n: number): string => `${gen.int(1, 9)}${gen.digits(n - 1)}`;

/** `expand` plus kinds the intake needs; every value is recorded as a secret. */
export function fill(template: string, gen: Gen): string {
  return template.replace(/\{\{([a-z0-9-]+)(?::([0-9]+))?\}\}/gi, (slot: string, kind: string, arg?: string) => {
    const n = arg === undefined ? 0 : Number(arg);
    switch (kind) {
      // 1 555 010 xxxx, the first x not 0: "0100" would collide with the guidance text
      // ("use a fictional number in the 555-0100…555-0199 range"), which the no-echo check reads.
      case 'pn':
        return gen.secret(`1555010${lastDigits(gen, Math.max(1, n - 7))}`);
      case 'curvehex':
        return gen.secret(hex(gen.bytes(33, [0x05])));
      // Only the random body of a PEM block is secret; the armour lines are public.
      case 'pem': {
        const body = gen.secret(b64(gen.bytes(120)));
        return `-----BEGIN PRIVATE KEY-----\n${body.replace(/(.{64})/g, '$1\n').trim()}\n-----END PRIVATE KEY-----`;
      }
      // +1 555 010 xxxx in its usual spaced form (area code 555 is unassigned).
      case 'spacedpn':
        return gen.secret(`+1 555 010 ${lastDigits(gen, 4)}`);
      // The same with a zero-width space between the digits, and in full-width digits.
      case 'zwpn':
        return gen.secret(`+1 555\u200b010\u200b${lastDigits(gen, 4)}`);
      case 'fwpn':
        return gen.secret(`\uff0b${fullWidth('1')} ${fullWidth('555')} ${fullWidth('010')} ${fullWidth(lastDigits(gen, 4))}`);
      // An XML stanza with a phone JID, pasted encoded: the reader decodes it before the scan.
      case 'b64xml':
      case 'hexxml': {
        const pn = gen.secret(`1555010${lastDigits(gen, 4)}`);
        const xml = `<call from="${pn}@s.whatsapp.net" to="Callee@s.whatsapp.net" id="STANZAID1"><offer call-id="CALLID1"/></call>`;
        return gen.secret(Buffer.from(xml).toString(kind === 'b64xml' ? 'base64' : 'hex'));
      }
      case 'email':
        return gen.secret(`${gen.chars(8, 'abcdefghijklmnopqrstuvwxyz')}@${gen.chars(9, 'abcdefghijklmnopqrstuvwxyz')}.net`);
      default:
        return expand(slot, gen);
    }
  });
}

function seedOf(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
  return h;
}

const join1 = (v: string | string[]): string => (Array.isArray(v) ? v.join('\n') : v);

const PAD_WORDS = 'the offer was seen twice during the test call and looked the same both times ';

/** Build the body of a scenario. */
export function buildCase(name: string, input: CaseInput, expected: Expected): Case {
  const gen = new Gen(seedOf(name));
  let body: string;
  if (input.body !== undefined) body = fill(join1(input.body), gen);
  else {
    const values: Partial<Record<FormKey, string>> = {};
    for (const [k, v] of Object.entries(input.values ?? {})) values[k as FormKey] = fill(join1(v), gen);
    body = formBody(values);
    if (input.padTo !== undefined) {
      const missing = input.padTo - body.length;
      const notes = values.notes === undefined || values.notes === '_No response_' ? '' : values.notes;
      if (missing > 0) body = formBody({ ...values, notes: notes + PAD_WORDS.repeat(Math.ceil(missing / PAD_WORDS.length)) });
    }
  }
  if (input.crlf) body = body.replace(/\n/g, '\r\n');
  const title = input.title === undefined ? undefined : fill(input.title, gen);
  const c: Case = { name, description: input.description, body, expected, secrets: [...gen.secrets] };
  if (title !== undefined) c.title = title;
  return c;
}

/** Every scenario folder, sorted by name. */
export function loadCases(): Case[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const input = JSON.parse(readFileSync(join(FIXTURES, name, 'input.json'), 'utf8')) as CaseInput;
      const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
      return buildCase(name, input, expected);
    });
}

/** The key sizes of sanitization.md, in bytes. */
export const KEY_SIZES = [16, 28, 30, 32, 33, 44, 46, 64] as const;

/**
 * A key of every listed size, in base64 and in hex, in free text (Notes), plus Curve25519 public
 * keys (0x05 + 32 bytes) in both encodings: generated rather than one folder each.
 */
export function keyCases(): Case[] {
  const cases: Case[] = [];
  const add = (name: string, slot: string, rule: string): void => {
    cases.push(
      buildCase(
        name,
        { description: `a ${name} in the Notes field`, values: { notes: `While testing we logged this value: ${slot} (from the call).` } },
        { status: 'rejected', findings: [{ rule, field: 'notes-open-questions', line: 1, column: 37 }] },
      ),
    );
  };
  for (const size of KEY_SIZES) {
    add(`key-base64-${size}`, `{{b64:${size}}}`, 'key-base64');
    add(`key-hex-${size}`, `{{hex:${size}}}`, 'key-hex');
  }
  add('key-curve25519-base64', '{{curve}}', 'key-base64');
  add('key-curve25519-hex', '{{curvehex}}', 'key-hex');
  return cases;
}

export function allCases(): Case[] {
  return [...loadCases(), ...keyCases()];
}

/** Variants of a secret an output must not contain: as typed, normalised, and its digits alone. */
function variants(secret: string): string[] {
  const normalized = secret.normalize('NFKC').replace(/[\u200b-\u200f\u2060\ufeff]/g, '');
  const out = new Set([secret, normalized]);
  const digits = normalized.replace(/[^0-9]/g, '');
  if (digits.length >= 7 && /^[0-9+\s().-]+$/.test(normalized)) out.add(digits);
  return [...out];
}

/** `text` contains no secret nor any 4-character piece of one (pieces starting or ending in a space are skipped). */
export function assertNoEcho(text: string, secrets: readonly string[], what: string): void {
  for (const secret of secrets) {
    for (const s of variants(secret)) {
      for (let i = 0; i + 4 <= s.length; i++) {
        const piece = s.slice(i, i + 4);
        if (/^\s|\s$|\n/.test(piece)) continue;
        assert.ok(!text.includes(piece), `${what} repeats 4 characters of a generated secret (offset ${i} of a ${s.length}-character value)`);
      }
    }
  }
}

/** No JavaScript stack trace in an output. */
export function assertNoStack(text: string, what: string): void {
  assert.doesNotMatch(text, /^\s+at\s/m, `${what} holds a stack trace`);
}

/** A valid, clean capture (placeholders only) made with `technique`, showing call-offer facts. */
export function captureYaml(id: string, technique: string): string {
  return [
    `id: ${id}`,
    'source:',
    `  technique: ${technique}`,
    'stanza_tag: call',
    'direction: outgoing',
    'confidence: probable',
    'raw:',
    '  format: xml',
    '  body: |',
    '    <call from="Caller@s.whatsapp.net" to="Callee@s.whatsapp.net" id="STANZAID2" t="TIMESTAMP2">',
    '      <offer call-id="CALLID2" call-creator="Caller:1@s.whatsapp.net">',
    '        <audio enc="opus" rate="16000"/>',
    '        <enc v="2" type="pkmsg" count="0">CIPHERTEXTPLACEHOLDER</enc>',
    '      </offer>',
    '    </call>',
    'sanitized: true',
    '',
  ].join('\n');
}
