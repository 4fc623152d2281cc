// Issue-form template loading: GitHub's issue-forms YAML → FormTemplate. Pure: text in, data out.
import { yaml } from '../spec/yaml.ts';
import { fastRead } from '../spec/load.ts';
import type { FieldType, FormError, FormTemplate, TemplateField } from './types.ts';

/** Aliases a template may expand (billion-laughs guard). Real templates use none. */
export const TEMPLATE_MAX_ALIAS_COUNT = 50;

const SUBMITTED_TYPES: readonly FieldType[] = ['input', 'textarea', 'dropdown', 'checkboxes'];
/** GitHub: ids contain only alphanumerics, `-` and `_`. */
const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Scalars GitHub accepts where a string is expected (YAML turns `1.0` or `yes` into non-strings). */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return nl === -1 ? message : message.slice(0, nl);
}

/**
 * Parse an issue-form template. Returns the template only when it has no error; every problem is
 * reported (not just the first), each naming the element (`body[i]`) and, when known, its id.
 */
export function loadTemplate(text: string): { template?: FormTemplate; errors: FormError[] } {
  const errors: FormError[] = [];
  // The spec's two readers (src/spec/load.ts): the fast one gives the value whenever the careful one
  // would give the same (a mapping, no alias, no construct where they could differ); the careful
  // one reads everything else and words the errors. The fast reader is already warm from the spec.
  let root: unknown = fastRead(text)?.value;
  if (root === undefined) {
    const doc = yaml().parseDocument(text, { uniqueKeys: true });
    for (const e of doc.errors) errors.push({ message: `template is not valid YAML: ${firstLine(e.message)}` });
    if (errors.length > 0) return { errors };
    try {
      root = doc.toJS({ maxAliasCount: TEMPLATE_MAX_ALIAS_COUNT });
    } catch (e) {
      const why = e instanceof Error ? firstLine(e.message) : 'unreadable';
      return { errors: [{ message: `template YAML could not be read: ${why}` }] };
    }
  }
  if (!isRecord(root)) return { errors: [{ message: 'template must be a YAML mapping with `name` and `body`' }] };

  const name = scalarText(root['name'])?.trim();
  if (!name) errors.push({ message: 'template `name` must be a non-empty string' });

  let title: string | undefined;
  if (root['title'] !== undefined && root['title'] !== null) {
    title = scalarText(root['title']);
    if (title === undefined) errors.push({ message: 'template `title` must be a string' });
  }

  const labels: string[] = [];
  const rawLabels = root['labels'];
  if (typeof rawLabels === 'string') {
    for (const part of rawLabels.split(',')) if (part.trim()) labels.push(part.trim());
  } else if (Array.isArray(rawLabels)) {
    for (const [i, item] of rawLabels.entries()) {
      const label = scalarText(item)?.trim();
      if (label) labels.push(label);
      else errors.push({ message: `template labels[${i}] must be a non-empty string` });
    }
  } else if (rawLabels !== undefined && rawLabels !== null) {
    errors.push({ message: 'template `labels` must be a list or a comma-separated string' });
  }

  const fields: TemplateField[] = [];
  const body = root['body'];
  if (!Array.isArray(body) || body.length === 0) {
    errors.push({ message: 'template `body` must be a non-empty list of form elements' });
  } else {
    for (const [i, element] of body.entries()) {
      const field = readElement(element, i, errors);
      if (field) fields.push(field);
    }
    if (fields.length === 0 && errors.length === 0) {
      errors.push({ message: 'template `body` has no submitted element (only markdown)' });
    }
  }

  const seenIds = new Set<string>();
  const seenLabels = new Set<string>();
  for (const f of fields) {
    if (seenIds.has(f.id)) errors.push({ field: f.id, message: `template element id "${f.id}" is used twice` });
    seenIds.add(f.id);
    if (seenLabels.has(f.label)) {
      errors.push({ field: f.id, message: `template label "${f.label}" is used twice: headings would be ambiguous` });
    }
    seenLabels.add(f.label);
  }

  if (errors.length > 0 || !name) return { errors };
  const template: FormTemplate = { name, labels, fields };
  if (title !== undefined) template.title = title;
  return { template, errors };
}

function readElement(element: unknown, index: number, errors: FormError[]): TemplateField | undefined {
  const where = `template body[${index}]`;
  if (!isRecord(element)) {
    errors.push({ message: `${where} must be a mapping with \`type\`` });
    return undefined;
  }
  const type = element['type'];
  if (type === 'markdown') return undefined;
  const fieldType = SUBMITTED_TYPES.find((t) => t === type);
  if (fieldType === undefined) {
    errors.push({ message: `${where}: \`type\` must be one of markdown, ${SUBMITTED_TYPES.join(', ')}` });
    return undefined;
  }

  let id = `#${index + 1}`;
  const rawId = element['id'];
  if (rawId !== undefined && rawId !== null) {
    const text = scalarText(rawId);
    if (text === undefined || !ID_PATTERN.test(text)) {
      errors.push({ message: `${where}: \`id\` must contain only letters, digits, "-" and "_"` });
      return undefined;
    }
    id = text;
  }
  const at = `${where} (${id})`;

  const attributes = element['attributes'];
  if (!isRecord(attributes)) {
    errors.push({ field: id, message: `${at}: \`attributes\` must be a mapping with \`label\`` });
    return undefined;
  }
  const label = scalarText(attributes['label'])?.trim();
  if (!label) {
    errors.push({ field: id, message: `${at}: \`attributes.label\` must be a non-empty string` });
    return undefined;
  }
  if (/[\r\n]/.test(label)) {
    errors.push({ field: id, message: `${at}: \`attributes.label\` must be a single line (it becomes a heading)` });
    return undefined;
  }

  let required = false;
  const validations = element['validations'];
  if (validations !== undefined && validations !== null) {
    if (!isRecord(validations)) {
      errors.push({ field: id, message: `${at}: \`validations\` must be a mapping` });
    } else if (validations['required'] !== undefined) {
      if (typeof validations['required'] !== 'boolean') {
        errors.push({ field: id, message: `${at}: \`validations.required\` must be true or false` });
      } else {
        required = validations['required'];
      }
    }
  }

  const field: TemplateField = { id, label, type: fieldType, required };

  if (fieldType === 'dropdown') {
    const raw = attributes['options'];
    if (!Array.isArray(raw) || raw.length === 0) {
      errors.push({ field: id, message: `${at}: dropdown \`attributes.options\` must be a non-empty list` });
      return undefined;
    }
    const options: string[] = [];
    for (const [j, item] of raw.entries()) {
      const option = scalarText(item)?.trim();
      if (!option) {
        errors.push({ field: id, message: `${at}: options[${j}] must be a non-empty string` });
      } else if (option === 'None') {
        errors.push({ field: id, message: `${at}: options[${j}] "None" is reserved by GitHub for "no choice"` });
      } else if (options.includes(option)) {
        errors.push({ field: id, message: `${at}: option "${option}" is listed twice` });
      } else {
        options.push(option);
      }
    }
    field.options = options;
    const multiple = attributes['multiple'];
    if (multiple !== undefined && multiple !== null) {
      if (typeof multiple !== 'boolean') errors.push({ field: id, message: `${at}: \`attributes.multiple\` must be true or false` });
      else field.multiple = multiple;
    }
  } else if (fieldType === 'checkboxes') {
    const raw = attributes['options'];
    if (!Array.isArray(raw) || raw.length === 0) {
      errors.push({ field: id, message: `${at}: checkboxes \`attributes.options\` must be a non-empty list of {label}` });
      return undefined;
    }
    const options: string[] = [];
    const requiredOptions: string[] = [];
    for (const [j, item] of raw.entries()) {
      const option = isRecord(item) ? scalarText(item['label'])?.trim() : undefined;
      if (!option || /[\r\n]/.test(option)) {
        errors.push({ field: id, message: `${at}: options[${j}] must be a mapping with a single-line \`label\`` });
        continue;
      }
      if (options.includes(option)) {
        errors.push({ field: id, message: `${at}: option "${option}" is listed twice` });
        continue;
      }
      options.push(option);
      if (isRecord(item) && item['required'] === true) requiredOptions.push(option);
    }
    field.options = options;
    if (requiredOptions.length > 0) field.requiredOptions = requiredOptions;
  } else if (fieldType === 'textarea') {
    const render = attributes['render'];
    if (render !== undefined && render !== null) {
      const lang = scalarText(render)?.trim();
      if (!lang || /[\s`]/.test(lang)) {
        errors.push({ field: id, message: `${at}: \`attributes.render\` must be a language name` });
      } else {
        field.render = lang;
      }
    }
  }
  return field;
}
