import type { RawFormat } from '../spec/vocabulary.ts';

/** 1-based line and column inside the text the node was read from (the raw-stanza field value). */
export interface Position {
  line: number;
  column: number;
}

export interface StanzaAttr {
  name: string;
  value: string;
  /** Where the value starts. */
  pos: Position;
}

export type NodeContent =
  | { kind: 'text'; text: string; pos: Position }
  /** Binary content (e.g. JSON `content` given as bytes). */
  | { kind: 'bytes'; bytes: Uint8Array; pos: Position };

export interface StanzaNode {
  tag: string;
  attrs: StanzaAttr[];
  children: StanzaNode[];
  content?: NodeContent;
  pos: Position;
}

export interface ReadError {
  message: string;
  line: number;
  column: number;
}

/**
 * What the reader made of a raw stanza. `tree` is absent when the body is binary that does not
 * decode to a readable tree (the scanner then blocks it as undecodable binary).
 */
export type ReadResult =
  | { ok: true; format: RawFormat; tree?: StanzaNode; bytes?: Uint8Array }
  | { ok: false; format?: RawFormat; error: ReadError };
