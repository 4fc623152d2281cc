// Encoding layers a reader sees through: percent-encoding (`%2B`, `%40`, whole encoded URLs), JSON
// string escapes (`\/`, `\u0040`) and HTML character references (`&#64;`, `&commat;`). The scanner
// judges the decoded text as well as the raw one, so a value hidden under a layer blocks like the
// same value written plainly, and reports positions in the RAW text: every decoded code unit keeps
// the offset of the escape it came from. Linear: each pass is one walk, at most MAX_PASSES passes
// (layers stacked on layers: `%2540` → `%40` → `@`).

export type Layer = 'percent' | 'json-escape' | 'html-entity';

const LAYER_BITS: Readonly<Record<Layer, number>> = { percent: 1, 'json-escape': 2, 'html-entity': 4 };
const LAYERS: readonly Layer[] = ['percent', 'json-escape', 'html-entity'];
const MAX_PASSES = 3;

/** Does the text hold anything a pass would decode? (A quick necessary condition.) */
const ENCODED = /%[0-9A-Fa-f]{2}|\\[\\"/bfnrtu]|&#[0-9xX]|&[A-Za-z]{2,8};/;

/**
 * Named character references worth decoding: the ones that spell characters identifiers are made
 * of (HTML Living Standard, named character references). Others are left as typed.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', commat: '@', plus: '+', period: '.', colon: ':',
  sol: '/', bsol: '\\', lowbar: '_', hyphen: '-', dash: '-', minus: '-', num: '#', percnt: '%', equals: '=',
  lpar: '(', rpar: ')', comma: ',', semi: ';', excl: '!', quest: '?', ast: '*', dollar: '$', verbar: '|',
};

const JSON_SIMPLE: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export interface Decoded {
  /** The text a reader sees once every layer is decoded. */
  text: string;
  /** Raw offset of the escape (or character) that produced decoded unit `i`; `origin(text.length)` = raw length. */
  origin(i: number): number;
  /** The layers decoded within decoded units `[start, end)`, in a fixed order. */
  layersIn(start: number, end: number): Layer[];
}

interface Pass {
  text: string;
  /** map[i]: offset in the pass's input of decoded unit i; map[text.length] = input length. */
  map: Int32Array;
  /** Layer bits of each decoded unit (0: copied as is). */
  bits: Uint8Array;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** One pass over `text`; undefined when nothing was decoded. */
function pass(text: string): Pass | undefined {
  const n = text.length;
  const out: string[] = [];
  const map = new Int32Array(n + 1);
  const bits = new Uint8Array(n + 1);
  let o = 0; // decoded units so far
  let changed = false;
  const emit = (s: string, from: number, bit: number): void => {
    out.push(s);
    for (let k = 0; k < s.length; k++) {
      map[o + k] = from;
      bits[o + k] = bit;
    }
    o += s.length;
  };
  let copyFrom = 0; // start of the plain stretch not yet emitted
  const flushPlain = (to: number): void => {
    if (to > copyFrom) {
      out.push(text.slice(copyFrom, to));
      for (let k = copyFrom; k < to; k++) map[o++] = k;
    }
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 37 /* % */ && hexValue(text.charCodeAt(i + 1)) >= 0 && hexValue(text.charCodeAt(i + 2)) >= 0) {
      flushPlain(i);
      // A run of %XX: ASCII bytes decode one by one (each keeps its own offset); others as UTF-8
      // when they form it (all units at the run's start), else as Latin-1, byte by byte.
      const bytes: number[] = [];
      const at: number[] = [];
      let j = i;
      while (j + 2 < n && text.charCodeAt(j) === 37) {
        const hi = hexValue(text.charCodeAt(j + 1));
        const lo = hexValue(text.charCodeAt(j + 2));
        if (hi < 0 || lo < 0) break;
        bytes.push(hi * 16 + lo);
        at.push(j);
        j += 3;
      }
      if (bytes.every((b) => b < 0x80)) {
        bytes.forEach((b, k) => emit(String.fromCharCode(b), at[k] ?? i, LAYER_BITS.percent));
      } else {
        let s: string | undefined;
        try {
          s = UTF8.decode(new Uint8Array(bytes));
        } catch {
          s = undefined;
        }
        if (s !== undefined) emit(s, i, LAYER_BITS.percent);
        else bytes.forEach((b, k) => emit(String.fromCharCode(b), at[k] ?? i, LAYER_BITS.percent));
      }
      changed = true;
      i = j;
      copyFrom = i;
      continue;
    }
    if (c === 92 /* \ */) {
      const next = text.charAt(i + 1);
      const simple = JSON_SIMPLE[next];
      if (simple !== undefined) {
        flushPlain(i);
        emit(simple, i, LAYER_BITS['json-escape']);
        changed = true;
        i += 2;
        copyFrom = i;
        continue;
      }
      if (next === 'u') {
        let v = 0;
        let ok = true;
        for (let k = 2; k < 6 && ok; k++) {
          const h = hexValue(text.charCodeAt(i + k));
          if (h < 0) ok = false;
          else v = v * 16 + h;
        }
        if (ok) {
          flushPlain(i);
          emit(String.fromCharCode(v), i, LAYER_BITS['json-escape']);
          changed = true;
          i += 6;
          copyFrom = i;
          continue;
        }
      }
    }
    if (c === 38 /* & */) {
      const ref = /^&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]{2,8}));?/.exec(text.slice(i, i + 12));
      if (ref) {
        let s: string | undefined;
        const named = ref[3];
        if (named !== undefined) {
          // Named references need their `;`.
          if (ref[0].endsWith(';')) s = NAMED[named] ?? NAMED[named.toLowerCase()];
        } else {
          const cp = ref[1] !== undefined ? Number(ref[1]) : parseInt(ref[2] ?? '', 16);
          if (cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) s = String.fromCodePoint(cp);
        }
        if (s !== undefined) {
          flushPlain(i);
          emit(s, i, LAYER_BITS['html-entity']);
          changed = true;
          i += ref[0].length;
          copyFrom = i;
          continue;
        }
      }
    }
    i++;
  }
  if (!changed) return undefined;
  flushPlain(n);
  map[o] = n;
  return { text: out.join(''), map: map.subarray(0, o + 1), bits: bits.subarray(0, o + 1) };
}

/**
 * The text with every layer decoded (up to three passes), with the map back to the raw text;
 * undefined when there is nothing to decode.
 */
export function decodeLayers(raw: string): Decoded | undefined {
  if (!ENCODED.test(raw)) return undefined;
  let text = raw;
  let map: Int32Array | undefined; // decoded → raw
  let bits: Uint8Array | undefined;
  for (let p = 0; p < MAX_PASSES; p++) {
    const step = pass(text);
    if (!step) break;
    if (!map || !bits) {
      map = step.map;
      bits = step.bits;
    } else {
      const composedMap = new Int32Array(step.map.length);
      const composedBits = new Uint8Array(step.map.length);
      for (let k = 0; k < step.map.length; k++) {
        const prev = step.map[k] ?? 0;
        composedMap[k] = map[prev] ?? raw.length;
        composedBits[k] = (step.bits[k] ?? 0) | (bits[prev] ?? 0);
      }
      map = composedMap;
      bits = composedBits;
    }
    text = step.text;
    if (!ENCODED.test(text)) break;
  }
  if (!map || !bits) return undefined;
  const finalMap = map;
  const finalBits = bits;
  return {
    text,
    origin: (i) => (i >= text.length ? raw.length : (finalMap[i] ?? raw.length)),
    layersIn: (start, end) => {
      let b = 0;
      for (let k = Math.max(0, start); k < Math.min(end, text.length); k++) b |= finalBits[k] ?? 0;
      return LAYERS.filter((l) => (b & LAYER_BITS[l]) !== 0);
    },
  };
}
