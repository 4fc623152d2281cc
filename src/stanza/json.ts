/**
 * Reader for the JSON form of a stanza: Baileys' BinaryNode shape
 * `{ "tag": "call", "attrs": { ... }, "content": [children] | "text" | bytes }`.
 *
 * - `attrs` (optional) is an object whose values are strings, numbers or booleans. Numbers keep
 *   their source spelling (`1e3` stays `1e3`, a 17-digit number keeps every digit) so that the
 *   scanner judges exactly what was written; booleans become `true` / `false`.
 * - `content` (optional, `null` = none): an array of child nodes; a string (text content, kept as
 *   written, whitespace-only ignored); bytes as `{ "type": "Buffer", "data": [0..255, ...] }` or as
 *   the `{ "0": 51, "1": 8, ... }` shape `JSON.stringify` gives a Uint8Array.
 * - Any other key is an error: data the tree does not carry could not be scanned.
 *
 * Positions: a node is at its `{`, a string value at its first character after the quote, any
 * other value at its first character. The JSON itself is read by a small strict (RFC 8259)
 * position-tracking parser; nesting is bounded so recursion depth is bounded.
 *
 * Error messages name the JSON path (`$.content[0].attrs.from`); a key that does not look like
 * a plain name (or holds more than four digits) is shown by its index (`[key #2]`) instead, so
 * that no personal data can reach a message through a key.
 */
import { MAX_DEPTH, NAME_PATTERN, ReaderFailure, toReadError } from './failure.ts';
import type { TreeResult } from './failure.ts';
import { lineIndex, positionAt } from './position.ts';
import type { LineIndex } from './position.ts';
import type { NodeContent, StanzaAttr, StanzaNode } from './types.ts';

/** Maximum JSON nesting (objects + arrays). A node level uses two (node object, content array). */
const MAX_JSON_NESTING = 2 * MAX_DEPTH + 8;

interface JEntry {
  key: string;
  keyStart: number;
  value: JValue;
}

type JValue =
  | { kind: 'object'; start: number; entries: JEntry[] }
  | { kind: 'array'; start: number; items: JValue[] }
  | { kind: 'string'; start: number; value: string }
  | { kind: 'number'; start: number; raw: string }
  | { kind: 'boolean'; start: number; value: boolean }
  | { kind: 'null'; start: number };

function fail(message: string, offset: number): never {
  throw new ReaderFailure(message, offset);
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

function describe(v: JValue): string {
  return v.kind === 'object' ? 'an object' : v.kind === 'array' ? 'an array' : `a ${v.kind}`;
}

/** Parses strict JSON into a position-carrying value tree. */
function parseJson(src: string): JValue {
  const n = src.length;
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0;

  const skip = (): void => {
    while (i < n) {
      const c = src.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };

  const parseString = (): string => {
    const open = i;
    i++;
    let out = '';
    let runStart = i;
    for (;;) {
      if (i >= n) fail('JSON: unterminated string', open);
      const c = src.charCodeAt(i);
      if (c === 34) {
        out += src.slice(runStart, i);
        i++;
        return out;
      }
      if (c < 32) fail('JSON: control character inside a string (escape it)', i);
      if (c !== 92) {
        i++;
        continue;
      }
      out += src.slice(runStart, i);
      const e = src.charCodeAt(i + 1);
      switch (e) {
        case 34: out += '"'; break;
        case 92: out += '\\'; break;
        case 47: out += '/'; break;
        case 98: out += '\b'; break;
        case 102: out += '\f'; break;
        case 110: out += '\n'; break;
        case 114: out += '\r'; break;
        case 116: out += '\t'; break;
        case 117: {
          const hex = src.slice(i + 2, i + 6);
          if (!/^[0-9A-Fa-f]{4}$/.test(hex)) fail('JSON: bad \\u escape in a string', i);
          out += String.fromCharCode(Number.parseInt(hex, 16));
          i += 4;
          break;
        }
        default:
          fail('JSON: bad escape sequence in a string', i);
      }
      i += 2;
      runStart = i;
    }
  };

  const parseValue = (depth: number): JValue => {
    skip();
    if (i >= n) fail('JSON: unexpected end of input, a value was expected', n);
    const start = i;
    const c = src.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (depth >= MAX_JSON_NESTING) fail(`JSON: nested deeper than ${MAX_JSON_NESTING} levels`, start);
    }
    if (c === 123) {
      i++;
      const entries: JEntry[] = [];
      const seen = new Set<string>();
      skip();
      if (src.charCodeAt(i) === 125) {
        i++;
        return { kind: 'object', start, entries };
      }
      for (;;) {
        skip();
        if (src.charCodeAt(i) !== 34) {
          fail(i >= n ? 'JSON: unterminated object' : 'JSON: expected a string key', i >= n ? start : i);
        }
        const keyStart = i;
        const key = parseString();
        if (seen.has(key)) fail('JSON: duplicate key in an object', keyStart);
        seen.add(key);
        skip();
        if (src.charCodeAt(i) !== 58) fail(i >= n ? 'JSON: unterminated object' : "JSON: expected ':' after a key", i >= n ? start : i);
        i++;
        const value = parseValue(depth + 1);
        entries.push({ key, keyStart, value });
        skip();
        const d = src.charCodeAt(i);
        if (d === 44) {
          i++;
          continue;
        }
        if (d === 125) {
          i++;
          return { kind: 'object', start, entries };
        }
        fail(i >= n ? 'JSON: unterminated object' : "JSON: expected ',' or '}'", i >= n ? start : i);
      }
    }
    if (c === 91) {
      i++;
      const items: JValue[] = [];
      skip();
      if (src.charCodeAt(i) === 93) {
        i++;
        return { kind: 'array', start, items };
      }
      for (;;) {
        items.push(parseValue(depth + 1));
        skip();
        const d = src.charCodeAt(i);
        if (d === 44) {
          i++;
          continue;
        }
        if (d === 93) {
          i++;
          return { kind: 'array', start, items };
        }
        fail(i >= n ? 'JSON: unterminated array' : "JSON: expected ',' or ']'", i >= n ? start : i);
      }
    }
    if (c === 34) return { kind: 'string', start, value: parseString() };
    if (src.startsWith('true', i)) {
      i += 4;
      return { kind: 'boolean', start, value: true };
    }
    if (src.startsWith('false', i)) {
      i += 5;
      return { kind: 'boolean', start, value: false };
    }
    if (src.startsWith('null', i)) {
      i += 4;
      return { kind: 'null', start };
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(src);
    if (m !== null && m[0] !== '-') {
      i += m[0].length;
      return { kind: 'number', start, raw: m[0] };
    }
    return fail('JSON: unexpected character, a value was expected', i);
  };

  const value = parseValue(0);
  skip();
  if (i < n) fail('JSON: unexpected data after the JSON value', i);
  return value;
}

/** A key as shown in a message: itself if it is a plain name with at most 4 digits. */
function keyLabel(key: string, index: number): string {
  const digits = key.replace(/[^0-9]/g, '').length;
  return NAME_PATTERN.test(key) && key.length <= 64 && digits <= 4 ? `.${key}` : `[key #${index}]`;
}

function toNode(v: JValue, path: string, depth: number, index: LineIndex): StanzaNode {
  if (v.kind !== 'object') fail(`JSON stanza: the node at ${path} must be an object, not ${describe(v)}`, v.start);
  if (depth > MAX_DEPTH) fail(`JSON stanza: nodes nested deeper than ${MAX_DEPTH} levels`, v.start);
  let tag: string | undefined;
  let attrs: StanzaAttr[] = [];
  let children: StanzaNode[] = [];
  let content: NodeContent | undefined;
  for (let k = 0; k < v.entries.length; k++) {
    const entry = v.entries[k] as JEntry;
    const value = entry.value;
    if (entry.key === 'tag') {
      if (value.kind !== 'string' || !NAME_PATTERN.test(value.value)) {
        fail(`JSON stanza: ${path}.tag must be a string matching [A-Za-z_][A-Za-z0-9_.:-]*`, value.start);
      }
      tag = value.value;
    } else if (entry.key === 'attrs') {
      attrs = toAttrs(value, `${path}.attrs`, index);
    } else if (entry.key === 'content') {
      const at = `${path}.content`;
      if (value.kind === 'array') {
        children = value.items.map((item, c) => toNode(item, `${at}[${c}]`, depth + 1, index));
      } else if (value.kind === 'string') {
        if (value.value.trim() !== '') {
          content = { kind: 'text', text: value.value, pos: positionAt(index, value.start + 1) };
        }
      } else if (value.kind === 'object') {
        content = { kind: 'bytes', bytes: toBytes(value, at), pos: positionAt(index, value.start) };
      } else if (value.kind !== 'null') {
        fail(
          `JSON stanza: ${at} must be an array of nodes, a string, bytes ({"type":"Buffer","data":[...]}) or null, not ${describe(value)}`,
          value.start,
        );
      }
    } else {
      fail(
        `JSON stanza: unknown key ${path}${keyLabel(entry.key, k)} (a node has only "tag", "attrs" and "content")`,
        entry.keyStart,
      );
    }
  }
  if (tag === undefined) fail(`JSON stanza: the node at ${path} has no "tag"`, v.start);
  const node: StanzaNode = { tag, attrs, children, pos: positionAt(index, v.start) };
  if (content !== undefined) node.content = content;
  return node;
}

function toAttrs(v: JValue, path: string, index: LineIndex): StanzaAttr[] {
  if (v.kind === 'null') return [];
  if (v.kind !== 'object') fail(`JSON stanza: ${path} must be an object, not ${describe(v)}`, v.start);
  return v.entries.map((entry, k) => {
    const at = `${path}${keyLabel(entry.key, k)}`;
    if (!NAME_PATTERN.test(entry.key)) {
      fail(`JSON stanza: attribute name ${at} does not match [A-Za-z_][A-Za-z0-9_.:-]*`, entry.keyStart);
    }
    const value = entry.value;
    switch (value.kind) {
      case 'string':
        return { name: entry.key, value: value.value, pos: positionAt(index, value.start + 1) };
      case 'number':
        return { name: entry.key, value: value.raw, pos: positionAt(index, value.start) };
      case 'boolean':
        return { name: entry.key, value: String(value.value), pos: positionAt(index, value.start) };
      default:
        return fail(`JSON stanza: the value of ${at} must be a string, number or boolean, not ${describe(value)}`, value.start);
    }
  });
}

function byteAt(v: JValue, path: string): number {
  if (v.kind === 'number' && /^(?:0|[1-9][0-9]{0,2})$/.test(v.raw) && Number(v.raw) <= 255) return Number(v.raw);
  return fail(`JSON stanza: ${path} must be an integer from 0 to 255`, v.start);
}

function toBytes(v: JValue & { kind: 'object' }, path: string): Uint8Array {
  const type = v.entries.find((e) => e.key === 'type');
  const data = v.entries.find((e) => e.key === 'data');
  if (type !== undefined || data !== undefined) {
    if (
      v.entries.length !== 2 ||
      type === undefined ||
      type.value.kind !== 'string' ||
      type.value.value !== 'Buffer' ||
      data === undefined ||
      data.value.kind !== 'array'
    ) {
      fail(`JSON stanza: ${path} bytes must be exactly {"type":"Buffer","data":[...]}`, v.start);
    }
    const items = data.value.items;
    const out = new Uint8Array(items.length);
    for (let k = 0; k < items.length; k++) out[k] = byteAt(items[k] as JValue, `${path}.data[${k}]`);
    return out;
  }
  // The shape JSON.stringify gives a Uint8Array: keys "0", "1", ... in order.
  const out = new Uint8Array(v.entries.length);
  for (let k = 0; k < v.entries.length; k++) {
    const entry = v.entries[k] as JEntry;
    if (entry.key !== String(k)) {
      fail(
        `JSON stanza: ${path} must be an array of nodes, a string, bytes ({"type":"Buffer","data":[...]}) or null`,
        v.start,
      );
    }
    out[k] = byteAt(entry.value, `${path}[key #${k}]`);
  }
  return out;
}

export function readJson(text: string): TreeResult {
  const index = lineIndex(text);
  try {
    return { ok: true, tree: toNode(parseJson(text), '$', 1, index) };
  } catch (err) {
    if (err instanceof ReaderFailure) return { ok: false, error: toReadError(err, index) };
    throw err;
  }
}
