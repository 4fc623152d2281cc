// Submission + read stanza → the capture record of formats.md, serialised deterministically.
import type { Submission } from '../form/types.ts';
import type { Capture } from '../spec/types.ts';
import type { RawFormat } from '../spec/vocabulary.ts';
import { recordToYaml } from '../spec/write.ts';

export interface CaptureMeta {
  issue?: number;
  title?: string;
  author?: string;
  format: RawFormat;
}

export interface AttributeLineError {
  line: number;
  message: string;
}

/** The id and path a capture of issue N gets: derived from the number only, never from user text. */
export function captureId(issue: number | undefined): string {
  return issue === undefined ? 'unnumbered' : `issue-${issue}`;
}

export function capturePath(issue: number | undefined): string {
  return `corpus/captures/${captureId(issue)}.yaml`;
}

/**
 * Build the record. `sanitized: true` is set here only because the caller ran the scan first
 * (ingest is the only caller, after a clean scan).
 */
export function buildCapture(submission: Submission, meta: CaptureMeta): { capture?: Capture; errors: AttributeLineError[] } {
  const { attributes, errors } = parseObservedAttributes(submission.observedAttributes ?? '');
  if (errors.length > 0) return { errors };
  const source: Capture['source'] = { technique: submission.technique };
  if (meta.issue !== undefined) source.issue = meta.issue;
  if (meta.author !== undefined && meta.author !== '') source.contributor = meta.author;
  if (submission.tools.length > 0) source.tools = submission.tools;
  const capture: Capture = {
    id: captureId(meta.issue),
    ...(meta.title !== undefined && meta.title.trim() !== '' ? { title: meta.title.trim() } : {}),
    status: 'draft',
    source,
    stanza_tag: submission.stanzaTag,
    direction: submission.direction,
    confidence: submission.confidence,
    raw: { format: meta.format, body: submission.rawStanza },
    ...(submission.decoded !== undefined ? { decoded: submission.decoded } : {}),
    ...(attributes.length > 0 ? { attributes } : {}),
    ...notesOf(submission),
    sanitized: true,
  };
  return { capture, errors: [] };
}

/** Client, provenance and notes have no field of their own in the record: keep them in `notes`. */
function notesOf(submission: Submission): { notes?: string } {
  const sections: [string, string | undefined][] = [
    ['Client / platform', submission.clientPlatform],
    ['Provenance', submission.provenance],
    ['Notes / open questions', submission.notes],
  ];
  const parts = sections.filter((s): s is [string, string] => s[1] !== undefined).map(([label, text]) => `${label}:\n${text}`);
  return parts.length > 0 ? { notes: parts.join('\n\n') } : {};
}

const BULLET = /^(?:[-*+]\s+)?/;

/**
 * One attribute per line: `name = value — note` (the note is optional; ` -- ` also separates it).
 * Blank lines are skipped; any other line that does not fit is an error naming its line.
 */
export function parseObservedAttributes(text: string): { attributes: NonNullable<Capture['attributes']>; errors: AttributeLineError[] } {
  const attributes: NonNullable<Capture['attributes']> = [];
  const errors: AttributeLineError[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim().replace(BULLET, '');
    if (line === '') return;
    const eq = line.indexOf('=');
    const name = eq > 0 ? line.slice(0, eq).trim() : '';
    if (!/^[A-Za-z_][A-Za-z0-9_.:-]{0,63}$/.test(name)) {
      errors.push({ line: i + 1, message: 'expected `name = value — note` with an attribute name (letters, digits, `_ . : -`) before `=`' });
      return;
    }
    const rest = line.slice(eq + 1);
    const dash = /\s+(?:—|--)\s+/.exec(rest);
    const value = (dash ? rest.slice(0, dash.index) : rest).trim();
    const note = dash ? rest.slice(dash.index + dash[0].length).trim() : '';
    attributes.push(note === '' ? { name, value } : { name, value, note });
  });
  return { attributes, errors };
}

/**
 * Same record → byte-identical file: fixed key order (construction order), no timestamps; written
 * by the one record writer, so YAML 1.1 and 1.2 readers load the same values.
 */
export function serializeCapture(capture: Capture): string {
  return serializeRecord(capture);
}

/**
 * Any record the intake writes (capture, flavor, contributor), the same way: key order as
 * constructed, through the one record writer (YAML 1.1 and 1.2 readers load the same values).
 */
export function serializeRecord(record: object): string {
  return recordToYaml(record);
}
