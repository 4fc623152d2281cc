// Invisible format characters (issue 13 item 5): bidirectional controls (U+202A–U+202E,
// U+2066–U+2069) and other Cf characters in any value are reported as a warning naming the field
// and position (UTF-16 columns, as every position), and the record is written without them. Joiners inside script text and emoji stay.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ingest } from '../../src/intake/ingest.ts';
import { readRepoFiles } from '../../src/spec/read-files.ts';
import { formBody } from '../e2e/harness.mjs';
import { REPO_ROOT } from './cases.ts';

const templateText = readFileSync(join(REPO_ROOT, '.github/ISSUE_TEMPLATE/stanza_capture.yml'), 'utf8');
const repoFiles = await readRepoFiles(REPO_ROOT);
const FORMAT = /\p{Cf}/u;

describe('format characters in values: a warning, and the record without them', () => {
  const raw = [
    '<call from="Caller@s.whatsapp.net" to="Callee@s.whatsapp.net" id="STANZAID1" t="TIMESTAMP1">',
    '  <offer call-id="CALLID1" call-creator="Caller:1@s.whatsapp.net">',
    '    <audio enc="op\u202eus" rate="16000"/>',
    '    <enc v="2" type="pkmsg" count="0">CIPHERTEXTPLACEHOLDER</enc>',
    '  </offer>',
    '</call>',
  ].join('\n');
  const body = formBody({
    raw,
    tools: 'baileys',
    attributes: 'call-id = CALLID1 — same id \u2066on\u2069 the accept',
    notes: 'Tagged\u{E0041}\u{E0042} text, a soft\u00ADhyphen, and an emoji family 👨\u200d👩\u200d👧 that keeps its joiners.',
  });
  const result = ingest({ body, issue: 42, title: '[capture]: offer \u202bwith\u202c codec', templateText, repoFiles });

  it('is accepted with one warning per run, naming field, line and column', () => {
    assert.equal(result.status, 'accepted', JSON.stringify(result.errors));
    const warnings = result.findings.filter((f) => f.rule === 'format-character');
    assert.ok(warnings.every((f) => f.severity === 'warn'));
    const places = warnings.map(({ field, line, column, length, path }) => ({ field, line, column, length, ...(path ? { path } : {}) }));
    assert.deepEqual(
      places.sort((a, b) => a.field.localeCompare(b.field) || a.line - b.line || a.column - b.column),
      [
        { field: 'notes-open-questions', line: 1, column: 7, length: 2 },
        { field: 'notes-open-questions', line: 1, column: 24, length: 1 },
        { field: 'observed-attributes', line: 1, column: 29, length: 1 },
        { field: 'observed-attributes', line: 1, column: 32, length: 1 },
        { field: 'raw-stanza', line: 3, column: 19, length: 1 },
        { field: 'title', line: 1, column: 18, length: 1 },
        { field: 'title', line: 1, column: 23, length: 1 },
      ],
    );
    const bidi = warnings.filter((f) => f.message.includes('bidirectional controls among them'));
    assert.equal(bidi.length, 5, 'the bidi runs say so');
  });

  it('writes the record without them, and keeps emoji joiners', () => {
    const yaml = result.yaml ?? '';
    const record = parse(yaml) as { title: string; raw: { body: string }; attributes: { note: string }[]; notes: string };
    assert.equal(record.title, '[capture]: offer with codec');
    assert.ok(record.raw.body.includes('<audio enc="opus" rate="16000"/>'));
    assert.equal(record.attributes[0]?.note, 'same id on the accept');
    assert.ok(record.notes.includes('Tagged text, a softhyphen, and an emoji family 👨\u200d👩\u200d👧 that keeps'));
    assert.ok(!FORMAT.test(yaml.replace(/\u200d/g, '')), 'no other format character is written');
  });
});
