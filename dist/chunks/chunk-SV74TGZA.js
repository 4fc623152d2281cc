import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  kindOf,
  listRecordPaths,
  readRecordText,
  readRepoFiles,
  require_fs,
  require_path
} from "./chunk-3BJLQZK2.js";
import {
  __toESM
} from "./chunk-XLS4JZ7B.js";

// src/cli/io.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
var { parseArgs } = process.getBuiltinModule("node:util");
var UsageError = class extends Error {
};
var Failure = class extends Error {
  exitCode;
  constructor(message, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
};
function parse(args, options, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
function terminalOutput(env) {
  const colorAllowed = (env["NO_COLOR"] ?? "") === "" && env["TERM"] !== "dumb";
  const inCI = (env["CI"] ?? "") !== "" && env["CI"] !== "false" || env["GITHUB_ACTIONS"] === "true";
  let shown = false;
  const clear = () => {
    if (shown) process.stderr.write("\r\x1B[2K");
    shown = false;
  };
  const output = {
    out: (text) => {
      clear();
      process.stdout.write(text.endsWith("\n") ? text : `${text}
`);
    },
    err: (text) => {
      clear();
      process.stderr.write(text.endsWith("\n") ? text : `${text}
`);
    },
    color: { out: colorAllowed && process.stdout.isTTY === true, err: colorAllowed && process.stderr.isTTY === true }
  };
  if (process.stderr.isTTY === true && !inCI) {
    output.status = (text) => {
      if (text === "" && !shown) return;
      process.stderr.write(`\r\x1B[2K${text}`);
      shown = text !== "";
    };
  }
  return output;
}
var processOutput = terminalOutput(process.env);
var STYLES = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39] };
function paint(on, style, text) {
  if (!on) return text;
  const [open, close] = STYLES[style];
  return `\x1B[${open}m${text}\x1B[${close}m`;
}
var PROGRESS_FROM_FILES = 1e3;
function progress(io, json) {
  const status = json ? void 0 : io.status;
  return {
    update: (text) => status?.(text),
    done: () => status?.("")
  };
}
function isSpecRoot(dir) {
  if (isDirectory((0, import_node_path.join)(dir, "corpus"))) return true;
  const spec = (0, import_node_path.join)(dir, "spec");
  if (!isDirectory(spec)) return false;
  const yaml = (name) => /\.ya?ml$/.test(name);
  for (const entry of (0, import_node_fs.readdirSync)(spec, { withFileTypes: true })) {
    if (yaml(entry.name)) return true;
    if (isDirectory((0, import_node_path.join)(spec, entry.name)) && (0, import_node_fs.readdirSync)((0, import_node_path.join)(spec, entry.name)).some(yaml)) return true;
  }
  return false;
}
function isDirectory(path) {
  try {
    return (0, import_node_fs.statSync)(path).isDirectory();
  } catch {
    return false;
  }
}
function findRoot(start) {
  for (let dir = (0, import_node_path.resolve)(start); ; dir = (0, import_node_path.dirname)(dir)) {
    if (isSpecRoot(dir)) return dir;
    const top = (0, import_node_fs.existsSync)((0, import_node_path.join)(dir, ".git"));
    if (top || (0, import_node_path.dirname)(dir) === dir) {
      throw new UsageError(`no spec/ or corpus/ in ${(0, import_node_path.resolve)(start)} or any folder above it up to ${top ? `the repository's top ${dir}` : dir}: run wacrg inside a spec repository or pass --root DIR`);
    }
  }
}
function specRoot(rootArg, io) {
  const cwd = io.cwd ?? process.cwd();
  if (rootArg !== void 0) {
    const root2 = (0, import_node_path.resolve)(cwd, rootArg);
    if (!isSpecRoot(root2)) throw new UsageError(`no spec/ or corpus/ under ${root2}: --root must name a spec repository`);
    return root2;
  }
  const root = findRoot(cwd);
  if (root !== (0, import_node_path.resolve)(cwd)) io.err(`wacrg: using the repository root ${root}`);
  return root;
}
var ROOT_OPTION = { root: { type: "string" } };
async function readSpecRoot(rootArg, io, only) {
  const root = specRoot(rootArg, io);
  return { root, files: await readRepoFiles(root, only) };
}
async function openSpecRoot(rootArg, io) {
  const root = specRoot(rootArg, io);
  const paths = await listRecordPaths(root);
  const captures = paths.filter((path) => kindOf(path) === "capture");
  const spec = paths.filter((path) => kindOf(path) !== "capture").map((path) => ({ path, text: readRecordText(root, path) }));
  return { root, repo: { spec, captures, read: (path) => readRecordText(root, path) } };
}

export {
  UsageError,
  Failure,
  parse,
  processOutput,
  paint,
  PROGRESS_FROM_FILES,
  progress,
  isSpecRoot,
  findRoot,
  specRoot,
  ROOT_OPTION,
  readSpecRoot,
  openSpecRoot
};
