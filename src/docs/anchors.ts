// Readable, stable anchors for the nodes and facts of a stanza page, e.g. `#offer-enc-type` for the
// `type` attribute of `<enc>` in `<offer>`. Every page that mentions a fact links to its anchor here.
import type { Attribute, Child, Stanza } from '../spec/types.ts';

/** Lower-case ASCII letters and digits, other runs become one `-` (an id any browser and GitHub keep). */
export function anchorWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The anchor a node or attribute would get without collisions: the tags below the root (the root's
 * own tag for the root), then the attribute name, joined by `-`. `offer/enc@type` → `offer-enc-type`,
 * the root `<call>` → `call`, its attribute `from` → `call-from`.
 */
function baseAnchor(rootTag: string, tags: string[], attribute?: string): string {
  const words = (tags.length === 0 ? [rootTag] : tags).map(anchorWord);
  if (attribute !== undefined) words.push(anchorWord(attribute));
  return words.filter((w) => w !== '').join('-') || 'node';
}

/** Key of a node or fact inside its stanza: its record path (coverage/facts.ts `recordPath`), joined by `.`; the root is ``. */
export function recordKey(recordPath: readonly (string | number)[]): string {
  return recordPath.join('.');
}

/**
 * Every node and fact of a stanza (by record key) → its anchor. Anchors are unique on the page: when
 * two would be equal (a child `<type>` of `<enc>` and the attribute `type` of `<enc>`, or two sibling
 * `<te>`), the later one in page order gets `-2`, `-3`, … so an anchor only changes when the
 * structure around it does.
 */
export function stanzaAnchors(stanza: Stanza): Map<string, string> {
  const anchors = new Map<string, string>();
  const used = new Set<string>();
  const add = (key: string, base: string) => {
    let anchor = base;
    for (let n = 2; used.has(anchor); n += 1) anchor = `${base}-${n}`;
    used.add(anchor);
    anchors.set(key, anchor);
  };
  // Page order: a node, its attributes, then its children depth first, as the page renders them.
  const visit = (owner: { attributes?: Attribute[]; children?: Child[] }, tags: string[], path: (string | number)[]) => {
    add(recordKey(path), baseAnchor(stanza.tag, tags));
    (owner.attributes ?? []).forEach((a, i) => add(recordKey([...path, 'attributes', i]), baseAnchor(stanza.tag, tags, a.name)));
    (owner.children ?? []).forEach((c, i) => visit(c, [...tags, c.tag], [...path, 'children', i]));
  };
  visit(stanza, [], []);
  return anchors;
}
