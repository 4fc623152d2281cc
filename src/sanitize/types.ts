import type { StanzaNode } from '../stanza/types.ts';
import type { Layer } from './decode.ts';

export type Severity = 'block' | 'warn';

/** How the flagged value was found: as typed, or after decoding. */
export type Encoding = 'text' | 'hex' | 'base64' | 'base64-base64' | 'binary';

/**
 * A scanner finding. It never carries any character of the flagged value (nor a hash of it):
 * only where it is, what rule matched and how long it was.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Form field id (e.g. `raw-stanza`), `title`, or a file path for `wacrg scan`. */
  field: string;
  /** 1-based, inside the field value. */
  line: number;
  column: number;
  /** Node path in the stanza tree, e.g. `call/offer/enc` or `call/offer@call-creator`. */
  path?: string;
  encoding?: Encoding;
  /** Decoded length in bytes (binary) or characters (text). */
  length?: number;
  /** Encoding layers decoded before the value was seen (percent-encoding, JSON escapes, HTML references). */
  layers?: Layer[];
  message: string;
}

export interface ScanInput {
  /** Every text to scan, keyed by the field it came from. */
  texts: { field: string; text: string }[];
  /** The parsed stanza, scanned node by node with the allow-list. */
  tree?: { field: string; root: StanzaNode };
  /** Undecodable binary stanza body (hex/base64 that is not a readable tree). */
  binary?: { field: string; bytes: Uint8Array; encoding: Encoding };
}
