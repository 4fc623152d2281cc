// One page per flow: summary, participants, the sequence diagram (solid arrows for confirmed and
// probable steps, dashed for speculative and unknown, the confidence in every label), the steps and
// the open questions. Each step links to the node of the stanza it carries (the stanza's action
// child, or its root), and has its own anchor (`#step-3`) that stanza pages link back to.
import type { Flow, Loaded } from '../spec/types.ts';
import { confidenceBadge, confidenceCounts, countBadges, factLink, sourceLink, type DocsContext } from './context.ts';
import { cell, code, page, paragraph, table } from './markdown.ts';
import { sequenceDiagram } from './mermaid.ts';

/** The node a step's stanza is about: its first child (the action, e.g. `<offer>`), else its root. */
function stanzaNodeLink(ctx: DocsContext, id: string): string {
  const stanza = ctx.repo.stanzas.find((l) => l.record.id === id)?.record;
  if (stanza === undefined) return code(id);
  const action = stanza.children?.[0];
  const text = action === undefined ? code(`<${stanza.tag}>`) : `${code(`<${stanza.tag}>`)} › ${code(`<${action.tag}>`)}`;
  return `${factLink(ctx, id, action === undefined ? [] : ['children', 0], text)} (${factLink(ctx, id, [], paragraph(stanza.display_name))})`;
}

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
        ['status', `${flow.status}, spec version ${code(flow.spec_version)}`],
        ['steps', `${flow.steps.length}: ${countBadges(counts)}`],
        ['participants', flow.participants.map((p) => cell(`${p.label} (${code(p.id)})`)).join(', ')],
      ].map(([k, v]) => [cell(k ?? ''), v ?? ' ']), // values: code spans, vocabulary words and badges
    ),
    '',
    '## Sequence',
    '',
    "Solid arrows: steps graded confirmed or probable. Dashed arrows: speculative or unknown. Every label ends with the step's confidence.",
    '',
    '```mermaid',
    ...sequenceDiagram(flow),
    '```',
    '',
    '## Steps',
    '',
    ...table(
      ['#', 'step'],
      flow.steps.map((step, i) => {
        const from = cell(labels.get(step.from) ?? step.from);
        const to = cell(labels.get(step.to) ?? step.to);
        const parts = [`**${from} → ${to}**: ${cell(step.label)}`];
        if (step.stanza !== undefined) parts.push(`carries ${stanzaNodeLink(ctx, step.stanza)}`);
        if (step.note !== undefined) parts.push(`<span class="prov">${cell(step.note)}</span>`);
        return [`<a id="step-${i + 1}" href="#step-${i + 1}">${i + 1}</a><br>${confidenceBadge(step.confidence)}`, parts.join('<br>')];
      }),
    ),
    '',
  ];
  if (flow.open_questions !== undefined && flow.open_questions.length > 0) {
    body.push('## Open questions', '', ...flow.open_questions.map((q) => `- ${paragraph(q)}`), '');
  }
  return page(loaded.file, paragraph(flow.title), body, sourceLink(ctx, loaded.file));
}
