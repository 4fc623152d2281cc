// The ONE writer of records (captures, and any other record kind the tools write): plain data in,
// YAML text out, read to the same values by YAML 1.2 readers (the `yaml` library, js-yaml) and by
// YAML 1.1 readers (PyYAML, go-yaml v2, Ruby's Psych).
//
// Why this is needed: the `yaml` library writes a string plain whenever a YAML 1.2 core reader
// reads it back as that string. A YAML 1.1 reader resolves more plain scalars: `on`/`yes`/`n` are
// booleans, `0777` is octal, `1:20` is a base-60 integer, `2026-11-26` is a timestamp, `<<` is a
// merge key and `=` is the `value` type (which safe loaders cannot construct). Such strings are
// written double-quoted here. Facts: the YAML 1.1 type repository (yaml.org/type: bool, null, int,
// float, timestamp, merge, value) and the YAML 1.1 character set (§5.1: printable characters;
// §5.4: NEL, LS and PS are line breaks in 1.1, ordinary characters in 1.2).
import { yaml } from './yaml.ts';

/**
 * Could a YAML 1.1 or 1.2 reader resolve the PLAIN scalar `value` as anything but this string?
 * Deliberately broad (a superset of the resolvers): quoting a string that did not need it costs
 * two characters, a plain one that did need it changes what a reader sees.
 *
 * - booleans and nulls of 1.1 and 1.2, in any case (`y`, `No`, `ON`, `~`, `Null`);
 * - anything that starts like a number: optional sign, then a digit or `.` + digit (ints in every
 *   base, `0777`, `0b1`, `1_000`, `1:20`, floats, dates and timestamps all start so);
 * - an exponent alone (`e3`: the `yaml` library's 1.1 schema reads it as a float);
 * - `.inf`, `.nan` and their signed / cased forms;
 * - the merge key `<<` and the value indicator `=`.
 */
export function isAmbiguousPlain(value: string): boolean {
  if (value === '') return true;
  if (/^(?:y|n|yes|no|on|off|true|false|null|~)$/i.test(value)) return true;
  if (/^[-+]?\.?[0-9]/.test(value)) return true;
  // An exponent alone: the `yaml` library's 1.1 float reads `e3` as NaN.
  if (/^[-+]?[eE][-+]?[0-9]/.test(value)) return true;
  if (/^[-+]?\.(?:inf|nan)$/i.test(value)) return true;
  return value === '<<' || value === '=';
}

/**
 * Characters that make a string unsafe outside double quotes: YAML 1.1 line breaks that 1.2 reads
 * as ordinary characters (NEL U+0085, LS U+2028, PS U+2029), and characters outside the printable
 * set of both versions (C0 controls but tab/LF/CR, DEL, C1 controls, lone surrogates, U+FFFE/U+FFFF),
 * which only double-quoted escapes can carry.
 */
const NEEDS_ESCAPES = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Serialise a record deterministically (key order = construction order, no anchors, no timestamps):
 * block style, two-space indent, multi-line strings as literal blocks, no line folding.
 * Every string scalar, key or value, that a 1.1 or 1.2 reader could read as something else is
 * double-quoted, so every reader loads exactly `record` back.
 *
 * @param record plain data: objects, arrays, strings, finite numbers, booleans (no undefined values:
 *   drop those keys before calling).
 * @returns the YAML text, ending in a newline.
 */
export function recordToYaml(record: unknown): string {
  const { Document, Scalar, visit } = yaml();
  const doc = new Document(record, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      if (NEEDS_ESCAPES.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
      // A tab inside a plain scalar is fine in 1.2, an error for PyYAML.
      else if (!node.value.includes('\n') && (node.value.includes('\t') || isAmbiguousPlain(node.value.trim()))) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  // The library writes NEL, LS and PS raw inside double quotes; a 1.1 reader would take them for
  // line breaks and fold them. Only double-quoted scalars can hold them (see NEEDS_ESCAPES), so
  // replacing them by their escapes (the same in 1.1 and 1.2) anywhere in the text is exact.
  return doc
    .toString({ lineWidth: 0, indent: 2, blockQuote: 'literal' })
    .replace(/[\x85\u2028\u2029]/g, (c) => (c === '\x85' ? '\\N' : c === '\u2028' ? '\\L' : '\\P'));
}
