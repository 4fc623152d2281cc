// Evidence and promotion: which techniques are known for a fact, and which confidence they support.
// The corroboration rule (formats.md, cross-file rule 5): `confirmed` needs at least two DIFFERENT
// techniques; one technique, however clean, reaches `probable` at most. Pure: never changes spec/.
import { coverageOfFacts, type CoverageReport } from '../coverage/coverage.ts';
import { factsOf, type Fact } from '../coverage/facts.ts';
import type { Repo } from '../spec/types.ts';
import { CONFIDENCES, TECHNIQUES, type Confidence, type Technique } from '../spec/vocabulary.ts';
import { readStanza } from '../stanza/read.ts';
import { corroborate } from './match.ts';
import type { CorpusCorroboration, Corroboration, Projection, Promotion, Unsupported } from './types.ts';

/** Higher is stronger: unknown 0 … confirmed 3. */
export function rankOf(confidence: Confidence): number {
  return CONFIDENCES.length - 1 - CONFIDENCES.indexOf(confidence);
}

/** Techniques in vocabulary order, each once. */
export function orderedTechniques(techniques: Iterable<Technique>): Technique[] {
  const set = new Set(techniques);
  return TECHNIQUES.filter((t) => set.has(t));
}

/**
 * Illustrations, not observations: captures whose id starts with `example-` (the repository's
 * synthetic examples) and withdrawn (`deprecated`) captures never count as evidence, so a worked
 * example can never promote a fact.
 */
export function countsAsEvidence(capture: { id: string; status?: string }): boolean {
  return !capture.id.startsWith('example-') && capture.status !== 'deprecated';
}

/**
 * Fact path → techniques of the captures in `repo.captures` that corroborate it. Each capture's raw
 * body is read and matched; unreadable captures (and binary without a tree) are skipped.
 */
export function corpusEvidence(repo: Repo): Map<string, Set<Technique>> {
  const evidence = new Map<string, Set<Technique>>();
  for (const { record } of repo.captures) {
    if (!countsAsEvidence(record)) continue;
    const read = readStanza(record.raw.body);
    if (!read.ok || !read.tree) continue;
    for (const fact of corroborate(read.tree, record.source.technique, repo).corroborated) {
      addEvidence(evidence, fact.path, [record.source.technique]);
    }
  }
  return evidence;
}

function addEvidence(evidence: Map<string, Set<Technique>>, path: string, techniques: Iterable<Technique>): void {
  let set = evidence.get(path);
  if (!set) evidence.set(path, (set = new Set()));
  for (const t of techniques) set.add(t);
}

/**
 * The confidence the evidence supports for a fact some capture shows: two or more different
 * techniques → confirmed; otherwise probable. A fact no capture shows gets no promotion: the
 * provenance alone is what the spec's authors already graded.
 */
export function supportedConfidence(techniques: ReadonlySet<Technique>): Confidence {
  return techniques.size >= 2 ? 'confirmed' : 'probable';
}

/** The promotion the evidence supports for `fact`, when it is above the spec's confidence. */
export function promotionOf(fact: Pick<Fact, 'path' | 'confidence' | 'techniques'>, shownBy: Iterable<Technique>): Promotion | undefined {
  const shown = [...shownBy];
  if (shown.length === 0) return undefined;
  const techniques = new Set<Technique>([...fact.techniques, ...shown]);
  const to = supportedConfidence(techniques);
  if (rankOf(to) <= rankOf(fact.confidence)) return undefined;
  return { path: fact.path, from: fact.confidence, to, techniques: orderedTechniques(techniques) };
}

function factsByPath(repo: Repo): Map<string, Fact> {
  const byPath = new Map<string, Fact>();
  for (const { record } of repo.stanzas) for (const fact of factsOf(record)) if (!byPath.has(fact.path)) byPath.set(fact.path, fact);
  return byPath;
}

/**
 * Coverage of the spec if every promotion were accepted: each promoted fact takes its new
 * confidence and its provenance gains the evidence's techniques (rule 5 asks the provenance of a
 * `confirmed` fact to name two techniques), so the technique rows move too.
 */
export function projectedCoverage(repo: Repo, promotions: readonly Promotion[]): { before: CoverageReport; projected: CoverageReport } {
  const facts = repo.stanzas.flatMap((s) => factsOf(s.record));
  const byPath = new Map(promotions.map((p) => [p.path, p]));
  const projectedFacts = facts.map((fact) => {
    const promotion = byPath.get(fact.path);
    return promotion ? { ...fact, confidence: promotion.to, techniques: orderedTechniques([...fact.techniques, ...promotion.techniques]) } : fact;
  });
  return { before: coverageOfFacts(facts), projected: coverageOfFacts(projectedFacts) };
}

/**
 * For each fact this capture corroborates: its evidence is its provenance techniques + the
 * techniques of the corpus captures that corroborate it + this capture's technique. The promotions
 * that evidence supports, and the coverage before and after them.
 */
export function projectCorroboration(c: Corroboration, repo: Repo, evidence: Map<string, Set<Technique>> = corpusEvidence(repo)): Projection {
  const facts = factsByPath(repo);
  const promotions: Promotion[] = [];
  for (const ref of c.corroborated) {
    const fact = facts.get(ref.path);
    if (!fact) continue;
    const promotion = promotionOf(fact, [...(evidence.get(ref.path) ?? []), c.technique]);
    if (promotion) promotions.push(promotion);
  }
  return { promotions, ...projectedCoverage(repo, promotions) };
}

/**
 * projectCorroboration on the evidence of each fact's provenance and this capture alone, none of the
 * corpus's other captures: its cost does not grow with the corpus (the intake reads no other capture).
 * It never overstates: a promotion to `confirmed` needs two different techniques among the provenance
 * and this capture, and more evidence can only add promotions or raise their target, never remove or lower one. `notWeighed` (the number of other
 * capture files, from a listing) is kept in the projection so that every report says what was left out;
 * `wacrg corroborate` weighs the whole corpus.
 */
export function projectOnCapture(c: Corroboration, repo: Repo, notWeighed: number): Projection {
  return { ...projectCorroboration(c, repo, new Map()), notWeighed };
}

/**
 * Over the whole corpus: every fact whose evidence supports a higher confidence than the spec
 * gives it, and every `confirmed` the evidence (provenance + captures) does not support.
 */
export function corroborateCorpus(repo: Repo, evidence: Map<string, Set<Technique>> = corpusEvidence(repo)): CorpusCorroboration {
  const promotable: Promotion[] = [];
  const unsupported: Unsupported[] = [];
  for (const fact of factsByPath(repo).values()) {
    const shownBy = evidence.get(fact.path) ?? new Set<Technique>();
    const promotion = promotionOf(fact, shownBy);
    if (promotion) promotable.push(promotion);
    const known = new Set<Technique>([...fact.techniques, ...shownBy]);
    if (fact.confidence === 'confirmed' && known.size < 2) {
      unsupported.push({ path: fact.path, claimed: fact.confidence, techniques: orderedTechniques(known) });
    }
  }
  return { promotable, unsupported };
}
