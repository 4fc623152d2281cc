// Deterministic synthetic corpora for the scale benchmark: a copy of this repository's spec/ and
// corpus/ plus N generated captures and M generated stanza files, all valid per the schemas and the
// cross-file rules, every identifier a placeholder (sanitization.md), seeded PRNG: same seed, same bytes.
//
//   node bench/corpus.mjs <dir> <captures> <stanzas> [seed]   writes one corpus (for inspection)
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from './lib.mjs';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

const TECHNIQUES = ['websocket-capture', 'baileys-instrumentation', 'frida-hooking', 'mitm-tls', 'static-smali-analysis', 'memory-dump', 'wasm-analysis'];
const CONFIDENCES = ['confirmed', 'probable', 'speculative', 'unknown'];
const CATEGORIES = ['signaling', 'keying', 'media', 'transport'];
const DIRECTIONS = ['outgoing', 'incoming', 'bidirectional'];
const OCCURRENCES = ['1', '0..1', '0..n', '1..n'];
const TYPES = ['string', 'int', 'hex', 'bytes', 'bool', 'jid', 'timestamp', 'enum:media-types', 'enum:enc-types', 'enum:terminate-reasons'];
const ACTIONS = ['offer', 'accept', 'preaccept', 'reject', 'terminate', 'transport', 'relaylatency', 'mute'];
const ROLES = ['Caller', 'Callee', 'A', 'B', 'Peer', 'CALLER'];
const DOC_NETS = ['192.0.2', '198.51.100', '203.0.113'];
const TOOLS = ['baileys', 'frida', 'mitmproxy', 'wireshark', 'jadx', 'ghidra'];

const PROSE = [
  'The action node sits directly under the root and carries the call identifier.',
  'Both devices were synthetic test accounts; every identifier was replaced by a placeholder.',
  'The relay candidate list was shortened to one documentation address.',
  'The key material inside the encrypted child was replaced before submission.',
  'This stanza arrived right after the offer and before the first media packet.',
  'The capability bitmap is shown as a placeholder because its bytes identify the build.',
  'Seen on every attempt in this session, with the same attribute order.',
  'The acknowledgement carried the same stanza id back to the sender.',
  'Timestamps were removed; the order of events is described in the notes instead.',
  'Whether the attribute is optional is still an open question.',
];

/** Value placeholders allow at most four digits (placeholders.ts): number 1..9999 from any n. */
const tag4 = (n) => String((n % 9999) + 1);

function yamlString(text) {
  return JSON.stringify(text);
}

function block(text, indent) {
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : pad + line))
    .join('\n');
}

function prose(rng, sentences) {
  const out = [];
  for (let i = 0; i < sentences; i++) out.push(rng.pick(PROSE));
  return out.join(' ');
}

/** One placeholder-only XML call stanza (the shape of corpus/captures/example-sanitized-offer.yaml). */
export function stanzaXml(rng, n) {
  const id = tag4(n);
  const action = rng.pick(ACTIONS);
  const from = `${rng.pick(ROLES)}${rng.chance(0.5) ? `:${rng.int(1, 9)}` : ''}@s.whatsapp.net`;
  const to = `${rng.pick(ROLES)}@s.whatsapp.net`;
  const lines = [`<call from="${from}" to="${to}" id="STANZAID${id}" t="TIMESTAMP${id}">`];
  lines.push(`  <${action} call-id="CALLID${id}" call-creator="Caller:1@s.whatsapp.net">`);
  const children = rng.int(1, 4);
  for (let i = 0; i < children; i++) {
    switch (rng.int(0, 4)) {
      case 0:
        lines.push(`    <audio enc="opus" rate="${rng.pick(['8000', '16000'])}"/>`);
        break;
      case 1:
        lines.push(`    <enc v="2" type="${rng.pick(['pkmsg', 'msg'])}" count="0">CIPHERTEXTPLACEHOLDER</enc>`);
        break;
      case 2:
        lines.push('    <capability ver="1">CAPABILITYPLACEHOLDER</capability>');
        break;
      case 3:
        lines.push('    <destination>', `      <te ip="${rng.pick(DOC_NETS)}.${rng.int(1, 254)}" port="3478"/>`, '    </destination>');
        break;
      default:
        lines.push(`    <net medium="${rng.int(1, 3)}"/>`);
    }
  }
  lines.push(`  </${action}>`, '</call>');
  return { action, xml: lines.join('\n'), id };
}

/** A capture record: corpus/captures/<id>.yaml. */
export function captureYaml(rng, n, id) {
  const stanza = stanzaXml(rng, n);
  const technique = rng.pick(TECHNIQUES);
  const attributes = [
    { name: 'call-id', value: `CALLID${stanza.id}`, note: 'placeholder for the call identifier' },
    { name: 'id', value: `STANZAID${stanza.id}`, note: 'placeholder for the stanza id' },
  ];
  if (rng.chance(0.5)) attributes.push({ name: 'to', value: 'Callee@s.whatsapp.net', note: 'the addressee, as a placeholder JID' });
  const out = [
    `id: ${id}`,
    `title: ${yamlString(`Synthetic ${stanza.action} capture`)}`,
    `status: ${rng.pick(['draft', 'review'])}`,
    'source:',
    `  technique: ${technique}`,
    `  issue: ${n + 1}`,
    `  contributor: contributor-${String.fromCharCode(97 + (n % 26))}`,
    // Quoted, as wacrg writes it: a YAML 1.1 reader (ajv-cli's js-yaml 3, the scale yardstick) would read a bare date as a timestamp.
    `  captured_at: "2025-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}"`,
    '  tools:',
    `    - ${rng.pick(TOOLS)}`,
    'stanza_tag: call',
    `direction: ${rng.pick(DIRECTIONS)}`,
    `confidence: ${rng.pick(['probable', 'speculative', 'unknown'])}`,
    'raw:',
    '  format: xml',
    '  body: |',
    block(stanza.xml, 4),
    `decoded: ${yamlString(prose(rng, 2))}`,
    'attributes:',
    ...attributes.flatMap((a) => [`  - name: ${a.name}`, `    value: ${a.value}`, `    note: ${yamlString(a.note)}`]),
    `notes: ${yamlString(prose(rng, 1))}`,
    'sanitized: true',
    '',
  ];
  return out.join('\n');
}

function provenance(rng, confidence, indent) {
  const pad = ' '.repeat(indent);
  const count = confidence === 'confirmed' ? rng.int(2, 3) : rng.int(1, 2);
  const techniques = new Set();
  while (techniques.size < count) techniques.add(rng.pick(TECHNIQUES));
  return [`${pad}provenance:`, `${pad}  techniques:`, ...[...techniques].map((t) => `${pad}    - ${t}`)];
}

function attributeLines(rng, name, indent) {
  const pad = ' '.repeat(indent);
  const confidence = rng.pick(CONFIDENCES);
  const lines = [
    `${pad}- name: ${name}`,
    `${pad}  type: ${rng.pick(TYPES)}`,
    `${pad}  confidence: ${confidence}`,
    `${pad}  description: ${yamlString(prose(rng, 1))}`,
  ];
  if (rng.chance(0.5)) lines.push(`${pad}  required: ${rng.chance(0.5)}`);
  if (confidence !== 'unknown' || rng.chance(0.5)) lines.push(...provenance(rng, confidence, indent + 2));
  return lines;
}

function childLines(rng, tag, depth, indent) {
  const pad = ' '.repeat(indent);
  const confidence = rng.pick(CONFIDENCES);
  const lines = [
    `${pad}- tag: ${tag}`,
    `${pad}  occurrence: ${yamlString(rng.pick(OCCURRENCES))}`,
    `${pad}  confidence: ${confidence}`,
    `${pad}  description: ${yamlString(prose(rng, 1))}`,
    ...provenance(rng, confidence, indent + 2),
  ];
  const attributes = rng.int(1, 5);
  lines.push(`${pad}  attributes:`);
  for (let i = 0; i < attributes; i++) lines.push(...attributeLines(rng, `attr-${depth}-${i}`, indent + 4));
  if (depth < 2 && rng.chance(0.4)) {
    lines.push(`${pad}  children:`);
    const children = rng.int(1, 2);
    for (let i = 0; i < children; i++) lines.push(...childLines(rng, `${tag}-part${i}`, depth + 1, indent + 4));
  }
  return lines;
}

/** A stanza record: spec/stanzas/<id>.yaml, about the size of the curated ones. */
export function stanzaYaml(rng, n, id) {
  const example = stanzaXml(rng, n);
  const lines = [
    `id: ${id}`,
    'tag: call',
    `display_name: ${yamlString(`Synthetic stanza ${n + 1}`)}`,
    `category: ${rng.pick(CATEGORIES)}`,
    'direction:',
    `  - ${rng.pick(DIRECTIONS)}`,
    `status: ${rng.pick(['draft', 'review', 'stable'])}`,
    'spec_version: 0.1.0',
    `summary: ${yamlString(prose(rng, 2))}`,
    'attributes:',
  ];
  for (const name of ['from', 'to', 'id']) lines.push(...attributeLines(rng, name, 2));
  lines.push('children:');
  const children = rng.int(1, 4);
  for (let i = 0; i < children; i++) lines.push(...childLines(rng, i === 0 ? example.action : `node${i}`, 1, 2));
  lines.push(
    'examples:',
    `  - title: ${yamlString(`Synthetic ${example.action}`)}`,
    '    format: xml',
    '    body: |',
    block(example.xml, 6),
    '    note: "Synthetic: every identifier is a placeholder."',
    'open_questions:',
    `  - ${yamlString(prose(rng, 1))}`,
    '',
  );
  return lines.join('\n');
}

/** Writes many small files with bounded concurrency. */
async function writeAll(entries) {
  const width = 64;
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const [path, text] = entries[next++];
      await writeFile(path, text);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
}

/**
 * A copy of this repository's spec/ and corpus/ with `captures` generated capture files and `stanzas`
 * generated stanza files added.
 * @returns {Promise<{ dir: string; captures: number; stanzas: number; bytes: number }>}
 */
export async function generateCorpus(dir, { captures, stanzas, seed = 0x5eed }) {
  await cp(join(REPO_ROOT, 'spec'), join(dir, 'spec'), { recursive: true });
  await cp(join(REPO_ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true });
  await mkdir(join(dir, 'corpus', 'captures'), { recursive: true });
  const rng = prng(seed);
  let bytes = 0;
  // The contributors the generated captures name (contributor-a … contributor-z): with spec/contributors/
  // populated, a capture naming no contributor file is a warning, and the corpus is meant to be clean.
  if (captures > 0) {
    await mkdir(join(dir, 'spec', 'contributors'), { recursive: true });
    for (let i = 0; i < 26; i++) {
      const id = `contributor-${String.fromCharCode(97 + i)}`;
      await writeFile(join(dir, 'spec', 'contributors', `${id}.yaml`), `id: ${id}\nname: Generated contributor ${i + 1} (fictional)\n`);
    }
  }
  const chunk = 5000;
  for (let start = 0; start < captures; start += chunk) {
    const entries = [];
    for (let n = start; n < Math.min(captures, start + chunk); n++) {
      const id = `gen-${String(n + 1).padStart(6, '0')}`;
      const text = captureYaml(rng, n, id);
      bytes += text.length;
      entries.push([join(dir, 'corpus', 'captures', `${id}.yaml`), text]);
    }
    await writeAll(entries);
  }
  const entries = [];
  for (let n = 0; n < stanzas; n++) {
    const id = `gen-stanza-${String(n + 1).padStart(5, '0')}`;
    const text = stanzaYaml(rng, n, id);
    bytes += text.length;
    entries.push([join(dir, 'spec', 'stanzas', `${id}.yaml`), text]);
  }
  await writeAll(entries);
  return { dir, captures, stanzas, bytes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dir, captures = '10', stanzas = '2', seed = String(0x5eed)] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node bench/corpus.mjs <dir> <captures> <stanzas> [seed]');
    process.exit(2);
  }
  const result = await generateCorpus(dir, { captures: Number(captures), stanzas: Number(stanzas), seed: Number(seed) });
  console.log(`wrote ${result.captures} captures and ${result.stanzas} stanza files (${result.bytes} bytes) under ${dir}`);
}
