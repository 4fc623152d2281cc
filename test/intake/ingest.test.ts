// ingest(), the pure intake pipeline, as a new contributor meets it: a clean capture becomes a
// deterministic record that passes validation; every kind of leak is rejected with findings that
// never repeat the value; placeholders pass; bad input is an error value with a clear message.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ingest } from '../../src/intake/ingest.ts';
import type { IntakeInput, IntakeResult } from '../../src/intake/types.ts';
import { validateRepository } from '../../src/capture/check.ts';
import { PLACEHOLDER_GRAMMAR } from '../../src/sanitize/placeholders.ts';
import { readRepoFiles } from '../../src/spec/read-files.ts';
import { formBody } from '../e2e/harness.mjs';
import { allCases, assertNoEcho, REPO_ROOT, type Case } from './cases.ts';

const templateText = readFileSync(join(REPO_ROOT, '.github/ISSUE_TEMPLATE/stanza_capture.yml'), 'utf8');
const repoFiles = await readRepoFiles(REPO_ROOT);

function run(body: string | null, extra: Partial<IntakeInput> = {}): IntakeResult {
  return ingest({ body, issue: 42, templateText, repoFiles, ...extra });
}

/** Check a result against a scenario's expected.json. */
export function checkExpected(result: IntakeResult, c: Case): void {
  const { expected } = c;
  assert.equal(result.status, expected.status, `status of ${c.name}: ${JSON.stringify(result.errors)} ${JSON.stringify(result.findings.map((f) => f.rule))}`);
  for (const want of expected.findings ?? []) {
    const hit = result.findings.find(
      (f) =>
        f.severity === 'block' &&
        f.rule === want.rule &&
        f.field === want.field &&
        (want.path === undefined || f.path === want.path) &&
        (want.line === undefined || f.line === want.line) &&
        (want.column === undefined || f.column === want.column),
    );
    assert.ok(hit, `expected a blocking ${want.rule} finding in ${want.field}${want.path ? ` at ${want.path}` : ''}${want.line ? ` ${want.line}:${want.column ?? '?'}` : ''}; got ${JSON.stringify(result.findings.map(({ rule, field, path, line, column }) => ({ rule, field, path, line, column })))}`);
  }
  for (const want of expected.errors ?? []) {
    const re = new RegExp(want.match);
    const hit = result.errors.find((e) => (want.field === undefined || e.field === want.field) && re.test(e.message));
    assert.ok(hit, `expected an error${want.field ? ` in ${want.field}` : ''} matching /${want.match}/; got ${JSON.stringify(result.errors)}`);
  }
}

describe('ingest: scenarios (test/fixtures/intake and the key-size matrix)', () => {
  for (const c of allCases()) {
    it(`${c.name}: ${c.description}`, () => {
      const result = run(c.body, c.title === undefined ? {} : { title: c.title });
      checkExpected(result, c);
      if (result.status === 'accepted') {
        assert.equal(result.path, 'corpus/captures/issue-42.yaml');
        assert.ok(result.yaml && result.yaml.includes('sanitized: true'));
        assert.equal(result.findings.filter((f) => f.severity === 'block').length, 0);
      } else {
        // Nothing to write, nothing to corroborate.
        assert.equal(result.yaml, undefined);
        assert.equal(result.path, undefined);
        assert.equal(result.corroboration, undefined);
      }
      if (result.status === 'rejected') {
        for (const f of result.findings) assert.ok(f.message.length > 20, 'each finding explains itself in words');
      }
      if (result.status === 'invalid') assert.ok(result.errors.length > 0, 'an invalid submission says why');
      assertNoEcho(JSON.stringify(result), c.secrets, 'the intake result');
    });
  }
});

describe('ingest: a clean capture', () => {
  const body = formBody({});

  it('is accepted as corpus/captures/issue-<N>.yaml, named after the number only', () => {
    const result = run(body, { issue: 7, title: '[capture]: offer ../../etc', author: 'contributor-a' });
    assert.equal(result.status, 'accepted', JSON.stringify(result.errors));
    assert.equal(result.path, 'corpus/captures/issue-7.yaml');
    assert.deepEqual(result.errors, []);
    const record = parse(result.yaml ?? '') as Record<string, unknown>;
    assert.equal(record.id, 'issue-7');
    assert.equal(record.stanza_tag, 'call');
    assert.equal(record.direction, 'outgoing');
    assert.equal(record.confidence, 'probable');
    assert.equal(record.sanitized, true);
    assert.deepEqual(record.source, { technique: 'baileys-instrumentation', issue: 7, contributor: 'contributor-a', tools: ['baileys'] });
    assert.deepEqual(record.raw, { format: 'xml', body: formBody({}).split('```text\n')[1]?.split('\n```')[0] });
  });

  it('passes validation in the repository it joins', () => {
    const result = run(body, { issue: 7 });
    assert.ok(result.path && result.yaml);
    const { problems } = validateRepository([...repoFiles, { path: result.path, text: result.yaml }]);
    assert.deepEqual(problems, []);
  });

  it('same input twice gives byte-identical files', () => {
    assert.equal(run(body).yaml, run(body).yaml);
  });

  it('CRLF and lone-CR line endings give the byte-identical file', () => {
    const lf = run(body, { title: '[capture]: offer' }).yaml;
    assert.ok(lf);
    assert.equal(run(body.replace(/\n/g, '\r\n'), { title: '[capture]: offer' }).yaml, lf);
    assert.equal(run(body.replace(/\n/g, '\r'), { title: '[capture]: offer' }).yaml, lf);
    assert.ok(!lf.includes('\r'));
  });

  it('reports what it corroborates and the projected coverage', () => {
    const result = run(body);
    const c = result.corroboration;
    assert.ok(c, 'an accepted tree capture carries its corroboration');
    assert.equal(c.corroboration.stanza, 'call-offer');
    assert.ok(c.projection.promotions.length > 0);
    assert.ok(c.projection.projected.overall.coverage >= c.projection.before.overall.coverage);
  });

  it('an empty optional field (_No response_) is left out of the record', () => {
    const record = parse(run(formBody({ decoded: '_No response_', attributes: '_No response_', tools: '_No response_' })).yaml ?? '') as Record<string, unknown>;
    assert.equal(record.decoded, undefined);
    assert.equal(record.attributes, undefined);
    assert.equal((record.source as Record<string, unknown>).tools, undefined);
  });
});

describe('ingest: a leak decides the outcome whatever else is wrong', () => {
  it('an unknown direction plus a phone number in the notes is rejected, not merely invalid', () => {
    const result = run(formBody({ direction: 'sideways', notes: 'Callee: +1 555 010 7391' }));
    assert.equal(result.status, 'rejected');
    assert.ok(result.findings.some((f) => f.rule === 'phone-number' && f.field === 'notes-open-questions'));
    assertNoEcho(JSON.stringify(result), ['+1 555 010 7391'], 'the intake result');
  });

  it('unreadable XML holding a phone JID is rejected', () => {
    const result = run(formBody({ raw: '<call from="15550104417@s.whatsapp.net">\n  <offer' }));
    assert.equal(result.status, 'rejected');
    assertNoEcho(JSON.stringify(result), ['15550104417'], 'the intake result');
  });

  it('a null body (the API allows it) is invalid with a message', () => {
    const result = run(null);
    assert.equal(result.status, 'invalid');
    assert.match(result.errors[0]?.message ?? '', /the issue body is empty/);
  });
});

// A contributor who sent nothing is told that the body is empty, not that sections are missing.
describe('ingest: empty body message', () => {
  it('says the body is empty', () => {
    assert.match(run('').errors[0]?.message ?? '', /empty/);
    assert.match(run(null).errors[0]?.message ?? '', /empty/);
  });
});

/** Where each grammar shape's examples go in a submission. */
function placeholderBody(shape: string, example: string): string {
  const raw = (attrs: string, inner = '    <enc v="2" type="pkmsg" count="0">CIPHERTEXTPLACEHOLDER</enc>', top = ''): string =>
    [
      `<call from="Caller@s.whatsapp.net" to="Callee@s.whatsapp.net" id="STANZAID1" t="TIMESTAMP1"${top}>`,
      `  <offer call-id="CALLID1" call-creator="Caller:1@s.whatsapp.net"${attrs}>`,
      inner,
      '  </offer>',
      '</call>',
    ].join('\n');
  switch (shape) {
    case 'jid-user':
      return formBody({ raw: raw(` participant="${example}@s.whatsapp.net"`), notes: `Seen from ${example}@s.whatsapp.net.` });
    case 'placeholder-jid':
      return formBody({ raw: raw(` participant="${example}"`), notes: `Seen from ${example}.` });
    case 'value':
      return formBody({ raw: raw(` uuid="${example}"`, `    <enc v="2" type="pkmsg" count="0">${example}</enc>`, ` notify="${example}"`), notes: `The value was ${example}.` });
    case 'redacted':
      return formBody({ raw: raw(` caller_pn="${example}"`, `    <enc v="2" type="msg">${example}</enc>`), notes: `The key was ${example} before posting.` });
    case 'safe-constant-jid':
      return formBody({ raw: raw(` participant="${example}"`), notes: `Sent to ${example} as usual.` });
    case 'documentation-ipv4':
    case 'documentation-ipv6':
      return formBody({ raw: raw('', `    <relay ip="${example}" port="3478"/>`), notes: `The relay answered from ${example}.` });
    case 'documentation-domain':
      return formBody({ provenance: `Logs at ${example}, questions to someone@${example}.` });
    case 'fictional-phone':
      return formBody({ notes: `The test number was ${example} (fictional).` });
    default:
      throw new Error(`no context for placeholder shape ${shape}`);
  }
}

describe('ingest: every placeholder of the documented grammar passes', () => {
  for (const shape of PLACEHOLDER_GRAMMAR) {
    it(`${shape.name}: ${shape.examples.join(', ')}`, () => {
      for (const example of shape.examples) {
        const result = run(placeholderBody(shape.name, example));
        assert.equal(
          result.status,
          'accepted',
          `${shape.name} example ${JSON.stringify(example)}: ${JSON.stringify(result.findings.map(({ rule, field, path }) => ({ rule, field, path })))} ${JSON.stringify(result.errors)}`,
        );
      }
    });
  }
});

describe('the echo check itself', () => {
  it('catches 4 characters of a secret, its normalised form and its digits', () => {
    assert.throws(() => assertNoEcho('xx b3Kq yy', ['Zb3KqP'], 'output'));
    assert.throws(() => assertNoEcho('call 0104 there', ['+1 555\u200b010\u200b4321'], 'output'));
    assert.throws(() => assertNoEcho('digits 5501 here', ['\uff0b\uff11 \uff15\uff15\uff15 \uff10\uff11\uff10'], 'output'));
    assert.doesNotThrow(() => assertNoEcho('nothing here, 555-0100 is the guidance', ['+1 555 010 4321'], 'output'));
  });
});
