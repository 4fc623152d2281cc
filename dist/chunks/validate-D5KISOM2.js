import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  formatProblem,
  validateRepository
} from "./chunk-Y2NN2OTC.js";
import "./chunk-ZCSTSBP4.js";
import "./chunk-LPUWMPQA.js";
import "./chunk-PEJKCWBR.js";
import "./chunk-XWJ7JT4X.js";
import {
  parse,
  readSpecRoot
} from "./chunk-KCRWBKN5.js";
import "./chunk-7CRVWMK2.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/validate.ts
var usage = "wacrg validate [--root DIR] [--json]";
async function validateCommand(args, io) {
  const { values } = parse(args, { root: { type: "string", default: "." }, json: { type: "boolean", default: false } });
  const { files } = await readSpecRoot(values.root);
  const { problems, warnings } = validateRepository(files);
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (values.json) {
    io.out(JSON.stringify({ valid: problems.length === 0, problems, warnings }, null, 2));
  } else {
    for (const problem of problems) io.out(formatProblem(problem));
    for (const warning of warnings) io.out(`warning: ${formatProblem(warning)}`);
    if (problems.length === 0) {
      io.out(`valid: ${files.length} files checked, no problems${warnings.length > 0 ? `, ${plural(warnings.length, "warning")}` : ""}`);
    } else {
      io.out(`${plural(problems.length, "problem")} in ${new Set(problems.map((p) => p.file)).size} file(s)${warnings.length > 0 ? `, ${plural(warnings.length, "warning")}` : ""}`);
    }
  }
  return problems.length === 0 ? 0 : 1;
}
export {
  usage,
  validateCommand
};
