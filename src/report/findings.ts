// Findings and intake errors as Markdown. A finding names rule, field, position and length only.
import type { IntakeError } from '../intake/types.ts';
import type { Finding } from '../sanitize/types.ts';
import { codeSpan, escapeText } from './escape.ts';

export function findingsTable(findings: Finding[]): string {
  const rows = findings.map((f) => {
    const length = f.length === undefined ? '' : `${f.length} ${f.encoding === undefined || f.encoding === 'text' ? 'chars' : 'bytes'}`;
    return `| ${codeSpan(f.rule)} | ${f.severity} | ${codeSpan(f.field)} | ${f.line} | ${f.column} | ${f.path ? codeSpan(f.path) : ''} | ${f.encoding ?? ''} | ${length} | ${escapeText(f.message)} |`;
  });
  return ['| rule | severity | field | line | column | node path | encoding | length | what |', '|---|---|---|---:|---:|---|---|---:|---|', ...rows].join('\n');
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
