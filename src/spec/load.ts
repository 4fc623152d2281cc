// Parse and schema-check every record file. Pure: takes file texts, returns typed records and problems.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { CORE_SCHEMA, load as fastLoad, NOT_RESOLVED, Schema, type TagDefinition } from 'js-yaml';
import type { Document } from 'yaml';
import { yaml } from './yaml.ts';
import { scanText } from '../sanitize/text.ts';
import { baseId, kindOf, type RecordKind, type RepoFile } from './repo.ts';
import { BUILTIN, BUILTIN_SCHEMAS, schemaSetOf, type SchemaSet } from './schemas.ts';
import { formatPath, lineColumn, lineStartsOf, offsetOf, pointerToPath, type PathSegment } from './positions.ts';
import type { Loaded, Problem, Repo } from './types.ts';

/** Alias expansion cap: a YAML bomb in a pull request is a problem, not an out-of-memory crash. */
const MAX_ALIAS_COUNT = 100;
export const MAX_FILE_CHARS = 1024 * 1024;
/** Schema problems reported per file; a file with thousands of stray keys gets a count, not a flood. */
const MAX_SCHEMA_PROBLEMS = 20;

export interface LoadResult {
  repo: Repo;
  /** Errors: the repository's own contract (its schemas, or the built-in ones) refuses the file. */
  problems: Problem[];
  /** What the contract accepts but a built-in check of ours doubts (see loadRecord). */
  warnings: Problem[];
}

export interface LoadOptions {
  /**
   * The schema files that decide (spec/schema/*.schema.json, corpus/schema/capture.schema.json).
   * Default: those among `files`. Pull-request review passes the base branch's, so a pull request
   * cannot loosen its own rules. Kinds without a file use the built-in schema (src/spec/schemas.ts).
   */
  schemaFiles?: readonly RepoFile[];
}

const LOCATIONS =
  'expected spec/stanzas/, spec/flows/, spec/enums/, spec/techniques/, spec/glossary.yaml, spec/contributors/, spec/flavors/, spec/{signalling,encodings,crypto,relay}/, spec/tools/ or corpus/captures/';

/**
 * Every record of a repository, schema-checked. `files` are the repository's files (paths relative
 * to the root); schema files among them choose the contract unless `options.schemaFiles` is given.
 */
export function loadRepo(files: readonly RepoFile[], options: LoadOptions = {}): LoadResult {
  const repo: Repo = { stanzas: [], flows: [], enums: [], techniques: [], captures: [], contributors: [], flavors: [], parts: [], tools: [], rejected: [] };
  const schemas = schemaSetOf(options.schemaFiles ?? files);
  const problems: Problem[] = [...schemas.problems];
  const warnings: Problem[] = [];
  for (const file of files) {
    const kind = kindOf(file.path);
    if (kind === 'schema' || kind === 'flavor-map') continue;
    if (kind === 'tool') {
      repo.tools.push(baseId(file.path));
      continue;
    }
    if (kind === undefined) {
      problems.push(at(file.path, 1, 1, '', `not a record location: ${LOCATIONS}`));
      continue;
    }
    const loaded = loadRecord(file, kind, problems, repo.rejected, { schemas, warnings });
    if (!loaded) continue;
    const list = {
      stanza: repo.stanzas,
      flow: repo.flows,
      enum: repo.enums,
      technique: repo.techniques,
      capture: repo.captures,
      contributor: repo.contributors,
      flavor: repo.flavors,
      part: repo.parts,
      glossary: undefined,
    }[kind] as Loaded<unknown>[] | undefined;
    if (list) list.push(loaded);
    else repo.glossary = loaded as Loaded<never>;
  }
  return { repo, problems, warnings };
}

/**
 * Parse one file and check it against the schema of its kind; undefined when it is not a valid record.
 *
 * Two readers, one verdict. The fast reader (js-yaml, YAML 1.2 core schema, see FAST_SCHEMA) decides
 * the common case alone: it reads the file and, when the schema accepts the value, the record is that
 * value. Everything else goes to the careful reader (the `yaml` library), which is the reference: it
 * gives positions, the alias cap, the duplicate-key check and every message. The fast reader is only
 * allowed to accept what the careful one reads to the same value, so it steps aside (throws, and the
 * careful reader takes over) whenever the two could disagree: any alias (js-yaml does not cap alias
 * expansion: ajv would walk a billion-laughs graph), a tag or an anchor, a `%` directive or a `...`
 * line (CAREFUL_ONLY), a non-string or long mapping key (`~:` is "" to `yaml`, "null" to js-yaml;
 * `yaml` refuses implicit keys over 1024 characters), a value that is not a mapping, anything it
 * cannot parse, and any value the schema rejects (so that each problem is placed and worded as before).
 * test/spec/readers.test.ts checks that both readers give identical values on every YAML file of the
 * repository and of the fixtures, on edge scalars, and on mutated files.
 */
export function loadRecord(
  file: RepoFile,
  kind: RecordKind,
  problems: Problem[],
  rejected: Repo['rejected'] = [],
  options: { schemas?: SchemaSet; warnings?: Problem[] } = {},
): Loaded<unknown> | undefined {
  if (file.text.length > MAX_FILE_CHARS || file.text === '') {
    rejected.push({ kind, file: file.path, id: baseId(file.path) });
    problems.push(at(file.path, 1, 1, '', file.text === '' ? 'empty file: expected one YAML record' : `file too large: at most ${MAX_FILE_CHARS} characters`));
    return undefined;
  }
  const schemas = options.schemas ?? BUILTIN_SCHEMAS;
  const validate = schemas.contract[kind];
  // With the repository's own schema, the record must also fit the built-in one for the tools to
  // use it (their types come from it): when it does not, that is a warning and the record is left out.
  const builtin = schemas.own.includes(kind) ? BUILTIN[kind] : undefined;
  const fast = fastRead(file.text);
  if (fast !== undefined && validate(fast.value) && (builtin === undefined || builtin(fast.value))) return { file: file.path, record: fast.value, text: file.text };
  const loaded = carefulRecord(file, kind, validate, problems, rejected);
  if (loaded === undefined || builtin === undefined) return loaded;
  const doubts: Problem[] = [];
  const checked = carefulRecord(file, kind, builtin, doubts, rejected);
  for (const doubt of doubts) {
    (options.warnings ?? problems).push({ ...doubt, message: `${doubt.message} (the repository's schema allows this; wacrg's built-in schema does not, so wacrg leaves this record out)` });
  }
  return checked;
}

/**
 * The value of a YAML text as the fast reader sees it, or undefined when the careful reader must
 * decide (see loadRecord). Never throws.
 */
export function fastRead(text: string): { value: unknown } | undefined {
  if (CAREFUL_TRIGGER.test(text) && CAREFUL_ONLY.test(text)) return undefined;
  let value: unknown;
  try {
    value = fastLoad(text, { schema: FAST_SCHEMA, maxAliases: 0 });
  } catch {
    return undefined;
  }
  // Every record is a mapping; anything else (an empty document too) is the careful reader's to report.
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { value } : undefined;
}

/** The reference reader: the `yaml` library, with positions for every problem. */
function carefulRecord(file: RepoFile, kind: RecordKind, validate: ValidateFunction, problems: Problem[], rejected: Repo['rejected']): Loaded<unknown> | undefined {
  const parsed = carefulParse(file.text);
  const { doc, lineStarts } = parsed;
  const yamlErrors = doc.errors.map((error) => ({ offset: error.pos[0], message: yamlMessage(error.message, error.code) }));
  if (yamlErrors.length === 0) yamlErrors.push(...duplicateKeys(doc));
  if (yamlErrors.length > 0) {
    // The file is where a record of this kind belongs: references to it are not reported again.
    rejected.push({ kind, file: file.path, id: baseId(file.path) });
    // One line per kind of parser error (a stack overflow repeats at every level it unwinds).
    const messages = new Set<string>();
    const distinct = yamlErrors.filter((error) => !messages.has(error.message) && messages.add(error.message));
    for (const error of distinct.slice(0, 5)) {
      const { line, column } = lineColumn(lineStarts, error.offset);
      problems.push(at(file.path, line, column, '', `malformed YAML: ${error.message}`));
    }
    return undefined;
  }
  if (doc.contents === null) {
    rejected.push({ kind, file: file.path, id: baseId(file.path) });
    problems.push(at(file.path, 1, 1, '', 'empty file: expected one YAML record'));
    return undefined;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    rejected.push({ kind, file: file.path, id: baseId(file.path) });
    problems.push(at(file.path, 1, 1, '', `malformed YAML: ${yamlMessage(error instanceof Error ? error.message : String(error))}`));
    return undefined;
  }
  if (!validate(data)) {
    rejected.push({ kind, file: file.path, id: claimedId(data) ?? baseId(file.path) });
    const explained = explain(validate.errors ?? []);
    let last = { line: 1, column: 1 };
    for (const error of explained.slice(0, MAX_SCHEMA_PROBLEMS)) {
      last = lineColumn(lineStarts, offsetOf(doc, error.path, error.atKey));
      problems.push(at(file.path, last.line, last.column, formatPath(error.shownPath ?? error.path), error.message));
    }
    if (explained.length > MAX_SCHEMA_PROBLEMS) {
      // At the last shown place, so that it prints after them.
      problems.push(at(file.path, last.line, last.column, '', `${explained.length - MAX_SCHEMA_PROBLEMS} more schema problems not shown`));
    }
    return undefined;
  }
  return { file: file.path, record: data, text: file.text };
}

/**
 * The value of a YAML text as the careful reader sees it, or undefined when it reports a problem
 * (parser error, duplicate key, too many aliases, empty document). For comparing the two readers.
 */
export function carefulRead(text: string): { value: unknown } | undefined {
  const { doc } = carefulParse(text);
  if (doc.errors.length > 0 || duplicateKeys(doc).length > 0 || doc.contents === null) return undefined;
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch {
    return undefined;
  }
}

interface Parsed {
  text: string;
  doc: Document.Parsed;
  lineStarts: number[];
}

function carefulParse(text: string): Parsed {
  // uniqueKeys is checked in linear time (duplicateKeys): the library's own check compares every key
  // with every earlier key, so a 1 MiB file of distinct keys would take minutes.
  const doc = yaml().parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: true, logLevel: 'error' });
  return { text, doc, lineStarts: lineStartsOf(text) };
}

/**
 * The careful reading of the last file a position was asked for: cross-file and capture problems
 * come file by file, often several for one file. One entry, so documents are never kept for all files.
 */
let lastParsed: Parsed | undefined;

/** Position of a path inside a loaded record, for cross-file problems: the careful reader, on demand. */
export function problemAt(loaded: Loaded<unknown>, path: PathSegment[], message: string): Problem {
  if (lastParsed?.text !== loaded.text) lastParsed = carefulParse(loaded.text);
  const { line, column } = lineColumn(lastParsed.lineStarts, offsetOf(lastParsed.doc, path));
  return at(loaded.file, line, column, formatPath(path), message);
}

/**
 * Texts the careful reader may read differently, found by a cheap conservative scan (a false alarm
 * only costs speed): a directive line (`%YAML 1.1` and `%TAG` change how plain scalars and tags
 * read); a document end marker `...` (refused before any document); a tag or an anchor, that is a
 * `!` or `&` where a node may start (js-yaml accepts `![a]` and `&x{a: 1}` in flow collections,
 * `yaml` wants white space after them; `!!float 1` is a string to `yaml`).
 */
const CAREFUL_ONLY = /^(?:%|\.\.\.)|(?:^|[\s[{,:?-])[!&]/m;
/**
 * A necessary condition of CAREFUL_ONLY (each of its matches holds one of these), tested first: V8
 * finds these characters quickly, while CAREFUL_ONLY, with no character to search for, is tried at
 * every position (≈1.7 µs per generated capture against ≈0.2 µs, issue #14 item 5).
 */
const CAREFUL_TRIGGER = /[!&%]|\.\.\./;
/** Longer keys go to the careful reader, which refuses implicit keys of more than 1024 source characters. */
const MAX_FAST_KEY = 128;

/**
 * js-yaml's core schema (YAML 1.2 core: the same plain-scalar rules as the `yaml` library's default,
 * no timestamps, no merge keys, no binary), with two guards that make it step aside: an explicit tag
 * on a scalar, and a mapping key that is not a short string.
 */
const FAST_SCHEMA = new Schema(
  CORE_SCHEMA.tags.map((tag): TagDefinition => {
    if (tag.nodeKind === 'scalar') {
      const { resolve } = tag;
      return { ...tag, resolve: (source, isExplicit, tagName) => (isExplicit ? NOT_RESOLVED : resolve(source, isExplicit, tagName)) };
    }
    if (tag.nodeKind === 'mapping') {
      const { addPair } = tag;
      return {
        ...tag,
        addPair: (carrier, key, value) =>
          typeof key === 'string' && key.length <= MAX_FAST_KEY ? addPair(carrier, key, value) : 'key for the careful reader',
      };
    }
    return tag;
  }),
);

function claimedId(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const id: unknown = (data as Record<string, unknown>).id;
  return typeof id === 'string' ? id : undefined;
}

interface Explained {
  path: PathSegment[];
  /** The path as printed, when it differs (a stray key is shown only when short and plain). */
  shownPath?: PathSegment[];
  atKey: boolean;
  message: string;
}

/** Duplicate keys of every mapping, one Set per mapping: linear in the size of the document. */
function duplicateKeys(doc: Document): { offset: number; message: string }[] {
  const { isMap, isScalar, visit } = yaml();
  const found: { offset: number; message: string }[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) found.push({ offset: pair.key.range?.[0] ?? 0, message: 'Map keys must be unique' });
        seen.add(key);
      }
    },
  });
  return found;
}

/**
 * A parser message without the source text some of them quote (an alias name, a block scalar
 * header, an escape, a tag): record files may come from untrusted pull requests.
 */
function yamlMessage(message: string, code?: string): string {
  const first = firstLine(message);
  if (/call stack|stack overflow/i.test(first)) return 'nested too deeply';
  const general = first
    .replace(/: .*$/, '')
    .replace(/^(Invalid escape sequence) .*$/, '$1')
    .replace(/![^\s]*/g, 'a tag');
  if (/^[A-Za-z0-9 ,.;()'"[\]{}<>|-]{1,160}$/.test(general)) return general;
  return code === undefined ? 'not valid YAML' : `not valid YAML (${code})`;
}

/** Turn ajv errors into one plain sentence per place, saying what was expected. */
function explain(errors: ErrorObject[]): Explained[] {
  // A failed anyOf/oneOf reports every branch; keep one combined message per place instead.
  const unions = new Set(errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath));
  const out = new Map<string, Explained>();
  for (const error of errors) {
    const path = pointerToPath(error.instancePath);
    let explained: Explained;
    if (unions.has(error.instancePath) && error.keyword !== 'anyOf' && error.keyword !== 'oneOf') continue;
    switch (error.keyword) {
      case 'required': {
        const missing = String(error.params.missingProperty);
        explained = { path, atKey: false, message: `missing required key "${missing}"` };
        break;
      }
      case 'additionalProperties': {
        const extra = String(error.params.additionalProperty);
        explained = { path: [...path, extra], shownPath: [...path, shown(extra)], atKey: true, message: `unexpected key "${shown(extra)}": this record allows no other keys` };
        break;
      }
      case 'enum': {
        const allowed = (error.params.allowedValues as unknown[]).map(String).join(', ');
        explained = { path, atKey: false, message: `${describe(error.data)} is not one of: ${allowed}` };
        break;
      }
      case 'const':
        explained = { path, atKey: false, message: `must be ${JSON.stringify(error.params.allowedValue)}, found ${describe(error.data)}` };
        break;
      case 'type':
        explained = { path, atKey: false, message: `expected ${String(error.params.type)}, found ${typeName(error.data)}` };
        break;
      case 'pattern':
        explained = { path, atKey: false, message: `${describe(error.data)} does not match ${String(error.params.pattern)}` };
        break;
      case 'minItems':
      case 'minLength':
        explained = { path, atKey: false, message: 'must not be empty' };
        break;
      case 'minimum':
        explained = { path, atKey: false, message: `must be at least ${String(error.params.limit)}` };
        break;
      case 'uniqueItems':
        explained = { path, atKey: false, message: `lists the same value twice (items ${String(error.params.j)} and ${String(error.params.i)})` };
        break;
      case 'anyOf':
      case 'oneOf':
        explained = { path, atKey: false, message: `${describe(error.data)} is not an accepted form (${String(error.parentSchema?.description ?? 'see the schema')})` };
        break;
      default:
        explained = { path, atKey: false, message: error.message ?? `fails ${error.keyword}` };
    }
    const key = `${formatPath(explained.path)}\u0000${explained.message}`;
    if (!out.has(key)) out.set(key, explained);
  }
  return [...out.values()];
}

/** Values are quoted only when short and plain: record values may come from untrusted pull requests. */
function describe(value: unknown): string {
  if (typeof value === 'string') return `"${shown(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return typeName(value);
}

/** A record value inside a message: `"value"` when short and plain, otherwise only its length. */
export function quoted(value: string): string {
  const text = shown(value);
  return text === value ? `"${value}"` : text;
}

/**
 * A value as a message may show it: itself when short, plain and not flagged by the leak scanner
 * (a digit run such as `call-447700900456` is plain, and a phone number), else only its length.
 */
function shown(value: string): string {
  return /^[A-Za-z0-9 ._:/-]{0,40}$/.test(value) && scanText('value', value).length === 0 ? value : `(a value of ${value.length} characters)`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

export function at(file: string, line: number, column: number, path: string, message: string): Problem {
  return { file, line, column, path, message };
}

export { baseId };
