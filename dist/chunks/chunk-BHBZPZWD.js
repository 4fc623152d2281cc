import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);

// src/corroborate/json.ts
function corroborationJson(c, projection, implementations) {
  return {
    corroboration: {
      stanza: c.stanza ?? null,
      corroborated: c.corroborated.map((f) => f.path),
      new: c.new.map((f) => f.path),
      conflicts: c.conflicts.map(({ path, kind, message }) => ({ path, kind, message })),
      missing: c.missing.map((f) => f.path),
      promotions: projection.promotions.map(({ path, from, to, techniques }) => ({ path, from, to, techniques: [...techniques] })),
      implementations: implementations ?? null,
      notWeighed: projection.notWeighed ?? null
    },
    coverage: { before: projection.before, projected: projection.projected }
  };
}

export {
  corroborationJson
};
