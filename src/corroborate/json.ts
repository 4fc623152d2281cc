// The JSON `wacrg ingest --json` carries about corroboration (the integrator spreads it in).
import type { CoverageReport } from '../coverage/coverage.ts';
import type { CaptureImplementations } from '../flavors/capture.ts';
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
    /** The matched stanza's spec parts (code, implementations) and the flavor corroboration of the facts it touches; null when unmatched. */
    implementations: CaptureImplementations | null;
    /**
     * Other capture files of the corpus the promotions did not weigh (the evidence was each fact's
     * provenance + this capture); null when the whole corpus was weighed.
     */
    notWeighed: number | null;
  };
  coverage: { before: CoverageReport; projected: CoverageReport };
}

export function corroborationJson(c: Corroboration, projection: Projection, implementations?: CaptureImplementations): CorroborationJson {
  return {
    corroboration: {
      stanza: c.stanza ?? null,
      corroborated: c.corroborated.map((f) => f.path),
      new: c.new.map((f) => f.path),
      conflicts: c.conflicts.map(({ path, kind, message }) => ({ path, kind, message })),
      missing: c.missing.map((f) => f.path),
      promotions: projection.promotions.map(({ path, from, to, techniques }) => ({ path, from, to, techniques: [...techniques] })),
      implementations: implementations ?? null,
      notWeighed: projection.notWeighed ?? null,
    },
    coverage: { before: projection.before, projected: projection.projected },
  };
}
