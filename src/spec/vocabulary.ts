// The shared vocabularies of formats.md. One source of truth: schemas, validator, form checks,
// coverage and docs all import from here.

export const TECHNIQUES = [
  'websocket-capture',
  'baileys-instrumentation',
  'frida-hooking',
  'mitm-tls',
  'static-smali-analysis',
  'memory-dump',
  'wasm-analysis',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

export const CONFIDENCES = ['confirmed', 'probable', 'speculative', 'unknown'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const STATUSES = ['draft', 'review', 'stable', 'deprecated'] as const;
export type Status = (typeof STATUSES)[number];

export const CATEGORIES = ['signaling', 'keying', 'media', 'transport'] as const;
export type Category = (typeof CATEGORIES)[number];

export const DIRECTIONS = ['outgoing', 'incoming', 'bidirectional'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const RAW_FORMATS = ['xml', 'hex', 'base64', 'json'] as const;
export type RawFormat = (typeof RAW_FORMATS)[number];

export const OCCURRENCES = ['1', '0..1', '0..n', '1..n'] as const;
export type Occurrence = (typeof OCCURRENCES)[number];

export const SCALAR_TYPES = ['string', 'int', 'hex', 'bytes', 'bool', 'jid', 'timestamp'] as const;

export function isTechnique(value: string): value is Technique {
  return (TECHNIQUES as readonly string[]).includes(value);
}
export function isConfidence(value: string): value is Confidence {
  return (CONFIDENCES as readonly string[]).includes(value);
}
export function isDirection(value: string): value is Direction {
  return (DIRECTIONS as readonly string[]).includes(value);
}

// Today's layout (formats-head.md). A spec part's category is the folder it lives in, spelled
// `signalling`; a stanza's category value is spelled `signaling`. Both spellings are real: keep both.
export const PART_CATEGORIES = ['signalling', 'encodings', 'crypto', 'relay'] as const;
export type PartCategory = (typeof PART_CATEGORIES)[number];

export const FLAVOR_LANGUAGES = ['go', 'rust', 'typescript', 'javascript', 'python', 'c', 'cpp', 'java', 'kotlin', 'swift', 'other'] as const;
export type FlavorLanguage = (typeof FLAVOR_LANGUAGES)[number];

export const FLAVOR_MATURITIES = ['experimental', 'partial', 'working', 'production'] as const;
export type FlavorMaturity = (typeof FLAVOR_MATURITIES)[number];

export const FEATURES = ['audio', 'video', 'group', 'screen-share', 'raise-hand', 'reactions', 'presence', 'recording'] as const;
export type Feature = (typeof FEATURES)[number];

export const IMPLEMENTATION_STATUSES = ['working', 'partial', 'planned', 'unknown'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export function isPartCategory(value: string): value is PartCategory {
  return (PART_CATEGORIES as readonly string[]).includes(value);
}
