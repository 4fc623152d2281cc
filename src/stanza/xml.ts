/**
 * A small, strict, linear-time reader for the XML-ish text form of a stanza.
 *
 * Supported: elements, attributes in single or double quotes, self-closing tags, text content,
 * the five predefined entities and numeric character references, comments, CDATA sections and
 * processing instructions (so an optional `<?xml ...?>` prolog) which are skipped.
 * Not supported (an error): DOCTYPE and other `<!` declarations, so no entity expansion.
 *
 * Text content is kept only on elements without child elements; it is trimmed of XML whitespace
 * and whitespace-only text is ignored. Its position is the first non-whitespace character.
 *
 * The reader is a single forward pass with an explicit element stack (no recursion); every search
 * (`indexOf`) either advances the cursor past what it scanned or ends the read with an error, so
 * the work is linear in the input length. Nesting deeper than MAX_DEPTH is an error.
 */
import { isNameChar, isNameStart, MAX_DEPTH, ReaderFailure, toReadError } from './failure.ts';
import type { TreeResult } from './failure.ts';
import { formatPosition, lineIndex, positionAt, type LineIndex } from './position.ts';
import type { Position, StanzaAttr, StanzaNode } from './types.ts';

interface OpenElement {
  node: StanzaNode;
  /** Offset of the `<` of the start tag. */
  start: number;
  /** Decoded text chunks seen directly inside the element. */
  texts: string[];
  /** Offset of the first non-whitespace text character, or -1. */
  textStart: number;
}

function isXmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** A Map, not an object literal: `&valueOf;` must not find Object.prototype members. */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** Longest entity reference we look at: `&#x10FFFF;` and `&#1114111;` are 10 characters. */
const MAX_ENTITY_LENGTH = 10;

function fail(message: string, offset: number): never {
  throw new ReaderFailure(message, offset);
}

export function readXml(text: string): TreeResult {
  const index = lineIndex(text);
  try {
    return { ok: true, tree: new XmlReader(text, index).read() };
  } catch (err) {
    if (err instanceof ReaderFailure) return { ok: false, error: toReadError(err, index) };
    throw err;
  }
}

/**
 * The state of one read, and the steps of the pass as methods. A class, not closures made inside
 * readXml: V8 optimises a method once for every read, while functions created anew by each call were
 * optimised again and again (on 100,000 generated captures, TurboFan compiled the start-tag reader
 * 27 times and `node --trace-opt` put ≈2.9 s of compile time on the XML reader; with the class,
 * `validate` took 9.3 against 11.0 s of CPU, 6 alternating runs).
 */
class XmlReader {
  private readonly src: string;
  private readonly index: LineIndex;
  private readonly n: number;
  private readonly stack: OpenElement[] = [];
  private root: StanzaNode | undefined;
  // Next '&' and '<' at or after the last search point. The readers only move forward, so
  // caching them keeps bounded look-ups (inside one value or text run) from rescanning the rest
  // of the input again and again.
  private nextAmp = -2;
  private nextLt = -2;

  constructor(src: string, index: LineIndex) {
    this.src = src;
    this.index = index;
    this.n = src.length;
  }

  read(): StanzaNode {
    const { src, n, stack } = this;
    let i = src.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (i < n) {
      const lt = src.indexOf('<', i);
      const textEnd = lt === -1 ? n : lt;
      if (textEnd > i) this.addText(i, textEnd, false);
      if (lt === -1) break;
      if (src.startsWith('<!--', lt)) {
        const close = src.indexOf('-->', lt + 4);
        if (close === -1) fail('unterminated comment: no closing -->', lt);
        i = close + 3;
      } else if (src.startsWith('<![CDATA[', lt)) {
        const close = src.indexOf(']]>', lt + 9);
        if (close === -1) fail('unterminated CDATA section: no closing ]]>', lt);
        if (stack.length === 0) fail('CDATA section outside the root element', lt);
        this.addText(lt + 9, close, true);
        i = close + 3;
      } else if (src.startsWith('<?', lt)) {
        const close = src.indexOf('?>', lt + 2);
        if (close === -1) fail('unterminated prolog or processing instruction: no closing ?>', lt);
        i = close + 2;
      } else if (src.startsWith('<!', lt)) {
        fail('DOCTYPE and other <! declarations are not supported', lt);
      } else if (src.startsWith('</', lt)) {
        i = this.closeTag(lt);
      } else {
        i = this.startTag(lt);
      }
    }

    const open = stack[stack.length - 1];
    if (open !== undefined) fail('unclosed tag: the element is never closed', open.start);
    if (this.root === undefined) return fail('no root element', n);
    return this.root;
  }

  private pos(offset: number): Position {
    return positionAt(this.index, offset);
  }

  private skipSpace(from: number): number {
    let j = from;
    while (j < this.n && isXmlSpace(this.src.charCodeAt(j))) j++;
    return j;
  }

  private readName(from: number): number {
    let j = from;
    while (j < this.n && isNameChar(this.src.charCodeAt(j))) j++;
    return j;
  }

  private findAmp(from: number): number {
    if (this.nextAmp !== -1 && this.nextAmp < from) this.nextAmp = this.src.indexOf('&', from);
    return this.nextAmp;
  }

  private findLt(from: number): number {
    if (this.nextLt !== -1 && this.nextLt < from) this.nextLt = this.src.indexOf('<', from);
    return this.nextLt;
  }

  /** Decodes entity and character references in src[start, end). */
  private decode(start: number, end: number): string {
    const { src } = this;
    let amp = this.findAmp(start);
    if (amp === -1 || amp >= end) return src.slice(start, end);
    let out = '';
    let k = start;
    while (amp !== -1 && amp < end) {
      out += src.slice(k, amp);
      let semi = -1;
      const limit = Math.min(end, amp + MAX_ENTITY_LENGTH);
      for (let m = amp + 1; m < limit; m++) {
        if (src.charCodeAt(m) === 59) {
          semi = m;
          break;
        }
      }
      if (semi === -1) fail('unknown or malformed entity reference (write a literal & as &amp;)', amp);
      const body = src.slice(amp + 1, semi);
      const named = NAMED_ENTITIES.get(body);
      if (named !== undefined) {
        out += named;
      } else {
        let cp = Number.NaN;
        if (/^#x[0-9A-Fa-f]{1,6}$/.test(body)) cp = Number.parseInt(body.slice(2), 16);
        else if (/^#[0-9]{1,7}$/.test(body)) cp = Number.parseInt(body.slice(1), 10);
        else fail('unknown or malformed entity reference (write a literal & as &amp;)', amp);
        if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) {
          fail('character reference to a code point that is not allowed', amp);
        }
        out += String.fromCodePoint(cp);
      }
      k = semi + 1;
      amp = this.findAmp(k);
    }
    return out + src.slice(k, end);
  }

  /** Character data in src[start, end): `raw` for CDATA (no references). */
  private addText(start: number, end: number, raw: boolean): void {
    const { src, stack, root } = this;
    let first = start;
    while (first < end && isXmlSpace(src.charCodeAt(first))) first++;
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (first < end) {
        fail(
          root === undefined ? 'text before the root element' : 'text after the root element',
          first,
        );
      }
      return;
    }
    const chunk = raw ? src.slice(start, end) : this.decode(start, end);
    if (first < end && top.textStart === -1) top.textStart = first;
    top.texts.push(chunk);
  }

  private finish(open: OpenElement): void {
    if (open.node.children.length === 0 && open.textStart !== -1) {
      const joined = open.texts.join('').replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
      if (joined !== '') open.node.content = { kind: 'text', text: joined, pos: this.pos(open.textStart) };
    }
  }

  private startTag(lt: number): number {
    const { src, n, stack } = this;
    let j = lt + 1;
    if (!isNameStart(src.charCodeAt(j))) fail("'<' is not followed by a tag name", lt);
    j = this.readName(j);
    const tag = src.slice(lt + 1, j);
    if (stack.length === 0 && this.root !== undefined) {
      fail('a second root element: a stanza has exactly one root', lt);
    }
    if (stack.length >= MAX_DEPTH) fail(`elements nested deeper than ${MAX_DEPTH} levels`, lt);
    const attrs: StanzaAttr[] = [];
    const seen = new Set<string>();
    let selfClosing = false;
    for (;;) {
      const before = j;
      j = this.skipSpace(j);
      if (j >= n) fail('unterminated start tag: no closing >', lt);
      const c = src.charCodeAt(j);
      if (c === 62) {
        j++;
        break;
      }
      if (c === 47) {
        if (src.charCodeAt(j + 1) === 62) {
          j += 2;
          selfClosing = true;
          break;
        }
        fail("bad start tag syntax: '/' must be followed by '>'", j);
      }
      if (!isNameStart(c)) fail('bad attribute syntax: unexpected character in the start tag', j);
      if (j === before) fail('bad attribute syntax: whitespace is required before an attribute', j);
      const nameStart = j;
      j = this.readName(j);
      const name = src.slice(nameStart, j);
      if (seen.has(name)) fail('duplicate attribute in the same element', nameStart);
      seen.add(name);
      j = this.skipSpace(j);
      if (j >= n) fail('unterminated start tag: no closing >', lt);
      if (src.charCodeAt(j) !== 61) fail("bad attribute syntax: expected '=' after the attribute name", j);
      j = this.skipSpace(j + 1);
      if (j >= n) fail('unterminated start tag: no closing >', lt);
      const quote = src.charCodeAt(j);
      if (quote !== 34 && quote !== 39) {
        fail('bad attribute syntax: the value must be in single or double quotes', j);
      }
      const close = src.indexOf(quote === 34 ? '"' : "'", j + 1);
      const lessThan = this.findLt(j + 1);
      if (close === -1 || (lessThan !== -1 && lessThan < close)) {
        fail("unterminated quote: the attribute value is not closed before the end or before a '<'", j);
      }
      attrs.push({ name, value: this.decode(j + 1, close), pos: this.pos(j + 1) });
      j = close + 1;
    }
    const node: StanzaNode = { tag, attrs, children: [], pos: this.pos(lt) };
    const parent = stack[stack.length - 1];
    if (parent === undefined) this.root = node;
    else parent.node.children.push(node);
    if (!selfClosing) stack.push({ node, start: lt, texts: [], textStart: -1 });
    return j;
  }

  private closeTag(lt: number): number {
    const { src, n, stack, root } = this;
    let j = lt + 2;
    if (!isNameStart(src.charCodeAt(j))) fail("bad close tag: '</' is not followed by a tag name", lt);
    j = this.readName(j);
    const tag = src.slice(lt + 2, j);
    j = this.skipSpace(j);
    if (j >= n) fail('unterminated close tag: no closing >', lt);
    if (src.charCodeAt(j) !== 62) fail("bad close tag syntax: expected '>'", j);
    const top = stack[stack.length - 1];
    if (top === undefined) {
      fail(
        root === undefined
          ? 'close tag without a matching start tag'
          : 'close tag after the root element was closed',
        lt,
      );
    } else if (top.node.tag !== tag) {
      // Closing an outer element: the inner one was left open. Point at what to fix.
      for (let k = stack.length - 2; k >= 0; k--) {
        if (stack[k]?.node.tag === tag) {
          fail(
            `unclosed tag: the element is not closed before the close tag at ${formatPosition(this.pos(lt))} ends an outer element`,
            top.start,
          );
        }
      }
      fail(
        `mismatched close tag: it does not close the innermost open element (started at ${formatPosition(top.node.pos)})`,
        lt,
      );
    } else {
      stack.pop();
      this.finish(top);
    }
    return j + 1;
  }
}
