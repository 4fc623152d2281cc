import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  coverageBadge,
  coverageMarkdown,
  coverageText
} from "./chunk-E3P4B5T4.js";
import {
  coverageOf
} from "./chunk-L3P5JMXP.js";
import {
  loadRepo
} from "./chunk-SIDKFB4I.js";
import {
  ROOT_OPTION,
  parse,
  readSpecRoot
} from "./chunk-QVADA2MC.js";
import {
  openRoot,
  resolveInside,
  writeTextAtomic
} from "./chunk-3DP2WPSK.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/coverage.ts
var usage = "wacrg coverage [--root DIR] [--json] [--write]";
async function coverageCommand(args, io) {
  const { values } = parse(args, {
    ...ROOT_OPTION,
    json: { type: "boolean", default: false },
    write: { type: "boolean", default: false }
  });
  const { root, files } = await readSpecRoot(values.root, io, ["stanza"]);
  const { repo, problems } = loadRepo(files);
  const report = coverageOf(repo.stanzas.map((s) => s.record));
  const outputs = [
    ["COVERAGE.md", coverageMarkdown(report, "wacrg coverage --write")],
    ["docs/coverage-badge.json", coverageBadge(report)]
  ];
  const base = openRoot(root);
  if (values.write) for (const [path] of outputs) resolveInside(base, path);
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else io.out(coverageText(report));
  if (problems.length > 0) {
    io.err(`note: ${problems.length} file problem(s) left some records out of the count; run wacrg validate`);
  }
  if (values.write) {
    for (const [path, text] of outputs) {
      writeTextAtomic(base, path, text);
      if (!values.json) io.err(`wrote ${path}`);
    }
  }
  return 0;
}
export {
  coverageCommand,
  usage
};
