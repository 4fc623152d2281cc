import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);

// src/flavors/affected.ts
function affectedFlavors(repo, partIds) {
  const byFlavor = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const id of partIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const part = repo.parts.find((p) => p.record.id === id)?.record;
    if (!part) continue;
    for (const impl of part.implementations ?? []) {
      const list = byFlavor.get(impl.flavor) ?? [];
      if (!list.some((p) => p.id === part.id)) list.push({ id: part.id, code: part.code, title: part.title, status: impl.status });
      byFlavor.set(impl.flavor, list);
    }
  }
  return [...byFlavor.keys()].sort().map((flavor) => {
    const record = repo.flavors.find((f) => f.record.id === flavor)?.record;
    return { flavor, notifyRepo: record?.notify_repo ?? null, optIn: record?.notify_opt_in === true, parts: byFlavor.get(flavor) ?? [] };
  });
}
function resolvePartRefs(repo, refs) {
  const ids = [];
  const unknown = [];
  for (const ref of refs) {
    const code = ref.replace(/^wacrg:/, "");
    const part = repo.parts.find((p) => p.file === ref.replace(/^\.\//, "")) ?? repo.parts.find((p) => p.record.id === ref) ?? repo.parts.find((p) => p.record.code === code);
    if (part) {
      if (!ids.includes(part.record.id)) ids.push(part.record.id);
    } else unknown.push(ref);
  }
  return { ids, unknown };
}
function partIdsOfPaths(repo, paths) {
  const set = new Set(paths);
  return repo.parts.filter((p) => set.has(p.file)).map((p) => p.record.id);
}

export {
  affectedFlavors,
  resolvePartRefs,
  partIdsOfPaths
};
