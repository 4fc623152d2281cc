// Line and column of any path inside a parsed YAML document, for problems a person can jump to.
import type { Document, Node } from 'yaml';
import { yaml } from './yaml.ts';

export type PathSegment = string | number;

export { lineColumn, lineStarts as lineStartsOf } from '../text/lines.ts';

/**
 * Offset of the deepest node that exists along `path` (a key's value, or the item of a list).
 * When `preferKey` is set and the last segment names a map key, the key's own position is used.
 */
export function offsetOf(doc: Document, path: PathSegment[], preferKey = false): number {
  const { isCollection, isPair, isScalar } = yaml();
  let node: unknown = doc.contents;
  let offset = nodeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (!isCollection(node)) break;
    let next: unknown;
    let keyOffset: number | undefined;
    for (const item of node.items) {
      if (isPair(item)) {
        const key = isScalar(item.key) ? item.key.value : item.key;
        if (String(key) === String(segment)) {
          next = item.value;
          keyOffset = nodeStart(item.key);
          break;
        }
      }
    }
    if (next === undefined && typeof segment === 'number') next = node.items[segment];
    if (next === undefined && keyOffset === undefined) break;
    if (preferKey && i === path.length - 1 && keyOffset !== undefined) return keyOffset;
    node = next;
    offset = nodeStart(node) ?? keyOffset ?? offset;
  }
  return offset;
}

function nodeStart(node: unknown): number | undefined {
  return yaml().isNode(node) ? (node as Node).range?.[0] : undefined;
}

/** `children[0].attributes[1].confidence`, the notation used in every problem message. */
export function formatPath(path: PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** `/children/0/attributes` (JSON pointer, as ajv reports) → segments. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}
