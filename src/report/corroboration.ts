// Corroboration as Markdown: one capture against the spec (counts, promotions, projected coverage,
// the captured tree as a Mermaid flowchart) and the review of a pull request's confidence changes.
// Pure. Capture values never appear: the tree is drawn from its shape (tag and attribute NAMES only),
// every path goes in a code span, every message is our own text.
import { coverageDelta, percent, points, type Tally, type TallyDelta } from '../coverage/coverage.ts';
import { reviewPromotions, type ConfidenceChange } from '../corroborate/review.ts';
import type { CorroborationResult, NodeStatus, Promotion, ShapeNode } from '../corroborate/types.ts';
import type { CaptureImplementations } from '../flavors/capture.ts';
import type { Repo } from '../spec/types.ts';
import { codeSpan, escapeText } from './escape.ts';

/** Longest list of paths shown per kind before "… and N more". */
const MAX_LISTED = 30;
/** Most nodes (elements + attributes) drawn in the flowchart; Mermaid slows down past a few hundred. */
export const MAX_DIAGRAM_NODES = 150;

export function renderCorroboration(result: CorroborationResult): string {
  const { corroboration: c, projection } = result;
  const out: string[] = ['### Corroboration', ''];
  if (c.stanza === undefined) {
    out.push(
      `Technique: \`${c.technique}\`. **No stanza of the spec matches this capture**: ${escapeText(c.unmatched ?? 'no candidate')}. Nothing is corroborated; every fact of the capture is unclassified, and the spec may need a new stanza file.`,
      '',
    );
  } else {
    out.push(`Matched stanza: ${codeSpan(c.stanza)} · technique: \`${c.technique}\``, '');
  }
  out.push(
    '| facts | count |',
    '|---|---:|',
    `| corroborated | ${c.corroborated.length} |`,
    `| new (candidates, to be added as \`speculative\`) | ${c.new.length} |`,
    `| conflicting | ${c.conflicts.length} |`,
    `| missing (required by the spec) | ${c.missing.length} |`,
    '',
  );

  if (c.conflicts.length > 0) {
    out.push('**Conflicts**', '');
    out.push(...listed(c.conflicts.map((x) => `- ${codeSpan(x.path)} (${x.kind}): ${escapeText(x.message)}`)), '');
  }
  if (c.new.length > 0) {
    out.push('**New** (not in the spec)', '', ...listed(c.new.map((f) => `- ${codeSpan(f.path)}`)), '');
  }
  if (c.missing.length > 0) {
    out.push('**Missing** (the spec requires them; this capture lacks them)', '', ...listed(c.missing.map((f) => `- ${codeSpan(f.path)}`)), '');
  }
  if (c.observed.length > 0) {
    // The value shown is the enum's own spelling (a spec value), never the capture's text.
    out.push(`Enum values seen: ${c.observed.map((o) => `${codeSpan(o.value)} in ${codeSpan(o.path)}`).join(', ')}.`, '');
  }

  out.push(...promotionSection(result), '');
  if (result.implementations) out.push(...implementationsSection(result.implementations), '');
  out.push('#### Captured tree', '', corroborationMermaid(c.shape), '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/**
 * What the projection did not weigh, in words: the corpus's other captures when the evidence was
 * the provenance and this capture only (Projection.notWeighed).
 */
export function notWeighedText(notWeighed: number): string {
  if (notWeighed === 0) return 'The corpus holds no other capture.';
  const others =
    notWeighed === 1
      ? 'The 1 other capture of `corpus/captures/` is not weighed here; it may support more.'
      : `The ${String(notWeighed).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} other captures of \`corpus/captures/\` are not weighed here; they may support more.`;
  return `${others} \`wacrg corroborate\` weighs the whole corpus.`;
}

function promotionSection({ projection }: CorroborationResult): string[] {
  const before = projection.before.overall.coverage;
  const after = projection.projected.overall.coverage;
  const scoped = projection.notWeighed !== undefined;
  const scope = scoped ? [notWeighedText(projection.notWeighed ?? 0)] : [];
  if (projection.promotions.length === 0) {
    const evidence = scoped ? 'on the provenance and this capture' : 'on this evidence';
    return ['#### Promotions', '', [`No fact can be promoted ${evidence}; coverage stays ${percent(before)}.`, ...scope].join(' ')];
  }
  const evidence = scoped
    ? 'Evidence here = the fact\'s provenance + this capture.'
    : 'Evidence = the fact\'s provenance + the captures in the corpus that show it + this capture.';
  const out = [
    '#### Promotions',
    '',
    [evidence, ...scope, 'Two different techniques support `confirmed`; one technique, however clean, `probable` at most.'].join(' '),
    '',
    '| fact | from → to | techniques |',
    '|---|---|---|',
    ...projection.promotions.map(promotionRow),
    '',
    `coverage ${percent(before)} → ${percent(after)} (${points(before, after)}) if these promotions are accepted`,
  ];
  const delta = coverageDelta(projection.before, projection.projected);
  const moved = [...delta.byCategory, ...delta.byTechnique].filter((d) => moves(d));
  if (moved.length > 0) {
    out.push(
      '',
      '| row | facts | before | projected | Δ points |',
      '|---|---:|---:|---:|---:|',
      ...moved.map((d) => `| ${codeSpan(d.key)} | ${facts(d.before, d.after)} | ${percent(d.before.coverage)} | ${percent(d.after.coverage)} | ${points(d.before.coverage, d.after.coverage)} |`),
    );
  }
  return out;
}

/** The matched stanza's spec parts (codes, implementations) and the flavor corroboration of the touched facts. */
function implementationsSection(impl: CaptureImplementations): string[] {
  const out = ['#### Implementations', ''];
  if (impl.parts.length === 0) out.push('No spec part documents this stanza yet.');
  else {
    out.push('| part | code | implementations (flavor: status) |', '|---|---|---|');
    for (const p of impl.parts) {
      const list = p.implementations.length === 0 ? 'none listed' : p.implementations.map((i) => `${codeSpan(i.flavor)}: ${codeSpan(i.status)}`).join(', ');
      out.push(`| ${codeSpan(p.id)} ${escapeText(p.title)} | ${codeSpan(`wacrg:${p.code}`)} | ${list} |`);
    }
  }
  out.push(
    '',
    `Flavor corroboration of the ${impl.touched} spec fact${impl.touched === 1 ? '' : 's'} this capture touches: ${impl.citingFlavor} cite${impl.citingFlavor === 1 ? 's' : ''} at least one flavor, ${impl.independentFlavors} ${impl.independentFlavors === 1 ? 'is' : 'are'} backed by two or more independent flavors (a port and its upstream count as one).`,
  );
  return out;
}

function moves(d: TallyDelta): boolean {
  return d.before.coverage !== d.after.coverage || d.before.total !== d.after.total;
}

function facts(before: Tally, after: Tally): string {
  return before.total === after.total ? `${after.total}` : `${before.total} → ${after.total}`;
}

function promotionRow(p: Promotion): string {
  return `| ${codeSpan(p.path)} | ${p.from} → ${p.to} | ${p.techniques.join(', ')} |`;
}

function listed(lines: string[]): string[] {
  if (lines.length <= MAX_LISTED) return lines;
  return [...lines.slice(0, MAX_LISTED), `- … and ${lines.length - MAX_LISTED} more`];
}

// --- Mermaid -------------------------------------------------------------------------------------

/** Mermaid class per classification (names chosen to avoid any Mermaid keyword). */
const CLASSES: Record<NodeStatus, { name: string; style: string }> = {
  corroborated: { name: 'corroborated', style: 'fill:#dff0d8,stroke:#3c763d,color:#1e3d1e' },
  new: { name: 'newfact', style: 'fill:#fcf8e3,stroke:#8a6d3b,stroke-dasharray:4 2,color:#4d3b1f' },
  conflict: { name: 'conflict', style: 'fill:#f2dede,stroke:#a94442,stroke-width:3px,color:#5c1f1f' },
  root: { name: 'rootnode', style: 'fill:#eeeeee,stroke:#555555,color:#222222' },
  unmatched: { name: 'unmatched', style: 'fill:#ffffff,stroke:#999999,stroke-dasharray:2 2,color:#444444' },
};

/**
 * A tag or attribute name as a label: names the readers accept are `[A-Za-z_][A-Za-z0-9_.:-]*`;
 * anything else becomes `_`, so no quote, bracket, backtick or newline can reach the diagram.
 */
function label(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_.:-]/g, '_');
  if (safe === '') return '_';
  return safe.length > 40 ? `${safe.slice(0, 39)}…` : safe;
}

/**
 * The captured tree as a Mermaid flowchart: elements are boxes, attributes rounded nodes, each
 * styled by its classification. Ids are generated (`n0`, `n1`, …); labels are names only.
 */
export function corroborationMermaid(shape: ShapeNode, maxNodes: number = MAX_DIAGRAM_NODES): string {
  const lines: string[] = ['flowchart TD'];
  const byClass = new Map<NodeStatus, string[]>();
  let next = 0;
  let omitted = 0;
  const add = (status: NodeStatus): string | undefined => {
    if (next >= maxNodes) {
      omitted += 1;
      return undefined;
    }
    const id = `n${next++}`;
    const members = byClass.get(status);
    if (members) members.push(id);
    else byClass.set(status, [id]);
    return id;
  };
  // Iterative pre-order: a deep tree cannot overflow the stack.
  const stack: { node: ShapeNode; parent?: string }[] = [{ node: shape }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { node, parent } = frame;
    const id = add(node.status);
    if (id === undefined) {
      omitted += countBelow(node);
      continue;
    }
    lines.push(`  ${id}["${label(node.tag)}"]`);
    if (parent !== undefined) lines.push(`  ${parent} --> ${id}`);
    for (const attr of node.attrs) {
      const attrId = add(attr.status);
      if (attrId === undefined) continue;
      lines.push(`  ${attrId}(["${label(attr.name)}"])`, `  ${id} -.- ${attrId}`);
    }
    for (let k = node.children.length - 1; k >= 0; k--) stack.push({ node: node.children[k] as ShapeNode, parent: id });
  }
  for (const { name, style } of Object.values(CLASSES)) lines.push(`  classDef ${name} ${style}`);
  for (const [status, ids] of byClass) lines.push(`  class ${ids.join(',')} ${CLASSES[status].name}`);
  const legend = 'Boxes are elements, rounded nodes attributes (names only, never values): green corroborated, yellow dashed new, red conflicting, grey the root.';
  const note = omitted > 0 ? `\n\n_${omitted} more nodes not drawn._` : '';
  return ['```mermaid', ...lines, '```', '', `_${legend}_${note}`].join('\n');
}

/** Attributes of a node and everything below it (the node itself was already counted). */
function countBelow(node: ShapeNode): number {
  let n = node.attrs.length;
  for (const child of node.children) n += 1 + countBelow(child);
  return n;
}

// --- pull-request review -------------------------------------------------------------------------

/**
 * For the pull-request review: facts whose confidence changed base → head, and every promotion to
 * `confirmed` whose evidence (provenance + corpus captures, in head) names fewer than two techniques.
 */
export function renderPromotionReview(base: Repo, head: Repo): string {
  const review = reviewPromotions(base, head);
  const out: string[] = ['### Confidence changes', ''];
  if (review.changed.length === 0) {
    out.push('No fact changed confidence.');
  } else {
    out.push(
      `${review.changed.length} fact(s) changed confidence. Evidence = the fact's provenance in this pull request + the techniques of the corpus captures that show it.`,
      '',
      '| fact | base → head | evidence | of which captures |',
      '|---|---|---|---|',
      ...review.changed.map(changeRow),
    );
  }
  if (review.unsupported.length > 0) {
    out.push(
      '',
      '#### Promotions to `confirmed` the evidence does not support',
      '',
      'The corroboration rule: a fact may be `confirmed` only when its evidence names at least **two different techniques** (for example a websocket capture and Baileys instrumentation). The same technique twice is still one; one technique, however clean, reaches `probable` at most. Add a capture made with another technique, or keep these facts at `probable`.',
      '',
      '| fact | base → head | evidence |',
      '|---|---|---|',
      ...review.unsupported.map((c) => `| ${codeSpan(c.path)} | ${c.from ?? '(new)'} → ${c.to} | ${c.techniques.length === 0 ? '(none)' : c.techniques.join(', ')} |`),
    );
  }
  return `${out.join('\n')}\n`;
}

function changeRow(c: ConfidenceChange): string {
  return `| ${codeSpan(c.path)} | ${c.from ?? '(new)'} → ${c.to} | ${c.techniques.length === 0 ? '(none)' : c.techniques.join(', ')} | ${c.captured.length === 0 ? '(none)' : c.captured.join(', ')} |`;
}
