import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  require_url
} from "./chunk-T7BBJYNB.js";
import {
  Failure,
  UsageError,
  paint
} from "./chunk-SV74TGZA.js";
import {
  RootLinkError,
  require_fs,
  require_path
} from "./chunk-3BJLQZK2.js";
import {
  __toESM
} from "./chunk-XLS4JZ7B.js";

// src/cli/main.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
var import_node_url = __toESM(require_url(), 1);
function version() {
  for (let dir = (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(import.meta.url)); ; dir = (0, import_node_path.dirname)(dir)) {
    try {
      const json = JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(dir, "package.json"), "utf8"));
      if (typeof json === "object" && json !== null && "name" in json && json.name === "wacrg" && "version" in json && typeof json.version === "string") return json.version;
    } catch {
    }
    if ((0, import_node_path.dirname)(dir) === dir) return "unknown";
  }
}
var COMMANDS = {
  validate: {
    load: async () => import("./validate-ML7Z5ILW.js").then((m) => ({ run: m.validateCommand, usage: m.usage })),
    summary: "check spec/ and corpus/ against the schemas and the cross-file rules"
  },
  coverage: {
    load: async () => import("./coverage-AY3HQTHU.js").then((m) => ({ run: m.coverageCommand, usage: m.usage })),
    summary: "the coverage metric overall, by category and by technique"
  },
  ingest: {
    load: async () => import("./ingest-FRWFJIUM.js").then((m) => ({ run: m.ingestCommand, usage: m.usage })),
    summary: "turn a Stanza capture issue body into corpus/captures/issue-<N>.yaml (dry run unless --write)"
  },
  scan: {
    load: async () => import("./scan-HNYOHRXO.js").then((m) => ({ run: m.scanCommand, usage: m.usage })),
    summary: "the sanitization scanner alone over text files"
  },
  generate: {
    load: async () => import("./generate-4JOFE3TP.js").then((m) => ({ run: m.generateCommand, usage: m.usage })),
    summary: "write docs/spec/ from spec/ (--check: list stale, missing or orphaned pages, exit 1)"
  },
  affected: {
    load: async () => import("./affected-XHKHASAS.js").then((m) => ({ run: m.affectedCommand, usage: m.usage })),
    summary: "the flavors that implement the given spec parts (paths, ids or codes), with their notification settings"
  },
  corroborate: {
    load: async () => import("./corroborate-LSZXX5HV.js").then((m) => ({ run: m.corroborateCommand, usage: m.usage })),
    summary: "facts the evidence supports above their confidence, and claims it does not support"
  }
};
async function help() {
  const lines = [`wacrg ${version()}`, "", "usage: wacrg <command> [options]", "       wacrg --version", "", "commands:"];
  for (const [name, command] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(12)}${command.summary}`, `      ${(await command.load()).usage}`);
  lines.push("", "Without --root, the root is the nearest folder at or above the working folder that holds spec/ or corpus/.", "exit codes: 0 ok, 1 problems found (invalid, rejected), 2 usage error or unreadable input, 3 internal error");
  return lines.join("\n");
}
async function main(argv, io) {
  const [name, ...args] = argv;
  if (name === "--version" || name === "-V") {
    io.out(`wacrg ${version()}`);
    return 0;
  }
  const json = argv.includes("--json");
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    if (name === void 0 && json) io.out(JSON.stringify({ error: "name a command" }));
    else io.out(await help());
    return name === void 0 ? 2 : 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  const fail = (code, message, detail = "") => {
    io.err(`${paint(io.color?.err, "red", `wacrg${entry ? ` ${name}` : ""}:`)} ${message}${detail}`);
    if (json) io.out(JSON.stringify({ error: message }));
    return code;
  };
  if (!entry) return fail(2, `unknown command "${name.length <= 20 ? name : `${name.slice(0, 20)}\u2026`}"`, `

${await help()}`);
  const command = await entry.load();
  if (args.includes("--help") || args.includes("-h")) {
    io.out(`usage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) return fail(2, error.message, `
usage: ${command.usage}`);
    if (error instanceof Failure) return fail(error.exitCode, error.message);
    if (error instanceof RootLinkError) return fail(2, error.message);
    const code = error?.code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return fail(2, `cannot read input (${code}): ${error.message}`);
    const status = fail(3, `internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.WACRG_DEBUG) io.err(error instanceof Error ? error.stack ?? "" : "");
    return status;
  }
}
export {
  main,
  version
};
