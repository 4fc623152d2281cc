import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  coverageBadge,
  coverageMarkdown,
  coverageText
} from "./chunk-N4TSYGO2.js";
import {
  coverageOf
} from "./chunk-A7WG7VYO.js";
import {
  loadRepo
} from "./chunk-DHNVI44Y.js";
import {
  parse
} from "./chunk-POWMMEA3.js";
import {
  readRepoFiles
} from "./chunk-J6CVATO5.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/coverage.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
var usage = "wacrg coverage [--root DIR] [--json] [--write]";
async function coverageCommand(args, io) {
  const { values } = parse(args, {
    root: { type: "string", default: "." },
    json: { type: "boolean", default: false },
    write: { type: "boolean", default: false }
  });
  const root = resolve(values.root);
  const { repo, problems } = loadRepo(await readRepoFiles(root, ["stanza"]));
  const report = coverageOf(repo.stanzas.map((s) => s.record));
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else io.out(coverageText(report));
  if (problems.length > 0) {
    io.err(`note: ${problems.length} file problem(s) left some records out of the count; run wacrg validate`);
  }
  if (values.write) {
    const outputs = [
      ["COVERAGE.md", coverageMarkdown(report, "wacrg coverage --write")],
      ["docs/coverage-badge.json", coverageBadge(report)]
    ];
    for (const [path, text] of outputs) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
      if (!values.json) io.err(`wrote ${path}`);
    }
  }
  return 0;
}
export {
  coverageCommand,
  usage
};
