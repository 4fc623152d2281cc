// Flavor vocabularies of today's group schema (formats-head.md, "flavor"). One source of truth for the
// registration form's checks; the flavor schema lists the same values.

export const FLAVOR_LANGUAGES = ['go', 'rust', 'typescript', 'javascript', 'python', 'c', 'cpp', 'java', 'kotlin', 'swift', 'other'] as const;
export type FlavorLanguage = (typeof FLAVOR_LANGUAGES)[number];

export const FLAVOR_MATURITIES = ['experimental', 'partial', 'working', 'production'] as const;
export type FlavorMaturity = (typeof FLAVOR_MATURITIES)[number];

export function isFlavorLanguage(value: string): value is FlavorLanguage {
  return (FLAVOR_LANGUAGES as readonly string[]).includes(value);
}
export function isFlavorMaturity(value: string): value is FlavorMaturity {
  return (FLAVOR_MATURITIES as readonly string[]).includes(value);
}
