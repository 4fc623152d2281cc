// The validator: schema per file (load.ts), then the cross-file rules of formats.md.
import { factsOf } from '../coverage/facts.ts';
import { at, baseId, loadRepo, problemAt, quoted } from './load.ts';
import type { RepoFile } from './repo.ts';
import type { Loaded, Problem, Repo } from './types.ts';
import { TECHNIQUES } from './vocabulary.ts';

/** Extra per-capture checks supplied by the caller (the sanitization scan of each raw body). */
export type CaptureCheck = (capture: Repo['captures'][number]) => Problem[];

export interface ValidationResult {
  repo: Repo;
  problems: Problem[];
}

export function validateRepo(files: RepoFile[], checkCapture?: CaptureCheck): ValidationResult {
  const { repo, problems } = loadRepo(files);
  problems.push(...crossFileProblems(repo));
  if (checkCapture) for (const capture of repo.captures) problems.push(...checkCapture(capture));
  return { repo, problems: sortProblems(problems) };
}

export function crossFileProblems(repo: Repo): Problem[] {
  return [
    ...idProblems(repo),
    ...techniqueFileProblems(repo),
    ...enumRefProblems(repo),
    ...flowProblems(repo),
    ...corroborationProblems(repo),
  ];
}

/** Rule 4: ids equal the file name and are unique per kind. */
function idProblems(repo: Repo): Problem[] {
  const problems: Problem[] = [];
  const kinds: [string, Loaded<{ id: string }>[]][] = [
    ['stanza', repo.stanzas],
    ['flow', repo.flows],
    ['enum', repo.enums],
    ['technique', repo.techniques],
    ['capture', repo.captures],
  ];
  for (const [kind, records] of kinds) {
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
