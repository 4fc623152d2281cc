// The validator: schema per file (load.ts), then the cross-file rules of formats.md and
// formats-head.md. Errors fail a run; warnings are listed and never do.
import { factsOf } from '../coverage/facts.ts';
import { at, baseId, loadRepo, problemAt, quoted, type LoadOptions } from './load.ts';
import { partFolder, type RepoFile } from './repo.ts';
import type { Loaded, Problem, Repo } from './types.ts';
import { isTechnique, TECHNIQUES } from './vocabulary.ts';

/** Extra per-capture checks supplied by the caller (the sanitization scan of each raw body). */
export type CaptureCheck = (capture: Repo['captures'][number]) => Problem[];

export interface ValidationResult {
  repo: Repo;
  /** Errors, sorted by file, line, column. */
  problems: Problem[];
  /** Warnings (sorted): what the repository's contract allows but wacrg doubts. Never fail a run. */
  warnings: Problem[];
}

export interface ValidateOptions extends LoadOptions {
  /**
   * false: the cross-file warnings are not made (the result's `warnings` holds the schema doubts
   * only). For a caller that ignores them: placing a warning reads its file with the careful YAML
   * reader, the slow one. Default true.
   */
  warnings?: boolean;
  /**
   * Which cross-file rules run: 'repository' (default) every rule; 'captures' only the rules about
   * capture files (rule 4 among captures, and the capture warnings). For a caller that checks new
   * captures against a spec it does not answer for (the intake): a problem placed in a spec file
   * reads that file again with the careful YAML reader, the slow one, and the caller drops it.
   */
  scope?: 'repository' | 'captures';
}

export function validateRepo(files: readonly RepoFile[], checkCapture?: CaptureCheck, options: ValidateOptions = {}): ValidationResult {
  const { repo, problems, warnings } = loadRepo(files, options);
  const cross = crossFileChecks(repo, options.warnings ?? true, options.scope);
  problems.push(...cross.problems);
  warnings.push(...cross.warnings);
  if (checkCapture) for (const capture of repo.captures) problems.push(...checkCapture(capture));
  return { repo, problems: sortProblems(problems), warnings: sortProblems(warnings) };
}

/** Where warnings go: a list, or nowhere (then they are not even placed). */
type WarningSink = Problem[] | null;

function warn(sink: WarningSink, loaded: Loaded<unknown>, path: (string | number)[], message: string): void {
  if (sink) sink.push(problemAt(loaded, path, message));
}

/**
 * Every cross-file rule over loaded records (`scope` 'captures': those about capture files only, see
 * ValidateOptions): errors and warnings (none made when `withWarnings` is false).
 */
export function crossFileChecks(repo: Repo, withWarnings = true, scope: ValidateOptions['scope'] = 'repository'): { problems: Problem[]; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const sink: WarningSink = withWarnings ? warnings : null;
  if (scope === 'captures') return { problems: [...idProblemsOf('capture', repo.captures), ...captureProblems(repo, sink)], warnings };
  const problems = [
    ...idProblems(repo),
    ...techniqueFileProblems(repo),
    ...enumRefProblems(repo),
    ...flowProblems(repo),
    ...corroborationProblems(repo),
    ...provenanceProblems(repo, sink),
    ...contributorProblems(repo, sink),
    ...flavorProblems(repo),
    ...partProblems(repo),
    ...captureProblems(repo, sink),
  ];
  return { problems, warnings };
}

/** The errors of crossFileChecks alone. */
export function crossFileProblems(repo: Repo): Problem[] {
  return crossFileChecks(repo).problems;
}

/** Rule 4: ids equal the file name and are unique per kind (spec parts: across the four categories). */
function idProblems(repo: Repo): Problem[] {
  const problems: Problem[] = [];
  const kinds: [string, Loaded<{ id: string }>[]][] = [
    ['stanza', repo.stanzas],
    ['flow', repo.flows],
    ['enum', repo.enums],
    ['technique', repo.techniques],
    ['capture', repo.captures],
    ['contributor', repo.contributors],
    ['flavor', repo.flavors],
    ['spec part', repo.parts],
  ];
  for (const [kind, records] of kinds) problems.push(...idProblemsOf(kind, records));
  return problems;
}

/** Rule 4 for the records of one kind. */
function idProblemsOf(kind: string, records: Loaded<{ id: string }>[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const loaded of records) {
    const { id } = loaded.record;
    if (id !== baseId(loaded.file)) {
      // One mistake, one problem: a wrong id is not also reported as a duplicate of the file it copies.
      problems.push(problemAt(loaded, ['id'], `id ${quoted(id)} must equal the file name "${baseId(loaded.file)}"`));
      continue;
    }
    // Only two files whose names differ in the extension (x.yaml, x.yml) can reach this.
    const first = seen.get(id);
    if (first !== undefined) problems.push(problemAt(loaded, ['id'], `duplicate ${kind} id ${quoted(id)}: also used by ${first}`));
    else seen.set(id, loaded.file);
  }
  return problems;
}

/** Rule 1 (the half the schemas cannot see): each of the seven techniques has its file. */
function techniqueFileProblems(repo: Repo): Problem[] {
  const present = idsOf(repo, 'technique', repo.techniques);
  return TECHNIQUES.filter((t) => !present.has(t)).map((t) =>
    at(`spec/techniques/${t}.yaml`, 1, 1, '', `technique "${t}" has no file: expected spec/techniques/${t}.yaml`),
  );
}

/** Rule 2: `type: enum:<id>` resolves to spec/enums/<id>.yaml. */
function enumRefProblems(repo: Repo): Problem[] {
  const enums = idsOf(repo, 'enum', repo.enums);
  const problems: Problem[] = [];
  for (const loaded of repo.stanzas) {
    for (const fact of factsOf(loaded.record)) {
      const ref = /^enum:(.+)$/.exec(fact.type ?? '')?.[1];
      if (ref !== undefined && !enums.has(ref)) {
        problems.push(problemAt(loaded, [...fact.recordPath, 'type'], `"enum:${ref}" names no enum: expected a file spec/enums/${ref}.yaml`));
      }
    }
  }
  return problems;
}

/** Rule 3: flow steps name existing stanzas and participants of the same flow. */
function flowProblems(repo: Repo): Problem[] {
  const stanzas = idsOf(repo, 'stanza', repo.stanzas);
  const problems: Problem[] = [];
  for (const loaded of repo.flows) {
    const participants = new Set(loaded.record.participants.map((p) => p.id));
    const list = [...participants].map(quoted).join(', ');
    loaded.record.steps.forEach((step, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!participants.has(step[end])) {
          problems.push(problemAt(loaded, ['steps', i, end], `${quoted(step[end])} is not a participant of this flow: expected one of ${list}`));
        }
      }
      if (step.stanza !== undefined && !stanzas.has(step.stanza)) {
        problems.push(problemAt(loaded, ['steps', i, 'stanza'], `${quoted(step.stanza)} names no stanza: expected a file spec/stanzas/${fileName(step.stanza)}`));
      }
    });
  }
  return problems;
}

/** Rule 5, the corroboration rule: `confirmed` needs two different techniques in the provenance. */
function corroborationProblems(repo: Repo): Problem[] {
  const problems: Problem[] = [];
  for (const loaded of repo.stanzas) {
    for (const fact of factsOf(loaded.record)) {
      if (fact.confidence !== 'confirmed' || fact.techniques.length >= 2) continue;
      const named = fact.techniques.length === 0 ? 'names none' : `names one (${fact.techniques.join(', ')})`;
      problems.push(problemAt(loaded, [...fact.recordPath, 'confidence'], `"confirmed" needs two techniques, provenance ${named}`));
    }
  }
  return problems;
}

/**
 * A reference to a kind that may have no files yet (tools, flavors, contributors from provenance
 * and contributor records): an error when that folder has files, a warning when it has none
 * (formats-head.md, the group's validator does the same).
 */
interface Resolver {
  ids: Set<string>;
  /** The folder has at least one file of the kind. */
  populated: boolean;
  folder: string;
  noun: string;
}

function resolvers(repo: Repo): { tool: Resolver; flavor: Resolver; contributor: Resolver } {
  const flavorIds = idsOf(repo, 'flavor', repo.flavors);
  const contributorIds = idsOf(repo, 'contributor', repo.contributors);
  return {
    tool: { ids: new Set(repo.tools), populated: repo.tools.length > 0, folder: 'spec/tools', noun: 'tool' },
    flavor: { ids: flavorIds, populated: flavorIds.size > 0, folder: 'spec/flavors', noun: 'flavor' },
    contributor: { ids: contributorIds, populated: contributorIds.size > 0, folder: 'spec/contributors', noun: 'contributor' },
  };
}

/** Check each id of a list field against a resolver; errors or warnings by the folder's state. */
function resolveList(loaded: Loaded<unknown>, path: (string | number)[], values: readonly string[] | undefined, resolver: Resolver, problems: Problem[], warnings: WarningSink): void {
  (values ?? []).forEach((value, i) => {
    if (resolver.ids.has(value)) return;
    const where = [...path, i];
    if (resolver.populated) {
      problems.push(problemAt(loaded, where, `${quoted(value)} names no ${resolver.noun}: expected a file ${resolver.folder}/${fileName(value)}`));
    } else {
      warn(warnings, loaded, where, `${quoted(value)} names no ${resolver.noun}: ${resolver.folder}/ has no files yet`);
    }
  });
}

/** Provenance `tools`, `flavors`, `contributors` of every fact resolve. */
function provenanceProblems(repo: Repo, warnings: WarningSink): Problem[] {
  const problems: Problem[] = [];
  const r = resolvers(repo);
  for (const loaded of repo.stanzas) {
    for (const fact of factsOf(loaded.record)) {
      const p = fact.provenance;
      if (!p) continue;
      const base = [...fact.recordPath, 'provenance'];
      resolveList(loaded, [...base, 'tools'], p.tools, r.tool, problems, warnings);
      resolveList(loaded, [...base, 'flavors'], p.flavors, r.flavor, problems, warnings);
      resolveList(loaded, [...base, 'contributors'], p.contributors, r.contributor, problems, warnings);
    }
  }
  return problems;
}

/** A contributor's techniques are in the fixed set; its tools and flavors resolve. */
function contributorProblems(repo: Repo, warnings: WarningSink): Problem[] {
  const problems: Problem[] = [];
  const r = resolvers(repo);
  for (const loaded of repo.contributors) {
    const { techniques, tools, flavors } = loaded.record;
    (techniques ?? []).forEach((t, i) => {
      if (!isTechnique(t)) problems.push(problemAt(loaded, ['techniques', i], `${quoted(t)} is not a technique: expected one of ${TECHNIQUES.join(', ')}`));
    });
    resolveList(loaded, ['tools'], tools, r.tool, problems, warnings);
    resolveList(loaded, ['flavors'], flavors, r.flavor, problems, warnings);
  }
  return problems;
}

/** A flavor's basis is in the fixed set, its maintainer is a contributor, derives_from names other flavors. */
function flavorProblems(repo: Repo): Problem[] {
  const problems: Problem[] = [];
  const flavors = idsOf(repo, 'flavor', repo.flavors);
  const contributors = idsOf(repo, 'contributor', repo.contributors);
  for (const loaded of repo.flavors) {
    const { id, basis, maintainer, derives_from: derives } = loaded.record;
    (basis ?? []).forEach((t, i) => {
      if (!isTechnique(t)) problems.push(problemAt(loaded, ['basis', i], `${quoted(t)} is not a technique: expected one of ${TECHNIQUES.join(', ')}`));
    });
    if (maintainer !== undefined && !contributors.has(maintainer)) {
      problems.push(problemAt(loaded, ['maintainer'], `${quoted(maintainer)} names no contributor: expected a file spec/contributors/${fileName(maintainer)}`));
    }
    (derives ?? []).forEach((other, i) => {
      if (other === id) problems.push(problemAt(loaded, ['derives_from', i], 'a flavor cannot derive from itself'));
      else if (!flavors.has(other)) problems.push(problemAt(loaded, ['derives_from', i], `${quoted(other)} names no flavor: expected a file spec/flavors/${fileName(other)}`));
    });
  }
  return problems;
}

/**
 * Spec parts: category = folder, annotation codes unique, `requires` and `parent` resolve (parent
 * in the same category, not the part itself), contributors and implementations resolve.
 */
function partProblems(repo: Repo): Problem[] {
  const problems: Problem[] = [];
  const parts = new Map<string, string>();
  for (const l of repo.parts) parts.set(l.record.id, l.record.category).set(baseId(l.file), partFolder(l.file));
  for (const r of repo.rejected) if (r.kind === 'part') parts.set(r.id, partFolder(r.file)).set(baseId(r.file), partFolder(r.file));
  const flavors = idsOf(repo, 'flavor', repo.flavors);
  const contributors = idsOf(repo, 'contributor', repo.contributors);
  const codes = new Map<string, string>();
  for (const loaded of repo.parts) {
    const part = loaded.record;
    const folder = partFolder(loaded.file);
    if (part.category !== folder) problems.push(problemAt(loaded, ['category'], `category "${part.category}" must equal the folder "${folder}"`));
    const first = codes.get(part.code);
    if (first !== undefined) problems.push(problemAt(loaded, ['code'], `duplicate annotation code ${quoted(part.code)}: also used by ${first}`));
    else codes.set(part.code, loaded.file);
    (part.requires ?? []).forEach((id, i) => {
      if (!parts.has(id)) problems.push(problemAt(loaded, ['requires', i], `${quoted(id)} names no spec part: expected a file spec/<category>/${fileName(id)}`));
    });
    if (part.parent !== undefined) {
      const parentFolder = parts.get(part.parent);
      if (part.parent === part.id) problems.push(problemAt(loaded, ['parent'], 'a spec part cannot be its own parent'));
      else if (parentFolder === undefined) problems.push(problemAt(loaded, ['parent'], `${quoted(part.parent)} names no spec part: expected a file spec/${folder}/${fileName(part.parent)}`));
      else if (parentFolder !== folder) problems.push(problemAt(loaded, ['parent'], `${quoted(part.parent)} is in category "${parentFolder}": a parent must be in the same category ("${folder}")`));
    }
    (part.contributors ?? []).forEach((c, i) => {
      if (!contributors.has(c.contributor)) problems.push(problemAt(loaded, ['contributors', i, 'contributor'], `${quoted(c.contributor)} names no contributor: expected a file spec/contributors/${fileName(c.contributor)}`));
    });
    (part.implementations ?? []).forEach((impl, i) => {
      if (!flavors.has(impl.flavor)) problems.push(problemAt(loaded, ['implementations', i, 'flavor'], `${quoted(impl.flavor)} names no flavor: expected a file spec/flavors/${fileName(impl.flavor)}`));
    });
  }
  return problems;
}

/**
 * Captures: what the group's schema allows but we doubt is a warning. An empty `contributor` or
 * `captured_at` (the group's own examples have them), a `captured_at` that is not an ISO 8601 date,
 * a contributor or tools that name no file (only when that folder has files: a repository without
 * contributor files would otherwise warn on every capture).
 */
function captureProblems(repo: Repo, warnings: WarningSink): Problem[] {
  const r = resolvers(repo);
  for (const loaded of repo.captures) {
    const { contributor, captured_at: capturedAt, tools } = loaded.record.source;
    if (contributor === '') warn(warnings, loaded, ['source', 'contributor'], 'empty: expected the GitHub login of the person who captured it');
    else if (contributor !== undefined && r.contributor.populated && !r.contributor.ids.has(contributor)) {
      warn(warnings, loaded, ['source', 'contributor'], `${quoted(contributor)} names no contributor: no file spec/contributors/${fileName(contributor)}`);
    }
    if (capturedAt === '') warn(warnings, loaded, ['source', 'captured_at'], 'empty: expected an ISO 8601 date (YYYY-MM-DD)');
    else if (capturedAt !== undefined && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}/.test(capturedAt)) {
      warn(warnings, loaded, ['source', 'captured_at'], `${quoted(capturedAt)} is not an ISO 8601 date: expected YYYY-MM-DD`);
    }
    if (r.tool.populated) {
      (tools ?? []).forEach((tool, i) => {
        if (!r.tool.ids.has(tool)) warn(warnings, loaded, ['source', 'tools', i], `${quoted(tool)} names no tool: no file spec/tools/${fileName(tool)}`);
      });
    }
  }
  return [];
}

/**
 * Ids a reference of this kind resolves to: the ids of the records and the names of their files,
 * including files that failed their schema or did not parse (already reported once). A file at the
 * right place with a wrong id is one problem (its id), not also a dangling reference.
 */
function idsOf(repo: Repo, kind: string, loaded: Loaded<{ id: string }>[]): Set<string> {
  const ids = new Set<string>();
  for (const l of loaded) ids.add(l.record.id).add(baseId(l.file));
  for (const r of repo.rejected) if (r.kind === kind) ids.add(r.id).add(baseId(r.file));
  return ids;
}

/** `<id>.yaml`, or a stand-in when the id is not short and plain. */
function fileName(id: string): string {
  return quoted(id) === `"${id}"` ? `${id}.yaml` : '<id>.yaml';
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

/** `spec/stanzas/call-offer.yaml:41:9 children[0].attributes[1].confidence: …` */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  return problem.path === '' ? `${where} ${problem.message}` : `${where} ${problem.path}: ${problem.message}`;
}
