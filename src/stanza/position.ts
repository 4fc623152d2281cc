import { lineColumn, lineStarts } from '../text/lines.ts';
import type { Position } from './types.ts';

/**
 * Line/column bookkeeping shared by the stanza readers.
 *
 * Conventions (keep them in sync with anything that reports positions in the same field):
 * - lines and columns are 1-based;
 * - a line break is `\n`, `\r\n` or a lone `\r`;
 * - a column counts UTF-16 code units (JavaScript string indices), so an astral character such as
 *   an emoji advances the column by two and a tab by one.
 */
export interface LineIndex {
  /** Offsets (string indices) where each line starts; `starts[0]` is 0. */
  readonly starts: readonly number[];
}

/** Builds the line-start table of `text` in one linear pass. */
export function lineIndex(text: string): LineIndex {
  return { starts: lineStarts(text) };
}

/** Position of string index `offset` in O(log lines). */
export function positionAt(index: LineIndex, offset: number): Position {
  return lineColumn(index.starts, offset);
}

/** Renders a position as `line:column` (for messages; never carries content). */
export function formatPosition(pos: Position): string {
  return `${pos.line}:${pos.column}`;
}
