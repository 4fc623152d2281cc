import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  describeFinding,
  scanText
} from "./chunk-NKGEH4JV.js";
import "./chunk-EXMHEAKQ.js";
import "./chunk-K7AOHBHT.js";
import "./chunk-PEJKCWBR.js";
import "./chunk-ULJ5JGH7.js";
import {
  UsageError,
  parse
} from "./chunk-R25L2IOK.js";
import "./chunk-DN4OBRWF.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/scan.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var usage = "wacrg scan FILE… [--json]";
async function scanCommand(args, io) {
  const { values, positionals } = parse(args, { json: { type: "boolean", default: false } }, true);
  if (positionals.length === 0) throw new UsageError("name at least one file to scan");
  const findings = [];
  for (const file of positionals) findings.push(...scanText(file, await readFile(resolve(file), "utf8")));
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
