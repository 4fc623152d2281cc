// Parse and schema-check every record file. Pure: takes file texts, returns typed records and problems.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isScalar, parseDocument, visit, type Document } from 'yaml';
import { baseId, kindOf, type RecordKind, type RepoFile } from './repo.ts';
import {
  validateCapture,
  validateEnum,
  validateFlow,
  validateGlossary,
  validateStanza,
  validateTechnique,
} from './validators.generated.js';
import { formatPath, lineColumn, lineStartsOf, offsetOf, pointerToPath, type PathSegment } from './positions.ts';
import type { Loaded, Problem, Repo } from './types.ts';

/** Alias expansion cap: a YAML bomb in a pull request is a problem, not an out-of-memory crash. */
const MAX_ALIAS_COUNT = 100;
export const MAX_FILE_CHARS = 1024 * 1024;
/** Schema problems reported per file; a file with thousands of stray keys gets a count, not a flood. */
const MAX_SCHEMA_PROBLEMS = 20;

/**
 * The schemas of spec/schema and corpus/schema, compiled ahead of time (scripts/gen-validators.mjs):
 * bundled with the code, so a pull request cannot weaken the rules it is checked against, and no
 * start-up is spent compiling them.
 */
const VALIDATORS: Record<RecordKind, ValidateFunction> = {
  stanza: validateStanza,
  flow: validateFlow,
  enum: validateEnum,
  technique: validateTechnique,
  glossary: validateGlossary,
  capture: validateCapture,
};

export interface LoadResult {
  repo: Repo;
  problems: Problem[];
}

export function loadRepo(files: RepoFile[]): LoadResult {
  const repo: Repo = { stanzas: [], flows: [], enums: [], techniques: [], captures: [], rejected: [] };
  const problems: Problem[] = [];
  for (const file of files) {
    const kind = kindOf(file.path);
    if (kind === 'schema') continue;
    if (kind === undefined) {
      problems.push(at(file.path, 1, 1, '', 'not a record location: expected spec/stanzas/, spec/flows/, spec/enums/, spec/techniques/, spec/glossary.yaml or corpus/captures/'));
      continue;
    }
    const loaded = loadRecord(file, kind, problems, repo.rejected);
    if (!loaded) continue;
    switch (kind) {
      case 'stanza':
        repo.stanzas.push(loaded as Loaded<never>);
        break;
      case 'flow':
        repo.flows.push(loaded as Loaded<never>);
        break;
      case 'enum':
        repo.enums.push(loaded as Loaded<never>);
        break;
      case 'technique':
        repo.techniques.push(loaded as Loaded<never>);
        break;
      case 'glossary':
        repo.glossary = loaded as Loaded<never>;
        break;
      case 'capture':
        repo.captures.push(loaded as Loaded<never>);
        break;
    }
  }
  return { repo, problems };
}

/** Parse one file and check it against the schema of its kind; undefined when it is not a valid record. */
export function loadRecord(file: RepoFile, kind: RecordKind, problems: Problem[], rejected: Repo['rejected'] = []): Loaded<unknown> | undefined {
  if (file.text.length > MAX_FILE_CHARS || file.text === '') {
    rejected.push({ kind, file: file.path, id: baseId(file.path) });
    problems.push(at(file.path, 1, 1, '', file.text === '' ? 'empty file: expected one YAML record' : `file too large: at most ${MAX_FILE_CHARS} characters`));
    return undefined;
  }
  const lineStarts = lineStartsOf(file.text);
  // uniqueKeys is checked below in linear time: the library's own check compares every key with
  // every earlier key, so a 1 MiB file of distinct keys would take minutes.
  const doc = parseDocument(file.text, { uniqueKeys: false, prettyErrors: false, strict: true, logLevel: 'error' });
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
  const validate = VALIDATORS[kind];
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
  return { file: file.path, record: data, doc: doc as Document.Parsed, lineStarts };
}

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

function shown(value: string): string {
  return /^[A-Za-z0-9 ._:/-]{0,40}$/.test(value) ? value : `(a value of ${value.length} characters)`;
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

/** Position of a path inside a loaded record, for cross-file problems. */
export function problemAt(loaded: Loaded<unknown>, path: PathSegment[], message: string): Problem {
  const { line, column } = lineColumn(loaded.lineStarts, offsetOf(loaded.doc, path));
  return at(loaded.file, line, column, formatPath(path), message);
}

export { baseId };
