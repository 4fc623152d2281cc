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
  | {
      ok: true;
      format: RawFormat;
      /**
       * The stanza tree. For `hex`/`base64` it is present only when the decoded bytes are UTF-8
       * text that reads as XML or JSON; its positions are then relative to `decoded.text`.
       */
      tree?: StanzaNode;
      /** Decoded bytes of a `hex`/`base64` body that gave no tree (binary node format, random). */
      bytes?: Uint8Array;
      /** Set when the tree was read from decoded hex/base64 text (positions refer to `text`). */
      decoded?: DecodedText;
      /**
       * Set (with `bytes`, without `tree`) when the decoded bytes are UTF-8 text that starts like
       * XML or JSON but is malformed; its position is relative to the decoded text.
       */
      decodedError?: ReadError;
    }
  | { ok: false; format?: RawFormat; error: ReadError };

/** The UTF-8 text a hex/base64 body decoded to, and the text format it was read as. */
export interface DecodedText {
  format: 'xml' | 'json';
  text: string;
}
