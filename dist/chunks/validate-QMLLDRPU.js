import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  formatProblem,
  validateRepository
} from "./chunk-WNKRDAXR.js";
import "./chunk-4XCNF4OT.js";
import "./chunk-LPUWMPQA.js";
import "./chunk-DHNVI44Y.js";
import {
  parse,
  readSpecRoot
} from "./chunk-POWMMEA3.js";
import "./chunk-J6CVATO5.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/validate.ts
var usage = "wacrg validate [--root DIR] [--json]";
async function validateCommand(args, io) {
  const { values } = parse(args, { root: { type: "string", default: "." }, json: { type: "boolean", default: false } });
  const { files } = await readSpecRoot(values.root);
  const { problems } = validateRepository(files);
  if (values.json) {
    io.out(JSON.stringify({ valid: problems.length === 0, problems }, null, 2));
  } else if (problems.length === 0) {
    io.out(`valid: ${files.length} files checked, no problems`);
  } else {
    for (const problem of problems) io.out(formatProblem(problem));
    io.out(`${problems.length} problem${problems.length === 1 ? "" : "s"} in ${new Set(problems.map((p) => p.file)).size} file(s)`);
  }
  return problems.length === 0 ? 0 : 1;
}
export {
  usage,
  validateCommand
};
