// One page per flow: summary, participants, the sequence diagram (solid arrows for confirmed and
// probable steps, dashed for speculative and unknown, the confidence in every label), the steps table
// and the open questions.
import type { Flow, Loaded } from '../spec/types.ts';
import { confidenceCell, confidenceCounts, countsText, stanzaLink, type DocsContext } from './context.ts';
import { cell, code, page, paragraph, table } from './markdown.ts';
import { sequenceDiagram } from './mermaid.ts';

export function flowPage(ctx: DocsContext, loaded: Loaded<Flow>): string {
  const flow = loaded.record;
  const labels = new Map(flow.participants.map((p) => [p.id, p.label]));
  const counts = confidenceCounts(flow.steps.map((s) => s.confidence));
  const body: string[] = [
    paragraph(flow.summary),
    '',
    ...table(
      ['property', 'value'],
      [
        ['id', code(flow.id)],
        ['status', flow.status],
        ['spec version', code(flow.spec_version)],
        ['steps', `${flow.steps.length}: ${countsText(counts)}`],
      ].map(([k, v]) => [cell(k ?? ''), cell(v ?? '')]),
    ),
    '',
    '## Participants',
    '',
    ...table(['id', 'label'], flow.participants.map((p) => [cell(code(p.id)), cell(p.label)])),
    '',
    '## Sequence',
    '',
    'Solid arrows: steps graded confirmed or probable. Dashed arrows: speculative or unknown. Every label ends with the step\'s confidence.',
    '',
    '```mermaid',
    ...sequenceDiagram(flow),
    '```',
    '',
    '## Steps',
    '',
    ...table(
      ['#', 'from', 'to', 'message', 'stanza', 'confidence', 'note'],
      flow.steps.map((step, i) => [
        String(i + 1),
        cell(labels.get(step.from) ?? step.from),
        cell(labels.get(step.to) ?? step.to),
        cell(step.label),
        step.stanza !== undefined ? stanzaLink(ctx, step.stanza) : '—',
        confidenceCell(step.confidence),
        step.note !== undefined ? cell(step.note) : ' ',
      ]),
    ),
    '',
  ];
  if (flow.open_questions !== undefined && flow.open_questions.length > 0) {
    body.push('## Open questions', '', ...flow.open_questions.map((q) => `- ${paragraph(q)}`), '');
  }
  return page(loaded.file, paragraph(flow.title), body);
}
