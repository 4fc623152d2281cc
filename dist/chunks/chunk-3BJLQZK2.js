import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-XLS4JZ7B.js";

// builtin:fs
var require_fs = __commonJS({
  "builtin:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:path
var require_path = __commonJS({
  "builtin:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

// src/fs/root.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
var RootLinkError = class extends Error {
  name = "RootLinkError";
  link;
  reason;
  constructor(link, reason) {
    super(
      reason === "outside" ? `${link} is a symbolic link that leaves the repository root; refusing to read or write through it (replace the link with the files themselves)` : `${link} is a symbolic link to a file that does not exist; refusing to read or write through it (remove the link)`
    );
    this.link = link;
    this.reason = reason;
  }
};
function openRoot(dir) {
  const abs = (0, import_node_path.resolve)(dir);
  return { dir: abs, real: (0, import_node_fs.realpathSync)(abs) };
}
function within(real, path) {
  return path === real || path.startsWith(real.endsWith(import_node_path.sep) ? real : `${real}${import_node_path.sep}`);
}
function segments(path) {
  const parts = path.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
  if ((0, import_node_path.isAbsolute)(path) || parts.includes("..")) throw new Error(`not a path inside the repository: ${path}`);
  return parts;
}
function followLink(root, abs, rel) {
  let target;
  try {
    target = (0, import_node_fs.realpathSync)(abs);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
    const lexical = (0, import_node_path.resolve)((0, import_node_path.dirname)(abs), (0, import_node_fs.readlinkSync)(abs));
    throw new RootLinkError(rel, within(root.real, lexical) ? "dangling" : "outside");
  }
  if (!within(root.real, target)) throw new RootLinkError(rel, "outside");
  return target;
}
function resolveInside(root, path) {
  const parts = segments(path);
  let current = root.real;
  for (const [i, part] of parts.entries()) {
    const next = (0, import_node_path.join)(current, part);
    let isLink;
    try {
      isLink = (0, import_node_fs.lstatSync)(next).isSymbolicLink();
    } catch (error) {
      if (error.code === "ENOENT") return (0, import_node_path.join)(next, ...parts.slice(i + 1));
      throw error;
    }
    current = isLink ? followLink(root, next, parts.slice(0, i + 1).join("/")) : next;
  }
  return current;
}
function readTextInside(root, path) {
  try {
    return (0, import_node_fs.readFileSync)(resolveInside(root, path), "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
function writeTextAtomic(root, path, text) {
  const target = resolveInside(root, path);
  (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(target), { recursive: true });
  const temp = (0, import_node_path.join)((0, import_node_path.dirname)(target), `.${(0, import_node_path.basename)(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    (0, import_node_fs.writeFileSync)(temp, text, { flag: "wx" });
    (0, import_node_fs.renameSync)(temp, target);
  } catch (error) {
    try {
      (0, import_node_fs.unlinkSync)(temp);
    } catch {
    }
    throw error;
  }
}
function removeInside(root, scope, path) {
  const parts = segments(path);
  const folder = resolveInside(root, parts.slice(0, -1).join("/"));
  if (!within(resolveInside(root, scope), folder)) return false;
  (0, import_node_fs.unlinkSync)((0, import_node_path.join)(folder, parts[parts.length - 1] ?? ""));
  return true;
}
function listTree(root, top, skip) {
  const start = resolveInside(root, top);
  if (!(0, import_node_fs.existsSync)(start)) return [];
  const files = [];
  const seen = /* @__PURE__ */ new Set([start]);
  const pending = [[segments(top).join("/"), start]];
  for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
    const [rel, abs] = next;
    const parent = abs.endsWith(import_node_path.sep) ? abs : `${abs}${import_node_path.sep}`;
    for (const entry of (0, import_node_fs.readdirSync)(abs, { withFileTypes: true })) {
      const entryRel = `${rel}/${entry.name}`;
      let entryAbs = `${parent}${entry.name}`;
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        entryAbs = followLink(root, entryAbs, entryRel);
        isDirectory = (0, import_node_fs.statSync)(entryAbs).isDirectory();
      } else if (!isDirectory && !entry.isFile()) continue;
      if (!isDirectory) files.push({ path: entryRel, abs: entryAbs });
      else if (entryRel !== skip && !seen.has(entryAbs)) {
        seen.add(entryAbs);
        pending.push([entryRel, entryAbs]);
      }
    }
  }
  return files;
}

// src/spec/repo.ts
function kindOf(path) {
  if (/^(spec|corpus)\/schema\//.test(path)) return "schema";
  if (path === "spec/glossary.yaml") return "glossary";
  if (/^spec\/flavors\/[^/]+\.map\.ya?ml$/.test(path)) return "flavor-map";
  const match = /^(spec\/[a-z]+|corpus\/captures)\/[^/]+\.ya?ml$/.exec(path);
  switch (match?.[1]) {
    case "spec/stanzas":
      return "stanza";
    case "spec/flows":
      return "flow";
    case "spec/enums":
      return "enum";
    case "spec/techniques":
      return "technique";
    case "corpus/captures":
      return "capture";
    case "spec/contributors":
      return "contributor";
    case "spec/flavors":
      return "flavor";
    case "spec/tools":
      return "tool";
    case "spec/signalling":
    case "spec/encodings":
    case "spec/crypto":
    case "spec/relay":
      return "part";
    default:
      return void 0;
  }
}
function partFolder(path) {
  return path.split("/")[1] ?? "";
}
function baseId(path) {
  return (path.split("/").pop() ?? path).replace(/\.ya?ml$/, "");
}
function isRecordPath(path) {
  return /^(spec|corpus)\/.*\.ya?ml$/.test(path);
}
var SCHEMA_PATHS = {
  stanza: "spec/schema/stanza.schema.json",
  flow: "spec/schema/flow.schema.json",
  enum: "spec/schema/enum.schema.json",
  technique: "spec/schema/technique.schema.json",
  glossary: "spec/schema/glossary.schema.json",
  contributor: "spec/schema/contributor.schema.json",
  flavor: "spec/schema/flavor.schema.json",
  part: "spec/schema/spec-part.schema.json",
  capture: "corpus/schema/capture.schema.json"
};
var SCHEMA_PATH_SET = new Set(Object.values(SCHEMA_PATHS));
function isSchemaPath(path) {
  return SCHEMA_PATH_SET.has(path);
}

// src/spec/read-files.ts
var import_node_fs2 = __toESM(require_fs(), 1);
var import_node_path2 = __toESM(require_path(), 1);
var MAX_FILE_BYTES = 4 * 1024 * 1024;
async function readRepoFiles(root, only) {
  return (await listRecordPaths(root, only)).map((path) => ({ path, text: readRecordText(root, path) }));
}
async function listRecordPaths(root, only) {
  const wanted = (path) => {
    if (isSchemaPath(path)) return only === void 0 || only.some((kind2) => SCHEMA_PATHS[kind2] === path);
    if (!isRecordPath(path)) return false;
    if (only === void 0) return true;
    const kind = kindOf(path);
    return kind !== void 0 && kind !== "schema" && kind !== "tool" && kind !== "flavor-map" && only.includes(kind);
  };
  const tops = ["spec", "corpus"].filter((top) => only === void 0 || only.some((kind) => kind === "capture" === (top === "corpus")));
  const paths = [];
  const base = rootOf(root);
  if (base === void 0) return paths;
  for (const top of tops) {
    for (const { path } of listTree(base, top)) if (wanted(path)) paths.push(path);
  }
  return paths.sort();
}
var CAPTURES = "corpus/captures";
async function readRepoListingCaptures(root, ids = []) {
  const base = rootOf(root);
  if (base === void 0) return { files: [], captureNames: [] };
  const paths = [];
  for (const top of ["spec", "corpus"]) {
    for (const { path } of listTree(base, top, CAPTURES)) if (isSchemaPath(path) || isRecordPath(path)) paths.push(path);
  }
  const folder = resolveInside(base, CAPTURES);
  const names = (0, import_node_fs2.existsSync)(folder) && (0, import_node_fs2.statSync)(folder).isDirectory() ? (0, import_node_fs2.readdirSync)(folder) : [];
  const captureNames = names.filter(isCaptureName);
  const files = paths.map((path) => ({ path, text: readRecordText(root, path) }));
  for (const id of new Set(ids)) {
    for (const name of [`${id}.yaml`, `${id}.yml`]) {
      if (!captureNames.includes(name)) continue;
      const path = `${CAPTURES}/${name}`;
      const stat = (0, import_node_fs2.lstatSync)((0, import_node_path2.join)(folder, name));
      if (stat.isSymbolicLink()) {
        const target = resolveInside(base, path);
        if ((0, import_node_fs2.statSync)(target).isFile()) files.push({ path, text: readHead(target) });
      } else if (stat.isFile()) files.push({ path, text: readHead((0, import_node_path2.join)(folder, name)) });
    }
  }
  return { files: files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0), captureNames };
}
function isCaptureName(name) {
  return name.endsWith(".yaml") ? name.length > 5 : name.endsWith(".yml") && name.length > 4;
}
function readRecordText(root, path) {
  return readHead((0, import_node_path2.join)(root, path));
}
var FIRST_READ_BYTES = 64 * 1024;
var firstRead;
function readHead(abs) {
  const fd = (0, import_node_fs2.openSync)(abs, import_node_fs2.constants.O_RDONLY | (import_node_fs2.constants.O_NOFOLLOW ?? 0));
  try {
    firstRead ??= Buffer.allocUnsafe(FIRST_READ_BYTES);
    const first = (0, import_node_fs2.readSync)(fd, firstRead, 0, FIRST_READ_BYTES, 0);
    if (first < FIRST_READ_BYTES) return firstRead.toString("utf8", 0, first);
    const { size } = (0, import_node_fs2.fstatSync)(fd);
    if (size <= MAX_FILE_BYTES) return (0, import_node_fs2.readFileSync)(fd).toString("utf8");
    const buffer = Buffer.alloc(MAX_FILE_BYTES);
    let read = 0;
    while (read < buffer.length) {
      const bytesRead = (0, import_node_fs2.readSync)(fd, buffer, read, buffer.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read).toString("utf8");
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
function rootOf(root) {
  try {
    return openRoot(root);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}

export {
  require_fs,
  require_path,
  RootLinkError,
  openRoot,
  resolveInside,
  readTextInside,
  writeTextAtomic,
  removeInside,
  listTree,
  kindOf,
  partFolder,
  baseId,
  SCHEMA_PATHS,
  readRepoFiles,
  listRecordPaths,
  readRepoListingCaptures,
  readRecordText
};
