import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  kindOf,
  listRecordPaths,
  readRecordText,
  readRepoFiles
} from "./chunk-BWTJLFYE.js";

// src/cli/io.ts
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
var UsageError = class extends Error {
};
function parse(args, options, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
var processOutput = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}
`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}
`)
};
async function readSpecRoot(rootArg) {
  const root = specRoot(rootArg);
  return { root, files: await readRepoFiles(root) };
}
async function openSpecRoot(rootArg) {
  const root = specRoot(rootArg);
  const paths = await listRecordPaths(root);
  const captures = paths.filter((path) => kindOf(path) === "capture");
  const spec = paths.filter((path) => kindOf(path) !== "capture").map((path) => ({ path, text: readRecordText(root, path) }));
  return { root, repo: { spec, captures, read: (path) => readRecordText(root, path) } };
}
function specRoot(rootArg) {
  const root = resolve(rootArg);
  if (!existsSync(join(root, "spec")) && !existsSync(join(root, "corpus"))) {
    throw new UsageError(`no spec/ or corpus/ under ${root}: --root must name a spec repository`);
  }
  return root;
}

export {
  UsageError,
  parse,
  processOutput,
  readSpecRoot,
  openSpecRoot
};
