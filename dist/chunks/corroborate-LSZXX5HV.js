import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  corroborateCorpus,
  corroborationJson
} from "./chunk-YCCMZAKT.js";
import "./chunk-2PBHGHH2.js";
import "./chunk-TINNHXRS.js";
import "./chunk-UQKQI5BD.js";
import "./chunk-WSMQ7LAA.js";
import {
  loadRepo
} from "./chunk-WRXY5VL3.js";
import "./chunk-RH3Z44SR.js";
import {
  PROGRESS_FROM_FILES,
  ROOT_OPTION,
  parse,
  progress,
  readSpecRoot
} from "./chunk-SV74TGZA.js";
import "./chunk-3BJLQZK2.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/corroborate.ts
var usage = "wacrg corroborate [--root DIR] [--json]";
async function corroborateCommand(args, io) {
  const { values } = parse(args, {
    ...ROOT_OPTION,
    json: { type: "boolean", default: false }
  });
  const { files } = await readSpecRoot(values.root, io);
  const shown = progress(io, values.json);
  if (files.length >= PROGRESS_FROM_FILES) shown.update(`wacrg corroborate: checking ${files.length.toLocaleString("en-US")} files\u2026`);
  const { repo, problems } = loadRepo(files);
  const result = corroborateCorpus(repo);
  shown.done();
  if (values.json) io.out(JSON.stringify(result, null, 2));
  else io.out(corroborationText(result, repo.captures.length));
  if (problems.length > 0) {
    io.err(`note: ${problems.length} file problem(s) left some records out; run wacrg validate`);
  }
  return result.unsupported.length === 0 ? 0 : 1;
}
function corroborationText(result, captures) {
  const lines = [`${captures} capture(s) in the corpus.`, ""];
  if (result.promotable.length === 0) lines.push("No fact can be promoted on the evidence.");
  else {
    lines.push(`${result.promotable.length} fact(s) the evidence supports above their confidence:`);
    for (const p of result.promotable) lines.push(`  ${p.path}  ${p.from} \u2192 ${p.to}  (${p.techniques.join(", ")})`);
  }
  lines.push("");
  if (result.unsupported.length === 0) lines.push("Every claimed confidence is supported by the evidence.");
  else {
    lines.push(`${result.unsupported.length} claim(s) the evidence does not support (confirmed needs two different techniques):`);
    for (const u of result.unsupported) lines.push(`  ${u.path}  ${u.claimed}  (evidence: ${u.techniques.length === 0 ? "none" : u.techniques.join(", ")})`);
  }
  return `${lines.join("\n")}
`;
}
export {
  corroborateCommand,
  corroborationJson,
  corroborationText,
  usage
};
