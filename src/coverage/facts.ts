// A fact is every attribute and every child, at any depth, of every stanza file (formats.md).
import type { PathSegment } from '../spec/positions.ts';
import type { Attribute, Child, Provenance, Stanza } from '../spec/types.ts';
import type { Category, Confidence, Occurrence, Technique } from '../spec/vocabulary.ts';

export interface Fact {
  stanza: string;
  category: Category;
  kind: 'attribute' | 'child';
  /** Path inside the stanza record, e.g. `children[0].attributes[1]` as segments. */
  recordPath: PathSegment[];
  /**
   * Fact path notation: `<stanza-id>:<child tags below the root, joined by />[@<attribute>]`.
   * `call-offer:@from` (root attribute), `call-offer:offer/enc` (child), `call-offer:offer/enc@type`.
   */
  path: string;
  tag: string;
  name?: string;
  type?: string;
  required?: boolean;
  occurrence?: Occurrence;
  confidence: Confidence;
  techniques: Technique[];
  /** The fact's provenance as written (tools, flavors, contributors, sources), when it has one. */
  provenance?: Provenance;
}

export function factsOf(stanza: Stanza): Fact[] {
  const facts: Fact[] = [];
  const visit = (owner: { attributes?: Attribute[]; children?: Child[] }, tags: string[], recordPath: PathSegment[], tag: string) => {
    (owner.attributes ?? []).forEach((attribute, i) => {
      facts.push({
        stanza: stanza.id,
        category: stanza.category,
        kind: 'attribute',
        recordPath: [...recordPath, 'attributes', i],
        path: `${stanza.id}:${tags.join('/')}@${attribute.name}`,
        tag,
        name: attribute.name,
        type: attribute.type,
        required: attribute.required,
        confidence: attribute.confidence,
        techniques: distinct(attribute.provenance?.techniques ?? []),
        ...(attribute.provenance ? { provenance: attribute.provenance } : {}),
      });
    });
    (owner.children ?? []).forEach((child, i) => {
      const childPath = [...recordPath, 'children', i];
      const childTags = [...tags, child.tag];
      facts.push({
        stanza: stanza.id,
        category: stanza.category,
        kind: 'child',
        recordPath: childPath,
        path: `${stanza.id}:${childTags.join('/')}`,
        tag: child.tag,
        occurrence: child.occurrence,
        confidence: child.confidence,
        techniques: distinct(child.provenance?.techniques ?? []),
        ...(child.provenance ? { provenance: child.provenance } : {}),
      });
      visit(child, childTags, childPath, child.tag);
    });
  };
  visit(stanza, [], [], stanza.tag);
  return facts;
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}
