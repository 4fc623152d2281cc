import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  coverageBadge,
  coverageMarkdown,
  coverageText,
  fillRegion
} from "./chunk-L2K3OZI3.js";
import {
  coverageOf
} from "./chunk-TINNHXRS.js";
import "./chunk-WSMQ7LAA.js";
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
  openRoot,
  readTextInside,
  resolveInside,
  writeTextAtomic
} from "./chunk-3BJLQZK2.js";
import "./chunk-XLS4JZ7B.js";

// src/coverage/files.ts
var BADGE_START = "<!-- coverage-badge:start -->";
var BADGE_END = "<!-- coverage-badge:end -->";
function readmeBadge(badgeJson) {
  const badge = JSON.parse(badgeJson);
  const part = (text) => encodeURIComponent(text.replace(/-/g, "--").replace(/_/g, "__").replace(/ /g, "_"));
  const url = `https://img.shields.io/badge/${part(badge.label)}-${part(badge.message)}-${part(badge.color)}`;
  return `[![${badge.label}: ${badge.message}](${url})](COVERAGE.md)`;
}
function coverageFiles(report, readme) {
  const badge = coverageBadge(report);
  const files = [
    ["COVERAGE.md", coverageMarkdown(report, "wacrg coverage --write")],
    ["docs/coverage-badge.json", badge]
  ];
  if (readme !== void 0 && readme.includes(BADGE_START)) {
    const filled = fillRegion(readme, BADGE_START, BADGE_END, [readmeBadge(badge)]);
    if (filled.text !== void 0) files.push(["README.md", filled.text]);
  }
  return files;
}

// src/cli/coverage.ts
var usage = "wacrg coverage [--root DIR] [--json] [--write | --check]";
async function coverageCommand(args, io) {
  const { values } = parse(args, {
    ...ROOT_OPTION,
    json: { type: "boolean", default: false },
    write: { type: "boolean", default: false },
    check: { type: "boolean", default: false }
  });
  if (values.write && values.check) throw new UsageError("--write and --check exclude each other: --check only compares");
  const { root: rootDir, files: records } = await readSpecRoot(values.root, io, ["stanza", "flavor"]);
  const root = openRoot(rootDir);
  const { repo, problems } = loadRepo(records);
  const report = coverageOf(repo.stanzas.map((s) => s.record), repo.flavors.map((f) => f.record));
  const files = coverageFiles(report, readTextInside(root, "README.md"));
  if (values.check) return checkFiles(root, files, io);
  if (values.write) for (const [path] of files) resolveInside(root, path);
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else io.out(coverageText(report));
  if (problems.length > 0) {
    io.err(`note: ${problems.length} file problem(s) left some records out of the count; run wacrg validate`);
  }
  if (values.write) {
    for (const [path, text] of files) {
      writeTextAtomic(root, path, text);
      if (!values.json) io.err(`wrote ${path}`);
    }
  }
  return 0;
}
function checkFiles(root, files, io) {
  let outOfDate = 0;
  for (const [path, text] of files) {
    const onDisk = readTextInside(root, path);
    if (onDisk === text) continue;
    outOfDate++;
    io.out(`${onDisk === void 0 ? "missing" : "stale"}: ${path}`);
  }
  if (outOfDate === 0) {
    io.out(`coverage files up to date: ${files.map(([path]) => path).join(", ")}`);
    return 0;
  }
  io.out(`${outOfDate} file(s) out of date: run wacrg coverage --write and commit the result`);
  return 1;
}
export {
  coverageCommand,
  usage
};
