// Every Mermaid block the docs contain is valid: pies through @mermaid-js/parser, sequence diagrams
// through our strict validator of the subset we generate (the parser has no sequenceDiagram grammar).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from '@mermaid-js/parser';
import { generateDocs } from '../../src/docs/generate.ts';
import { mermaidBlocks, mermaidText, pie, sequenceDiagram, validateSequenceDiagram } from '../../src/docs/mermaid.ts';
import type { Flow } from '../../src/spec/types.ts';
import { loadRoot, ROOT } from './helpers.ts';

async function problemsOf(source: string): Promise<string[]> {
  // An init directive (`%%{init: …}%%`, the pie's colours) is a comment to the grammar: the kind follows it.
  const kind = source
    .split('\n')
    .filter((line) => !/^\s*%%/.test(line))
    .join('\n')
    .trimStart()
    .split(/\s/)[0];
  if (kind === 'sequenceDiagram') return validateSequenceDiagram(source);
  if (kind === 'pie') {
    try {
      await parse('pie', source);
      return [];
    } catch (error) {
      return [error instanceof Error ? error.message : String(error)];
    }
  }
  return [`no validator for diagram type "${kind ?? ''}": add one before generating it`];
}

const flow = (steps: Flow['steps'], participants: Flow['participants'] = [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }]): Flow => ({
  id: 'f',
  title: 'F',
  status: 'draft',
  spec_version: '0.1.0',
  summary: 's',
  participants,
  steps,
});

describe('Mermaid in the docs', () => {
  it('every block of every generated page is valid', async () => {
    let count = 0;
    for (const [path, text] of generateDocs(await loadRoot())) {
      for (const block of mermaidBlocks(text)) {
        count += 1;
        assert.deepEqual(await problemsOf(block.source), [], `${path}:${block.line}`);
      }
    }
    assert.ok(count >= 5, 'flows and the coverage pie produce diagrams');
  });

  it('every block of the hand-written pages is valid', async () => {
    const files = readdirSync(join(ROOT, 'docs'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.md'));
    for (const entry of files) {
      const path = join(entry.parentPath, entry.name);
      for (const block of mermaidBlocks(readFileSync(path, 'utf8'))) assert.deepEqual(await problemsOf(block.source), [], `${path}:${block.line}`);
    }
  });

  it('the parser really rejects a broken pie (the check is not vacuous)', async () => {
    assert.notDeepEqual(await problemsOf('pie showData title T\n    "a" : x\n'), []);
    assert.deepEqual(await problemsOf(pie('Facts; #1 "quoted" (3)', [['probable', 2], ['unknown', 0], ['speculative', 1]]).join('\n')), []);
  });
});

describe('validateSequenceDiagram', () => {
  const ok = ['sequenceDiagram', '    autonumber', '    participant a as Caller device', '    participant b as Server', '    a->>b: Offer (probable)', '    b-->>a: Ack (speculative)', '    Note over a,b: a note', '    Note right of b: another'];

  it('accepts the generated subset', () => {
    assert.deepEqual(validateSequenceDiagram(ok.join('\n')), []);
  });

  const broken: [string, (lines: string[]) => string[]][] = [
    ['an undeclared participant', (l) => [...l, '    a->>c: x']],
    ['a participant declared after a message', (l) => [...l, '    participant c as C']],
    ['a participant declared twice', (l) => [...l.slice(0, 3), '    participant a as Again', ...l.slice(3)]],
    ['a keyword as participant id', (l) => [...l.slice(0, 3), '    participant end as End', ...l.slice(3)]],
    ['a ";" in a label', (l) => [...l, '    a->>b: one; two']],
    ['a "#" in a label', (l) => [...l, '    a->>b: see #12']],
    ['a ";" in an alias', (l) => [l[0] ?? '', '    participant c as C; D', ...l.slice(1)]],
    ['an empty label', (l) => [...l, '    a->>b: ']],
    ['a label broken over two lines', (l) => [...l, '    a->>b: first half', '    second half']],
    ['a message without ":"', (l) => [...l, '    a->>b']],
    ['another arrow', (l) => [...l, '    a->b: x']],
    ['a cross arrow', (l) => [...l, '    a-xb: x']],
    ['a note over an undeclared participant', (l) => [...l, '    Note over a,z: x']],
    ['a note over three participants', (l) => [...l, '    Note over a,b,a: x']],
    ['a missing header', (l) => l.slice(1)],
    ['an unsupported statement', (l) => [...l, '    loop every second']],
  ];
  for (const [name, mutate] of broken) {
    it(`rejects ${name}`, () => {
      assert.notDeepEqual(validateSequenceDiagram(mutate([...ok]).join('\n')), []);
    });
  }
});

describe('sequenceDiagram rendering', () => {
  it('hostile labels, notes and participant ids still make a valid diagram', () => {
    const diagram = sequenceDiagram(
      flow(
        [
          { from: 'end', to: 'caller-device', label: 'a; b # c\nd <b>bold</b> %% x', confidence: 'unknown', note: 'wrap: note; #1' },
          { from: 'caller-device', to: 'caller-device', label: '', confidence: 'confirmed' },
          { from: 'nobody', to: 'end', label: 'dropped', confidence: 'probable' },
        ],
        [{ id: 'end', label: 'End; #1' }, { id: 'caller-device', label: 'Caller\ndevice' }],
      ),
    ).join('\n');
    assert.deepEqual(validateSequenceDiagram(diagram), []);
    assert.match(diagram, /participant p1 as End, no\. 1/);
    assert.match(diagram, /p1-->>p2: a, b no\. c d ‹b›bold‹\/b› % x \(unknown\)/);
    assert.match(diagram, /p2->>p2: \(confirmed\)/);
    assert.doesNotMatch(diagram, /dropped/, 'a step naming an unknown participant is left out');
  });

  it('mermaidText keeps text on one line without ; or #', () => {
    assert.equal(mermaidText('a;b\r\nc#d'), 'a,b c no. d');
    assert.equal(mermaidText('   '), '(no label)');
    assert.equal(mermaidText('nowrap:x'), '(nowrap:x)');
  });
});
