// The Stanza capture form's field ids: the contract between the template and the parser.
// Labels are NOT here on purpose: they are read from the template at run time.
import type { FieldType } from './types.ts';

export const CAPTURE_FIELD_IDS = {
  stanzaTag: 'stanza-tag',
  direction: 'direction',
  clientPlatform: 'client-platform',
  technique: 'capture-technique',
  tools: 'tools-used',
  confidence: 'confidence',
  rawStanza: 'raw-stanza',
  decoded: 'decoded-structure',
  observedAttributes: 'observed-attributes',
  provenance: 'provenance',
  notes: 'notes-open-questions',
} as const;

export type CaptureFieldKey = keyof typeof CAPTURE_FIELD_IDS;
export type CaptureFieldId = (typeof CAPTURE_FIELD_IDS)[CaptureFieldKey];

/** The kinds of template element each capture field may be (single-choice dropdowns for vocabularies). */
export const CAPTURE_FIELD_KINDS: Record<CaptureFieldId, readonly FieldType[]> = {
  'stanza-tag': ['input'],
  direction: ['dropdown'],
  'client-platform': ['input', 'textarea'],
  'capture-technique': ['dropdown'],
  'tools-used': ['input', 'textarea'],
  confidence: ['dropdown'],
  'raw-stanza': ['textarea'],
  'decoded-structure': ['textarea'],
  'observed-attributes': ['textarea'],
  provenance: ['textarea'],
  'notes-open-questions': ['textarea'],
};

/** Shape of a stanza tag (the top-level node tag). */
export const STANZA_TAG_PATTERN = /^[a-z][a-z0-9_-]{0,63}$/;
/** Shape of one tool id in "Tools used". */
export const TOOL_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
