export type FieldType = 'input' | 'textarea' | 'dropdown' | 'checkboxes';

export interface TemplateField {
  id: string;
  /** The label exactly as in the template: GitHub copies it verbatim into the `### ` heading. */
  label: string;
  type: FieldType;
  required: boolean;
  /** dropdown and checkboxes options, in template order. */
  options?: string[];
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
  /** input/textarea text with render fences removed; null when empty, `_No response_` or `None`. */
  text: string | null;
  /** dropdown: chosen options (matched against the template, never split on commas). */
  selected?: string[];
  /** checkboxes: every option with its state. */
  checked?: { label: string; checked: boolean }[];
  /** 1-based line in the body where the value starts, for positions reported to the contributor. */
  line: number;
}

export interface FormError {
  field?: string;
  message: string;
}

export interface ParsedForm {
  values: Record<string, FieldValue>;
  errors: FormError[];
}
