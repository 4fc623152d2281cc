// Fixture-first tests of the validator: one folder per rule under test/fixtures/validate/, laid over
// the repo-other fixture; the printed problem lines must equal expected.txt exactly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRepoFiles } from '../../src/spec/read-files.ts';
import { formatProblem, validateRepo } from '../../src/spec/validate.ts';
import { REPO_OTHER, repoOtherFiles, scenarioFiles, scenarioNames } from './helpers.ts';
import { scanText } from '../../src/sanitize/scan.ts';
import { Gen } from '../sanitize/helpers.ts';

for (const name of scenarioNames()) {
  test(`scenario ${name}`, () => {
    const { files, expected } = scenarioFiles(name);
    assert.ok(expected.length > 0, 'every scenario expects at least one problem');
    const started = performance.now();
    const { problems } = validateRepo(files);
    const elapsed = performance.now() - started;
    assert.deepEqual(problems.map(formatProblem), expected);
    // A YAML bomb or a malformed file is a problem quickly, not a hang.
    assert.ok(elapsed < 2000, `took ${elapsed.toFixed(0)} ms`);
  });
}

test('repo-other is valid: zero problems, every record loaded', () => {
  const { repo, problems } = validateRepo(repoOtherFiles());
  assert.deepEqual(problems.map(formatProblem), []);
  assert.deepEqual(repo.stanzas.map((s) => s.record.id), ['presence-probe', 'receipt-read']);
  assert.deepEqual(repo.flows.map((f) => f.record.id), ['read-receipt']);
  assert.deepEqual(repo.enums.map((e) => e.record.id), ['presence-types']);
  assert.equal(repo.techniques.length, 7);
  assert.deepEqual(repo.captures.map((c) => c.record.id), ['issue-7']);
  assert.equal(repo.glossary?.record.terms.length, 2);
  assert.deepEqual(repo.rejected, []);
});

test('readRepoFiles on repo-other reads spec/ and corpus/ YAML only, sorted, with POSIX paths', async () => {
  const files = await readRepoFiles(REPO_OTHER);
  assert.deepEqual(files, repoOtherFiles());
  assert.ok(!files.some((f) => f.path.endsWith('.json') || f.path.endsWith('.md')));
});

test('the real repository has zero problems (without the capture check)', async () => {
  const files = await readRepoFiles('.');
  assert.ok(files.length > 10);
  const { problems } = validateRepo(files);
  assert.deepEqual(problems.map(formatProblem), []);
});

test('warnings: false makes no cross-file warning (nor the careful read that places one); the errors are the same', () => {
  const files = repoOtherFiles();
  const capture = files.find((f) => f.path.startsWith('corpus/captures/'));
  assert.ok(capture, 'repo-other has a capture');
  // A capture naming a contributor no file defines: a warning when contributor files exist.
  const contributor = { path: 'spec/contributors/someone.yaml', text: 'id: someone\nname: Someone\n' };
  const edited = files.map((f) => (f === capture ? { ...f, text: f.text.replace(/contributor: .*/, 'contributor: nobody-here') } : f));
  const withWarnings = validateRepo([...edited, contributor]);
  const without = validateRepo([...edited, contributor], undefined, { warnings: false });
  assert.ok(withWarnings.warnings.some((w) => /"nobody-here" names no contributor/.test(w.message)), withWarnings.warnings.map(formatProblem).join('\n'));
  assert.deepEqual(without.warnings, []);
  assert.deepEqual(without.problems.map(formatProblem), withWarnings.problems.map(formatProblem));
});

test("scope 'captures': only the rules about capture files run (rule 4 among captures); the spec's problems are not made", () => {
  // repo-other without its technique files (rule 1) and with a flow naming no stanza (rule 3), plus
  // a capture whose id is not its file name and two captures of one id (rule 4).
  const capture = repoOtherFiles().find((f) => f.path.startsWith('corpus/captures/'));
  assert.ok(capture);
  const files = [
    ...repoOtherFiles().filter((f) => !f.path.startsWith('spec/techniques/')),
    { path: 'corpus/captures/issue-8.yaml', text: capture.text },
    { path: 'corpus/captures/issue-7.yml', text: capture.text },
  ];
  const all = validateRepo(files).problems.map(formatProblem);
  assert.ok(all.some((p) => p.startsWith('spec/techniques/')), 'the whole repository has spec problems');
  const captures = validateRepo(files, undefined, { scope: 'captures' }).problems.map(formatProblem);
  assert.deepEqual(captures, all.filter((p) => p.startsWith('corpus/captures/')));
  assert.deepEqual(captures.map((p) => p.replace(/:\d+:\d+ /, ' ')), [
    'corpus/captures/issue-7.yml id: duplicate capture id "issue-7": also used by corpus/captures/issue-7.yaml',
    'corpus/captures/issue-8.yaml id: id "issue-7" must equal the file name "issue-8"',
  ]);
});

test('minLength 1 (the only length keyword of the built-in schemas, generated with unicode: false) refuses the empty string and accepts one astral character', () => {
  const base = repoOtherFiles();
  const capture = base.find((f) => f.path.startsWith('corpus/captures/'));
  assert.ok(capture && /^stanza_tag: .+$/m.test(capture.text));
  const withTag = (tag: string) => validateRepo([...base.filter((f) => f !== capture), { path: capture.path, text: capture.text.replace(/^stanza_tag: .+$/m, `stanza_tag: ${JSON.stringify(tag)}`) }]).problems.map(formatProblem);
  assert.deepEqual(withTag('\u{1F4DE}'), []);
  assert.deepEqual(withTag('x'), []);
  const empty = withTag('');
  assert.equal(empty.length, 1);
  assert.match(empty[0] ?? '', /stanza_tag/);
});

test('a value the leak scanner flags is never quoted in a problem, even when short and plain (an enum value, a stray key)', () => {
  const base = repoOtherFiles();
  const capture = base.find((f) => f.path.startsWith('corpus/captures/'));
  assert.ok(capture && /^direction: .+$/m.test(capture.text));
  // A generated number in the unassigned 555 area code (not the 555-01xx placeholders the scanner
  // lets through), glued to words as an id would be.
  const number = `1555${new Gen(1405).digits(7).replace(/^0/, '2')}`;
  assert.ok(scanText('t', number).length > 0, 'the scanner flags the number');
  const text = `${capture.text.replace(/^direction: .+$/m, `direction: call-${number}`)}tel-${number}: x\n`;
  const printed = validateRepo([...base.filter((f) => f !== capture), { path: capture.path, text }]).problems.map(formatProblem);
  assert.equal(printed.length, 2, printed.join('\n'));
  for (const line of printed) assert.ok(!line.includes(number.slice(4)), line);
  assert.ok(printed.some((l) => l.includes('(a value of 16 characters)')), printed.join('\n'));
  // A plain value the scanner leaves alone is still shown, so the message stays useful.
  const plain = validateRepo([...base.filter((f) => f !== capture), { path: capture.path, text: capture.text.replace(/^direction: .+$/m, 'direction: sideways') }]).problems.map(formatProblem);
  assert.ok(plain.some((l) => l.includes('"sideways"')), plain.join('\n'));
});
