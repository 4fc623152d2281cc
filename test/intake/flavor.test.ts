// ingest() with the Flavor registration form, scenario by scenario (test/fixtures/flavor-intake):
// the expected files byte for byte, and they validate in the repository they join; every refusal
// writes nothing and says which field and what was expected; leaks are never echoed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateRepository } from '../../src/capture/check.ts';
import { ingest } from '../../src/intake/ingest.ts';
import { readRepoFiles } from '../../src/spec/read-files.ts';
import { parse, stringify } from 'yaml';
import { assertNoEcho, REPO_ROOT } from './cases.ts';
import { FLAVOR_REPO, flavorFormBody, loadFlavorCases } from './flavor-cases.ts';

const templateText = readFileSync(join(REPO_ROOT, '.github/ISSUE_TEMPLATE/flavor_registration.yml'), 'utf8');
const captureTemplate = readFileSync(join(REPO_ROOT, '.github/ISSUE_TEMPLATE/stanza_capture.yml'), 'utf8');
const repoFiles = await readRepoFiles(FLAVOR_REPO);

describe('flavor registration: scenarios (test/fixtures/flavor-intake)', () => {
  it('the fixture repository itself is valid', () => {
    assert.deepEqual(validateRepository(repoFiles).problems, []);
  });
  for (const c of loadFlavorCases()) {
    it(`${c.name}: ${c.description}`, () => {
      const result = ingest({ body: c.body, issue: 12, author: c.author, templateText, repoFiles, ...(c.title !== undefined ? { title: c.title } : {}) });
      assert.equal(result.kind, 'flavor');
      assert.equal(result.status, c.expected.status, `${JSON.stringify(result.errors)} ${JSON.stringify(result.findings.map((f) => [f.rule, f.field]))}`);
      for (const want of c.expected.findings ?? []) {
        assert.ok(
          result.findings.some((f) => f.severity === 'block' && f.rule === want.rule && f.field === want.field),
          `a blocking ${want.rule} finding in ${want.field}; got ${JSON.stringify(result.findings.map((f) => [f.rule, f.field]))}`,
        );
      }
      for (const want of c.expected.errors ?? []) {
        const re = new RegExp(want.match);
        assert.ok(
          result.errors.some((e) => (want.field === undefined || e.field === want.field) && re.test(e.message)),
          `an error${want.field ? ` in ${want.field}` : ''} matching /${want.match}/; got ${JSON.stringify(result.errors)}`,
        );
      }
      if (c.expected.status === 'accepted') {
        assert.deepEqual(result.files?.map((f) => f.path), c.expected.files);
        for (const f of result.files ?? []) assert.equal(f.yaml, c.contents.get(f.path), `${f.path} byte for byte`);
        // The written files pass validate in the repository they join (the group's validator fails here today).
        const written = new Set(result.files?.map((f) => f.path));
        const after = [...repoFiles.filter((f) => !written.has(f.path)), ...(result.files ?? []).map((f) => ({ path: f.path, text: f.yaml }))];
        assert.deepEqual(validateRepository(after).problems, []);
      } else {
        assert.equal(result.files, undefined, 'nothing to write');
        assert.equal(result.yaml, undefined);
        assert.ok(result.errors.length + result.findings.length > 0, 'a refusal says why');
      }
      if (c.expected.status === 'rejected') {
        // Other errors of a leaking submission are reported, but the comment names their fields only.
        assert.ok(result.findings.every((f) => f.message.length > 20));
      }
      assertNoEcho(JSON.stringify(result), c.secrets, 'the intake result');
    });
  }
});

describe('the template decides the form', () => {
  it('a capture template still ingests captures (kind capture), a flavor template flavors', () => {
    const flavor = ingest({ body: flavorFormBody({}), issue: 3, author: 'alice-example', templateText, repoFiles });
    assert.equal(flavor.kind, 'flavor');
    assert.equal(flavor.path, 'spec/flavors/example-call-kit.yaml');
    const capture = ingest({ body: flavorFormBody({}), issue: 3, author: 'alice-example', templateText: captureTemplate, repoFiles });
    assert.equal(capture.kind, 'capture');
    assert.equal(capture.status, 'invalid', 'a flavor body does not follow the capture form');
  });

  it('a form the tools do not know is "not an intake form", and nothing is scanned or written', () => {
    const other = ['name: Discrepancy', 'description: x', 'body:', '  - type: textarea', '    id: what-differs', '    attributes:', '      label: What differs'].join('\n');
    const result = ingest({ body: '### What differs\n\nsomething', issue: 4, author: 'alice-example', templateText: other, repoFiles });
    assert.equal(result.status, 'invalid');
    assert.equal(result.kind, undefined);
    assert.match(result.errors[0]?.message ?? '', /^not an intake form: the template "Discrepancy" has none of the field ids of the forms the intake knows: Stanza capture \(ids stanza-tag/);
    assert.deepEqual(result.findings, []);
  });

  it('a flavor form with the same ids, other labels and no notification fields (like the group\'s) is read as a flavor form', () => {
    // This repository's form, relabelled, without the two notification elements it adds.
    const doc = parse(templateText) as { body: { id?: string; attributes: { label?: string } }[] };
    doc.body = doc.body.filter((e) => e.id !== 'notify-repo' && e.id !== 'notify-opt-in');
    for (const e of doc.body) if (e.id === 'license') e.attributes.label = 'License (SPDX)';
    const group = stringify(doc);
    const body = [
      '### Flavor id', '', 'example-call-kit', '',
      '### Display name', '', '_No response_', '',
      '### Repository URL', '', 'https://git.example.org/example-call-kit', '',
      '### Language', '', 'go', '',
      '### Maturity', '', 'None', '',
      '### License (SPDX)', '', 'MIT', '',
      '### Planes covered', '', 'media', '',
      '### Reconstructed from (techniques)', '', 'wasm-analysis', '',
      '### Derives from (flavors)', '', '_No response_', '',
      '### Description', '', 'A synthetic example.', '',
    ].join('\n');
    const result = ingest({ body, issue: 5, author: 'alice-example', templateText: group, repoFiles });
    assert.equal(result.status, 'accepted', JSON.stringify(result.errors));
    assert.equal(
      result.yaml,
      'id: example-call-kit\nurl: https://git.example.org/example-call-kit\nlanguage: go\nlicense: MIT\nmaintainer: alice-example\ncovers:\n  - media\nbasis:\n  - wasm-analysis\ndescription: A synthetic example.\n',
    );
  });
});
