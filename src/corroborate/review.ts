// Confidence changes of a pull request (base → head) judged against the evidence of the head. Pure.
import { factsOf, type Fact } from '../coverage/facts.ts';
import type { Repo } from '../spec/types.ts';
import type { Confidence, Technique } from '../spec/vocabulary.ts';
import { corpusEvidence, orderedTechniques } from './evidence.ts';

export interface ConfidenceChange {
  path: string;
  /** Absent when the fact is new in head. */
  from?: Confidence;
  to: Confidence;
  /** Evidence in head: the fact's provenance + the techniques of corpus captures that show it. */
  techniques: Technique[];
  /** Techniques of corpus captures that show the fact (a subset of `techniques`). */
  captured: Technique[];
}

export interface PromotionReview {
  /** Facts present in both trees whose confidence changed. */
  changed: ConfidenceChange[];
  /**
   * Facts that became `confirmed` in head (promoted, or added as confirmed) while their evidence
   * names fewer than two different techniques.
   */
  unsupported: ConfidenceChange[];
}

function byPath(repo: Repo): Map<string, Fact> {
  const map = new Map<string, Fact>();
  for (const { record } of repo.stanzas) for (const fact of factsOf(record)) if (!map.has(fact.path)) map.set(fact.path, fact);
  return map;
}

/**
 * Confidence changes base → head, each with its evidence in head. The corpus's evidence (every
 * capture's raw body read and matched) is computed only when some fact changed confidence or is new
 * as `confirmed`: a pull request that changes no stanza's confidence, e.g. one that only adds
 * captures, gets its (empty) review without it.
 */
export function reviewPromotions(base: Repo, head: Repo): PromotionReview {
  const before = byPath(base);
  let evidence: Map<string, Set<Technique>> | undefined;
  const changed: ConfidenceChange[] = [];
  const unsupported: ConfidenceChange[] = [];
  for (const fact of byPath(head).values()) {
    const previous = before.get(fact.path);
    const isChange = previous !== undefined && previous.confidence !== fact.confidence;
    const newlyConfirmed = fact.confidence === 'confirmed' && previous?.confidence !== 'confirmed';
    if (!isChange && !newlyConfirmed) continue;
    evidence ??= corpusEvidence(head);
    const captured = orderedTechniques(evidence.get(fact.path) ?? []);
    const techniques = orderedTechniques([...fact.techniques, ...captured]);
    const change: ConfidenceChange = { path: fact.path, ...(previous ? { from: previous.confidence } : {}), to: fact.confidence, techniques, captured };
    if (isChange) changed.push(change);
    if (newlyConfirmed && techniques.length < 2) unsupported.push(change);
  }
  return { changed, unsupported };
}
