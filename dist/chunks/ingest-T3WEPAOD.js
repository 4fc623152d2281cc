import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  corroborationJson
} from "./chunk-BHBZPZWD.js";
import {
  DEFAULT_TEMPLATE_PATH,
  captureId,
  ingest
} from "./chunk-V4XDV55Z.js";
import {
  require_promises
} from "./chunk-GFZGI5JH.js";
import "./chunk-FFFXYVSX.js";
import "./chunk-T7BBJYNB.js";
import {
  describeFinding
} from "./chunk-I3CTMD7S.js";
import "./chunk-WRULSOTR.js";
import "./chunk-UQKQI5BD.js";
import {
  percent,
  points
} from "./chunk-LDVGUKMZ.js";
import "./chunk-PEJKCWBR.js";
import "./chunk-SS4IYWLV.js";
import "./chunk-RH3Z44SR.js";
import {
  Failure,
  ROOT_OPTION,
  UsageError,
  parse,
  specRoot
} from "./chunk-M3RFHTPX.js";
import {
  RootLinkError,
  openRoot,
  readRepoListingCaptures,
  readTextInside,
  require_path,
  resolveInside,
  writeTextAtomic
} from "./chunk-RE4H4C64.js";
import "./chunk-GQYKUKJN.js";
import {
  __toESM
} from "./chunk-XLS4JZ7B.js";

// src/cli/ingest.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_path(), 1);
var usage = "wacrg ingest --body FILE|- [--issue N] [--title T] [--author LOGIN] [--root DIR] [--template FILE] [--write] [--json]";
var MAX_INPUT_BYTES = 1024 * 1024;
async function ingestCommand(args, io) {
  const { values } = parse(args, {
    body: { type: "string" },
    issue: { type: "string" },
    title: { type: "string" },
    author: { type: "string" },
    ...ROOT_OPTION,
    template: { type: "string" },
    write: { type: "boolean", default: false },
    json: { type: "boolean", default: false }
  });
  if (values.body === void 0) throw new UsageError("--body FILE (or - for standard input) is required");
  const issue = values.issue === void 0 ? void 0 : parseIssueNumber(values.issue);
  if (values.author !== void 0 && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(values.author)) {
    throw new UsageError("--author must be a GitHub login (letters, digits, hyphens)");
  }
  const body = await readInput(values.body);
  const rootDir = specRoot(values.root, io);
  const { files, captureNames } = await readRepoListingCaptures(rootDir, [captureId(issue)]);
  const root = openRoot(rootDir);
  const templateText = await readTemplate(root, values.template);
  const result = ingest({ body, title: values.title, issue, author: values.author, templateText, repoFiles: files, captureNames });
  if (values.write && issue === void 0 && result.kind !== "flavor") throw new UsageError("--write needs --issue N: the capture file is named after the issue");
  if (values.write && result.status === "accepted" && result.files) {
    for (const file of result.files) {
      try {
        resolveInside(root, file.path);
      } catch (error) {
        if (error instanceof RootLinkError) throw error;
      }
    }
    const written = [];
    for (const file of result.files) {
      try {
        writeTextAtomic(root, file.path, file.yaml);
        written.push(file.path);
      } catch (error) {
        if (error instanceof RootLinkError) throw error;
        const code = error?.code ?? "error";
        const what = result.kind === "flavor" ? "registration" : "capture";
        throw new Failure(`the ${what} was accepted but ${file.path} cannot be written under ${rootDir} (${code}); ${written.length === 0 ? "nothing was written" : `${written.join(", ")} was written`}`);
      }
    }
  }
  if (values.json) io.out(JSON.stringify(jsonOf(result), null, 2));
  else io.out(textOf(result, values.write));
  return result.status === "accepted" ? 0 : 1;
}
function corroborationLines({ corroboration: c, projection }) {
  const before = projection.before.overall.coverage;
  const after = projection.projected.overall.coverage;
  return [
    c.stanza ? `matches ${c.stanza}: ${c.corroborated.length} corroborated, ${c.new.length} new, ${c.conflicts.length} conflicting, ${c.missing.length} missing` : `matches no stanza of the spec (${c.unmatched ?? "unmatched"})`,
    `${projection.promotions.length} promotion(s) supported: coverage ${percent(before)} \u2192 ${percent(after)} (${points(before, after)}) if accepted`,
    ...projection.notWeighed === void 0 ? [] : [`evidence: each fact's provenance + this capture; ${projection.notWeighed} other capture(s) of corpus/captures/ not weighed (wacrg corroborate weighs the whole corpus)`]
  ];
}
function parseIssueNumber(text) {
  if (!/^[1-9][0-9]{0,9}$/.test(text)) throw new UsageError("--issue must be a positive whole number");
  return Number(text);
}
async function readTemplate(root, template) {
  const path = template ?? DEFAULT_TEMPLATE_PATH;
  const text = (0, import_node_path.isAbsolute)(path) ? await (0, import_promises.readFile)(path, "utf8").catch(notFound) : readTextInside(root, path);
  if (text === void 0) throw new UsageError(`no issue-form template at ${(0, import_node_path.isAbsolute)(path) ? path : `${path} under ${root.dir}`}: pass --template FILE`);
  return text;
}
function notFound(error) {
  if (error.code === "ENOENT") return void 0;
  throw error;
}
async function readInput(source) {
  const chunks = [];
  let size = 0;
  const stream = source === "-" ? process.stdin : (await import("node:fs")).createReadStream((0, import_node_path.resolve)(source));
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.byteLength;
    if (size > MAX_INPUT_BYTES) break;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
function jsonOf(result) {
  const { yaml: _yaml, capture: _capture, flavor: _flavor, files, corroboration, ...rest } = result;
  if (files && files.length > 1) Object.assign(rest, { paths: files.map((f) => f.path) });
  return corroboration ? { ...rest, ...corroborationJson(corroboration.corroboration, corroboration.projection, corroboration.implementations) } : rest;
}
function textOf(result, wrote) {
  const lines = [];
  if (result.status === "accepted") {
    const files = result.files ?? [];
    if (wrote) lines.push(`accepted: wrote ${files.map((f) => f.path).join(", ")}`);
    else for (const f of files) lines.push(`accepted (dry run, nothing written; --write writes ${f.path}):`, "", f.yaml);
  } else {
    lines.push(result.status === "rejected" ? "rejected: the submission contains personal data or key material; nothing was written." : "invalid: the submission cannot be ingested as it is; nothing was written.");
  }
  if (result.corroboration) lines.push(...corroborationLines(result.corroboration));
  for (const finding of result.findings) lines.push(`  ${finding.field}: ${describeFinding(finding)}`);
  for (const error of result.errors) lines.push(`  ${error.field ? `${error.field}: ` : ""}${error.message}`);
  if (result.status === "rejected") {
    lines.push(
      "",
      "What to do: replace each flagged value with a placeholder (see the README), then edit the issue.",
      "If the text was ever public, delete the old revision from the issue edit history, and rotate or re-register any real key or device that leaked."
    );
  }
  return lines.join("\n");
}
export {
  ingestCommand,
  parseIssueNumber,
  usage
};
