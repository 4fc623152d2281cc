// Invisible format characters (Unicode general category Cf: bidirectional controls, zero-width
// characters, the soft hyphen, tag characters, …) in what a contributor typed. The scanner reads
// through them (normalize.ts strips them before detecting); this module reports them, as a warning
// naming field, line, column and count, and removes them from the values that are written into the
// record, so that what the corpus holds is what a reviewer sees (Trojan Source, CVE-2021-42574;
// "ASCII smuggling" with tag characters).
//
// Kept: ZERO WIDTH JOINER / NON-JOINER (U+200D, U+200C) between two non-ASCII characters that are
// not digits, where they join letters of Arabic, Persian or Indic scripts and emoji sequences
// (👨‍👩‍👧); next to ASCII or to a digit they serve no script and are removed.
import type { Finding } from './types.ts';
import { RULES } from './rules.ts';
import { lineColumn, lineStarts } from '../text/lines.ts';
import { isFormatCodePoint } from './normalize.ts';

const FORMAT_GLOBAL = /\p{Cf}/gu;
const DIGIT = /\p{Nd}/u;

/** Bidirectional controls: LRM, RLM, ALM, LRE…RLO (U+202A–U+202E), LRI…PDI (U+2066–U+2069). */
export function isBidiControl(cp: number): boolean {
  return cp === 0x200e || cp === 0x200f || cp === 0x061c || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/** A format character (category Cf). */
export function isFormatCharacter(cp: number): boolean {
  return isFormatCodePoint(cp);
}

/** A joiner kept in place: ZWJ/ZWNJ between two non-ASCII, non-digit characters. */
function keptJoiner(text: string, at: number, cp: number): boolean {
  if (cp !== 0x200c && cp !== 0x200d) return false;
  const before = text.codePointAt(at - 1 >= 0 && /[\udc00-\udfff]/.test(text.charAt(at - 1)) ? at - 2 : at - 1);
  const after = text.codePointAt(at + 1);
  const joins = (c: number | undefined): boolean => c !== undefined && c >= 0x80 && !DIGIT.test(String.fromCodePoint(c)) && !isFormatCharacter(c);
  return joins(before) && joins(after);
}

/** Offsets and code points of the format characters that are removed, in text order. */
function removed(text: string): { at: number; cp: number; size: number }[] {
  const out: { at: number; cp: number; size: number }[] = [];
  FORMAT_GLOBAL.lastIndex = 0;
  for (let m = FORMAT_GLOBAL.exec(text); m; m = FORMAT_GLOBAL.exec(text)) {
    const cp = m[0].codePointAt(0) ?? 0;
    if (cp < 0xad || keptJoiner(text, m.index, cp)) continue;
    out.push({ at: m.index, cp, size: m[0].length });
  }
  return out;
}

/** `text` without the format characters that `formatFindings` reports. Linear. */
export function stripFormatCharacters(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  const cut = removed(text);
  if (cut.length === 0) return text;
  let out = '';
  let from = 0;
  for (const c of cut) {
    out += text.slice(from, c.at);
    from = c.at + c.size;
  }
  return out + text.slice(from);
}

/** Runs reported one by one per text; the rest are summed up in one last warning. */
const MAX_RUNS = 16;

/**
 * One `format-character` warning per run of adjacent removed characters: field, 1-based line and
 * column of the first, `length` = number of characters in the run, and whether bidirectional
 * controls are among them. Past MAX_RUNS runs, one more warning at the next run counts all the
 * characters left (a text made of them cannot flood the report). Never any character of the text.
 */
export function formatFindings(field: string, text: string): Finding[] {
  if (!/[^\x00-\x7f]/.test(text)) return [];
  let starts: number[] | undefined;
  const findings: Finding[] = [];
  const base = RULES['format-character'].message;
  const colon = base.indexOf(':');
  const report = (at: number, count: number, bidi: boolean, more: boolean): void => {
    starts ??= lineStarts(text);
    const { line, column } = lineColumn(starts, at);
    const detail = more
      ? ` (${count} more from here on${bidi ? ', bidirectional controls among them' : ''})`
      : ` (here ${count === 1 ? 'one' : String(count)}${bidi ? ', bidirectional controls among them' : ''})`;
    findings.push({ rule: 'format-character', severity: 'warn', field, line, column, encoding: 'text', length: count, message: base.slice(0, colon) + detail + base.slice(colon) });
  };
  // The current run: where it starts, where it ends (exclusive), how many characters, any bidi.
  let runAt = -1;
  let runEnd = -1;
  let count = 0;
  let bidi = false;
  let runs = 0;
  let summing = false; // past MAX_RUNS runs: everything left is one summing run
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xad) continue;
    const cp = text.codePointAt(i) ?? 0;
    const size = cp > 0xffff ? 2 : 1;
    if (!isFormatCodePoint(cp) || keptJoiner(text, i, cp)) {
      i += size - 1;
      continue;
    }
    if (runAt >= 0 && (i === runEnd || summing)) {
      count++;
      bidi ||= isBidiControl(cp);
      runEnd = i + size;
    } else {
      if (runAt >= 0) report(runAt, count, bidi, false);
      runs++;
      summing = runs > MAX_RUNS;
      runAt = i;
      runEnd = i + size;
      count = 1;
      bidi = isBidiControl(cp);
    }
    i += size - 1;
  }
  if (runAt >= 0) report(runAt, count, bidi, summing);
  return findings;
}
