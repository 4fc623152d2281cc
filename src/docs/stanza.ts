// One page per stanza: summary, a tree outline of the nodes, one section per node with its attribute
// and child tables, examples, notes, open questions, references and the flows that use it. Tables
// have two columns: the fact (name, confidence badge, type or occurrence, requiredness) and what the
// reader came for (description, then provenance), so both fit a phone; every node and fact has a
// readable anchor (anchors.ts) that other pages link to.
import { coverageOfFacts, percent } from '../coverage/coverage.ts';
import { factsOf } from '../coverage/facts.ts';
import type { Attribute, Child, Loaded, Provenance, Stanza } from '../spec/types.ts';
import type { Confidence } from '../spec/vocabulary.ts';
import {
  anchorOf,
  byId,
  confidenceBadge,
  confidenceCounts,
  countBadges,
  distinguishingChild,
  enumLink,
  flowLink,
  sourceLink,
  techniqueLink,
  type DocsContext,
} from './context.ts';
import { cell, code, externalLink, fenced, link, listing, page, paragraph, table } from './markdown.ts';

/** A node of the stanza tree with its anchor and the label its section heading gets. */
interface NodeSection {
  label: string;
  anchor: string;
  recordPath: (string | number)[];
  depth: number;
  tag: string;
  /** Tags from the root down to this node, the root's included. */
  tags: string[];
  child?: Child;
  attributes: Attribute[];
  children: NodeSection[];
}

/** The stanza tree, each node with its anchor from anchors.ts. */
function sections(ctx: DocsContext, stanza: Stanza): NodeSection {
  const anchor = (path: (string | number)[]) => anchorOf(ctx, stanza.id, path) ?? 'node';
  const build = (tags: string[], path: (string | number)[], depth: number, attributes: Attribute[], children: Child[], child?: Child): NodeSection => ({
    label: tags.map((t) => code(`<${t}>`)).join(' › '),
    anchor: anchor(path),
    recordPath: path,
    depth,
    tag: tags[tags.length - 1] ?? stanza.tag,
    tags,
    attributes,
    ...(child !== undefined ? { child } : {}),
    children: children.map((c, i) => build([...tags, c.tag], [...path, 'children', i], depth + 1, c.attributes ?? [], c.children ?? [], c)),
  });
  return build([stanza.tag], [], 0, stanza.attributes ?? [], stanza.children ?? []);
}

function flatten(node: NodeSection): NodeSection[] {
  return [node, ...node.children.flatMap(flatten)];
}

/** Who saw a fact and how, as one line: `seen by <techniques>; sources: …; tools: …`. */
export function provenanceCell(ctx: DocsContext, provenance: Provenance | undefined): string {
  if (provenance === undefined || provenance.techniques.length === 0) return 'provenance: none recorded';
  const parts = [`seen by ${[...new Set(provenance.techniques)].map((t) => techniqueLink(ctx, t)).join(', ')}`];
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

function typeText(ctx: DocsContext, type: string): string {
  const enumId = /^enum:(.+)$/.exec(type)?.[1];
  if (enumId !== undefined) return enumLink(ctx, enumId, 'nested', cell(code(type)));
  return cell(code(type));
}

/** Requiredness in words; an attribute whose requiredness nobody established is not called required. */
function requiredText(required: boolean | undefined): string {
  return required === undefined ? 'required?' : required ? 'required' : 'optional';
}

/**
 * The fact cell: the name (linking to its own anchor, which it carries), its badge, then the details.
 * `class="fact"` marks the row as a fact row for the site's layout and the browser check.
 */
function factCell(name: string, anchor: string, confidence: Confidence, details: string[], id: boolean): string {
  const target = id ? ` id="${anchor}"` : '';
  return [`<a class="fact"${target} href="#${anchor}">${name}</a>`, confidenceBadge(confidence), details.join(' · ')].join('<br>');
}

/** What the description column holds: the description, then who saw it (muted). */
function describedCell(ctx: DocsContext, description: string, provenance: Provenance | undefined, extra: string = ''): string {
  return `${cell(`${description}${extra}`)}<br><span class="prov">${provenanceCell(ctx, provenance)}</span>`;
}

function attributeTable(ctx: DocsContext, stanza: string, node: NodeSection): string[] {
  return table(
    ['attribute', 'description and provenance'],
    node.attributes.map((a, i) => {
      const anchor = anchorOf(ctx, stanza, [...node.recordPath, 'attributes', i]) ?? '';
      const observed = a.observed_values !== undefined && a.observed_values.length > 0 ? ` Observed: ${a.observed_values.map((v) => code(String(v))).join(', ')}.` : '';
      return [factCell(cell(code(a.name)), anchor, a.confidence, [typeText(ctx, a.type), requiredText(a.required)], true), describedCell(ctx, a.description, a.provenance, observed)];
    }),
  );
}

/** The children of a node: each row links down to the child's own section (which carries the anchor). */
function childTable(ctx: DocsContext, children: NodeSection[]): string[] {
  return table(
    ['child', 'description and provenance'],
    children.flatMap((node) => {
      const child = node.child;
      if (child === undefined) return [];
      return [[factCell(cell(code(`<${child.tag}>`)), node.anchor, child.confidence, [`occurs ${cell(code(child.occurrence))}`], false), describedCell(ctx, child.description, child.provenance)]];
    }),
  );
}

/** An attribute in the structure tree: `name` required, `name?` optional, `name (?)` requiredness unknown. */
function treeAttribute(a: Attribute, anchor: string): string {
  const mark = a.required === undefined ? ' (?)' : a.required ? '' : '?';
  return `${link(code(a.name), `#${anchor}`)}${mark}`;
}

/** Nested list (4-space indents, which both GitHub and MkDocs read), linked to the node and attribute anchors. */
function outline(ctx: DocsContext, stanza: string, root: NodeSection): string[] {
  const lines: string[] = [];
  const visit = (node: NodeSection) => {
    const bits = [link(code(`<${node.tag}>`), `#${node.anchor}`)];
    if (node.child !== undefined) bits.push(confidenceBadge(node.child.confidence), code(node.child.occurrence));
    else bits.push('root');
    if (node.attributes.length > 0) bits.push(node.attributes.map((a, i) => treeAttribute(a, anchorOf(ctx, stanza, [...node.recordPath, 'attributes', i]) ?? '')).join(' '));
    lines.push(`${'    '.repeat(node.depth)}- ${bits.join(' · ')}`);
    node.children.forEach(visit);
  };
  visit(root);
  return lines;
}

function nodeSection(ctx: DocsContext, stanza: string, node: NodeSection): string[] {
  const out = [`### ${node.label} {#${node.anchor}}`, ''];
  const child = node.child;
  if (child === undefined) {
    out.push(`The root element ${code(`<${node.tag}>`)}.`, '');
  } else {
    out.push(`${confidenceBadge(child.confidence)} · occurs ${code(child.occurrence)} · ${provenanceCell(ctx, child.provenance)}`, '', paragraph(child.description), '');
  }
  if (node.attributes.length > 0) out.push(...attributeTable(ctx, stanza, node), '');
  else out.push('No attributes.', '');
  if (node.children.length > 0) out.push(...childTable(ctx, node.children), '');
  return out;
}

export function stanzaPage(ctx: DocsContext, loaded: Loaded<Stanza>): string {
  const stanza = loaded.record;
  const root = sections(ctx, stanza);
  const facts = factsOf(stanza);
  const tally = coverageOfFacts(facts).overall;
  const counts = confidenceCounts(facts.map((f) => f.confidence));
  const first = distinguishingChild(ctx, stanza);
  const body: string[] = [paragraph(stanza.summary), ''];
  const element = first === undefined ? code(`<${stanza.tag}>`) : `${code(`<${stanza.tag}>`)} with ${code(`<${first}>`)} first (other stanzas share the root)`;
  const properties: [string, string][] = [
    ['id', code(stanza.id)],
    ['element', element],
    ['category', stanza.category],
    ['direction', stanza.direction.join(', ')],
    ['status', `${stanza.status}, spec version ${code(stanza.spec_version)}`],
    ['facts', `${facts.length}: ${countBadges(counts)}`],
    ['coverage', `${percent(tally.coverage)} (confirmed + 0.5 × probable, over ${tally.total} facts)`],
  ];
  // Values are code spans, vocabulary words and badges: no cell escaping (it would show the badge's HTML).
  body.push(...table(['property', 'value'], properties.map(([k, v]) => [cell(k), v])), '');

  body.push('## Structure', '', 'Every node with its confidence and occurrence, then its attributes: `name` required, `name?` optional, `name (?)` not known. Each links to its section or row.', '');
  body.push(...outline(ctx, stanza.id, root), '');
  body.push('## Nodes', '');
  for (const node of flatten(root)) body.push(...nodeSection(ctx, stanza.id, node));

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
  else {
    body.push(
      ...uses.map((u) => {
        const steps = u.steps.map((n) => flowLink(ctx, u.flow.id, 'nested', String(n), `step-${n}`));
        return `- ${flowLink(ctx, u.flow.id, 'nested', paragraph(u.flow.title))}: step${u.steps.length === 1 ? '' : 's'} ${listing(steps)}`;
      }),
      '',
    );
  }
  return page(loaded.file, `${paragraph(stanza.display_name)} (${code(stanza.id)})`, body, sourceLink(ctx, loaded.file));
}
