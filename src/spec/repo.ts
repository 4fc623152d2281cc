/** A text file of a spec repository, path relative to the root with POSIX separators. */
export interface RepoFile {
  path: string;
  text: string;
}

export type RecordKind = 'stanza' | 'flow' | 'enum' | 'technique' | 'glossary' | 'capture';

/** Where each kind of record lives (formats.md). Anything else under spec/ or corpus/ is unknown. */
export function kindOf(path: string): RecordKind | 'schema' | undefined {
  if (/^(spec|corpus)\/schema\//.test(path)) return 'schema';
  if (path === 'spec/glossary.yaml') return 'glossary';
  const match = /^(spec\/stanzas|spec\/flows|spec\/enums|spec\/techniques|corpus\/captures)\/[^/]+\.ya?ml$/.exec(path);
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
    default:
      return undefined;
  }
}

/** The file name without directory and `.yaml`/`.yml`: what the record's `id` must equal. */
export function baseId(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.ya?ml$/, '');
}

export function isRecordPath(path: string): boolean {
  return /^(spec|corpus)\/.*\.ya?ml$/.test(path);
}
