import type { LineIndex } from './position.ts';
import { positionAt } from './position.ts';
import type { ReadError, StanzaNode } from './types.ts';

/** Deepest element nesting the readers accept (the root is depth 1). Deeper input is an error. */
export const MAX_DEPTH = 256;

/** Outcome of reading one text form (XML or JSON) into a tree. */
export type TreeResult = { ok: true; tree: StanzaNode } | { ok: false; error: ReadError };

/**
 * Internal control flow only: the readers throw it at the first syntax error and turn it into an
 * error value before returning, so no exception ever leaves this module. Messages never contain
 * any character of the input, only what is wrong and where.
 */
export class ReaderFailure extends Error {
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

export function toReadError(failure: ReaderFailure, index: LineIndex): ReadError {
  const { line, column } = positionAt(index, failure.offset);
  return { message: failure.message, line, column };
}

/** Tag and attribute names: `[A-Za-z_][A-Za-z0-9_.:-]*`. */
export const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

export function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

export function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 58 || c === 45;
}
