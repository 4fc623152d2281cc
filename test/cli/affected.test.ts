// `wacrg affected` on a fixture repository (test/fixtures/affected): each case's expected list was
// counted by hand from the parts' `implementations` and the flavor records.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { captured } from './helpers.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/affected');
const ROOT = join(FIXTURE, 'repo');
const cases = JSON.parse(readFileSync(join(FIXTURE, 'cases.json'), 'utf8')) as { description: string; args: string[]; expected: unknown }[];

describe('wacrg affected', () => {
  for (const c of cases) {
    it(`${c.description}: ${c.args.join(' ')}`, async () => {
      const { out, err, io } = captured();
      const code = await main(['affected', '--root', ROOT, '--json', ...c.args], io);
      assert.equal(code, 0, err.join('\n'));
      assert.deepEqual(JSON.parse(out.join('')), c.expected);
      assert.deepEqual(err, [], 'the fixture repository loads without problems');
    });
  }

  it('the human output names each flavor, whether it is notified, and each part with code and status', async () => {
    const { out, io } = captured();
    assert.equal(await main(['affected', '--root', ROOT, 'call-offer', 'srtp-keying'], io), 0);
    const text = out.join('\n');
    assert.match(text, /^2 spec part\(s\), 3 flavor\(s\) implement them:/);
    assert.match(text, /^alpha-kit {2}\(notifies example-org\/alpha-kit\)$/m);
    assert.match(text, /^beta-kit {2}\(example-org\/beta-kit, not opted in\)$/m);
    assert.match(text, /^gamma-port {2}\(no notify_repo\)$/m);
    assert.match(text, /^ {2}CRY-01 {3}srtp-keying {2}planned {2}SRTP keying$/m);
  });

  it('a reference that names no spec part is a usage error (exit 2) naming it', async () => {
    const { err, io } = captured();
    assert.equal(await main(['affected', '--root', ROOT, 'call-offer', 'no-such-part'], io), 2);
    assert.match(err.join('\n'), /names no spec part under .*: "no-such-part"/);
  });

  it('no reference at all is a usage error', async () => {
    const { err, io } = captured();
    assert.equal(await main(['affected', '--root', ROOT], io), 2);
    assert.match(err.join('\n'), /name at least one spec part/);
  });
});
