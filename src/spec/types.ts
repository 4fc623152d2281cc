// Record types of formats.md. Records reach these types only after their schema accepted them.
import type {
  Category,
  Confidence,
  Direction,
  Feature,
  FlavorLanguage,
  FlavorMaturity,
  ImplementationStatus,
  Occurrence,
  PartCategory,
  RawFormat,
  Status,
  Technique,
} from './vocabulary.ts';

export interface Provenance {
  techniques: Technique[];
  sources?: string[];
  tools?: string[];
  contributors?: string[];
  flavors?: string[];
}

export interface Attribute {
  name: string;
  type: string;
  confidence: Confidence;
  description: string;
  required?: boolean;
  observed_values?: (string | number | boolean)[];
  provenance?: Provenance;
}

export interface Child {
  tag: string;
  occurrence: Occurrence;
  confidence: Confidence;
  description: string;
  provenance?: Provenance;
  attributes?: Attribute[];
  children?: Child[];
}

export interface Reference {
  title: string;
  url?: string;
}

export interface Example {
  title: string;
  format: 'xml' | 'hex' | 'json';
  body: string;
  note?: string;
}

export interface Stanza {
  id: string;
  tag: string;
  display_name: string;
  category: Category;
  direction: Direction[];
  status: Status;
  spec_version: string;
  summary: string;
  attributes?: Attribute[];
  children?: Child[];
  examples?: Example[];
  notes?: string;
  open_questions?: string[];
  references?: Reference[];
}

export interface FlowStep {
  from: string;
  to: string;
  label: string;
  confidence: Confidence;
  stanza?: string;
  note?: string;
}

export interface Flow {
  id: string;
  title: string;
  status: Status;
  spec_version: string;
  summary: string;
  participants: { id: string; label: string }[];
  steps: FlowStep[];
  open_questions?: string[];
}

export interface EnumRecord {
  id: string;
  title: string;
  status: Status;
  summary: string;
  values: { value: string | number; confidence: Confidence; description: string }[];
}

export interface TechniqueRecord {
  id: Technique;
  title: string;
  status: Status;
  maturity: 'established' | 'emerging' | 'experimental';
  summary: string;
  targets: Category[];
  strengths: string[];
  limitations: string[];
  tooling: string[];
  maintainers?: string[];
  guide?: string;
  references?: (string | Reference)[];
}

export interface Glossary {
  terms: { term: string; definition: string }[];
}

export interface Capture {
  id: string;
  title?: string;
  status?: Status;
  source: {
    technique: Technique;
    issue?: number;
    contributor?: string;
    captured_at?: string;
    tools?: string[];
  };
  stanza_tag: string;
  direction: Direction;
  confidence: Confidence;
  raw: { format: RawFormat; body: string };
  decoded?: string;
  attributes?: { name: string; value: string; note?: string }[];
  notes?: string;
  sanitized: true;
}

/** A person who contributes (spec/contributors/<id>.yaml, formats-head.md). */
export interface Contributor {
  id: string;
  name?: string;
  github?: string;
  affiliation?: string;
  techniques?: string[];
  tools?: string[];
  flavors?: string[];
  links?: Reference[];
}

/** An independent reimplementation of the protocol (spec/flavors/<id>.yaml, formats-head.md). */
export interface Flavor {
  id: string;
  name?: string;
  url?: string;
  language?: FlavorLanguage;
  maturity?: FlavorMaturity;
  license?: string;
  /** A contributor id. */
  maintainer?: string;
  status?: Status;
  covers?: Category[];
  /** Technique ids the flavor was rebuilt from. */
  basis?: string[];
  /** Flavor ids this one was ported or derived from. */
  derives_from?: string[];
  /** `owner/name`. */
  notify_repo?: string;
  notify_opt_in?: boolean;
  description?: string;
}

/** One flavor's implementation of a spec part. */
export interface Implementation {
  flavor: string;
  status: ImplementationStatus;
  note?: string;
  /** Source file in the flavor's repository. */
  path?: string;
  /** Commit ids in the flavor's repository. */
  commits?: string[];
}

/** One normative section (spec/<category>/<id>.yaml, formats-head.md). Has no confidence. */
export interface SpecPart {
  id: string;
  /** Annotation code, `^[A-Z]{3}-[0-9]{2,}$`; implementations write `wacrg:<code>`. */
  code: string;
  category: PartCategory;
  title: string;
  summary: string;
  status?: Status;
  order?: number;
  features?: Feature[];
  normative?: string;
  findings?: string;
  parent?: string;
  requires?: string[];
  contributors?: { contributor: string; note?: string }[];
  implementations?: Implementation[];
  since?: string;
  open_questions?: string[];
  references?: Reference[];
  /** Newest first; `date` is YYYY-MM-DD. */
  changelog?: { date: string; note: string; version?: string }[];
}

/**
 * A record with the file it came from and the file's text: positions of a path are computed on
 * demand (problemAt re-reads that one file), so no parsed document is kept per record.
 */
export interface Loaded<T> {
  file: string;
  record: T;
  text: string;
}

export interface Repo {
  stanzas: Loaded<Stanza>[];
  flows: Loaded<Flow>[];
  enums: Loaded<EnumRecord>[];
  techniques: Loaded<TechniqueRecord>[];
  glossary?: Loaded<Glossary>;
  captures: Loaded<Capture>[];
  contributors: Loaded<Contributor>[];
  flavors: Loaded<Flavor>[];
  /** Spec parts of every category folder, in path order. */
  parts: Loaded<SpecPart>[];
  /** Ids of the spec/tools/ files (tolerated, no schema): what provenance `tools` resolve to. */
  tools: string[];
  /**
   * Files that are YAML but failed their schema, with the id they claim: references to them are
   * not reported again as missing (one mistake, one problem).
   */
  rejected: { kind: string; file: string; id: string }[];
}

/**
 * One validation problem: where (file, 1-based line and column, path in the record) and what.
 * The same shape serves errors (`problems`) and warnings (`warnings`): what the repository's own
 * schemas accept but a check of ours doubts is a warning, reported and never failing a run.
 */
export type Warning = Problem;

/** One validation problem: where (file, 1-based line and column, path in the record) and what. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  path: string;
  message: string;
}
