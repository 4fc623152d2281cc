// Free-text scanning: every detector of the registry (detectors/registry.ts, one module per family)
// runs over the NORMALISED text and reports spans; spans are deduplicated (the more specific rule
// wins) and mapped back to the original line/column. Text under an encoding layer (percent, JSON
// escapes, HTML references: decode.ts) is decoded, normalised and scanned as well, with positions
// mapped back through both steps to what was typed.
//
// Linear time: every regex either starts at a literal (`@`, `-----BEGIN`, `eyJ`, `gh?_`) or at a
// token boundary, has no nested quantifiers over overlapping classes, and bounded repetition;
// classification happens in code on bounded slices.
//
// Speed: a global regex that opens with a lookbehind is tried by V8 at EVERY position of the text,
// and a JavaScript loop per detector costs as much again. So the text is walked ONCE
// (detectors/tokenise.ts): that pass follows the runs of hex digits, decimal digits and base64
// characters and the lines, and records for each detector the few positions where one of its
// matches can start. Each detector then runs its regex sticky (`y`) at those positions only. Every
// candidate filter is a NECESSARY condition of the detector's regex (test/sanitize/tokenise.test.ts
// checks each against a global scan of CANDIDATE_PATTERNS).

import type { Finding } from './types.ts';
import { RULES } from './rules.ts';
import { lineColumn, lineStarts, normalizeForScan } from './normalize.ts';
import { formatFindings } from './format.ts';
import { decodeLayers, type Layer } from './decode.ts';
import { DETECTORS } from './detectors/registry.ts';
import { tokenise, type Candidates } from './detectors/tokenise.ts';
import type { Hit } from './detectors/shared.ts';
import { CLOUD_RE, HEX_DUMP_RE } from './detectors/keys.ts';
import { IPV4_RE, MAC_RE } from './detectors/network.ts';
import { PHONE_WORD_RE } from './detectors/phones.ts';

export type { Hit } from './detectors/shared.ts';
export { tokenise, type Candidates } from './detectors/tokenise.ts';
export { classifyJid } from './detectors/jids.ts';
export { isTimestampLike } from './detectors/phones.ts';

/**
 * The regex behind each candidate list, as a global scan would run it: every match starts at a
 * candidate of that list (`tokens`: the matches are exactly the runs, plus up to two `=`). For tests.
 */
export const CANDIDATE_PATTERNS: Readonly<Record<'tokens' | 'hexDumps' | 'macs' | 'ipv4' | 'phones' | 'cloud', string>> = {
  tokens: '(?<![A-Za-z0-9+/_-])(?<!==)[A-Za-z0-9+/_-]{16,}={0,2}',
  hexDumps: HEX_DUMP_RE.source,
  macs: MAC_RE.source,
  ipv4: IPV4_RE.source,
  phones: PHONE_WORD_RE.source,
  cloud: CLOUD_RE.source,
};

/** All hits in a normalised text, deduplicated: where spans overlap, the lower rank (then the longer span) wins. */
export function detect(text: string): Hit[] {
  // Nothing any rule flags is shorter than five characters (`1@lid`); short attribute values are common.
  if (text.length < 5) return [];
  return detectIn(text, tokenise(text));
}

/** `detect` with the candidates of `tokenise(text)` already at hand. */
function detectIn(text: string, cand: Candidates): Hit[] {
  if (text.length < 5) return [];
  const raw: Hit[] = [];
  for (const detector of DETECTORS) detector.run(text, cand, raw);
  return dedupe(raw, text.length);
}

export function dedupe(hits: Hit[], size: number): Hit[] {
  // Nothing can overlap (the common case: most texts have no hit): no sort, no occupancy array.
  if (hits.length < 2) return hits.slice();
  const order = [...hits].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1) ||
      a.rank - b.rank ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const taken = new Uint8Array(size + 1);
  const kept: Hit[] = [];
  for (const h of order) {
    let free = true;
    for (let i = h.start; i < h.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const LAYER_WORDS: Readonly<Record<Layer, string>> = {
  percent: 'percent-encoding',
  'json-escape': 'JSON string escapes',
  'html-entity': 'HTML character references',
};

export function messageOf(h: Pick<Hit, 'rule' | 'detail'> & { layers?: readonly Layer[] }): string {
  const base = RULES[h.rule].message;
  const layered = h.layers && h.layers.length > 0 ? ` (found after decoding ${h.layers.map((l) => LAYER_WORDS[l]).join(' and ')})` : '';
  const detail = (h.detail ?? '') + layered;
  if (!detail) return base;
  const colon = base.indexOf(':');
  return colon < 0 ? base + detail : base.slice(0, colon) + detail + base.slice(colon);
}

/** A hit whose span is in the coordinates of the text as typed, with the layers decoded under it. */
export interface RawHit extends Hit {
  layers?: Layer[];
}

/**
 * Every hit in `text` as typed: the normalised text, and (when it holds escapes) the text a reader
 * sees once percent-encoding, JSON escapes and HTML references are decoded. Spans are offsets of
 * `text`; where spans overlap, `dedupe` decides, the plain reading first on ties.
 */
export function detectAll(text: string, candidates?: Candidates): RawHit[] {
  // Nothing any rule flags is shorter than five characters, decoded or not (decoding only shortens).
  if (text.length < 5) return [];
  const cand = candidates ?? tokenise(text);
  const norm = normalizeForScan(text, cand.nonAscii);
  const hits: RawHit[] = detectIn(norm.text, norm.text === text ? cand : tokenise(norm.text)).map((h) => ({
    ...h,
    start: norm.origin(h.start),
    end: Math.max(norm.origin(h.start) + 1, norm.origin(h.end)),
  }));
  const decoded = decodeLayers(text);
  if (!decoded) return hits;
  const dnorm = normalizeForScan(decoded.text);
  const layered: RawHit[] = [];
  for (const h of detect(dnorm.text)) {
    const from = dnorm.origin(h.start);
    const to = dnorm.origin(h.end);
    const layers = decoded.layersIn(from, to);
    const start = decoded.origin(from);
    const end = Math.max(start + 1, decoded.origin(to));
    layered.push(layers.length > 0 ? { ...h, start, end, layers } : { ...h, start, end });
  }
  if (layered.length === 0) return hits;
  return dedupe([...hits, ...layered], text.length) as RawHit[];
}

/** Scan one free-text field: normalise (and decode layers), detect, map back to the original line/column. */
export function scanText(field: string, text: string): Finding[] {
  // Tokenise the text as typed; the non-ASCII offsets it records spare the normaliser a search, and
  // when normalising changes nothing (no invisible, full-width or composed characters) the same
  // candidates serve the normalised text.
  const cand = tokenise(text);
  const hits = detectAll(text, cand);
  // Invisible format characters: read through above, reported here (the record is written without them).
  const format = cand.nonAscii.length > 0 ? formatFindings(field, text) : [];
  if (hits.length === 0) return format;
  const starts = lineStarts(text);
  const findings = hits.map((h) => {
    const { line, column } = lineColumn(starts, h.start);
    const f: Finding = { rule: h.rule, severity: h.severity, field, line, column, message: messageOf(h) };
    if (h.encoding !== undefined) f.encoding = h.encoding;
    if (h.length !== undefined) f.length = h.length;
    if (h.layers !== undefined) f.layers = h.layers;
    return f;
  });
  if (format.length === 0) return findings;
  return [...findings, ...format].sort((a, b) => a.line - b.line || a.column - b.column);
}
