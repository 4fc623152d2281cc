// The tokenising pass: ONE walk over the text that records, for each detector, the few positions
// where one of its matches can start (see text.ts for why).

import { CLASS, classOf, C_B64, C_CLOUD_START, C_DIGIT, C_EQUALS, C_HEX, C_LETTER, C_PHONE_START, C_SPACE, C_WRAP, NB_CLOUD, NB_DUMP, NB_IPV4, NB_MAC, NB_PHONE } from './shared.ts';

/** Where each detector's matches can start, in text order; see `tokenise`. */
export interface Candidates {
  /** Maximal runs of `[A-Za-z0-9+/_-]`, 16 or longer, not right after `==`: `[start, end]` pairs. */
  tokens: number[];
  /** Maximal hex runs of 2, 4, 6 or 8 before a space, or of 2 before `:`, after a non-word non-`:`. */
  hexDumps: number[];
  /** Maximal hex runs of 2 before `:`/`-` or of 4 before `.`, after a character outside `[A-Za-z0-9_:.-]`. */
  macs: number[];
  /** Maximal digit runs of 1–3 before `.`, after a character outside `[A-Za-z0-9_.+]`. */
  ipv4: number[];
  /** `+`, `(` or a digit after a character outside `[A-Za-z0-9_+.-]` (a number written as a word). */
  phones: number[];
  /** `+`, `(` or a digit right after a letter or `_`, or after `+`, `.` or `-` not preceded by a digit (a number glued to other characters). */
  gluedPhones: number[];
  /** `A`, `x`, `s` or `r` after a character outside `[A-Za-z0-9]`. */
  cloud: number[];
  /** Lines that may be one line of wrapped base64 (`[start, end]` pairs, `\n` excluded). */
  lines: number[];
  /** Offsets of the non-ASCII code units. */
  nonAscii: number[];
}

/**
 * One pass over the text: every run of hex digits, of decimal digits and of base64 characters is
 * followed from start to end and judged once it ends (against the character after it and the one
 * before it); phone and cloud-key starts are judged at their first character; each line is followed
 * by a small state machine (leading space, content, trailing space, impossible).
 */
export function tokenise(text: string): Candidates {
  const cand: Candidates = { tokens: [], hexDumps: [], macs: [], ipv4: [], phones: [], gluedPhones: [], cloud: [], lines: [], nonAscii: [] };
  const n = text.length;
  let prevClass = 0; // class of the code unit before i: none at the start, where a lookbehind sees nothing
  let hexStart = -1;
  let hexBefore = 0; // class of the code unit before the run
  let digitStart = -1;
  let digitBefore = 0;
  let b64Start = -1;
  let b64Before = 0;
  let lineStart = 0;
  // 0 nothing yet, 1 content, 2 content then space, 3 impossible; `unsure`: non-ASCII seen (it may be
  // Unicode space that String#trim removes), so the line is left to the full check.
  let lineState = 0;
  let unsure = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1; // -1: the end, which belongs to no class
    let k = 0; // `let`: the fast path below moves on through a run of letters
    if (c >= 128) cand.nonAscii.push(i);
    else if (c >= 0) k = CLASS[c] ?? 0;

    // Hex runs (hex dumps, MAC addresses).
    if (k & C_HEX) {
      if (hexStart < 0) {
        hexStart = i;
        hexBefore = prevClass;
      }
    } else if (hexStart >= 0) {
      const run = i - hexStart;
      if (run <= 8 && run % 2 === 0 && (c === 32 || (c === 58 && run === 2)) && !(hexBefore & NB_DUMP)) {
        cand.hexDumps.push(hexStart);
      }
      if (((run === 2 && (c === 58 || c === 45)) || (run === 4 && c === 46)) && !(hexBefore & NB_MAC)) {
        cand.macs.push(hexStart);
      }
      hexStart = -1;
    }

    // Decimal digit runs (IPv4).
    if (k & C_DIGIT) {
      if (digitStart < 0) {
        digitStart = i;
        digitBefore = prevClass;
      }
    } else if (digitStart >= 0) {
      if (c === 46 && i - digitStart <= 3 && !(digitBefore & NB_IPV4)) cand.ipv4.push(digitStart);
      digitStart = -1;
    }

    // Base64 token runs.
    if (k & C_B64) {
      if (b64Start < 0) {
        b64Start = i;
        b64Before = prevClass;
      }
    } else if (b64Start >= 0) {
      // After `name=` a value starts (`key=<base64>` in a query string); after `==`, padding ended a token.
      if (i - b64Start >= 16 && !(b64Before & C_EQUALS && text.charCodeAt(b64Start - 2) === 61)) cand.tokens.push(b64Start, i);
      b64Start = -1;
    }

    // Starts judged at their first character.
    // Phone numbers are decided by their digit runs, not by ASCII word boundaries: a run glued to
    // letters, `_`, `+`, `.` or `-` (`peer_4915…`, `x+4915…`) starts a candidate too (`glued`).
    if (k & C_PHONE_START && !(prevClass & C_DIGIT)) {
      if (!(prevClass & NB_PHONE)) cand.phones.push(i);
      else if (prevClass & C_LETTER || text.charCodeAt(i - 1) === 95 || !(classOf(text.charCodeAt(i - 2)) & C_DIGIT)) cand.gluedPhones.push(i);
      // (A digit after `1.`, `1-` or `1+` continues a dotted or dashed number: not a start.)
    }
    if (k & C_CLOUD_START && !(prevClass & NB_CLOUD)) cand.cloud.push(i);

    // Lines.
    if (c === 10 || i === n) {
      if ((lineState === 1 || lineState === 2 || unsure) && i - lineStart >= 2) cand.lines.push(lineStart, i);
      lineStart = i + 1;
      lineState = 0;
      unsure = false;
    } else if (lineState !== 3) {
      if (k & C_WRAP) lineState = lineState === 2 ? 3 : 1;
      else if (k & C_SPACE) lineState = lineState === 1 ? 2 : lineState;
      else if (c >= 128) unsure = true;
      else lineState = 3;
    }

    // Fast path for the bulk of prose: a letter right after a letter can only extend the base64 run
    // or start, extend or end a hex run; a run that ends before a letter is never a candidate, the
    // line state stays what the first letter made it, and no start has a letter before it.
    while (k & C_LETTER && i + 1 < n) {
      const c2 = text.charCodeAt(i + 1);
      const k2 = c2 < 128 ? (CLASS[c2] ?? 0) : 0;
      if (!(k2 & C_LETTER)) break;
      i++;
      if (k2 & C_HEX) {
        if (hexStart < 0) {
          hexStart = i;
          hexBefore = k;
        }
      } else {
        hexStart = -1;
      }
      k = k2;
    }
    prevClass = k;
  }
  return cand;
}
