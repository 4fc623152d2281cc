import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);

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
function isSchemaPath(path) {
  return Object.values(SCHEMA_PATHS).includes(path);
}

// src/spec/read-files.ts
import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, sep } from "node:path";
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
  for (const top of tops) {
    const dir = join(root, top);
    for (const abs of await listFiles(dir)) {
      const path = `${top}/${abs.slice(dir.length + 1).split(sep).join("/")}`;
      if (wanted(path)) paths.push(path);
    }
  }
  return paths.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function readRecordText(root, path) {
  return readHead(join(root, path));
}
function readHead(abs) {
  const fd = openSync(abs, "r");
  try {
    const { size } = fstatSync(fd);
    if (size <= MAX_FILE_BYTES) return readFileSync(fd).toString("utf8");
    const buffer = Buffer.alloc(MAX_FILE_BYTES);
    let read = 0;
    while (read < buffer.length) {
      const bytesRead = readSync(fd, buffer, read, buffer.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
async function listFiles(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

export {
  kindOf,
  partFolder,
  baseId,
  isRecordPath,
  SCHEMA_PATHS,
  isSchemaPath,
  readRepoFiles,
  listRecordPaths,
  readRecordText
};
