// Parsed form → FlavorSubmission of the Flavor registration form, strictly checked: dropdown values
// exactly, comma-separated planes and techniques against their vocabularies, ids against the id rule.
// Whether `derives_from` names registered flavors is a check against the repository (intake/flavor.ts).
import { FLAVOR_LANGUAGES, FLAVOR_MATURITIES } from '../spec/vocabulary.ts';
import { CATEGORIES, TECHNIQUES, type Category, type Technique } from '../spec/vocabulary.ts';
import { FLAVOR_FIELD_IDS, FLAVOR_FIELD_KINDS, FLAVOR_ID_PATTERN, FLAVOR_REQUIRED_FIELD_IDS, REPO_FULL_NAME_PATTERN, SPDX_PATTERN, type FlavorFieldId } from './flavor-fields.ts';
import type { FieldValue, FormError, FormTemplate, ParsedForm } from './types.ts';
import type { Flavor } from '../spec/types.ts';

/**
 * A Flavor registration submission: the flavor record's fields the form fills (the record type is the
 * one source of their names and types), with the three lists always present and `basis` typed as
 * techniques. `notify_repo` / `notify_opt_in` are present only when the template has those fields.
 */
export type FlavorSubmission = Omit<Flavor, 'maintainer' | 'status' | 'covers' | 'basis' | 'derives_from'> & {
  covers: Category[];
  basis: Technique[];
  derives_from: string[];
};

const MAX_NAME = 100;
const MAX_URL = 300;
const MAX_DESCRIPTION = 2000;

/** Template fields the flavor parser needs, each of a usable kind (mirrors checkCaptureTemplate). */
export function checkFlavorTemplate(template: FormTemplate): FormError[] {
  const errors: FormError[] = [];
  const missing = FLAVOR_REQUIRED_FIELD_IDS.filter((id) => !template.fields.some((f) => f.id === id));
  if (missing.length > 0) {
    errors.push({
      message: `template/parser mismatch: the issue-form template has no field with id ${missing.map((m) => `"${m}"`).join(', ')}; the Flavor registration parser needs the ids ${FLAVOR_REQUIRED_FIELD_IDS.join(', ')}`,
    });
  }
  for (const id of Object.values(FLAVOR_FIELD_IDS)) {
    const field = template.fields.find((f) => f.id === id);
    if (!field) continue;
    const kinds = FLAVOR_FIELD_KINDS[id];
    if (!kinds.includes(field.type)) errors.push({ field: id, message: `template/parser mismatch: field "${id}" is a ${field.type}, the parser expects ${kinds.join(' or ')}` });
    else if (field.type === 'dropdown' && field.multiple) errors.push({ field: id, message: `template/parser mismatch: field "${id}" must be a single-choice dropdown` });
    else if (field.type === 'checkboxes' && (field.options ?? []).length !== 1) errors.push({ field: id, message: `template/parser mismatch: field "${id}" must have exactly one checkbox` });
  }
  return errors;
}

/**
 * Build the FlavorSubmission. `errors` holds the form's own errors followed by the field checks, so the
 * submission is present exactly when `errors` is empty. Messages name the field and what was expected,
 * and give lengths, never the submitted text.
 */
export function toFlavorSubmission(form: ParsedForm, template: FormTemplate): { submission?: FlavorSubmission; errors: FormError[] } {
  const mismatch = checkFlavorTemplate(template);
  if (mismatch.length > 0) return { errors: mismatch };
  if (form.layout === 'none') return { errors: [...form.errors] };

  const errors: FormError[] = [...form.errors];
  const flagged = new Set(form.errors.flatMap((e) => (e.field === undefined ? [] : [e.field])));
  const name = (id: FlavorFieldId): string => `${template.fields.find((f) => f.id === id)?.label ?? id} (${id})`;
  const valueOf = (id: FlavorFieldId): FieldValue | undefined => form.values[id];
  const fail = (id: FlavorFieldId, message: string): undefined => {
    if (!flagged.has(id)) errors.push({ field: id, message: `${name(id)}: ${message}` });
    flagged.add(id);
    return undefined;
  };
  const text = (id: FlavorFieldId): string | undefined => {
    const t = valueOf(id)?.text?.trim();
    return t === undefined || t === '' ? undefined : t;
  };
  const line = (id: FlavorFieldId, max: number): string | undefined => {
    const t = text(id);
    if (t === undefined) return undefined;
    if (/[\n\r]/.test(t)) return fail(id, `expected a single line; found ${t.split('\n').length} lines`);
    if (t.length > max) return fail(id, `expected at most ${max} characters; found ${t.length}`);
    return t;
  };
  /** Comma-separated items, each checked by `ok`; duplicates are an error (the schema wants unique items). */
  const list = <T extends string>(id: FlavorFieldId, ok: (item: string) => item is T, expected: string): T[] => {
    const t = text(id);
    if (t === undefined) return [];
    const items = t.split(/[,\n]/).map((s) => s.trim()).filter((s) => s !== '');
    const out: T[] = [];
    items.forEach((item, i) => {
      if (!ok(item)) fail(id, `item ${i + 1} of ${items.length} (${item.length} characters) is not ${expected}; separate items with commas`);
      else if (out.includes(item)) fail(id, `item ${i + 1} of ${items.length} repeats an earlier item`);
      else out.push(item);
    });
    return out;
  };
  const choice = <T extends string>(id: FlavorFieldId, allowed: readonly T[]): T | undefined => {
    const v = valueOf(id);
    const chosen = v?.selected?.[0];
    if (chosen === undefined) return undefined;
    const known = allowed.find((a) => a === chosen);
    if (known !== undefined) return known;
    return fail(id, `the value (${chosen.length} characters) is an option of the form but not a value the spec knows: ${allowed.join(', ')}`);
  };

  const id = text(FLAVOR_FIELD_IDS.id);
  if (id === undefined) fail(FLAVOR_FIELD_IDS.id, 'is required but empty');
  else if (!FLAVOR_ID_PATTERN.test(id)) {
    fail(FLAVOR_FIELD_IDS.id, `expected lowercase letters, digits and hyphens, starting with a letter or digit, at most 64 characters (e.g. example-call-kit); found a value of ${id.length} characters`);
  }
  const display = line(FLAVOR_FIELD_IDS.name, MAX_NAME);
  const url = line(FLAVOR_FIELD_IDS.url, MAX_URL);
  if (url !== undefined && !isHttpUrl(url)) fail(FLAVOR_FIELD_IDS.url, `expected an http(s) URL such as https://git.example.org/example-call-kit; found a value of ${url.length} characters`);
  const language = choice(FLAVOR_FIELD_IDS.language, FLAVOR_LANGUAGES);
  const maturity = choice(FLAVOR_FIELD_IDS.maturity, FLAVOR_MATURITIES);
  const license = line(FLAVOR_FIELD_IDS.license, 100);
  if (license !== undefined && !SPDX_PATTERN.test(license)) fail(FLAVOR_FIELD_IDS.license, `expected an SPDX licence id such as MIT or Apache-2.0; found a value of ${license.length} characters`);
  const covers = list(FLAVOR_FIELD_IDS.covers, (s): s is Category => (CATEGORIES as readonly string[]).includes(s), `a plane (${CATEGORIES.join(', ')})`);
  const basis = list(FLAVOR_FIELD_IDS.basis, (s): s is Technique => (TECHNIQUES as readonly string[]).includes(s), `a technique id (${TECHNIQUES.join(', ')})`);
  const derives = list(FLAVOR_FIELD_IDS.derivesFrom, (s): s is string => FLAVOR_ID_PATTERN.test(s), 'a flavor id (lowercase letters, digits and hyphens)');
  if (id !== undefined && derives.includes(id)) fail(FLAVOR_FIELD_IDS.derivesFrom, 'names the flavor itself: a flavor cannot derive from itself');
  const description = text(FLAVOR_FIELD_IDS.description);
  if (description !== undefined && description.length > MAX_DESCRIPTION) fail(FLAVOR_FIELD_IDS.description, `expected at most ${MAX_DESCRIPTION} characters; found ${description.length}`);

  const hasField = (fid: FlavorFieldId) => template.fields.some((f) => f.id === fid);
  const notifyRepo = hasField(FLAVOR_FIELD_IDS.notifyRepo) ? line(FLAVOR_FIELD_IDS.notifyRepo, 140) : undefined;
  if (notifyRepo !== undefined && !REPO_FULL_NAME_PATTERN.test(notifyRepo)) fail(FLAVOR_FIELD_IDS.notifyRepo, `expected owner/name of a GitHub repository; found a value of ${notifyRepo.length} characters`);
  const optIn = hasField(FLAVOR_FIELD_IDS.notifyOptIn) ? (valueOf(FLAVOR_FIELD_IDS.notifyOptIn)?.checked ?? []).some((c) => c.checked) : undefined;
  if (optIn === true && notifyRepo === undefined && !flagged.has(FLAVOR_FIELD_IDS.notifyRepo)) {
    fail(FLAVOR_FIELD_IDS.notifyOptIn, `is ticked, but ${name(FLAVOR_FIELD_IDS.notifyRepo)} is empty: give the owner/name of the repository to notify, or untick it`);
  }

  if (errors.length > 0 || id === undefined) return { errors };
  const submission: FlavorSubmission = { id, covers, basis, derives_from: derives };
  if (display !== undefined) submission.name = display;
  if (url !== undefined) submission.url = url;
  if (language !== undefined) submission.language = language;
  if (maturity !== undefined) submission.maturity = maturity;
  if (license !== undefined) submission.license = license;
  if (description !== undefined) submission.description = description;
  if (notifyRepo !== undefined) submission.notify_repo = notifyRepo;
  if (optIn !== undefined) submission.notify_opt_in = optIn;
  return { submission, errors };
}

function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\/\S+$/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
