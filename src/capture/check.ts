// Rule 6 of formats.md: a capture in the corpus must still pass the sanitization scan, whoever wrote
// it (intake, a hand-made pull request). Composes the reader and scanner with the validator.
import { problemAt } from '../spec/load.ts';
import type { PathSegment } from '../spec/positions.ts';
import type { RepoFile } from '../spec/repo.ts';
import type { Capture, Loaded, Problem } from '../spec/types.ts';
import type { LoadOptions } from '../spec/load.ts';
import { validateRepo, type ValidationResult } from '../spec/validate.ts';
import { scan } from '../sanitize/scan.ts';
import type { Finding, ScanInput } from '../sanitize/types.ts';
import { readStanza } from '../stanza/read.ts';
import type { ReadResult } from '../stanza/types.ts';

/** validateRepo with the capture scan; `options.schemaFiles` as in loadRepo (review: the base's). */
export function validateRepository(files: readonly RepoFile[], options: LoadOptions = {}): ValidationResult {
  return validateRepo(files, checkCapture, options);
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

/**
 * What of a raw stanza the scanner sees: the tree (allow-list) and the text it was read from —
 * the typed text for XML/JSON, the decoded text for hex/base64 that held a tree (the encoded form
 * itself would only look like a blob) — or, for undecodable binary, the bytes.
 */
export function stanzaScanInput(field: string, raw: string, read: ReadResult): ScanInput {
  if (!read.ok) return { texts: [{ field, text: raw }] };
  if (read.tree) return { texts: [{ field, text: read.decoded?.text ?? raw }], tree: { field, root: read.tree } };
  if (read.bytes) return { texts: [], binary: { field, bytes: read.bytes, encoding: read.format === 'hex' ? 'hex' : 'base64' } };
  return { texts: [{ field, text: raw }] };
}

export function scanCapture(capture: Capture): { findings: Finding[]; error?: string } {
  const texts: ScanInput['texts'] = [];
  for (const key of ['title', 'decoded', 'notes'] as const) {
    const text = capture[key];
    if (text !== undefined) texts.push({ field: key, text });
  }
  (capture.attributes ?? []).forEach((attribute, i) => {
    texts.push({ field: `attributes[${i}].name`, text: attribute.name }, { field: `attributes[${i}].value`, text: attribute.value });
    if (attribute.note !== undefined) texts.push({ field: `attributes[${i}].note`, text: attribute.note });
  });
  const read = readStanza(capture.raw.body);
  const stanza = stanzaScanInput('raw.body', capture.raw.body, read);
  const findings = scan({ ...stanza, texts: [...stanza.texts, ...texts] });
  if (!read.ok) {
    // Unreadable body: scanned as text above; say why it could not be parsed.
    return { findings, error: `raw body cannot be read: ${read.error.message} (line ${read.error.line}, column ${read.error.column})` };
  }
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
