import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  loadRepo
} from "./chunk-WRXY5VL3.js";
import "./chunk-RH3Z44SR.js";
import {
  ROOT_OPTION,
  UsageError,
  parse,
  readSpecRoot
} from "./chunk-SV74TGZA.js";
import {
  require_path
} from "./chunk-3BJLQZK2.js";
import {
  __toESM
} from "./chunk-XLS4JZ7B.js";

// src/cli/affected.ts
var import_node_path = __toESM(require_path(), 1);

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

// src/cli/affected.ts
var usage = "wacrg affected [--root DIR] [--json] PATH|ID...";
async function affectedCommand(args, io) {
  const { values, positionals } = parse(args, { ...ROOT_OPTION, json: { type: "boolean", default: false } }, true);
  if (positionals.length === 0) throw new UsageError("name at least one spec part: a file path (spec/signalling/call-offer.yaml), an id (call-offer) or a code (SIG-01)");
  const { root, files } = await readSpecRoot(values.root, io);
  const { repo, problems } = loadRepo(files);
  const refs = positionals.map((ref) => {
    if (!/\.ya?ml$/.test(ref)) return ref;
    const fromCwd = (0, import_node_path.relative)(root, (0, import_node_path.resolve)(ref)).split(import_node_path.sep).join("/");
    return fromCwd.startsWith("..") ? ref : fromCwd;
  });
  const { ids, unknown } = resolvePartRefs(repo, refs);
  if (unknown.length > 0) {
    throw new UsageError(`${unknown.length === 1 ? "this names" : "these name"} no spec part under ${root}: ${unknown.map((u) => JSON.stringify(u.slice(0, 200))).join(", ")}`);
  }
  const affected = affectedFlavors(repo, ids);
  io.out(values.json ? JSON.stringify(affected, null, 2) : affectedText(affected, ids.length));
  if (problems.length > 0) io.err(`note: ${problems.length} file problem(s) left some records out; run wacrg validate`);
  return 0;
}
function affectedText(affected, parts) {
  if (affected.length === 0) return `${parts} spec part(s): no flavor lists an implementation of them.`;
  const lines = [`${parts} spec part(s), ${affected.length} flavor(s) implement them:`, ""];
  for (const a of affected) {
    const notify = a.optIn && a.notifyRepo !== null ? `notifies ${a.notifyRepo}` : a.notifyRepo !== null ? `${a.notifyRepo}, not opted in` : "no notify_repo";
    lines.push(`${a.flavor}  (${notify})`);
    for (const p of a.parts) lines.push(`  ${p.code.padEnd(8)} ${p.id}  ${p.status}  ${p.title}`);
  }
  return lines.join("\n");
}
export {
  affectedCommand,
  affectedText,
  usage
};
