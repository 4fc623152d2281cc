// The JSON `wacrg ingest --json` carries about corroboration (the integrator spreads it in).
import type { CoverageReport } from '../coverage/coverage.ts';
import type { Conflict, Corroboration, Projection, Promotion } from './types.ts';

export interface CorroborationJson {
  corroboration: {
    /** Matched stanza id, or null when unmatched. */
    stanza: string | null;
    /** Fact paths. */
    corroborated: string[];
    new: string[];
    conflicts: Conflict[];
    missing: string[];
    promotions: Promotion[];
  };
  coverage: { before: CoverageReport; projected: CoverageReport };
}

export function corroborationJson(c: Corroboration, projection: Projection): CorroborationJson {
  return {
    corroboration: {
      stanza: c.stanza ?? null,
      corroborated: c.corroborated.map((f) => f.path),
      new: c.new.map((f) => f.path),
      conflicts: c.conflicts.map(({ path, kind, message }) => ({ path, kind, message })),
      missing: c.missing.map((f) => f.path),
      promotions: projection.promotions.map(({ path, from, to, techniques }) => ({ path, from, to, techniques: [...techniques] })),
    },
    coverage: { before: projection.before, projected: projection.projected },
  };
}
