// The Flavor registration form's field ids: the contract between the template and the parser. They are
// the ids of the group's own form (formats-head.md), so a repository in today's layout works as is.
// Labels are NOT here on purpose: they are read from the template at run time.
import type { FieldType } from './types.ts';

export const FLAVOR_FIELD_IDS = {
  id: 'flavor-id',
  name: 'display-name',
  url: 'repository-url',
  language: 'language',
  maturity: 'maturity',
  license: 'license',
  covers: 'planes-covered',
  basis: 'basis-techniques',
  derivesFrom: 'derives-from',
  description: 'description',
  notifyRepo: 'notify-repo',
  notifyOptIn: 'notify-opt-in',
} as const;

export type FlavorFieldKey = keyof typeof FLAVOR_FIELD_IDS;
export type FlavorFieldId = (typeof FLAVOR_FIELD_IDS)[FlavorFieldKey];

/**
 * Fields a flavor template must have. The two notification fields are this repository's additions:
 * the group's form has none, so they are read only when the template has them.
 */
export const FLAVOR_REQUIRED_FIELD_IDS: readonly FlavorFieldId[] = [
  'flavor-id',
  'display-name',
  'repository-url',
  'language',
  'maturity',
  'license',
  'planes-covered',
  'basis-techniques',
  'derives-from',
  'description',
];

/** The kinds of template element each flavor field may be (single-choice dropdowns for vocabularies). */
export const FLAVOR_FIELD_KINDS: Record<FlavorFieldId, readonly FieldType[]> = {
  'flavor-id': ['input'],
  'display-name': ['input'],
  'repository-url': ['input'],
  language: ['dropdown'],
  maturity: ['dropdown'],
  license: ['input'],
  'planes-covered': ['input', 'textarea'],
  'basis-techniques': ['input', 'textarea'],
  'derives-from': ['input', 'textarea'],
  description: ['textarea', 'input'],
  'notify-repo': ['input'],
  'notify-opt-in': ['checkboxes'],
};

/** The flavor id rule of the group's schema (`^[a-z0-9][a-z0-9-]*$`), capped at 64 characters here. */
export const FLAVOR_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** `owner/name` of a GitHub repository (GitHub's own character sets for logins and repository names). */
export const REPO_FULL_NAME_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** An SPDX licence expression, loosely: ids, `+`, parentheses and the AND/OR/WITH operators. */
export const SPDX_PATTERN = /^[A-Za-z0-9.+-]+(?:\s+(?:AND|OR|WITH)\s+[A-Za-z0-9.+-]+)*$/;
