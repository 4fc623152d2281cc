import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  formatProblem,
  validateRepository
} from "./chunk-A4YZ25L7.js";
import "./chunk-M5OFJPXX.js";
import "./chunk-LPUWMPQA.js";
import "./chunk-HNRZPKNX.js";
import "./chunk-WPZUTABH.js";
import {
  PROGRESS_FROM_FILES,
  ROOT_OPTION,
  paint,
  parse,
  progress,
  readSpecRoot
} from "./chunk-6AD5YC7K.js";
import "./chunk-YVZM6IXQ.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/validate.ts
var usage = "wacrg validate [--root DIR] [--json]";
async function validateCommand(args, io) {
  const { values } = parse(args, { ...ROOT_OPTION, json: { type: "boolean", default: false } });
  const { files } = await readSpecRoot(values.root, io);
  const shown = progress(io, values.json);
  if (files.length >= PROGRESS_FROM_FILES) shown.update(`wacrg validate: checking ${files.length.toLocaleString("en-US")} files…`);
  const { problems, warnings } = validateRepository(files);
  shown.done();
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const color = io.color?.out;
  const located = (line) => {
    const at = line.indexOf(" ");
    return at < 0 ? line : `${paint(color, "bold", line.slice(0, at))}${line.slice(at)}`;
  };
  if (values.json) {
    io.out(JSON.stringify({ valid: problems.length === 0, problems, warnings }, null, 2));
  } else {
    for (const problem of problems) io.out(located(formatProblem(problem)));
    for (const warning of warnings) io.out(`${paint(color, "yellow", "warning:")} ${located(formatProblem(warning))}`);
    const warned = warnings.length > 0 ? `, ${plural(warnings.length, "warning")}` : "";
    if (problems.length === 0) {
      io.out(`${paint(color, "green", "valid:")} ${files.length} files checked, no problems${warned}`);
    } else {
      io.out(`${paint(color, "red", `${plural(problems.length, "problem")} in ${new Set(problems.map((p) => p.file)).size} file(s)`)}${warned}`);
    }
  }
  return problems.length === 0 ? 0 : 1;
}
export {
  usage,
  validateCommand
};
