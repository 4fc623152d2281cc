// Rule 6 of formats.md: a capture in the corpus must still pass the sanitization scan, whoever wrote
// it (intake, a hand-made pull request). Composes the reader and scanner with the validator.
import { problemAt } from '../spec/load.ts';
import type { PathSegment } from '../spec/positions.ts';
import type { RepoFile } from '../spec/repo.ts';
import type { Capture, Loaded, Problem } from '../spec/types.ts';
import { validateRepo, type ValidationResult } from '../spec/validate.ts';
import { scan } from '../sanitize/scan.ts';
import type { Finding, ScanInput } from '../sanitize/types.ts';
import { readStanza } from '../stanza/read.ts';

export function validateRepository(files: RepoFile[]): ValidationResult {
  return validateRepo(files, checkCapture);
}

/** Scan every text of a capture record; each blocking finding is a problem at its field. */
export function checkCapture(loaded: Loaded<Capture>): Problem[] {
  const problems: Problem[] = [];
  const { findings, error } = scanCapture(loaded.record);
  if (error) problems.push(problemAt(loaded, ['raw', 'body'], error));
  for (const finding of findings) {
    if (finding.severity !== 'block') continue;
    problems.push(problemAt(loaded, fieldPath(finding.field), `sanitization: ${describeFinding(finding)}`));
  }
  return problems;
}

/** Field names used for capture texts, as record paths. */
function fieldPath(field: string): PathSegment[] {
  const match = /^attributes\[(\d+)\]\.(\w+)$/.exec(field);
  if (match) return ['attributes', Number(match[1]), match[2] ?? 'value'];
  return field.split('.');
}

export function scanCapture(capture: Capture): { findings: Finding[]; error?: string } {
  const texts: ScanInput['texts'] = [{ field: 'raw.body', text: capture.raw.body }];
  for (const key of ['title', 'decoded', 'notes'] as const) {
    const text = capture[key];
    if (text !== undefined) texts.push({ field: key, text });
  }
  (capture.attributes ?? []).forEach((attribute, i) => {
    texts.push({ field: `attributes[${i}].name`, text: attribute.name }, { field: `attributes[${i}].value`, text: attribute.value });
    if (attribute.note !== undefined) texts.push({ field: `attributes[${i}].note`, text: attribute.note });
  });
  const read = readStanza(capture.raw.body);
  if (!read.ok) {
    // Unreadable body: still scan it as text, and say why it could not be parsed.
    return { findings: scan({ texts }), error: `raw body cannot be read: ${read.error.message} (line ${read.error.line}, column ${read.error.column})` };
  }
  const input: ScanInput = { texts };
  if (read.tree) input.tree = { field: 'raw.body', root: read.tree };
  else if (read.bytes) input.binary = { field: 'raw.body', bytes: read.bytes, encoding: 'binary' };
  const findings = scan(input);
  const error =
    read.format !== capture.raw.format
      ? `raw.format says "${capture.raw.format}" but the body reads as ${read.format}`
      : read.tree && read.tree.tag !== capture.stanza_tag
        ? `stanza_tag "${capture.stanza_tag}" differs from the body's root tag`
        : undefined;
  return error ? { findings, error } : { findings };
}

/** A finding in words: rule, severity, place, length. Never the value. */
export function describeFinding(finding: Finding): string {
  const parts = [`${finding.rule} (${finding.severity})`, `line ${finding.line}, column ${finding.column}`];
  if (finding.path) parts.push(`node ${finding.path}`);
  if (finding.encoding && finding.encoding !== 'text') parts.push(`${finding.encoding}`);
  if (finding.length !== undefined) parts.push(`${finding.length} ${finding.encoding === 'text' || !finding.encoding ? 'characters' : 'bytes'}`);
  return `${parts.join(', ')}: ${finding.message}`;
}
