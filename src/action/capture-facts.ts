// The few vocabulary values of an accepted capture that comments may show.
import { parse } from 'yaml';
import { isObject } from '../github/check.ts';
import { isConfidence, isDirection, isTechnique } from '../spec/vocabulary.ts';
import type { CaptureFacts } from '../report/types.ts';

/** Reads technique, direction, confidence and stanza tag from the capture YAML the intake built. */
export function captureFacts(yaml: string): CaptureFacts {
  const facts: CaptureFacts = {};
  let doc: unknown;
  try {
    doc = parse(yaml, { maxAliasCount: 0 });
  } catch {
    return facts;
  }
  if (!isObject(doc)) return facts;
  const source = doc['source'];
  if (isObject(source) && typeof source['technique'] === 'string' && isTechnique(source['technique'])) facts.technique = source['technique'];
  if (typeof doc['direction'] === 'string' && isDirection(doc['direction'])) facts.direction = doc['direction'];
  if (typeof doc['confidence'] === 'string' && isConfidence(doc['confidence'])) facts.confidence = doc['confidence'];
  // The tag is a name the contributor typed; it is shown in a code span and capped.
  if (typeof doc['stanza_tag'] === 'string' && /^[A-Za-z][A-Za-z0-9_.:-]{0,40}$/.test(doc['stanza_tag'])) facts.stanzaTag = doc['stanza_tag'];
  return facts;
}
