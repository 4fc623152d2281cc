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
  const starts: number[] = [0];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      starts.push(i + 1);
    } else if (c === 13) {
      if (i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return { starts };
}

/** Position of string index `offset` (clamped to the text) in O(log lines). */
export function positionAt(index: LineIndex, offset: number): Position {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid] ?? 0;
    if (start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const lineStart = starts[lo] ?? 0;
  return { line: lo + 1, column: Math.max(0, offset - lineStart) + 1 };
}

/** Renders a position as `line:column` (for messages; never carries content). */
export function formatPosition(pos: Position): string {
  return `${pos.line}:${pos.column}`;
}
