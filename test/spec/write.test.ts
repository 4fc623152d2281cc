// The one record writer (src/spec/write.ts): whatever strings a record holds, a YAML 1.1 reader and
// the project's YAML 1.2 reader load the written text to the same values. Checked three ways:
// js-yaml with its YAML 1.1 schema, the `yaml` library in 1.1 mode, and a table of the YAML 1.1
// implicit resolvers (yaml.org/type, as PyYAML and go-yaml v2 apply them) over every plain scalar
// of the output. Then through ingest(): a capture whose tools and attributes are such words.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as jsYamlLoad, YAML11_SCHEMA } from 'js-yaml';
import { parse, parseDocument, Scalar, visit } from 'yaml';
import { recordToYaml } from '../../src/spec/write.ts';
import { carefulRead, fastRead } from '../../src/spec/load.ts';
import { ingest } from '../../src/intake/ingest.ts';
import { readRepoFiles } from '../../src/spec/read-files.ts';
import { formBody } from '../e2e/harness.mjs';

/** The YAML 1.1 implicit resolvers (yaml.org/type/{bool,null,int,float,timestamp,merge,value}.html). */
const YAML11_RESOLVERS: [string, RegExp][] = [
  ['bool', /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/],
  ['null', /^(?:~|null|Null|NULL|)$/],
  ['int', /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/],
  ['float', /^(?:[-+]?(?:[0-9][0-9_]*)?\.[0-9.]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/],
  ['timestamp', /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/],
  ['merge', /^<<$/],
  ['value', /^=$/],
];

/** Strings that YAML 1.1 and 1.2 readers resolve differently (or 1.1 readers cannot read) when plain. */
const TRICKY = [
  'on', 'On', 'ON', 'off', 'yes', 'Yes', 'no', 'NO', 'y', 'Y', 'n', 'N', 'true', 'False', 'null', '~', '',
  '=', '<<', '0777', '0o17', '0b1010', '0x1F', '1_000', '+1', '-0', '1:20', '190:20:30', '1:20.5', '.inf', '-.INF', '.NaN', '.5', '1e3', '1.5',
  '2026-11-26', '2026-11-26 10:00:00', '2026-11-26T10:00:00Z', '12:30', 'x\ty', 'tab\tinside', ' lead', 'trail ',
  'x\u2028y', 'a\u0085b', 'p\u2029', 'ctl\u0001x', 'multi\nline\u0001', 'multi\nline\n', 'multi\nline', 'lit\n\tx\n',
  'a: b', '#x', '- x', '? x', '!x', '&a', '*a', '|', '>', '%x', '@x', '`x', '"q"', "'s'", '{a}', '[a]', 'a #b',
  'plain words', 'emoji 👨‍👩‍👧', 'on-call', 'yes-and-no', 'e3', 'ordinary',
];

function readers(text: string): Record<string, unknown> {
  return {
    'js-yaml YAML11_SCHEMA': jsYamlLoad(text, { schema: YAML11_SCHEMA }),
    'yaml version 1.1': parse(text, { version: '1.1' }),
    'project fast reader': fastRead(text)?.value,
    'project careful reader': carefulRead(text)?.value,
  };
}

/** Every plain scalar of the text that the YAML 1.2 core schema reads as a string. */
function plainScalars(text: string): string[] {
  const out: string[] = [];
  visit(parseDocument(text), {
    Scalar(_k, node) {
      if (node.type === Scalar.PLAIN && typeof node.value === 'string') out.push(node.value);
    },
  });
  return out;
}

function assertSameEverywhere(record: unknown, yaml: string): void {
  for (const [reader, value] of Object.entries(readers(yaml))) assert.deepEqual(value, record, `${reader} reads the record back`);
  for (const plain of plainScalars(yaml)) {
    for (const [type, re] of YAML11_RESOLVERS) assert.ok(!re.test(plain), `plain scalar ${JSON.stringify(plain)} resolves as a 1.1 ${type}`);
  }
}

describe('recordToYaml: every reader reads the same record', () => {
  it('every tricky string as a value, a key and a list item', () => {
    for (const s of TRICKY) {
      const record = { id: 'x', value: s, [s === '' ? 'empty' : s]: 'key', list: [s, { name: s, value: s }] };
      assertSameEverywhere(record, recordToYaml(record));
    }
  });

  it('numbers and booleans stay plain and typed', () => {
    const record = { issue: 12, ratio: 0.5, sanitized: true, draft: false };
    const yaml = recordToYaml(record);
    assert.equal(yaml, 'issue: 12\nratio: 0.5\nsanitized: true\ndraft: false\n');
    assertSameEverywhere(record, yaml);
  });

  it('ordinary strings stay plain (no needless quotes)', () => {
    assert.equal(recordToYaml({ tag: 'call', tools: ['frida', 'wireshark'], note: 'on-call relay' }), 'tag: call\ntools:\n  - frida\n  - wireshark\nnote: on-call relay\n');
  });
});

const root = join(import.meta.dirname, '../..');
const templateText = readFileSync(join(root, '.github/ISSUE_TEMPLATE/stanza_capture.yml'), 'utf8');
const repoFiles = await readRepoFiles(root);

describe('records written by ingest() load the same under a YAML 1.1 reader', () => {

  it('tool ids and attribute values that YAML 1.1 reads as booleans, numbers, merge keys', () => {
    const body = formBody({
      tools: 'on, yes, no, off, y, n, 0777, 1.5',
      attributes: ['on = yes — no', 'y = n', 'merge = <<', 'value = =', 'mode = 0777', 'duration = 1:20', 'limit = .inf', 'day = 2026-11-26', 'tab = a\tb'].join('\n'),
    });
    const result = ingest({ body, issue: 42, title: 'yes', templateText, repoFiles });
    assert.equal(result.status, 'accepted', JSON.stringify(result.errors));
    const yaml = result.yaml ?? '';
    const record = parse(yaml) as { source: { tools: string[] }; attributes: { name: string; value: string }[]; title: string };
    assert.deepEqual(record.source.tools, ['on', 'yes', 'no', 'off', 'y', 'n', '0777', '1.5']);
    assert.equal(record.title, 'yes');
    assert.deepEqual(record.attributes.map((a) => a.value), ['yes', 'n', '<<', '=', '0777', '1:20', '.inf', '2026-11-26', 'a\tb']);
    assertSameEverywhere(record, yaml);
    assert.ok(plainScalars(yaml).length > 5, 'the record still has plain scalars');
  });
});
