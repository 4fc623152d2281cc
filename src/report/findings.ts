// Findings and intake errors as Markdown. A finding names rule, field, position and length only.
import type { IntakeError } from '../intake/types.ts';
import type { Finding } from '../sanitize/types.ts';
import { codeSpan, escapeText } from './escape.ts';

const HEADER = ['| rule | severity | field | line | column | node path | encoding | length | what |', '|---|---|---|---:|---:|---|---|---:|---|'];

function row(f: Finding): string {
  const length = f.length === undefined ? '' : `${f.length} ${f.encoding === undefined || f.encoding === 'text' ? 'chars' : 'bytes'}`;
  return `| ${codeSpan(f.rule)} | ${f.severity} | ${codeSpan(f.field)} | ${f.line} | ${f.column} | ${f.path ? codeSpan(f.path) : ''} | ${f.encoding ?? ''} | ${length} | ${escapeText(f.message)} |`;
}

export function findingsTable(findings: Finding[]): string {
  return [...HEADER, ...findings.map(row)].join('\n');
}

/** A findings table cut to a size: the first rows that fit, and how many were left out. */
export interface CappedTable {
  table: string;
  shown: number;
  omitted: number;
}

/**
 * The findings table with at most `maxRows` rows and at most `maxChars` characters (header included;
 * rows are whole, never cut). Blocking findings come first, then in their order.
 */
export function cappedFindingsTable(findings: Finding[], maxRows: number, maxChars: number): CappedTable {
  const ordered = [...findings.filter((f) => f.severity === 'block'), ...findings.filter((f) => f.severity !== 'block')];
  const lines = [...HEADER];
  let size = HEADER.join('\n').length;
  for (const f of ordered) {
    if (lines.length - HEADER.length >= maxRows) break;
    const r = row(f);
    if (size + 1 + r.length > maxChars) break;
    lines.push(r);
    size += 1 + r.length;
  }
  const shown = lines.length - HEADER.length;
  return { table: lines.join('\n'), shown, omitted: findings.length - shown };
}

/** Errors with their messages (for an invalid submission: no leak was found, messages are safe). */
export function errorList(errors: IntakeError[]): string {
  return errors.map((e) => `- ${e.field ? `${codeSpan(e.field)}: ` : ''}${escapeText(e.message)}`).join('\n');
}

/**
 * Errors of a submission that also leaked: messages may quote what was typed, so only the fields
 * are named; the details come once the leak is gone.
 */
export function errorFieldsOnly(errors: IntakeError[]): string {
  const fields = [...new Set(errors.map((e) => e.field ?? '(form)'))];
  return `${errors.length} other problem${errors.length === 1 ? '' : 's'} in ${fields.map(codeSpan).join(', ')}: the details are shown once the leak is removed.`;
}
