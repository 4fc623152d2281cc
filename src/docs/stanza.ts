// One page per stanza: summary, a tree outline of the nodes, one section per node with its attribute
// and child tables (type, occurrence, confidence, provenance), examples, notes, open questions,
// references and the flows that use it.
import { coverageOfFacts, percent } from '../coverage/coverage.ts';
import { factsOf } from '../coverage/facts.ts';
import type { Attribute, Child, Loaded, Provenance, Stanza } from '../spec/types.ts';
import {
  byId,
  confidenceCell,
  confidenceCounts,
  countsText,
  distinguishingChild,
  enumLink,
  flowLink,
  techniqueLink,
  type DocsContext,
} from './context.ts';
import { cell, code, externalLink, fenced, link, listing, page, paragraph, slug, table } from './markdown.ts';

/** A node of the stanza tree with the heading (its path) that its section gets. */
interface NodeSection {
  heading: string;
  anchor: string;
  depth: number;
  tag: string;
  child?: Child;
  attributes: Attribute[];
  children: NodeSection[];
}

/** The stanza tree with unique, slug-stable headings: `call`, `call/offer`, `call/offer/enc`, ... */
function sections(stanza: Stanza): NodeSection {
  const used = new Map<string, number>();
  const headingOf = (path: string) => {
    const n = (used.get(path) ?? 0) + 1;
    used.set(path, n);
    return n === 1 ? path : `${path} (${n})`;
  };
  const build = (tag: string, path: string, depth: number, attributes: Attribute[], children: Child[], child?: Child): NodeSection => {
    const heading = headingOf(path);
    return {
      heading,
      anchor: slug(heading),
      depth,
      tag,
      attributes,
      ...(child !== undefined ? { child } : {}),
      children: children.map((c) => build(c.tag, `${path}/${c.tag}`, depth + 1, c.attributes ?? [], c.children ?? [], c)),
    };
  };
  return build(stanza.tag, stanza.tag, 0, stanza.attributes ?? [], stanza.children ?? []);
}

function flatten(node: NodeSection): NodeSection[] {
  return [node, ...node.children.flatMap(flatten)];
}

export function provenanceCell(ctx: DocsContext, provenance: Provenance | undefined): string {
  if (provenance === undefined || provenance.techniques.length === 0) return '_none recorded_';
  const parts = [[...new Set(provenance.techniques)].map((t) => techniqueLink(ctx, t)).join(', ')];
  const list = (label: string, values: string[] | undefined) => {
    if (values !== undefined && values.length > 0) parts.push(`${label}: ${values.map((v) => cell(v)).join(', ')}`);
  };
  list('sources', provenance.sources);
  if (provenance.tools !== undefined && provenance.tools.length > 0) parts.push(`tools: ${provenance.tools.map((v) => cell(code(v))).join(', ')}`);
  // Contributors are GitHub logins: code spans, so the page never @mentions anyone.
  if (provenance.contributors !== undefined && provenance.contributors.length > 0) {
    parts.push(`contributors: ${provenance.contributors.map((v) => cell(code(v))).join(', ')}`);
  }
  list('flavors', provenance.flavors);
  return parts.join('; ');
}

function typeCell(ctx: DocsContext, type: string): string {
  const enumId = /^enum:(.+)$/.exec(type)?.[1];
  if (enumId !== undefined) return enumLink(ctx, enumId, 'nested', cell(code(type)));
  return cell(code(type));
}

function requiredCell(required: boolean | undefined): string {
  return required === undefined ? '—' : required ? 'yes' : 'no';
}

function attributeTable(ctx: DocsContext, attributes: Attribute[]): string[] {
  return table(
    ['attribute', 'type', 'required', 'confidence', 'provenance', 'description'],
    attributes.map((a) => {
      const observed = a.observed_values !== undefined && a.observed_values.length > 0 ? ` Observed: ${a.observed_values.map((v) => code(String(v))).join(', ')}.` : '';
      return [cell(code(a.name)), typeCell(ctx, a.type), requiredCell(a.required), confidenceCell(a.confidence), provenanceCell(ctx, a.provenance), cell(`${a.description}${observed}`)];
    }),
  );
}

function childTable(ctx: DocsContext, children: NodeSection[]): string[] {
  return table(
    ['child', 'occurrence', 'confidence', 'provenance', 'description'],
    children.map((node) => {
      const child = node.child;
      if (child === undefined) return [];
      return [link(cell(code(`<${child.tag}>`)), `#${node.anchor}`), cell(code(child.occurrence)), confidenceCell(child.confidence), provenanceCell(ctx, child.provenance), cell(child.description)];
    }),
  );
}

/** Nested list (4-space indents, which both GitHub and MkDocs read), linked to the node sections. */
function outline(root: NodeSection): string[] {
  const lines: string[] = [];
  const visit = (node: NodeSection) => {
    const bits = [link(code(`<${node.tag}>`), `#${node.anchor}`)];
    if (node.child !== undefined) bits.push(code(node.child.occurrence), confidenceCell(node.child.confidence));
    else bits.push('root');
    if (node.attributes.length > 0) bits.push(node.attributes.map((a) => (a.required === false ? `${a.name}?` : a.name)).join(' '));
    lines.push(`${'    '.repeat(node.depth)}- ${bits.map((b) => paragraph(b)).join(' · ')}`);
    node.children.forEach(visit);
  };
  visit(root);
  return lines;
}

function nodeSection(ctx: DocsContext, node: NodeSection): string[] {
  const out = [`### ${paragraph(node.heading)}`, ''];
  const child = node.child;
  if (child === undefined) {
    out.push(`The root element ${code(`<${node.tag}>`)}.`, '');
  } else {
    out.push(
      `${code(`<${child.tag}>`)} · occurrence ${code(child.occurrence)} · confidence ${confidenceCell(child.confidence)} · provenance: ${provenanceCell(ctx, child.provenance)}`,
      '',
      paragraph(child.description),
      '',
    );
  }
  if (node.attributes.length > 0) out.push(...attributeTable(ctx, node.attributes), '');
  else out.push('No attributes.', '');
  if (node.children.length > 0) out.push(...childTable(ctx, node.children), '');
  return out;
}

export function stanzaPage(ctx: DocsContext, loaded: Loaded<Stanza>): string {
  const stanza = loaded.record;
  const root = sections(stanza);
  const facts = factsOf(stanza);
  const tally = coverageOfFacts(facts).overall;
  const counts = confidenceCounts(facts.map((f) => f.confidence));
  const first = distinguishingChild(ctx, stanza);
  const body: string[] = [paragraph(stanza.summary), ''];
  const properties: [string, string][] = [
    ['id', code(stanza.id)],
    ['root tag', code(`<${stanza.tag}>`)],
  ];
  if (first !== undefined) properties.push(['action child (tells stanzas with the same root apart)', code(`<${first}>`)]);
  properties.push(
    ['category', stanza.category],
    ['direction', stanza.direction.join(', ')],
    ['status', stanza.status],
    ['spec version', code(stanza.spec_version)],
    ['facts', `${facts.length}: ${countsText(counts)}`],
    ['coverage', `${percent(tally.coverage)} (confirmed + 0.5 × probable, over ${tally.total} facts)`],
  );
  body.push(...table(['property', 'value'], properties.map(([k, v]) => [cell(k), cell(v)])), '');

  body.push('## Structure', '', 'Every node with its occurrence and confidence; attributes follow (`?` marks optional ones). Each links to its section.', '');
  body.push(...outline(root), '');
  body.push('## Nodes', '');
  for (const node of flatten(root)) body.push(...nodeSection(ctx, node));

  if (stanza.examples !== undefined && stanza.examples.length > 0) {
    body.push('## Examples', '', 'Examples are synthetic: every identifier, timestamp and byte of key material is a placeholder.', '');
    stanza.examples.forEach((example, i) => {
      body.push(`### Example ${i + 1}: ${paragraph(example.title)}`, '', ...fenced(example.body, example.format === 'hex' ? 'text' : example.format), '');
      if (example.note !== undefined) body.push(paragraph(example.note), '');
    });
  }
  if (stanza.notes !== undefined) body.push('## Notes', '', paragraph(stanza.notes), '');
  if (stanza.open_questions !== undefined && stanza.open_questions.length > 0) {
    body.push('## Open questions', '', ...stanza.open_questions.map((q) => `- ${paragraph(q)}`), '');
  }
  if (stanza.references !== undefined && stanza.references.length > 0) {
    body.push('## References', '', ...stanza.references.map((r) => `- ${externalLink(r.title, r.url)}`), '');
  }
  const uses = byId(ctx.repo.flows)
    .map((f) => ({ flow: f.record, steps: f.record.steps.flatMap((s, i) => (s.stanza === stanza.id ? [i + 1] : [])) }))
    .filter((u) => u.steps.length > 0);
  body.push('## Flows', '');
  if (uses.length === 0) body.push('No flow uses this stanza yet.', '');
  else body.push(...uses.map((u) => `- ${flowLink(ctx, u.flow.id, 'nested', paragraph(u.flow.title))}: step${u.steps.length === 1 ? '' : 's'} ${listing(u.steps.map(String))}`), '');
  return page(loaded.file, `${paragraph(stanza.display_name)} (${code(stanza.id)})`, body);
}
