// Unicode normalisation before scanning, with a map back to the ORIGINAL text so findings report
// where the user typed the value. Linear time: one pass over code points, each starter and its
// combining marks normalised as one small chunk.
//
// Speed: ASCII is NFKC-stable and never stripped, so pure-ASCII text comes back as is with an
// identity map, and ASCII runs inside other text are copied as whole slices. The offset map is kept
// piecewise (a breakpoint wherever the mapping changes: identity with a new shift, or a chunk whose
// units all map to its start) and expanded into an array only if someone reads `map`; the scanner
// itself asks `origin(i)` for the few offsets it reports.

export interface Normalized {
  /** NFKC text without invisible format characters, every decimal digit as its ASCII digit. */
  text: string;
  /**
   * `map[i]` is the offset (UTF-16 code unit) in the original text of the character that produced
   * normalised code unit `i`; `map[text.length]` is the original length. Built on first read.
   */
  readonly map: Int32Array;
  /** `map[i]` without building the array: O(log changes). */
  origin(i: number): number;
}

/**
 * Invisible characters removed before scanning: every format character (Unicode category Cf:
 * zero-width U+200B–U+200D, U+2060–U+2064, U+FEFF, bidi controls U+200E, U+200F, U+061C,
 * U+202A–U+202E, U+2066–U+2069, the soft hyphen U+00AD, the Mongolian vowel separator U+180E, tag
 * characters U+E0000–U+E007F, …) plus the combining grapheme joiner U+034F, all of which can hide
 * inside a number. (format.ts reports them and keeps them out of the written record.)
 */
export function isStrippedInvisible(cp: number): boolean {
  return cp >= 0xad && (cp === 0x034f || classify(cp) === FORMAT_CP);
}

/** A format character (category Cf), from the cache below. */
export function isFormatCodePoint(cp: number): boolean {
  return cp >= 0xad && classify(cp) === FORMAT_CP;
}

// Per-code-point class, computed once per distinct code point (a regex test each) and cached:
// BMP in an array, astral planes in a map.
const UNKNOWN_CP = 0;
const OTHER_CP = 1;
const FORMAT_CP = 2;
const DIGIT_CP = 3; // DIGIT_CP + value: a decimal digit (category Nd) of that value
const BMP_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, number>();
const IS_FORMAT = /^\p{Cf}$/u;
const IS_DIGIT = /^\p{Nd}$/u;

function classify(cp: number): number {
  let k = cp < 0x10000 ? (BMP_CLASS[cp] ?? UNKNOWN_CP) : (ASTRAL_CLASS.get(cp) ?? UNKNOWN_CP);
  if (k !== UNKNOWN_CP) return k;
  const ch = String.fromCodePoint(cp);
  if (IS_FORMAT.test(ch)) k = FORMAT_CP;
  else if (IS_DIGIT.test(ch)) {
    // Decimal digits come in complete, contiguous runs 0…9 (Unicode §4.6, Numeric_Type=Decimal), so
    // a digit's value is its distance from the start of its run of digits, modulo 10.
    let start = cp;
    while (start > 0 && IS_DIGIT.test(String.fromCodePoint(start - 1))) start--;
    k = DIGIT_CP + ((cp - start) % 10);
  } else k = OTHER_CP;
  if (cp < 0x10000) BMP_CLASS[cp] = k;
  else ASTRAL_CLASS.set(cp, k);
  return k;
}

/**
 * The value of a decimal digit of any script (`٤` → 4, `४` → 4, `๔` → 4), or -1. NFKC maps only
 * compatibility digits (full-width, mathematical, circled) to ASCII; Arabic-Indic, Devanagari,
 * Bengali, Thai, … digits stay, so the scanner reads them by value here.
 */
export function digitValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 0x660) return -1; // no decimal digit below Arabic-Indic zero but ASCII
  const k = classify(cp);
  return k >= DIGIT_CP ? k - DIGIT_CP : -1;
}

// NFKC + digit mapping of one character (a chunk of one code point), cached: `String#normalize`
// costs about a microsecond a call, and adversarial or non-Latin text repeats few characters.
const CHAR_CACHE = new Map<string, string>();

function normalizedChar(ch: string): string {
  let norm = CHAR_CACHE.get(ch);
  if (norm === undefined) {
    norm = asciiDigits(ch.normalize('NFKC'));
    if (CHAR_CACHE.size < 65536) CHAR_CACHE.set(ch, norm);
  }
  return norm;
}

/** `text` with every non-ASCII decimal digit replaced by its ASCII digit (same length or shorter). */
function asciiDigits(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const size = cp > 0xffff ? 2 : 1;
    if (cp >= 0x660) {
      const v = digitValue(cp);
      if (v >= 0) {
        out += text.slice(from, i) + String.fromCharCode(48 + v);
        from = i + size;
      }
    }
    i += size;
  }
  return from === 0 ? text : out + text.slice(from);
}

const COMBINING = /^\p{M}$/u;
const NON_ASCII = /[^\x00-\x7f]/;
const NEXT_NON_ASCII = /[^\x00-\x7f]/g;

/** The next non-ASCII offset after `from`, from the caller's list (ascending) or by a search. */
function nextNonAscii(text: string, from: number, known: readonly number[] | undefined, cursor: { at: number }): number {
  if (known) {
    while (cursor.at < known.length && (known[cursor.at] ?? 0) <= from) cursor.at++;
    return known[cursor.at] ?? text.length;
  }
  NEXT_NON_ASCII.lastIndex = from + 1;
  const found = NEXT_NON_ASCII.exec(text);
  return found ? found.index : text.length;
}

/**
 * The piecewise map. Breakpoint k starts at normalised offset `at[k]`; from there on a unit maps to
 * `i + shift[k]` when `fixed[k]` is -1 (identity), else to `fixed[k]` (every unit of one chunk).
 */
class OffsetMap {
  readonly at: number[] = [];
  readonly shift: number[] = [];
  readonly fixed: number[] = [];

  /** Units from normalised offset `norm` on map to `norm + (orig - norm)`, i.e. identity from `orig`. */
  identityFrom(norm: number, orig: number): void {
    const k = this.at.length - 1;
    const shift = orig - norm;
    if (k >= 0 && this.fixed[k] === -1 && this.shift[k] === shift) return;
    if (k < 0 && shift === 0) return; // the implicit start: identity, no shift
    this.push(norm, shift, -1);
  }

  /** Units from normalised offset `norm` on all map to `orig`. */
  fixedFrom(norm: number, orig: number): void {
    this.push(norm, 0, orig);
  }

  private push(norm: number, shift: number, fixed: number): void {
    const k = this.at.length - 1;
    if (k >= 0 && this.at[k] === norm) {
      // An empty piece (a stripped character) is superseded by what follows it.
      this.shift[k] = shift;
      this.fixed[k] = fixed;
      return;
    }
    this.at.push(norm);
    this.shift.push(shift);
    this.fixed.push(fixed);
  }

  lookup(i: number): number {
    let lo = 0;
    let hi = this.at.length - 1;
    if (hi < 0 || i < (this.at[0] ?? 0)) return i;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.at[mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    const fixed = this.fixed[lo] ?? -1;
    return fixed >= 0 ? fixed : i + (this.shift[lo] ?? 0);
  }
}

/** A normalised text and its offsets; the array form of the map is built on first read only. */
class NormalizedText implements Normalized {
  readonly text: string;
  /** Length of the original text (`map[text.length]`). */
  private readonly total: number;
  /** Undefined: every offset maps to itself. */
  private readonly offsets: OffsetMap | undefined;
  private built: Int32Array | undefined;

  constructor(text: string, total: number, offsets: OffsetMap | undefined) {
    this.text = text;
    this.total = total;
    this.offsets = offsets;
  }

  get map(): Int32Array {
    if (!this.built) {
      const built = new Int32Array(this.text.length + 1);
      for (let k = 0; k < this.text.length; k++) built[k] = this.origin(k);
      built[this.text.length] = this.total;
      this.built = built;
    }
    return this.built;
  }

  origin(i: number): number {
    if (i >= this.text.length) return this.total;
    return this.offsets ? this.offsets.lookup(i) : i;
  }
}

/**
 * NFKC + strip invisibles + decimal digits by value; full-width digits and symbols (`４９`, `＠`)
 * become ASCII through NFKC, digits of other scripts (`٤٩`, `४९`) through `digitValue`.
 * `nonAscii`, when the caller already knows them, lists the offsets of every non-ASCII code unit in
 * ascending order (the scanner's tokenising pass collects them); otherwise they are searched for.
 * When nothing changes, `text` is `original` itself.
 */
export function normalizeForScan(original: string, nonAscii?: readonly number[]): Normalized {
  // Fast path: ASCII is NFKC-stable and never stripped.
  if (nonAscii ? nonAscii.length === 0 : !NON_ASCII.test(original)) return new NormalizedText(original, original.length, undefined);
  const cursor = { at: 0 };
  const out: string[] = [];
  const offsets = new OffsetMap();
  let length = 0; // normalised code units emitted so far
  let changed = false;
  let chunk = '';
  let chunkStart = 0;
  const flush = (): void => {
    if (chunk === '') return;
    const norm = chunk.length === 1 && chunk.charCodeAt(0) < 0x80 ? chunk : chunk.length <= 2 ? normalizedChar(chunk) : asciiDigits(chunk.normalize('NFKC'));
    // A one-unit chunk that normalises to one unit (itself, or `４` → `4`) maps to its own offset:
    // identity, which merges with its neighbours' piece. Anything else (composed, expanded, astral)
    // maps every unit to the chunk's start.
    if (chunk.length === 1 && norm.length === 1) offsets.identityFrom(length, chunkStart);
    else offsets.fixedFrom(length, chunkStart);
    if (norm !== chunk) changed = true;
    out.push(norm);
    length += norm.length;
    chunk = '';
  };
  let i = 0;
  while (i < original.length) {
    if (original.charCodeAt(i) < 0x80) {
      // A run of ASCII: NFKC-stable, never stripped, never a combining mark, so every character but
      // the last is a one-character chunk of its own; copy those at once. The last one goes through
      // the loop below, since a combining mark right after it joins its chunk (`e` + U+0301 → `é`).
      // The end of the run is looked up, not found character by character.
      const end = nextNonAscii(original, i, nonAscii, cursor);
      if (end - 1 > i) {
        flush();
        offsets.identityFrom(length, i);
        out.push(original.slice(i, end - 1));
        length += end - 1 - i;
        i = end - 1;
      }
    }
    const cp = original.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (isStrippedInvisible(cp)) {
      changed = true;
      i += ch.length;
      continue;
    }
    // Combining marks attach to the chunk (bounded: past 64 code units a new chunk starts).
    if (chunk !== '' && cp >= 0x300 && chunk.length < 64 && COMBINING.test(ch)) {
      chunk += ch;
      i += ch.length;
      continue;
    }
    flush();
    chunk = ch;
    chunkStart = i;
    i += ch.length;
  }
  flush();
  // Nothing stripped and every chunk unchanged: the text is the original (the map may still pin
  // astral characters and mark clusters to their start).
  const text = changed ? out.join('') : original;
  return new NormalizedText(text, original.length, offsets);
}

export { lineColumn, lineStarts } from '../text/lines.ts';
