// Issue body → field values, driven by the template. Pure: strings in, data out.
//
// How sections are recognised (the rule, in full):
//
// 1. Line endings are normalised (`\r\n` and lone `\r` → `\n`); all offsets and lines refer to the
//    normalised text.
// 2. A *candidate* is a level-3 ATX heading at the TOP level of the mdast tree whose text is exactly
//    (verbatim, NFC) one template label. Headings inside fenced or indented code, HTML blocks, lists or
//    block quotes are never candidates; other headings are never candidates either and simply stay
//    inside the value they appear in. Only block structure is parsed (inline constructs are off, and
//    a single line nesting more than 16 containers is flattened in the parsed copy): micromark is
//    quadratic on such input, and neither changes where top-level blocks start or end.
//    Recovery: GitHub does not lengthen the render fence, so a pasted line of three backticks closes it
//    early and GitHub's own closing fence then opens a new fence that swallows the rest of the body
//    (an unclosed `<!--`, `<pre>`… does the same). When the LAST top-level block is such an unclosed
//    fence/HTML block and the text after its first line still holds a line `### <label>`, that text is
//    parsed again as if the block's first line were plain text (at most once per template field and
//    within a budget of four body lengths parsed in all, so the cost stays linear).
// 3. GitHub writes every field, in template order. So the accepted headings are the longest run of
//    candidates whose fields strictly follow the template order, each field once; among equally long
//    runs the earlier headings win. In a body as GitHub wrote it this is exactly "each heading is
//    accepted only if it is the next expected label"; a typed `### Direction` inside a later
//    textarea, a duplicate of a label already seen, or a later label typed early, stays in the value.
// 4. Fields not in that run but with a candidate (the body was edited: sections moved) are accepted at
//    their FIRST candidate. Fields without a candidate are missing (`present: false`).
// 5. A value is the exact source text from the end of its heading line to the start of the next
//    accepted heading, trimmed of surrounding blank lines.
//
// Known limit (inherent to the format): in a body as GitHub wrote it, a heading typed at top level
// whose label is that of the NEXT field cannot be told apart from the real one; the earlier one wins.
// `layout` tells whether the body still has the form's shape.
import { lineColumn, lineStarts as lineStartsOf } from '../text/lines.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { FieldValue, FormError, FormTemplate, ParsedForm, TemplateField } from './types.ts';

export { loadTemplate } from './template.ts';

/** GitHub's API rejects issue bodies longer than this many characters. */
export const MAX_BODY_CHARS = 65_536;
/** What GitHub writes for an empty optional input or textarea. */
export const NO_RESPONSE = '_No response_';
/** What GitHub writes for an unchosen optional dropdown. */
export const NO_CHOICE = 'None';

/**
 * Block structure only. Inline constructs never change block structure (CommonMark parses blocks
 * first), values are sliced from the source, and micromark's inline resolution is quadratic on inputs
 * like `*_*_*_…` (tens of seconds on 64 KB), so every inline construct is disabled.
 */
const markdown = unified()
  .use(remarkParse)
  .data('micromarkExtensions', [
    {
      disable: {
        null: [
          'attention',
          'autolink',
          'characterEscape',
          'characterReference',
          'codeText',
          'hardBreakEscape',
          'hardBreakTrailing',
          'htmlText',
          'labelEnd',
          'labelStartImage',
          'labelStartLink',
        ],
      },
    },
  ])
  .freeze();

/** Recovery re-parses (rule 2) stop once this many times the body's length has been parsed. */
const RECOVERY_BUDGET = 4;

/** Container markers (`>`, `-`, `1.`) kept at the start of one line; deeper ones are blanked for parsing. */
const MAX_LINE_NESTING = 16;
const CONTAINER_MARKER = /^ {0,3}(?:>[ \t]?|[-+*][ \t]+|[0-9]{1,9}[.)][ \t]+)/;

/**
 * The copy of the text that is given to micromark: same length, same offsets. A line that opens more
 * than MAX_LINE_NESTING containers (`> > > …`, `1. 1. 1. …`, quadratic in micromark) keeps the first
 * ones and has the rest of its marker run replaced by spaces. Only the inside of the deepest
 * containers changes; where top-level blocks start and end does not.
 */
function flattenDeepContainers(text: string): string {
  let out: string[] | undefined;
  let copied = 0;
  for (let s = 0; s < text.length; ) {
    const e = lineEnd(text, s);
    let p = s;
    let depth = 0;
    for (;;) {
      const m = CONTAINER_MARKER.exec(text.slice(p, Math.min(e, p + 16)));
      if (!m) break;
      depth++;
      if (depth > MAX_LINE_NESTING) break;
      p += m[0].length;
    }
    if (depth > MAX_LINE_NESTING) {
      let q = p;
      for (;;) {
        const m = CONTAINER_MARKER.exec(text.slice(q, Math.min(e, q + 16)));
        if (!m) break;
        q += m[0].length;
      }
      out ??= [];
      out.push(text.slice(copied, p), ' '.repeat(q - p));
      copied = q;
    }
    s = e + 1;
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join('');
}

export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

interface Heading {
  field: number;
  /** Offset of the start of the heading line. */
  start: number;
  /** Offset of the end of the heading line (its `\n`, or the end of the text). */
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Lines

function lineEnd(text: string, from: number, limit = text.length): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 || nl > limit ? limit : nl;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}


// ---------------------------------------------------------------------------------------------
// Headings

/** Template field index of a `### <label>` line, or -1. */
function headingField(line: string, labels: ReadonlyMap<string, number>): number {
  const m = /^ {0,3}###(?=[ \t]|$)/.exec(line);
  if (!m) return -1;
  const content = line.slice(m[0].length).replace(/^[ \t]+/, '');
  let end = content.length;
  while (end > 0 && (content[end - 1] === ' ' || content[end - 1] === '\t')) end--;
  const trimmed = content.slice(0, end);
  const direct = labels.get(trimmed.normalize('NFC'));
  if (direct !== undefined) return direct;
  // CommonMark drops an optional closing sequence (` ###`); accept the label either way.
  let k = end;
  while (k > 0 && content[k - 1] === '#') k--;
  if (k === end || (k > 0 && content[k - 1] !== ' ' && content[k - 1] !== '\t')) return -1;
  while (k > 0 && (content[k - 1] === ' ' || content[k - 1] === '\t')) k--;
  return labels.get(content.slice(0, k).normalize('NFC')) ?? -1;
}

function hasHeadingLine(text: string, from: number, labels: ReadonlyMap<string, number>): boolean {
  for (let s = from; s < text.length; ) {
    const e = lineEnd(text, s);
    if (headingField(text.slice(s, e), labels) >= 0) return true;
    s = e + 1;
  }
  return false;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

function isClosingFence(line: string, char: string, length: number): boolean {
  const m = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return m !== null && m[1] !== undefined && m[1][0] === char && m[1].length >= length;
}

/** The block (last at top level) runs to the end of the text because it was never closed. */
function swallowsRest(block: string, type: 'code' | 'html'): boolean {
  if (type === 'code') {
    const open = FENCE_OPEN.exec(block);
    const fence = open?.[1];
    if (fence === undefined) return false; // indented code cannot swallow a heading
    const nl = block.indexOf('\n');
    if (nl === -1) return true;
    const last = block.slice(block.lastIndexOf('\n') + 1);
    return !isClosingFence(last, fence[0] ?? '`', fence.length);
  }
  const start = block.replace(/^ {0,3}/, '');
  if (/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i.test(start)) {
    return !/<\/(?:script|pre|style|textarea)>/i.test(block);
  }
  if (start.startsWith('<!--')) return !start.includes('-->', 4);
  if (start.startsWith('<![CDATA[')) return !start.includes(']]>', 9);
  if (start.startsWith('<?')) return !start.includes('?>', 2);
  if (/^<![A-Za-z]/.test(start)) return !start.includes('>', 2);
  return false; // other HTML blocks end at a blank line
}

function candidateHeadings(text: string, labels: ReadonlyMap<string, number>, maxRecoveries: number): Heading[] {
  const found: Heading[] = [];
  const flat = flattenDeepContainers(text);
  let base = 0;
  let parsed = 0;
  for (let recoveries = 0; ; recoveries++) {
    const sub = base === 0 ? text : text.slice(base);
    parsed += sub.length;
    const children = markdown.parse(base === 0 ? flat : flat.slice(base)).children;
    let resume = -1;
    children.forEach((node, i) => {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === undefined || e === undefined) return;
      if (node.type === 'heading' && node.depth === 3) {
        const ls = sub.lastIndexOf('\n', s - 1) + 1;
        const le = lineEnd(sub, s);
        const field = headingField(sub.slice(ls, le), labels);
        if (field >= 0) found.push({ field, start: base + ls, end: base + le });
      } else if (
        i === children.length - 1 &&
        (node.type === 'code' || node.type === 'html') &&
        recoveries < maxRecoveries &&
        parsed + (text.length - base) <= RECOVERY_BUDGET * Math.max(text.length, 1) &&
        swallowsRest(sub.slice(s, e), node.type)
      ) {
        const nl = sub.indexOf('\n', s);
        if (nl !== -1 && hasHeadingLine(sub, nl + 1, labels)) resume = base + nl + 1;
      }
    });
    if (resume < 0) return found;
    base = resume;
  }
}

/** Rule 3 and 4 of the header comment. Returns accepted headings in body order. */
function acceptHeadings(candidates: readonly Heading[], fieldCount: number): { accepted: Heading[]; inOrder: boolean } {
  // Longest chain with strictly increasing field index. chainLength/previous per candidate;
  // bestEnd[f] = candidate ending the longest chain whose last field is f (earliest on ties).
  const chainLength: number[] = [];
  const previous: number[] = [];
  const bestEnd: number[] = new Array<number>(fieldCount).fill(-1);
  candidates.forEach((c, i) => {
    let pred = -1;
    for (let g = 0; g < c.field; g++) {
      const p = bestEnd[g] ?? -1;
      if (p < 0) continue;
      const pl = chainLength[p] ?? 0;
      const bl = pred < 0 ? 0 : (chainLength[pred] ?? 0);
      if (pl > bl || (pl === bl && p < pred)) pred = p;
    }
    chainLength[i] = pred < 0 ? 1 : (chainLength[pred] ?? 0) + 1;
    previous[i] = pred;
    const current = bestEnd[c.field] ?? -1;
    if (current < 0 || (chainLength[i] ?? 0) > (chainLength[current] ?? 0)) bestEnd[c.field] = i;
  });
  let last = -1;
  for (const end of bestEnd) {
    if (end < 0) continue;
    const el = chainLength[end] ?? 0;
    const ll = last < 0 ? 0 : (chainLength[last] ?? 0);
    if (el > ll || (el === ll && end < last)) last = end;
  }
  const chosen = new Set<number>();
  for (let i = last; i >= 0; i = previous[i] ?? -1) chosen.add(i);
  const inChain = new Set<number>();
  for (const i of chosen) {
    const c = candidates[i];
    if (c) inChain.add(c.field);
  }
  const firstOf = new Map<number, number>();
  candidates.forEach((c, i) => {
    if (!inChain.has(c.field) && !firstOf.has(c.field)) firstOf.set(c.field, i);
  });
  for (const i of firstOf.values()) chosen.add(i);
  const accepted = [...chosen].sort((a, b) => a - b).flatMap((i) => candidates[i] ?? []);
  return { accepted, inOrder: firstOf.size === 0 && inChain.size === fieldCount };
}

// ---------------------------------------------------------------------------------------------
// Values

interface Region {
  text: string;
  /** 1-based line of the first character of `text`. */
  line: number;
}

/** The text between `from` (end of a heading line) and `to`, without surrounding blank lines. */
function region(text: string, from: number, to: number, lineStarts: readonly number[]): Region | null {
  let s = from < to && text[from] === '\n' ? from + 1 : from;
  while (s < to) {
    const e = lineEnd(text, s, to);
    if (!isBlank(text, s, e)) break;
    s = e + 1;
  }
  if (s >= to) return null;
  let e = to;
  for (;;) {
    const ls = Math.max(s, text.lastIndexOf('\n', e - 1) + 1);
    if (ls >= e || isBlank(text, ls, e)) {
      if (ls <= s) break;
      e = ls - 1;
      continue;
    }
    break;
  }
  return { text: text.slice(s, e), line: lineColumn(lineStarts, s).line };
}

/**
 * A render textarea: drop the first line if it opens a fence and the LAST line in the region that can
 * close it; everything else stays (a pasted line of three backticks included).
 */
function unfence(r: Region): { text: string | null; line: number } {
  const lines = r.text.split('\n');
  const open = FENCE_OPEN.exec(lines[0] ?? '');
  const fence = open?.[1];
  const info = (lines[0] ?? '').slice(open?.[0].length ?? 0);
  if (fence === undefined || (fence[0] === '`' && info.includes('`'))) {
    return { text: r.text.trim() === NO_RESPONSE ? null : r.text, line: r.line };
  }
  let close = -1;
  for (let j = lines.length - 1; j > 0; j--) {
    if (isClosingFence(lines[j] ?? '', fence[0] ?? '`', fence.length)) {
      close = j;
      break;
    }
  }
  const inner = close < 0 ? lines.slice(1) : [...lines.slice(1, close), ...lines.slice(close + 1)];
  const value = inner.join('\n');
  return { text: value.trim() === '' ? null : value, line: r.line + 1 };
}

/**
 * Multi-select: GitHub joins options with `, ` without escaping, so the text is segmented by the
 * template's options (longest option first), never split on commas. Returns null if impossible.
 */
function segmentOptions(text: string, options: readonly string[]): string[] | null {
  const n = text.length;
  const sorted = [...options].sort((a, b) => b.length - a.length);
  // ok[p]: text.slice(p) is option (", " option)*; choice[p]: the option to take at p.
  const ok = new Uint8Array(n + 1);
  const choice: (string | undefined)[] = new Array<string | undefined>(n + 1);
  for (let p = n - 1; p >= 0; p--) {
    for (const o of sorted) {
      if (!text.startsWith(o, p)) continue;
      const after = p + o.length;
      if (after === n || (text.startsWith(', ', after) && ok[after + 2] === 1)) {
        ok[p] = 1;
        choice[p] = o;
        break;
      }
    }
  }
  if (ok[0] !== 1) return null;
  const out: string[] = [];
  for (let p = 0; p < n; ) {
    const o = choice[p];
    if (o === undefined) return null;
    if (!out.includes(o)) out.push(o);
    p += o.length + 2;
  }
  return out;
}

const CHECKBOX_LINE = /^ {0,3}[-*+][ \t]+\[([ xX])\][ \t]+(\S.*)$/;

function emptyValue(field: TemplateField): FieldValue {
  const v: FieldValue = { id: field.id, type: field.type, present: false, text: null, line: 0 };
  if (field.type === 'dropdown') v.selected = [];
  if (field.type === 'checkboxes') v.checked = (field.options ?? []).map((label) => ({ label, checked: false }));
  return v;
}

function describe(field: TemplateField): string {
  return `${field.label} (${field.id})`;
}

function readValue(field: TemplateField, r: Region | null, line: number, errors: FormError[]): FieldValue {
  const v = emptyValue(field);
  v.present = true;
  v.line = r?.line ?? line;
  if (r === null) return v;
  const options = field.options ?? [];
  switch (field.type) {
    case 'input': {
      const t = r.text.trim();
      v.text = t === '' || t === NO_RESPONSE ? null : t;
      return v;
    }
    case 'textarea': {
      const value = field.render !== undefined ? unfence(r) : { text: r.text.trim() === NO_RESPONSE ? null : r.text, line: r.line };
      v.text = value.text;
      v.line = value.line;
      return v;
    }
    case 'dropdown': {
      const t = r.text.trim();
      if (t === '' || t === NO_RESPONSE || t === NO_CHOICE) return v;
      v.text = t;
      if (field.multiple) {
        const chosen = segmentOptions(t, options);
        if (chosen) v.selected = chosen;
        else
          errors.push({
            field: field.id,
            message: `${describe(field)}: the value (${t.length} characters) is not a list of its options joined by ", "; allowed options: ${options.join(', ')}`,
          });
      } else if (options.includes(t)) {
        v.selected = [t];
      } else {
        errors.push({
          field: field.id,
          message: `${describe(field)}: the value (${t.length} characters) is not one of: ${options.join(', ')}`,
        });
      }
      return v;
    }
    case 'checkboxes': {
      if (r.text.trim() === NO_RESPONSE) return v;
      v.text = r.text;
      const state = new Map<string, boolean>();
      let stray = 0;
      let firstStray = 0;
      r.text.split('\n').forEach((lineText, i) => {
        if (lineText.trim() === '') return;
        const m = CHECKBOX_LINE.exec(lineText);
        const label = m?.[2]?.trimEnd();
        if (m && label !== undefined && options.includes(label)) {
          if (!state.has(label)) state.set(label, m[1] !== ' ');
        } else {
          if (stray === 0) firstStray = r.line + i;
          stray++;
        }
      });
      v.checked = options.map((label) => ({ label, checked: state.get(label) ?? false }));
      if (stray > 0) {
        errors.push({
          field: field.id,
          message: `${describe(field)}: ${stray} line(s) starting at line ${firstStray} are not "- [x] <option>" lines for its options: ${options.join(', ')}`,
        });
      }
      return v;
    }
  }
}

function isEmpty(v: FieldValue): boolean {
  if (v.type === 'checkboxes') return !(v.checked ?? []).some((c) => c.checked);
  return v.text === null || (v.type === 'dropdown' && (v.selected ?? []).length === 0);
}

function countCodePointsUpTo(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  let n = 0;
  for (let i = 0; i < text.length && n <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function notFollowing(template: FormTemplate): FormError {
  return {
    message: `the issue body does not follow the ${template.name} form: none of its ${template.fields.length} sections were found`,
  };
}

/**
 * Parse an issue body against a template. Never throws on user input; every problem is a FormError.
 */
export function parseBody(body: string | null, template: FormTemplate): ParsedForm {
  const values: Record<string, FieldValue> = {};
  for (const f of template.fields) values[f.id] = emptyValue(f);

  if (body !== null && countCodePointsUpTo(body, MAX_BODY_CHARS) > MAX_BODY_CHARS) {
    return {
      values,
      layout: 'none',
      errors: [{ message: `the issue body is longer than GitHub's limit of ${MAX_BODY_CHARS} characters; it was not read` }],
    };
  }
  const text = normaliseLineEndings(body ?? '');
  if (text.trim() === '') {
    // Nothing was sent (GitHub gives `null` for an issue opened without a body): say so plainly.
    return { values, layout: 'none', errors: [{ message: `the issue body is empty: fill in the ${template.name} form` }] };
  }
  const lineStarts = lineStartsOf(text);

  const labels = new Map<string, number>();
  template.fields.forEach((f, i) => labels.set(f.label.normalize('NFC'), i));
  const candidates = candidateHeadings(text, labels, template.fields.length);
  const { accepted, inOrder } = acceptHeadings(candidates, template.fields.length);

  const firstStart = accepted[0]?.start ?? text.length;
  const before = region(text, 0, firstStart, lineStarts);
  const result: ParsedForm = { values, errors: [], layout: 'none' };
  if (before) result.preamble = before;

  if (accepted.length === 0) {
    result.errors.push(notFollowing(template));
    return result;
  }
  result.layout = inOrder && !before ? 'form' : 'edited';

  const byField = new Map<number, FieldValue>();
  const valueErrors = new Map<number, FormError[]>();
  accepted.forEach((h, k) => {
    const field = template.fields[h.field];
    if (!field) return;
    const to = accepted[k + 1]?.start ?? text.length;
    const errs: FormError[] = [];
    const r = region(text, h.end, to, lineStarts);
    const nextLine = Math.min(lineColumn(lineStarts, h.start).line + 1, lineStarts.length);
    byField.set(h.field, readValue(field, r, nextLine, errs));
    valueErrors.set(h.field, errs);
  });

  template.fields.forEach((field, i) => {
    const v = byField.get(i);
    if (v) values[field.id] = v;
    const current = values[field.id] ?? emptyValue(field);
    result.errors.push(...(valueErrors.get(i) ?? []));
    if (field.required && isEmpty(current) && (valueErrors.get(i) ?? []).length === 0) {
      result.errors.push({
        field: field.id,
        message: current.present
          ? `${describe(field)} is required but empty`
          : `${describe(field)} is required but its "### ${field.label}" section is missing from the body`,
      });
    }
    const unticked = (field.requiredOptions ?? []).filter(
      (o) => !(current.checked ?? []).some((c) => c.label === o && c.checked),
    );
    if (unticked.length > 0) {
      result.errors.push({ field: field.id, message: `${describe(field)}: these options must be ticked: ${unticked.join(', ')}` });
    }
  });
  return result;
}
