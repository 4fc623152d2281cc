// FROZEN PRE-OPTIMISATION REFERENCE: a verbatim copy of src/sanitize/normalize.ts as of commit 837d480, kept
// ONLY for test/sanitize/differential.test.ts (the optimised scanner must find exactly what this
// one finds). Nothing in src/ may import it; do not edit it. Only its import paths were changed, to
// point at the unchanged modules in src/ (rules, types, placeholders, bytes, text/lines).

// Unicode normalisation before scanning, with a map back to the ORIGINAL text so findings report
// where the user typed the value. Linear time: one pass over code points, each starter and its
// combining marks normalised as one small chunk.

export interface Normalized {
  /** NFKC text without zero-width, bidi-control and other invisible format characters. */
  text: string;
  /**
   * `map[i]` is the offset (UTF-16 code unit) in the original text of the character that produced
   * normalised code unit `i`; `map[text.length]` is the original length.
   */
  map: Int32Array;
}

/**
 * Invisible characters removed before scanning: zero-width (U+200B–U+200D, U+2060, U+FEFF), bidi
 * controls (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), plus the soft hyphen U+00AD, the
 * combining grapheme joiner U+034F, the Mongolian vowel separator U+180E and the invisible
 * operators U+2061–U+2064, which hide inside a number the same way.
 */
export function isStrippedInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x180e
  );
}

const COMBINING = /^\p{M}$/u;

/** NFKC + strip invisibles; full-width digits and symbols (`４９`, `＠`) become ASCII through NFKC. */
export function normalizeForScan(original: string): Normalized {
  // Fast path: printable ASCII and ordinary whitespace are NFKC-stable and never stripped.
  if (/^[\x09\x0a\x0d\x20-\x7e]*$/.test(original)) {
    const map = new Int32Array(original.length + 1);
    for (let i = 0; i <= original.length; i++) map[i] = i;
    return { text: original, map };
  }
  const out: string[] = [];
  const offsets: number[] = [];
  let chunk = '';
  let chunkStart = 0;
  const flush = (): void => {
    if (chunk === '') return;
    const norm = chunk.length === 1 && chunk.charCodeAt(0) < 0x80 ? chunk : chunk.normalize('NFKC');
    for (let k = 0; k < norm.length; k++) offsets.push(chunkStart);
    out.push(norm);
    chunk = '';
  };
  let i = 0;
  while (i < original.length) {
    if (original.charCodeAt(i) < 0x80) {
      // A run of ASCII: NFKC-stable, never stripped, never a combining mark, so every character but
      // the last is a one-character chunk of its own; copy those at once. The last one goes through
      // the loop below, since a combining mark right after it joins its chunk (`e` + U+0301 → `é`).
      let end = i + 1;
      while (end < original.length && original.charCodeAt(end) < 0x80) end++;
      if (end - 1 > i) {
        flush();
        out.push(original.slice(i, end - 1));
        for (let k = i; k < end - 1; k++) offsets.push(k);
        i = end - 1;
      }
    }
    const cp = original.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (isStrippedInvisible(cp)) {
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
  const text = out.join('');
  const map = new Int32Array(text.length + 1);
  for (let k = 0; k < offsets.length; k++) map[k] = offsets[k] ?? 0;
  map[text.length] = original.length;
  return { text, map };
}

export { lineColumn, lineStarts } from '../../../src/text/lines.ts';
