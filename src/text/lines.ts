// Line/column bookkeeping, once for every module that reports positions (reader, scanner, form
// parser, validator), so that a position means the same thing everywhere:
// - lines and columns are 1-based;
// - a line break is `\n`, `\r\n` or a lone `\r`;
// - a column counts UTF-16 code units (JavaScript string indices).

/** Offsets where each line starts (`[0, …]`), in one linear pass. */
export function lineStarts(text: string): number[] {
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
  return starts;
}

/** 1-based line and column of a string index, in O(log lines). */
export function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: Math.max(0, offset - (starts[lo] ?? 0)) + 1 };
}
