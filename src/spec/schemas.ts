// Which JSON Schema each kind of record is checked against: the repository's own contract wins.
//
// The rule (README "Which schemas apply"): for each kind, the repository's own schema file
// (spec/schema/<name>.schema.json, corpus/schema/capture.schema.json; names in SCHEMA_PATHS) when
// it has one, the built-in schema otherwise. In pull-request review the caller passes the BASE
// branch's schema files, so a pull request cannot loosen the rules it is checked against.
// A repository schema that equals a built-in one (same canonical JSON) uses the precompiled
// validator; any other is compiled here with ajv, once per distinct text per process.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { SCHEMA_PATHS, type RecordKind, type RepoFile } from './repo.ts';
import type { Problem } from './types.ts';
import {
  builtinSchemas,
  validateCapture,
  validateContributor,
  validateEnum,
  validateFlavor,
  validateFlow,
  validateGlossary,
  validatePart,
  validateStanza,
  validateTechnique,
} from './validators.generated.js';

/** The built-in schemas (this repository's spec/schema and corpus/schema), compiled ahead of time. */
export const BUILTIN: Record<RecordKind, ValidateFunction> = {
  stanza: validateStanza,
  flow: validateFlow,
  enum: validateEnum,
  technique: validateTechnique,
  glossary: validateGlossary,
  capture: validateCapture,
  contributor: validateContributor,
  flavor: validateFlavor,
  part: validatePart,
};

const EXPORT_NAMES: Record<RecordKind, string> = {
  stanza: 'validateStanza',
  flow: 'validateFlow',
  enum: 'validateEnum',
  technique: 'validateTechnique',
  glossary: 'validateGlossary',
  capture: 'validateCapture',
  contributor: 'validateContributor',
  flavor: 'validateFlavor',
  part: 'validatePart',
};

export interface SchemaSet {
  /** The contract of each kind: the validator whose verdict decides errors. */
  contract: Record<RecordKind, ValidateFunction>;
  /** Kinds whose contract is the repository's own schema and differs from the built-in one. */
  own: RecordKind[];
  /** Problems with the schema files themselves (unreadable JSON, not a schema): the built-in one is used. */
  problems: Problem[];
}

/** The built-in contract for every kind: what a repository without schema files is checked against. */
export const BUILTIN_SCHEMAS: SchemaSet = { contract: BUILTIN, own: [], problems: [] };

const compiled = new Map<string, ValidateFunction>();

/** A built-in schema's canonical JSON, by export name (made on first use, as the compiled validators: a per-process cache). */
const builtinCanonical = new Map<string, string>();
function builtinCanonicalOf(name: string): string {
  let text = builtinCanonical.get(name);
  if (text === undefined) builtinCanonical.set(name, (text = JSON.stringify(builtinSchemas[name])));
  return text;
}

/**
 * The schema set for a repository, from the schema files among `files` (other files are ignored).
 * Pure apart from a per-process cache of compiled validators. Never throws: a schema file that is
 * not JSON or not a usable schema is a problem at that file, and the built-in schema applies.
 */
export function schemaSetOf(files: readonly RepoFile[]): SchemaSet {
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  const contract = { ...BUILTIN };
  const own: RecordKind[] = [];
  const problems: Problem[] = [];
  for (const kind of Object.keys(SCHEMA_PATHS) as RecordKind[]) {
    const path = SCHEMA_PATHS[kind];
    const text = byPath.get(path);
    if (text === undefined) continue;
    let schema: unknown;
    try {
      schema = JSON.parse(text);
    } catch {
      problems.push({ file: path, line: 1, column: 1, path: '', message: 'not valid JSON: the built-in schema is used for this kind' });
      continue;
    }
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
      problems.push({ file: path, line: 1, column: 1, path: '', message: 'expected a JSON Schema object: the built-in schema is used for this kind' });
      continue;
    }
    const canonical = JSON.stringify(schema);
    if (canonical === builtinCanonicalOf(EXPORT_NAMES[kind])) continue;
    const validate = compiled.get(canonical) ?? compile(schema as Record<string, unknown>);
    if (typeof validate === 'string') {
      problems.push({ file: path, line: 1, column: 1, path: '', message: `not a usable JSON Schema (${validate}): the built-in schema is used for this kind` });
      continue;
    }
    compiled.set(canonical, validate);
    contract[kind] = validate;
    own.push(kind);
  }
  return { contract, own, problems };
}

/**
 * ajv's compiler (≈300 KB with fast-uri, ≈17 ms of CPU to load), loaded on first use: most runs
 * check against the precompiled built-in validators only. In the bundle, esbuild turns these
 * require() calls into its lazy module wrappers (scripts/build.mjs gives the ESM bundle a
 * `require`); run from source (the tests), Node's createRequire loads the package.
 */
function ajvCompilers(): { Ajv: typeof import('ajv').Ajv; Ajv2020: typeof import('ajv/dist/2020.js').Ajv2020 } {
  const draft07: typeof import('ajv') = typeof require === 'function' ? require('ajv') : createRequire(import.meta.url)('ajv');
  const draft2020: typeof import('ajv/dist/2020.js') = typeof require === 'function' ? require('ajv/dist/2020.js') : createRequire(import.meta.url)('ajv/dist/2020.js');
  return { Ajv: draft07.Ajv, Ajv2020: draft2020.Ajv2020 };
}

/** A compiled validator, or the reason it could not be compiled (ajv's message, first line, no schema text). */
function compile(schema: Record<string, unknown>): ValidateFunction | string {
  const { Ajv, Ajv2020 } = ajvCompilers();
  const draft = typeof schema.$schema === 'string' ? schema.$schema : '';
  // A repository's schema is its contract: keywords ajv does not know and `format` are not ours to refuse.
  const options = { allErrors: true, verbose: true, strict: false, allowUnionTypes: true, validateFormats: false, logger: false } as const;
  try {
    if (/draft-0[67]/.test(draft)) return new Ajv(options).compile(schema);
    if (draft !== '' && !/2020-12/.test(draft)) return `unsupported $schema; expected draft 2020-12 or draft-07`;
    return new Ajv2020(options).compile(schema);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return (message.split('\n')[0] ?? message).slice(0, 120);
  }
}
