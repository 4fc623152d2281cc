// Parsed form → Submission of the Stanza capture form, strictly checked against the shared
// vocabularies. Unknown values are errors: nothing is defaulted or guessed from keywords.
import { CONFIDENCES, DIRECTIONS, TECHNIQUES, isConfidence, isDirection, isTechnique } from '../spec/vocabulary.ts';
import { CAPTURE_FIELD_IDS, CAPTURE_FIELD_KINDS, STANZA_TAG_PATTERN, TOOL_ID_PATTERN } from './capture-fields.ts';
import type { CaptureFieldId } from './capture-fields.ts';
import type { FieldValue, FormError, FormTemplate, ParsedForm, Submission, TemplateField } from './types.ts';

/** `field` of the text found before the first section (see submissionTexts). */
export const OUTSIDE_FORM_FIELD = '(outside the form)';

/**
 * Check that the template has every field the capture parser reads, each of a usable kind.
 * A renamed label is fine (labels come from the template); a renamed or missing id is not.
 */
export function checkCaptureTemplate(template: FormTemplate): FormError[] {
  const errors: FormError[] = [];
  const missing: string[] = [];
  for (const id of Object.values(CAPTURE_FIELD_IDS)) {
    const field = template.fields.find((f) => f.id === id);
    if (!field) {
      missing.push(id);
      continue;
    }
    const kinds = CAPTURE_FIELD_KINDS[id];
    if (!kinds.includes(field.type)) {
      errors.push({ field: id, message: `template/parser mismatch: field "${id}" is a ${field.type}, the parser expects ${kinds.join(' or ')}` });
    } else if (field.type === 'dropdown' && field.multiple) {
      errors.push({ field: id, message: `template/parser mismatch: field "${id}" must be a single-choice dropdown` });
    }
  }
  if (missing.length > 0) {
    errors.unshift({
      message: `template/parser mismatch: the issue-form template has no field with id ${missing.map((m) => `"${m}"`).join(', ')}; the Stanza capture parser needs the ids ${Object.values(CAPTURE_FIELD_IDS).join(', ')}`,
    });
  }
  return errors;
}

/**
 * Build the Submission. `errors` holds the form's own errors followed by the capture checks, so the
 * submission is present exactly when `errors` is empty. A template that does not match the parser
 * yields only the mismatch errors.
 */
export function toSubmission(form: ParsedForm, template: FormTemplate): { submission?: Submission; errors: FormError[] } {
  const mismatch = checkCaptureTemplate(template);
  if (mismatch.length > 0) return { errors: mismatch };

  // A body that is not this form at all gets one clear error, not a list of empty fields.
  if (form.layout === 'none') return { errors: [...form.errors] };
  const errors: FormError[] = [...form.errors];
  const flagged = new Set(form.errors.flatMap((e) => (e.field === undefined ? [] : [e.field])));
  const fieldOf = (id: CaptureFieldId): TemplateField | undefined => template.fields.find((f) => f.id === id);
  const name = (id: CaptureFieldId): string => `${fieldOf(id)?.label ?? id} (${id})`;
  const valueOf = (id: CaptureFieldId): FieldValue | undefined => form.values[id];
  const fail = (id: CaptureFieldId, message: string): undefined => {
    if (!flagged.has(id)) errors.push({ field: id, message });
    flagged.add(id);
    return undefined;
  };
  const requiredText = (id: CaptureFieldId): string | undefined => {
    const t = valueOf(id)?.text?.trim();
    if (t) return t;
    return fail(id, `${name(id)} is required but empty`);
  };
  const optionalText = (id: CaptureFieldId): string | undefined => valueOf(id)?.text ?? undefined;
  const choice = <T extends string>(id: CaptureFieldId, allowed: readonly T[], guard: (v: string) => v is T, what: string): T | undefined => {
    const v = valueOf(id);
    const chosen = v?.selected?.[0] ?? (v?.text ?? undefined);
    if (chosen === undefined || chosen.trim() === '') return fail(id, `${name(id)} is required but empty`);
    if (guard(chosen)) return chosen;
    return fail(id, `${name(id)}: the value (${chosen.length} characters) is not one of the ${what}: ${allowed.join(', ')}`);
  };

  const stanzaTag = requiredText(CAPTURE_FIELD_IDS.stanzaTag);
  if (stanzaTag !== undefined && !STANZA_TAG_PATTERN.test(stanzaTag)) {
    fail(
      CAPTURE_FIELD_IDS.stanzaTag,
      `${name(CAPTURE_FIELD_IDS.stanzaTag)}: expected the tag of the top-level node, lowercase letters, digits, "_" or "-", starting with a letter, at most 64 characters (e.g. call); found a value of ${stanzaTag.length} characters`,
    );
  }
  const direction = choice(CAPTURE_FIELD_IDS.direction, DIRECTIONS, isDirection, 'directions');
  const technique = choice(CAPTURE_FIELD_IDS.technique, TECHNIQUES, isTechnique, 'capture techniques');
  const confidence = choice(CAPTURE_FIELD_IDS.confidence, CONFIDENCES, isConfidence, 'confidence levels');

  const tools: string[] = [];
  const toolText = optionalText(CAPTURE_FIELD_IDS.tools);
  if (toolText !== undefined) {
    const items = toolText.split(',').map((t) => t.trim()).filter((t) => t !== '');
    items.forEach((tool, i) => {
      if (TOOL_ID_PATTERN.test(tool)) tools.push(tool);
      else {
        errors.push({
          field: CAPTURE_FIELD_IDS.tools,
          message: `${name(CAPTURE_FIELD_IDS.tools)}: item ${i + 1} of ${items.length} (${tool.length} characters) is not a tool id: lowercase letters, digits, ".", "_" or "-", starting with a letter or digit, at most 64 characters, items separated by commas`,
        });
      }
    });
  }

  const raw = valueOf(CAPTURE_FIELD_IDS.rawStanza);
  const rawStanza = raw?.text ?? undefined;
  if (rawStanza === undefined || rawStanza.trim() === '') fail(CAPTURE_FIELD_IDS.rawStanza, `${name(CAPTURE_FIELD_IDS.rawStanza)} is required but empty`);

  if (errors.length > 0 || stanzaTag === undefined || direction === undefined || technique === undefined || confidence === undefined || rawStanza === undefined || raw === undefined) {
    return { errors };
  }
  const submission: Submission = { stanzaTag, direction, technique, confidence, tools, rawStanza, rawStanzaLine: raw.line };
  const clientPlatform = optionalText(CAPTURE_FIELD_IDS.clientPlatform)?.trim();
  if (clientPlatform) submission.clientPlatform = clientPlatform;
  const decoded = optionalText(CAPTURE_FIELD_IDS.decoded);
  if (decoded !== undefined) submission.decoded = decoded;
  const observed = optionalText(CAPTURE_FIELD_IDS.observedAttributes);
  if (observed !== undefined) submission.observedAttributes = observed;
  const provenance = optionalText(CAPTURE_FIELD_IDS.provenance);
  if (provenance !== undefined) submission.provenance = provenance;
  const notes = optionalText(CAPTURE_FIELD_IDS.notes);
  if (notes !== undefined) submission.notes = notes;
  return { submission, errors };
}

/**
 * Every text the contributor wrote, by field id (template order), for the scanner: each non-null
 * field text, then any text before the first section under OUTSIDE_FORM_FIELD.
 */
export function submissionTexts(form: ParsedForm): { field: string; text: string }[] {
  const texts: { field: string; text: string }[] = [];
  for (const v of Object.values(form.values)) if (v.text !== null) texts.push({ field: v.id, text: v.text });
  if (form.preamble) texts.push({ field: OUTSIDE_FORM_FIELD, text: form.preamble.text });
  return texts;
}
