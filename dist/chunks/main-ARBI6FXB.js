import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-CAKXQOKF.js";
import "./chunk-BWTJLFYE.js";
import "./chunk-XLS4JZ7B.js";

// src/cli/main.ts
var COMMANDS = {
  validate: {
    load: async () => import("./validate-GENT37MX.js").then((m) => ({ run: m.validateCommand, usage: m.usage })),
    summary: "check spec/ and corpus/ against the schemas and the cross-file rules"
  },
  coverage: {
    load: async () => import("./coverage-FFHGGW2F.js").then((m) => ({ run: m.coverageCommand, usage: m.usage })),
    summary: "the coverage metric overall, by category and by technique"
  },
  ingest: {
    load: async () => import("./ingest-6CUU7AS2.js").then((m) => ({ run: m.ingestCommand, usage: m.usage })),
    summary: "turn a Stanza capture issue body into corpus/captures/issue-<N>.yaml (dry run unless --write)"
  },
  scan: {
    load: async () => import("./scan-LGGWIHSA.js").then((m) => ({ run: m.scanCommand, usage: m.usage })),
    summary: "the sanitization scanner alone over text files"
  },
  generate: {
    load: async () => import("./generate-L3KBWE5G.js").then((m) => ({ run: m.generateCommand, usage: m.usage })),
    summary: "write docs/spec/ from spec/ (--check: list stale, missing or orphaned pages, exit 1)"
  },
  affected: {
    load: async () => import("./affected-EPZ4ANPV.js").then((m) => ({ run: m.affectedCommand, usage: m.usage })),
    summary: "the flavors that implement the given spec parts (paths, ids or codes), with their notification settings"
  },
  corroborate: {
    load: async () => import("./corroborate-P44KXO75.js").then((m) => ({ run: m.corroborateCommand, usage: m.usage })),
    summary: "facts the evidence supports above their confidence, and claims it does not support"
  }
};
async function help() {
  const lines = ["usage: wacrg <command> [options]", "", "commands:"];
  for (const [name, command] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(12)}${command.summary}`, `      ${(await command.load()).usage}`);
  lines.push("", "exit codes: 0 ok, 1 problems found (invalid, rejected), 2 usage error or unreadable input, 3 internal error");
  return lines.join("\n");
}
async function main(argv, io) {
  const [name, ...args] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.out(await help());
    return name === void 0 ? 2 : 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!entry) {
    io.err(`wacrg: unknown command "${name.length <= 20 ? name : `${name.slice(0, 20)}…`}"

${await help()}`);
    return 2;
  }
  const command = await entry.load();
  if (args.includes("--help") || args.includes("-h")) {
    io.out(`usage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`wacrg ${name}: ${error.message}
usage: ${command.usage}`);
      return 2;
    }
    const code = error?.code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) {
      io.err(`wacrg ${name}: cannot read input (${code}): ${error.message}`);
      return 2;
    }
    io.err(`wacrg ${name}: internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.WACRG_DEBUG) io.err(error instanceof Error ? error.stack ?? "" : "");
    return 3;
  }
}
export {
  main
};
