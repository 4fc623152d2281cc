/**
 * Walking a stanza tree with node paths.
 *
 * A node path joins the tags from the root down with `/` (`call/offer/enc`); siblings with the
 * same tag share a path. An attribute path appends `@name` (`call/offer@call-id`). These are the
 * paths findings carry (see Finding.path in src/sanitize/types.ts).
 */
import type { StanzaNode } from './types.ts';

/** Path of the last node of `ancestors` (root first, the node itself last): `call/offer/enc`. */
export function nodePath(ancestors: readonly StanzaNode[]): string {
  return ancestors.map((node) => node.tag).join('/');
}

/** Path of attribute `name` on the node at `path`: `call/offer@call-id`. */
export function attrPath(path: string, name: string): string {
  return `${path}@${name}`;
}

/**
 * Visits every node in document order (pre-order: a node before its children, children in
 * order) with its path and its ancestors (root first, excluding the node). Iterative, so a deep
 * tree cannot overflow the call stack, and linear in the number of nodes (plus path lengths).
 * `ancestors` is a live view that changes after `visit` returns: copy it to keep it.
 */
export function walk(
  root: StanzaNode,
  visit: (node: StanzaNode, path: string, ancestors: readonly StanzaNode[]) => void,
): void {
  interface Frame {
    node: StanzaNode;
    path: string;
    depth: number;
  }
  const ancestors: StanzaNode[] = [];
  const stack: Frame[] = [{ node: root, path: root.tag, depth: 0 }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { node, path, depth } = frame;
    ancestors.length = depth;
    visit(node, path, ancestors);
    ancestors.push(node);
    for (let k = node.children.length - 1; k >= 0; k--) {
      const child = node.children[k] as StanzaNode;
      stack.push({ node: child, path: `${path}/${child.tag}`, depth: depth + 1 });
    }
  }
}
