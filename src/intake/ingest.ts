// The intake pipeline: issue body → form values → stanza tree → findings → capture record → checks.
// Pure: the CLI and the action pass texts in and decide what to do with the result.
import { buildCapture, captureId, capturePath, serializeCapture } from '../capture/build.ts';
import { checkCapture, stanzaScanInput } from '../capture/check.ts';
import { projectOnCapture } from '../corroborate/evidence.ts';
import { corroborate } from '../corroborate/match.ts';
import type { StanzaNode } from '../stanza/types.ts';
import { loadTemplate, MAX_BODY_CHARS, parseBody } from '../form/parse.ts';
import { OUTSIDE_FORM_FIELD, submissionTexts, toSubmission } from '../form/submission.ts';
import type { FormTemplate, Submission } from '../form/types.ts';
import { formKindOf } from '../form/kind.ts';
import { ingestFlavor } from './flavor.ts';
import { captureImplementations } from '../flavors/capture.ts';
import { baseId, kindOf } from '../spec/repo.ts';
import { formatProblem, validateRepo } from '../spec/validate.ts';
import { CAPTURE_FIELD_IDS } from '../form/capture-fields.ts';
import { scan } from '../sanitize/scan.ts';
import { stripFormatCharacters } from '../sanitize/format.ts';
import type { ScanInput } from '../sanitize/types.ts';
import { readStanza } from '../stanza/read.ts';
import type { IntakeError, IntakeInput, IntakeResult } from './types.ts';

/**
 * Whether the intake of issue `issue` looks at the file at `path`. Of the captures, only one with the
 * new capture's id (`issue-<N>.yaml` itself, or `issue-<N>.yml`, which would make its id a duplicate):
 * the shells list every other capture without reading it (readRepoListingCaptures with `captureId(issue)`).
 * Of the spec, the schema files and the kinds the new capture is checked and weighed against
 * (CAPTURE_INTAKE_KINDS).
 */
function intakeReads(path: string, issue: number | undefined): boolean {
  const kind = kindOf(path);
  if (kind === 'capture') return baseId(path) === captureId(issue);
  return kind !== undefined && CAPTURE_INTAKE_KINDS.has(kind);
}

/**
 * What a new capture's checks and projection read. Its own problems come from its schema and its id
 * (cross-file rule 4, against captures of the same id); its projection matches its tree against the
 * stanzas (attribute types naming enums) and names the flavors implementing the matched spec parts.
 * Flows, the glossary, techniques, contributors and tools are not read: no rule about a capture's
 * own file reads them (its contributor and tool references are warnings, which the intake does not
 * make), and the spec they belong to was checked when it was merged. A fifth of this repository's
 * YAML, parsed and validated on every intake otherwise.
 */
const CAPTURE_INTAKE_KINDS: ReadonlySet<ReturnType<typeof kindOf>> = new Set(['schema', 'stanza', 'enum', 'part', 'flavor'] as const);

/**
 * Ingest one issue body with the form its template is: a Stanza capture → `corpus/captures/issue-<N>.yaml`,
 * a Flavor registration → `spec/flavors/<id>.yaml` (intake/flavor.ts). A template that is neither is
 * `invalid` with a "not an intake form" error, and nothing is scanned or written.
 */
export function ingest(input: IntakeInput): IntakeResult {
  const { template, errors: templateErrors } = loadTemplate(input.templateText);
  if (!template) {
    return { status: 'invalid', findings: [], errors: templateErrors.map((e) => ({ message: `issue-form template: ${e.message}` })) };
  }
  const which = formKindOf(template);
  if ('error' in which) return { status: 'invalid', findings: [], errors: [which.error] };
  return which.kind === 'flavor' ? ingestFlavor(input, template) : ingestCapture(input, template);
}

function ingestCapture(input: IntakeInput, template: FormTemplate): IntakeResult {
  const errors: IntakeError[] = [];
  const form = parseBody(input.body, template);
  errors.push(...form.errors);

  const { submission, errors: submissionErrors } = form.errors.length === 0 ? toSubmission(form, template) : { submission: undefined, errors: [] };
  errors.push(...submissionErrors);

  let read: ReturnType<typeof readStanza> | undefined;
  if (submission) {
    read = readStanza(submission.rawStanza);
    if (!read.ok) {
      errors.push({ field: CAPTURE_FIELD_IDS.rawStanza, message: `cannot read the raw stanza at line ${read.error.line}, column ${read.error.column}: ${read.error.message}` });
    } else if (read.tree && read.tree.tag !== submission.stanzaTag) {
      errors.push({ field: CAPTURE_FIELD_IDS.stanzaTag, message: `the Stanza tag field says "${submission.stanzaTag}" but the raw stanza's root element has another tag: they must be equal` });
    }
  }

  // Scan everything the contributor wrote, whatever else is wrong: a leak in a malformed
  // submission is still a leak, and it decides the outcome. The raw stanza is scanned as read
  // (tree, decoded text or bytes) when it could be read, as plain text otherwise.
  const texts: ScanInput['texts'] = submissionTexts(form).filter((t) => !(read && t.field === CAPTURE_FIELD_IDS.rawStanza));
  // A body the form parser did not read (over GitHub's size limit) is still scanned whole: a leak in
  // it must get the label and the guidance, not only "too long".
  if (form.layout === 'none' && texts.length === 0 && input.body !== null && input.body.length > MAX_BODY_CHARS) {
    texts.push({ field: OUTSIDE_FORM_FIELD, text: input.body });
  }
  if (input.title !== undefined && input.title !== '') texts.push({ field: 'title', text: input.title });
  const stanza = read && submission ? stanzaScanInput(CAPTURE_FIELD_IDS.rawStanza, submission.rawStanza, read) : { texts: [] };
  const scanInput: ScanInput = { ...stanza, texts: [...stanza.texts, ...texts] };

  const findings = scan(scanInput);
  const base = { kind: 'capture' as const, findings, errors };
  if (findings.some((f) => f.severity === 'block')) return { status: 'rejected', ...base };
  if (errors.length > 0 || !submission || !read?.ok) return { status: 'invalid', ...base };

  // Invisible format characters were reported (warnings) and are not written: the record is built
  // from the values without them, and the stanza re-read when its text changed.
  const clean = withoutFormatCharacters(submission);
  const title = input.title === undefined ? undefined : stripFormatCharacters(input.title);
  const cleanRead = clean.rawStanza === submission.rawStanza ? read : readStanza(clean.rawStanza);
  if (!cleanRead.ok) return { status: 'invalid', ...base, errors: [{ field: CAPTURE_FIELD_IDS.rawStanza, message: `without its invisible format characters the raw stanza cannot be read at line ${cleanRead.error.line}, column ${cleanRead.error.column}: ${cleanRead.error.message}` }] };
  return finish(title === input.title ? input : { ...input, title }, clean, cleanRead.format, cleanRead.tree, base);
}

/** Every text value of a submission without the format characters the scan reported. */
function withoutFormatCharacters(submission: Submission): Submission {
  const out: Submission = { ...submission, rawStanza: stripFormatCharacters(submission.rawStanza), tools: submission.tools.map(stripFormatCharacters) };
  for (const key of ['stanzaTag', 'clientPlatform', 'decoded', 'observedAttributes', 'provenance', 'notes'] as const) {
    const value = submission[key];
    if (value !== undefined) out[key] = stripFormatCharacters(value);
  }
  return out;
}

function finish(
  input: IntakeInput,
  submission: Submission,
  format: Extract<ReturnType<typeof readStanza>, { ok: true }>['format'],
  tree: StanzaNode | undefined,
  base: Pick<IntakeResult, 'kind' | 'findings' | 'errors'>,
): IntakeResult {
  const built = buildCapture(submission, { issue: input.issue, title: input.title, author: input.author, format });
  if (!built.capture) {
    const errors = built.errors.map((e) => ({ field: CAPTURE_FIELD_IDS.observedAttributes, message: `line ${e.line}: ${e.message}` }));
    return { status: 'invalid', ...base, errors: [...base.errors, ...errors] };
  }
  const path = capturePath(input.issue);
  const yaml = serializeCapture(built.capture);
  // Check the record exactly as it would be written, in the repository it would join: its schema,
  // the cross-file rules about captures, and the scan of the record itself (the spec and the corpus's
  // other captures were checked when they joined, and are not this issue's to answer for). No
  // cross-file rule about a capture reads another capture, except id uniqueness (rule 4), which only
  // a file of the same id can break: the schema files and those files decide, whatever the size of the corpus.
  const joined = [...input.repoFiles.filter((f) => f.path !== path && intakeReads(f.path, input.issue)), { path, text: yaml }];
  const { repo, problems } = validateRepo(joined, undefined, { warnings: false, scope: 'captures' });
  const own = problems.filter((p) => p.file === path);
  const record = repo.captures.find((c) => c.file === path);
  if (record) own.push(...checkCapture(record));
  if (own.length > 0) {
    return { status: 'invalid', ...base, errors: [...base.errors, ...own.map((p) => ({ message: `capture record: ${formatProblem(p)}` }))] };
  }
  // What the capture proves against the spec it joins (the repo already holds it: evidence is a
  // set of techniques, so it is not counted twice). An undecodable binary body has no tree and
  // would have been rejected by the scan.
  const files = [{ path, yaml }];
  if (!tree) return { status: 'accepted', path, yaml, files, capture: built.capture, ...base };
  // The projection weighs each fact's provenance and this capture, not the corpus's other captures
  // (reading them all would make every intake as slow as the corpus is large): it says how many.
  const corroboration = corroborate(tree, submission.technique, repo);
  const implementations = captureImplementations(repo, corroboration);
  return {
    status: 'accepted',
    path,
    yaml,
    files,
    capture: built.capture,
    ...base,
    corroboration: { corroboration, projection: projectOnCapture(corroboration, repo, otherCaptures(input, path)), ...(implementations ? { implementations } : {}) },
  };
}

/** The capture files of the repository other than `path`: the listed ones, else those among the files given. */
function otherCaptures(input: IntakeInput, path: string): number {
  const own = path.slice(path.lastIndexOf('/') + 1);
  if (input.captureNames) return input.captureNames.length - (input.captureNames.includes(own) ? 1 : 0);
  return input.repoFiles.filter((f) => f.path !== path && kindOf(f.path) === 'capture').length;
}
