import type { Confidence, Direction, Technique } from '../spec/vocabulary.ts';

export type FieldType = 'input' | 'textarea' | 'dropdown' | 'checkboxes';

export interface TemplateField {
  /**
   * The element's `id`. GitHub makes `id` optional; an element without one gets `#<n>` (its
   * 1-based position in the template's `body` list), which can never collide with a real id.
   */
  id: string;
  /** The label exactly as in the template: GitHub copies it verbatim into the `### ` heading. */
  label: string;
  type: FieldType;
  /** `validations.required`. */
  required: boolean;
  /** dropdown and checkboxes options, in template order. */
  options?: string[];
  /** checkboxes: the options that carry `required: true` (each must be ticked). */
  requiredOptions?: string[];
  multiple?: boolean;
  /** textarea `render` language: the value is wrapped in a fence. */
  render?: string;
}

export interface FormTemplate {
  name: string;
  title?: string;
  labels: string[];
  /** Submitted elements only (markdown elements are not part of the body). */
  fields: TemplateField[];
}

export interface FieldValue {
  id: string;
  type: FieldType;
  /** The section was found in the body. */
  present: boolean;
  /**
   * The section's text, trimmed of surrounding blank lines (inputs and dropdowns: of all surrounding
   * whitespace), with the render fence removed for `render` textareas. Markdown typed inside is kept
   * byte-for-byte (after line-ending normalisation). null when missing, empty, `_No response_`, an
   * empty render fence, or `None` for a dropdown. For dropdowns and checkboxes this is the section's
   * raw text (what the scanner should see); use `selected` / `checked` for the meaning.
   */
  text: string | null;
  /** dropdown: chosen options (matched against the template, never split on commas). */
  selected?: string[];
  /** checkboxes: every option with its state. */
  checked?: { label: string; checked: boolean }[];
  /**
   * 1-based line in the (normalised) body where the value starts, for positions reported to the
   * contributor; for a render fence, the first line inside the fence. 0 when the section is missing.
   */
  line: number;
}

export interface FormError {
  /** Template field id, when the error concerns one field. */
  field?: string;
  message: string;
}

/**
 * How the body relates to the form:
 * - `form`: every template section found, in template order, nothing before the first one;
 * - `edited`: some sections found, but missing, reordered, or text before the first section;
 * - `none`: no section found (not made by this form, free text, empty, null or over-long body).
 */
export type BodyLayout = 'form' | 'edited' | 'none';

export interface ParsedForm {
  /** One entry per template field, keyed by field id, in template order. */
  values: Record<string, FieldValue>;
  errors: FormError[];
  layout: BodyLayout;
  /** Non-blank text before the first recognised section (or the whole body when none was found). */
  preamble?: { text: string; line: number };
}

/** A Stanza capture submission, checked against the shared vocabularies. */
export interface Submission {
  stanzaTag: string;
  direction: Direction;
  technique: Technique;
  confidence: Confidence;
  clientPlatform?: string;
  tools: string[];
  rawStanza: string;
  /** 1-based body line of the first line of the raw stanza (inside the fence). */
  rawStanzaLine: number;
  decoded?: string;
  observedAttributes?: string;
  provenance?: string;
  notes?: string;
}
