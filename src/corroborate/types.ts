// Types of corroboration: a capture set against the spec, and what its evidence would promote.
import type { CoverageReport } from '../coverage/coverage.ts';
import type { CaptureImplementations } from '../flavors/capture.ts';
import type { Confidence, Technique } from '../spec/vocabulary.ts';

export type FactKind = 'attribute' | 'child';

/**
 * A fact by its fact path (`<stanza-id>:<child tags below the root joined by />[@attr]`, the
 * notation of src/coverage/facts.ts). `confidence` is the spec's, absent for a new fact.
 */
export interface FactRef {
  path: string;
  kind: FactKind;
  confidence?: Confidence;
}

/**
 * - `enum`: a value outside the referenced enum;
 * - `type`: a value of the wrong type (int, timestamp, bool, jid, hex);
 * - `occurrence`: a child the spec allows at most once appears more than once.
 */
export type ConflictKind = 'enum' | 'type' | 'occurrence';

/** `message` never quotes the capture's value: it says what was expected, not what was found. */
export interface Conflict {
  path: string;
  kind: ConflictKind;
  message: string;
}

/** A value of an enum-typed attribute that is one of the enum's values (the enum's own spelling). */
export interface ObservedValue {
  path: string;
  enum: string;
  value: string;
}

/** How one node or attribute of the captured tree was classified (`root`: the root element itself). */
export type NodeStatus = 'corroborated' | 'new' | 'conflict' | 'root' | 'unmatched';

/**
 * The captured tree reduced to tag names, attribute names and their classification: no value,
 * no content. This is what the report draws, so it cannot show a value by construction.
 */
export interface ShapeNode {
  tag: string;
  status: NodeStatus;
  attrs: { name: string; status: NodeStatus }[];
  children: ShapeNode[];
}

export interface Corroboration {
  /** The technique the capture was made with. */
  technique: Technique;
  /** The stanza id the capture instantiates; absent when unmatched. */
  stanza?: string;
  /** Why no stanza matched (no capture text in it). */
  unmatched?: string;
  corroborated: FactRef[];
  /** Not in the spec: candidate facts, to be added as `speculative`. */
  new: FactRef[];
  conflicts: Conflict[];
  /** Required facts of the spec the capture lacks. */
  missing: FactRef[];
  /** Vocabulary evidence: enum values seen (never a placeholder). */
  observed: ObservedValue[];
  shape: ShapeNode;
}

export interface Promotion {
  path: string;
  from: Confidence;
  to: Confidence;
  /** Every distinct technique of the evidence (provenance + captures), in vocabulary order. */
  techniques: Technique[];
}

export interface Projection {
  promotions: Promotion[];
  before: CoverageReport;
  /** Coverage if every promotion were accepted (each promoted fact's provenance gains the evidence's techniques). */
  projected: CoverageReport;
  /**
   * Set when the evidence was each fact's provenance and this capture only (projectOnCapture): how
   * many other capture files of the corpus were not weighed. They may support more (or higher) promotions,
   * never fewer: a promotion shown is supported whatever they hold.
   */
  notWeighed?: number;
}

/** A claimed confidence the evidence does not support (`confirmed` with fewer than two techniques). */
export interface Unsupported {
  path: string;
  claimed: Confidence;
  techniques: Technique[];
}

export interface CorpusCorroboration {
  promotable: Promotion[];
  unsupported: Unsupported[];
}

/** What renderCorroboration draws: one capture's corroboration and its projection. */
export interface CorroborationResult {
  corroboration: Corroboration;
  projection: Projection;
  /** The matched stanza's spec parts and their implementations, and flavor corroboration (matched only). */
  implementations?: CaptureImplementations;
}
