/** A text file of a spec repository, path relative to the root with POSIX separators. */
export interface RepoFile {
  path: string;
  text: string;
}

/** Kinds of record with a schema, loaded and cross-checked (formats.md, formats-head.md). */
export type RecordKind = 'stanza' | 'flow' | 'enum' | 'technique' | 'glossary' | 'capture' | 'contributor' | 'flavor' | 'part';

/**
 * Files that belong to the layout but are not records with a schema: `spec/tools/*.yaml` (tools,
 * named by references; no schema today) and `spec/flavors/*.map.yaml` (per-flavor code maps).
 * They are tolerated, never reported as misplaced; tools count as ids for references.
 */
export type TolerantKind = 'tool' | 'flavor-map';

const CAPTURES_PREFIX = 'corpus/captures/';

/** Where each kind of record lives. Anything else under spec/ or corpus/ is unknown. */
export function kindOf(path: string): RecordKind | TolerantKind | 'schema' | undefined {
  // Captures first, by string tests (a corpus holds thousands; the listing and the loader ask of
  // each): `corpus/captures/<name>.yaml|.yml`, a name of one character or more, no subfolder, exactly
  // what the patterns below say. Anything else under corpus/captures/ goes through them.
  if (path.startsWith(CAPTURES_PREFIX) && path.indexOf('/', CAPTURES_PREFIX.length) < 0) {
    const name = path.length - CAPTURES_PREFIX.length;
    if ((path.endsWith('.yaml') && name > 5) || (path.endsWith('.yml') && name > 4)) return 'capture';
  }
  if (/^(spec|corpus)\/schema\//.test(path)) return 'schema';
  if (path === 'spec/glossary.yaml') return 'glossary';
  if (/^spec\/flavors\/[^/]+\.map\.ya?ml$/.test(path)) return 'flavor-map';
  const match = /^(spec\/[a-z]+|corpus\/captures)\/[^/]+\.ya?ml$/.exec(path);
  switch (match?.[1]) {
    case 'spec/stanzas':
      return 'stanza';
    case 'spec/flows':
      return 'flow';
    case 'spec/enums':
      return 'enum';
    case 'spec/techniques':
      return 'technique';
    case 'corpus/captures':
      return 'capture';
    case 'spec/contributors':
      return 'contributor';
    case 'spec/flavors':
      return 'flavor';
    case 'spec/tools':
      return 'tool';
    case 'spec/signalling':
    case 'spec/encodings':
    case 'spec/crypto':
    case 'spec/relay':
      return 'part';
    default:
      return undefined;
  }
}

/** The folder of a spec part's file (`spec/crypto/x.yaml` → `crypto`): what its `category` must equal. */
export function partFolder(path: string): string {
  return path.split('/')[1] ?? '';
}

/** The file name without directory and `.yaml`/`.yml`: what the record's `id` must equal. */
export function baseId(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.ya?ml$/, '');
}

export function isRecordPath(path: string): boolean {
  return /^(spec|corpus)\/.*\.ya?ml$/.test(path);
}

/**
 * A repository's own JSON Schema files, by the kind they govern (`spec/schema/<name>.schema.json`,
 * `corpus/schema/capture.schema.json`); the names are those of the group's repository.
 */
export const SCHEMA_PATHS: Record<RecordKind, string> = {
  stanza: 'spec/schema/stanza.schema.json',
  flow: 'spec/schema/flow.schema.json',
  enum: 'spec/schema/enum.schema.json',
  technique: 'spec/schema/technique.schema.json',
  glossary: 'spec/schema/glossary.schema.json',
  contributor: 'spec/schema/contributor.schema.json',
  flavor: 'spec/schema/flavor.schema.json',
  part: 'spec/schema/spec-part.schema.json',
  capture: 'corpus/schema/capture.schema.json',
};

/** Built once: listing 100,000 captures asks isSchemaPath of each. */
const SCHEMA_PATH_SET: ReadonlySet<string> = new Set(Object.values(SCHEMA_PATHS));

export function isSchemaPath(path: string): boolean {
  return SCHEMA_PATH_SET.has(path);
}
