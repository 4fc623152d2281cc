// Which intake form a template is. The template's field ids decide (labels are free to change): each
// known form has its own ids, so the form whose ids the template uses most is the one it is.
import { CAPTURE_FIELD_IDS } from './capture-fields.ts';
import { FLAVOR_FIELD_IDS } from './flavor-fields.ts';
import type { FormError, FormTemplate } from './types.ts';

/** The record kinds the intake writes: a capture (`corpus/captures/`) or a flavor (`spec/flavors/`). */
export type FormKind = 'capture' | 'flavor';

export const FORM_KINDS: Record<FormKind, { title: string; ids: readonly string[] }> = {
  capture: { title: 'Stanza capture', ids: Object.values(CAPTURE_FIELD_IDS) },
  flavor: { title: 'Flavor registration', ids: Object.values(FLAVOR_FIELD_IDS) },
};

/**
 * The kind of intake form `template` is, or one error naming the forms the intake knows when it is
 * none of them (no field id of any known form) or could be either (as many ids of both).
 */
export function formKindOf(template: FormTemplate): { kind: FormKind } | { error: FormError } {
  const ids = new Set(template.fields.map((f) => f.id));
  const scores = (Object.keys(FORM_KINDS) as FormKind[]).map((kind) => ({ kind, n: FORM_KINDS[kind].ids.filter((id) => ids.has(id)).length }));
  scores.sort((a, b) => b.n - a.n);
  const [best, second] = scores;
  if (best === undefined || best.n === 0 || (second !== undefined && second.n === best.n)) {
    const known = (Object.keys(FORM_KINDS) as FormKind[]).map((k) => `${FORM_KINDS[k].title} (ids ${FORM_KINDS[k].ids.slice(0, 3).join(', ')}, …)`).join('; ');
    return {
      error: {
        message: `not an intake form: the template "${template.name}" ${best === undefined || best.n === 0 ? 'has none of the field ids' : 'mixes the field ids'} of the forms the intake knows: ${known}`,
      },
    };
  }
  return { kind: best.kind };
}
