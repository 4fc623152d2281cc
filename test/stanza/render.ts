/** A JSON rendering of reader results for fixtures: no Uint8Array, positions as `line:column`. */
import type { NodeContent, Position, ReadResult, StanzaNode } from '../../src/stanza/types.ts';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const at = (p: Position): string => `${p.line}:${p.column}`;

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function renderContent(content: NodeContent): Json {
  return content.kind === 'text'
    ? { kind: 'text', text: content.text, pos: at(content.pos) }
    : { kind: 'bytes', hex: hex(content.bytes), pos: at(content.pos) };
}

export function renderNode(node: StanzaNode): Json {
  const out: { [key: string]: Json } = { tag: node.tag, pos: at(node.pos) };
  if (node.attrs.length > 0) out.attrs = node.attrs.map((a) => ({ name: a.name, value: a.value, pos: at(a.pos) }));
  if (node.content !== undefined) out.content = renderContent(node.content);
  if (node.children.length > 0) out.children = node.children.map(renderNode);
  return out;
}

/**
 * Errors render as `{ ok: false, format?, error: { at, message } }`; a fixture may give
 * `messageIncludes` instead of the whole message.
 */
export function renderResult(result: ReadResult): Json {
  if (!result.ok) {
    const out: { [key: string]: Json } = { ok: false };
    if (result.format !== undefined) out.format = result.format;
    out.error = { at: `${result.error.line}:${result.error.column}`, message: result.error.message };
    return out;
  }
  const out: { [key: string]: Json } = { ok: true, format: result.format };
  if (result.decoded !== undefined) out.decoded = result.decoded.format;
  if (result.tree !== undefined) out.tree = renderNode(result.tree);
  if (result.bytes !== undefined) out.bytesHex = hex(result.bytes);
  if (result.decodedError !== undefined) {
    const e = result.decodedError;
    out.decodedError = { at: `${e.line}:${e.column}`, message: e.message };
  }
  return out;
}
