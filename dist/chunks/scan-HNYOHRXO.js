import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  require_promises
} from "./chunk-GFZGI5JH.js";
import {
  describeFinding,
  scanText
} from "./chunk-RO25RBVT.js";
import "./chunk-2PBHGHH2.js";
import "./chunk-UQKQI5BD.js";
import "./chunk-WSMQ7LAA.js";
import "./chunk-WRXY5VL3.js";
import "./chunk-RH3Z44SR.js";
import {
  UsageError,
  parse
} from "./chunk-SV74TGZA.js";
import {
  require_path
} from "./chunk-3BJLQZK2.js";
import {
  __toESM
} from "./chunk-XLS4JZ7B.js";

// src/cli/scan.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_path(), 1);
var usage = "wacrg scan FILE\u2026 [--json]";
async function scanCommand(args, io) {
  const { values, positionals } = parse(args, { json: { type: "boolean", default: false } }, true);
  if (positionals.length === 0) throw new UsageError("name at least one file to scan");
  const findings = [];
  for (const file of positionals) findings.push(...scanText(file, await (0, import_promises.readFile)((0, import_node_path.resolve)(file), "utf8")));
  const blocking = findings.filter((f) => f.severity === "block").length;
  if (values.json) io.out(JSON.stringify({ clean: blocking === 0, findings }, null, 2));
  else {
    for (const finding of findings) io.out(`${finding.field}:${finding.line}:${finding.column} ${describeFinding(finding)}`);
    io.out(`${positionals.length} file(s) scanned: ${blocking} blocking, ${findings.length - blocking} warning(s)`);
  }
  return blocking === 0 ? 0 : 1;
}
export {
  scanCommand,
  usage
};
