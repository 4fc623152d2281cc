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
 * other value at its first character. The JSON itself is read by jsonc-parser (VS Code's JSON
 * scanner and parser) in strict mode: no comments, no trailing commas; nesting is bounded so its
 * recursion depth is bounded.
 *
 * Error messages name the JSON path (`$.content[0].attrs.from`); a key that does not look like
 * a plain name (or holds more than four digits) is shown by its index (`[key #2]`) instead, so
 * that no personal data can reach a message through a key.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';
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

function describe(v: JValue): string {
  return v.kind === 'object' ? 'an object' : v.kind === 'array' ? 'an array' : `a ${v.kind}`;
}

/** What may come next at a point of the text: the state the syntax error messages are built from. */
type Expect = 'key' | 'colon' | 'value' | 'comma' | 'end';

/** An object or array being read: where it starts, what it holds so far, what may come next. */
interface Frame {
  value: JValue & { kind: 'object' | 'array' };
  keys: Set<string>;
  /** The key read last, waiting for its value (objects). */
  key?: { key: string; keyStart: number };
  expect: Expect;
}

/** The longest prefix of a number token that is a JSON number (where a bad number stops being one). */
const NUMBER_PREFIX = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** The valid part of a string's body: plain characters and escapes, up to the closing quote or an error. */
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4}))*/y;

// jsonc-parser's error codes by name (its ParseErrorCode is a const enum, which type stripping cannot inline).
const STRING_ERRORS = new Set([
  'UnexpectedEndOfString',
  'InvalidCharacter',
  'InvalidEscapeCharacter',
  'InvalidUnicode',
]);

/** The message for a token that may not stand here, from what was expected. */
function unexpected(expect: Expect, kind: 'object' | 'array' | undefined): string {
  switch (expect) {
    case 'key':
      return 'expected a string key';
    case 'colon':
      return "expected ':' after a key";
    case 'comma':
      return kind === 'array' ? "expected ',' or ']'" : "expected ',' or '}'";
    case 'end':
      return 'unexpected data after the JSON value';
    case 'value':
      return 'unexpected character, a value was expected';
  }
}

/**
 * The first syntax error jsonc-parser reports, as our message and offset. The message says what
 * was expected at that point (from `expect`, the state before the offending token). jsonc-parser
 * reports a string's errors at its opening quote, a bad number at its start and an unclosed object
 * or array at the end of the input; we point at the offending character inside the string, at the
 * character where the number stops being one, and at the `{` or `[` never closed (or at the end when
 * a value was still expected).
 */
function syntaxError(src: string, code: string, offset: number, expect: Expect, frame: Frame | undefined): ReaderFailure {
  const n = src.length;
  const at = (message: string, where: number) => new ReaderFailure(`JSON: ${message}`, where);
  const kind = frame?.value.kind;
  if (offset >= n) {
    if (expect === 'value' || frame === undefined) return at('unexpected end of input, a value was expected', n);
    return at(`unterminated ${frame.value.kind}`, frame.value.start);
  }
  if (STRING_ERRORS.has(code)) {
    // A string where none may stand is that error, whatever is inside it.
    if (expect !== 'value' && expect !== 'key') return at(unexpected(expect, kind), offset);
    // The first character of the string that breaks it: jsonc-parser keeps the last one it saw.
    STRING_BODY.lastIndex = offset + 1;
    const p = offset + 1 + (STRING_BODY.exec(src)?.[0].length ?? 0);
    if (p >= n) return at('unterminated string', offset);
    if (src.charCodeAt(p) < 0x20) return at('control character inside a string (escape it)', p);
    return at(src[p + 1] === 'u' ? 'bad \\u escape in a string' : 'bad escape sequence in a string', p);
  }
  if ((code === 'UnexpectedEndOfNumber' || code === 'InvalidNumberFormat') && expect === 'value') {
    NUMBER_PREFIX.lastIndex = offset;
    const prefix = NUMBER_PREFIX.exec(src)?.[0] ?? '';
    if (prefix !== '' && prefix !== '-') return at(unexpected(frame === undefined ? 'end' : 'comma', kind), offset + prefix.length);
  }
  return at(unexpected(expect, kind), offset);
}

/**
 * Parses strict JSON (RFC 8259: no comments, no trailing commas, one value) into a position-carrying
 * value tree with jsonc-parser's visitor; duplicate keys and nesting deeper than MAX_JSON_NESTING are
 * errors too (the latter before the parser's recursion gets deep). Offsets are UTF-16 code units.
 */
function parseJson(text: string): JValue {
  // A leading byte-order mark is allowed: blank it so offsets stay those of the text.
  const src = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const stack: Frame[] = [];
  let closed: Frame | undefined;
  let root: JValue | undefined;

  const add = (value: JValue): void => {
    const top = stack.at(-1);
    if (top === undefined) root = value;
    else if (top.value.kind === 'array') top.value.items.push(value);
    else if (top.key !== undefined) {
      top.value.entries.push({ ...top.key, value });
      top.key = undefined;
    }
    if (top !== undefined) top.expect = 'comma';
  };
  const open = (value: JValue & { kind: 'object' | 'array' }): void => {
    if (stack.length >= MAX_JSON_NESTING) fail(`JSON: nested deeper than ${MAX_JSON_NESTING} levels`, value.start);
    add(value);
    stack.push({ value, keys: new Set(), expect: value.kind === 'object' ? 'key' : 'value' });
  };

  visit(
    src,
    {
      onObjectBegin: (offset) => open({ kind: 'object', start: offset, entries: [] }),
      onArrayBegin: (offset) => open({ kind: 'array', start: offset, items: [] }),
      // jsonc-parser ends an object or array before it reports the missing `}` or `]`.
      onObjectEnd: () => void (closed = stack.pop()),
      onArrayEnd: () => void (closed = stack.pop()),
      onObjectProperty: (key, offset) => {
        const top = stack.at(-1);
        if (top === undefined) return;
        if (top.keys.has(key)) fail('JSON: duplicate key in an object', offset);
        top.keys.add(key);
        top.key = { key, keyStart: offset };
        top.expect = 'colon';
      },
      onSeparator: (character) => {
        const top = stack.at(-1);
        if (top !== undefined) top.expect = character === ':' ? 'value' : top.value.kind === 'object' ? 'key' : 'value';
      },
      onLiteralValue: (value: unknown, offset, length) => {
        if (typeof value === 'string') add({ kind: 'string', start: offset, value });
        else if (typeof value === 'number') add({ kind: 'number', start: offset, raw: src.slice(offset, offset + length) });
        else if (typeof value === 'boolean') add({ kind: 'boolean', start: offset, value });
        else add({ kind: 'null', start: offset });
      },
      onError: (error, offset) => {
        const code = printParseErrorCode(error);
        const unclosed = code === 'CloseBraceExpected' || code === 'CloseBracketExpected';
        const frame = unclosed ? closed : stack.at(-1);
        const expect = frame?.expect ?? (root === undefined ? 'value' : 'end');
        throw syntaxError(src, code, offset, expect, frame);
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (root === undefined) return fail('JSON: unexpected end of input, a value was expected', src.length);
  return root;
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
