/**
 * The stanza reader: detects the format of a raw stanza (never assumes it) and reads it into a
 * StanzaNode tree, or into bytes when it is binary that does not decode to a readable tree.
 *
 * Detection, on the text after leading whitespace (space, tab, CR, LF, BOM):
 * 1. starts with `<` → xml; starts with `{` → json;
 * 2. hex in any supported layout (see binary.ts) → hex; a text of hex digits only is hex even when
 *    it would also be valid base64;
 * 3. valid base64 (see binary.ts) → base64;
 * 4. anything else is not readable: `{ ok: false }` without a format, at the point where the
 *    reading as hex or as base64 (whichever went further) broke down.
 *
 * Hex and base64 bodies are decoded; when the bytes are valid UTF-8 text that reads as XML or
 * JSON, the tree comes from that text (one level only: decoded text that is itself hex or base64
 * is not decoded again) and its positions are relative to the decoded text, returned as
 * `decoded.text`. Otherwise the result is `{ ok: true, format, bytes }` without a tree (the
 * WhatsApp binary node format is not decoded here).
 *
 * Messages never contain characters of the input; positions are 1-based line/column
 * (see position.ts for the conventions).
 */
import type { RawFormat } from '../spec/vocabulary.ts';
import { scanBase64, scanHex } from './binary.ts';
import type { TreeResult } from './failure.ts';
import { readJson } from './json.ts';
import { formatPosition, lineIndex, positionAt } from './position.ts';
import type { ReadError, ReadResult } from './types.ts';
import { readXml } from './xml.ts';

export { MAX_DEPTH } from './failure.ts';

export const NOT_READABLE = 'not XML, JSON, hex or base64';

function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) return i;
  }
  return -1;
}

/** The format of a raw stanza, or undefined when it is empty or none of the four formats. */
export function detectFormat(text: string): RawFormat | undefined {
  const first = firstNonSpace(text);
  if (first === -1) return undefined;
  const c = text.charCodeAt(first);
  if (c === 60) return 'xml';
  if (c === 123) return 'json';
  if (scanHex(text).kind !== 'no') return 'hex';
  if (scanBase64(text).kind === 'bytes') return 'base64';
  return undefined;
}

function errorAt(text: string, message: string, offset: number): ReadError {
  const { line, column } = positionAt(lineIndex(text), offset);
  return { message, line, column };
}

function fromTree(format: RawFormat, result: TreeResult): ReadResult {
  return result.ok ? { ok: true, format, tree: result.tree } : { ok: false, format, error: result.error };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Turns decoded hex/base64 bytes into a tree when they are UTF-8 XML or JSON text. */
function fromBytes(format: 'hex' | 'base64', bytes: Uint8Array): ReadResult {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { ok: true, format, bytes };
  }
  const first = firstNonSpace(text);
  const c = first === -1 ? -1 : text.charCodeAt(first);
  if (c !== 60 && c !== 123) return { ok: true, format, bytes };
  const inner = c === 60 ? 'xml' : 'json';
  const result = inner === 'xml' ? readXml(text) : readJson(text);
  if (!result.ok) return { ok: true, format, bytes, decodedError: result.error };
  return { ok: true, format, tree: result.tree, decoded: { format: inner, text } };
}

/** Detects the format of `text` and reads it. Pure; errors are values. */
export function readStanza(text: string): ReadResult {
  const first = firstNonSpace(text);
  if (first === -1) {
    return { ok: false, error: { message: 'empty stanza: there is nothing to read', line: 1, column: 1 } };
  }
  const c = text.charCodeAt(first);
  if (c === 60) return fromTree('xml', readXml(text));
  if (c === 123) return fromTree('json', readJson(text));

  const hex = scanHex(text);
  if (hex.kind === 'bytes') return fromBytes('hex', hex.bytes);
  if (hex.kind === 'error') {
    return { ok: false, format: 'hex', error: errorAt(text, `hex: ${hex.message}`, hex.offset) };
  }
  const b64 = scanBase64(text);
  if (b64.kind === 'bytes') return fromBytes('base64', b64.bytes);

  const offset = Math.max(first, hex.failOffset, b64.failOffset);
  const where = positionAt(lineIndex(text), offset);
  return {
    ok: false,
    error: {
      message: `${NOT_READABLE}: it does not start with '<' or '{', and reading it as hex or as base64 fails at ${formatPosition(where)}`,
      line: where.line,
      column: where.column,
    },
  };
}
