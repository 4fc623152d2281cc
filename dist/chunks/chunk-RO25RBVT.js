import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  readStanza
} from "./chunk-2PBHGHH2.js";
import {
  JID_SERVERS,
  isDocumentationDomain,
  isDocumentationIp,
  isFictionalPhone,
  isJidServer,
  isPlaceholder,
  isPlaceholderJid,
  isSafeConstantJid,
  parseIpv4,
  parseIpv6
} from "./chunk-UQKQI5BD.js";
import {
  TECHNIQUES,
  factsOf,
  isTechnique
} from "./chunk-WSMQ7LAA.js";
import {
  at,
  lineColumn,
  lineStarts,
  loadRepo,
  problemAt,
  quoted
} from "./chunk-WRXY5VL3.js";
import {
  baseId,
  partFolder
} from "./chunk-3BJLQZK2.js";

// src/spec/validate.ts
function validateRepo(files, checkCapture2, options = {}) {
  const { repo, problems, warnings } = loadRepo(files, options);
  const cross = crossFileChecks(repo, options.warnings ?? true);
  problems.push(...cross.problems);
  warnings.push(...cross.warnings);
  if (checkCapture2) for (const capture of repo.captures) problems.push(...checkCapture2(capture));
  return { repo, problems: sortProblems(problems), warnings: sortProblems(warnings) };
}
function warn(sink, loaded, path, message) {
  if (sink) sink.push(problemAt(loaded, path, message));
}
function crossFileChecks(repo, withWarnings = true) {
  const warnings = [];
  const sink = withWarnings ? warnings : null;
  const problems = [
    ...idProblems(repo),
    ...techniqueFileProblems(repo),
    ...enumRefProblems(repo),
    ...flowProblems(repo),
    ...corroborationProblems(repo),
    ...provenanceProblems(repo, sink),
    ...contributorProblems(repo, sink),
    ...flavorProblems(repo),
    ...partProblems(repo),
    ...captureProblems(repo, sink)
  ];
  return { problems, warnings };
}
function idProblems(repo) {
  const problems = [];
  const kinds = [
    ["stanza", repo.stanzas],
    ["flow", repo.flows],
    ["enum", repo.enums],
    ["technique", repo.techniques],
    ["capture", repo.captures],
    ["contributor", repo.contributors],
    ["flavor", repo.flavors],
    ["spec part", repo.parts]
  ];
  for (const [kind, records] of kinds) {
    const seen = /* @__PURE__ */ new Map();
    for (const loaded of records) {
      const { id } = loaded.record;
      if (id !== baseId(loaded.file)) {
        problems.push(problemAt(loaded, ["id"], `id ${quoted(id)} must equal the file name "${baseId(loaded.file)}"`));
        continue;
      }
      const first = seen.get(id);
      if (first !== void 0) problems.push(problemAt(loaded, ["id"], `duplicate ${kind} id ${quoted(id)}: also used by ${first}`));
      else seen.set(id, loaded.file);
    }
  }
  return problems;
}
function techniqueFileProblems(repo) {
  const present = idsOf(repo, "technique", repo.techniques);
  return TECHNIQUES.filter((t) => !present.has(t)).map(
    (t) => at(`spec/techniques/${t}.yaml`, 1, 1, "", `technique "${t}" has no file: expected spec/techniques/${t}.yaml`)
  );
}
function enumRefProblems(repo) {
  const enums = idsOf(repo, "enum", repo.enums);
  const problems = [];
  for (const loaded of repo.stanzas) {
    for (const fact of factsOf(loaded.record)) {
      const ref = /^enum:(.+)$/.exec(fact.type ?? "")?.[1];
      if (ref !== void 0 && !enums.has(ref)) {
        problems.push(problemAt(loaded, [...fact.recordPath, "type"], `"enum:${ref}" names no enum: expected a file spec/enums/${ref}.yaml`));
      }
    }
  }
  return problems;
}
function flowProblems(repo) {
  const stanzas = idsOf(repo, "stanza", repo.stanzas);
  const problems = [];
  for (const loaded of repo.flows) {
    const participants = new Set(loaded.record.participants.map((p) => p.id));
    const list = [...participants].map(quoted).join(", ");
    loaded.record.steps.forEach((step, i) => {
      for (const end of ["from", "to"]) {
        if (!participants.has(step[end])) {
          problems.push(problemAt(loaded, ["steps", i, end], `${quoted(step[end])} is not a participant of this flow: expected one of ${list}`));
        }
      }
      if (step.stanza !== void 0 && !stanzas.has(step.stanza)) {
        problems.push(problemAt(loaded, ["steps", i, "stanza"], `${quoted(step.stanza)} names no stanza: expected a file spec/stanzas/${fileName(step.stanza)}`));
      }
    });
  }
  return problems;
}
function corroborationProblems(repo) {
  const problems = [];
  for (const loaded of repo.stanzas) {
    for (const fact of factsOf(loaded.record)) {
      if (fact.confidence !== "confirmed" || fact.techniques.length >= 2) continue;
      const named = fact.techniques.length === 0 ? "names none" : `names one (${fact.techniques.join(", ")})`;
      problems.push(problemAt(loaded, [...fact.recordPath, "confidence"], `"confirmed" needs two techniques, provenance ${named}`));
    }
  }
  return problems;
}
function resolvers(repo) {
  const flavorIds = idsOf(repo, "flavor", repo.flavors);
  const contributorIds = idsOf(repo, "contributor", repo.contributors);
  return {
    tool: { ids: new Set(repo.tools), populated: repo.tools.length > 0, folder: "spec/tools", noun: "tool" },
    flavor: { ids: flavorIds, populated: flavorIds.size > 0, folder: "spec/flavors", noun: "flavor" },
    contributor: { ids: contributorIds, populated: contributorIds.size > 0, folder: "spec/contributors", noun: "contributor" }
  };
}
function resolveList(loaded, path, values, resolver, problems, warnings) {
  (values ?? []).forEach((value, i) => {
    if (resolver.ids.has(value)) return;
    const where = [...path, i];
    if (resolver.populated) {
      problems.push(problemAt(loaded, where, `${quoted(value)} names no ${resolver.noun}: expected a file ${resolver.folder}/${fileName(value)}`));
    } else {
      warn(warnings, loaded, where, `${quoted(value)} names no ${resolver.noun}: ${resolver.folder}/ has no files yet`);
    }
  });
}
function provenanceProblems(repo, warnings) {
  const problems = [];
  const r = resolvers(repo);
  for (const loaded of repo.stanzas) {
    for (const fact of factsOf(loaded.record)) {
      const p = fact.provenance;
      if (!p) continue;
      const base = [...fact.recordPath, "provenance"];
      resolveList(loaded, [...base, "tools"], p.tools, r.tool, problems, warnings);
      resolveList(loaded, [...base, "flavors"], p.flavors, r.flavor, problems, warnings);
      resolveList(loaded, [...base, "contributors"], p.contributors, r.contributor, problems, warnings);
    }
  }
  return problems;
}
function contributorProblems(repo, warnings) {
  const problems = [];
  const r = resolvers(repo);
  for (const loaded of repo.contributors) {
    const { techniques, tools, flavors } = loaded.record;
    (techniques ?? []).forEach((t, i) => {
      if (!isTechnique(t)) problems.push(problemAt(loaded, ["techniques", i], `${quoted(t)} is not a technique: expected one of ${TECHNIQUES.join(", ")}`));
    });
    resolveList(loaded, ["tools"], tools, r.tool, problems, warnings);
    resolveList(loaded, ["flavors"], flavors, r.flavor, problems, warnings);
  }
  return problems;
}
function flavorProblems(repo) {
  const problems = [];
  const flavors = idsOf(repo, "flavor", repo.flavors);
  const contributors = idsOf(repo, "contributor", repo.contributors);
  for (const loaded of repo.flavors) {
    const { id, basis, maintainer, derives_from: derives } = loaded.record;
    (basis ?? []).forEach((t, i) => {
      if (!isTechnique(t)) problems.push(problemAt(loaded, ["basis", i], `${quoted(t)} is not a technique: expected one of ${TECHNIQUES.join(", ")}`));
    });
    if (maintainer !== void 0 && !contributors.has(maintainer)) {
      problems.push(problemAt(loaded, ["maintainer"], `${quoted(maintainer)} names no contributor: expected a file spec/contributors/${fileName(maintainer)}`));
    }
    (derives ?? []).forEach((other, i) => {
      if (other === id) problems.push(problemAt(loaded, ["derives_from", i], "a flavor cannot derive from itself"));
      else if (!flavors.has(other)) problems.push(problemAt(loaded, ["derives_from", i], `${quoted(other)} names no flavor: expected a file spec/flavors/${fileName(other)}`));
    });
  }
  return problems;
}
function partProblems(repo) {
  const problems = [];
  const parts = /* @__PURE__ */ new Map();
  for (const l of repo.parts) parts.set(l.record.id, l.record.category).set(baseId(l.file), partFolder(l.file));
  for (const r of repo.rejected) if (r.kind === "part") parts.set(r.id, partFolder(r.file)).set(baseId(r.file), partFolder(r.file));
  const flavors = idsOf(repo, "flavor", repo.flavors);
  const contributors = idsOf(repo, "contributor", repo.contributors);
  const codes = /* @__PURE__ */ new Map();
  for (const loaded of repo.parts) {
    const part = loaded.record;
    const folder = partFolder(loaded.file);
    if (part.category !== folder) problems.push(problemAt(loaded, ["category"], `category "${part.category}" must equal the folder "${folder}"`));
    const first = codes.get(part.code);
    if (first !== void 0) problems.push(problemAt(loaded, ["code"], `duplicate annotation code ${quoted(part.code)}: also used by ${first}`));
    else codes.set(part.code, loaded.file);
    (part.requires ?? []).forEach((id, i) => {
      if (!parts.has(id)) problems.push(problemAt(loaded, ["requires", i], `${quoted(id)} names no spec part: expected a file spec/<category>/${fileName(id)}`));
    });
    if (part.parent !== void 0) {
      const parentFolder = parts.get(part.parent);
      if (part.parent === part.id) problems.push(problemAt(loaded, ["parent"], "a spec part cannot be its own parent"));
      else if (parentFolder === void 0) problems.push(problemAt(loaded, ["parent"], `${quoted(part.parent)} names no spec part: expected a file spec/${folder}/${fileName(part.parent)}`));
      else if (parentFolder !== folder) problems.push(problemAt(loaded, ["parent"], `${quoted(part.parent)} is in category "${parentFolder}": a parent must be in the same category ("${folder}")`));
    }
    (part.contributors ?? []).forEach((c, i) => {
      if (!contributors.has(c.contributor)) problems.push(problemAt(loaded, ["contributors", i, "contributor"], `${quoted(c.contributor)} names no contributor: expected a file spec/contributors/${fileName(c.contributor)}`));
    });
    (part.implementations ?? []).forEach((impl, i) => {
      if (!flavors.has(impl.flavor)) problems.push(problemAt(loaded, ["implementations", i, "flavor"], `${quoted(impl.flavor)} names no flavor: expected a file spec/flavors/${fileName(impl.flavor)}`));
    });
  }
  return problems;
}
function captureProblems(repo, warnings) {
  const r = resolvers(repo);
  for (const loaded of repo.captures) {
    const { contributor, captured_at: capturedAt, tools } = loaded.record.source;
    if (contributor === "") warn(warnings, loaded, ["source", "contributor"], "empty: expected the GitHub login of the person who captured it");
    else if (contributor !== void 0 && r.contributor.populated && !r.contributor.ids.has(contributor)) {
      warn(warnings, loaded, ["source", "contributor"], `${quoted(contributor)} names no contributor: no file spec/contributors/${fileName(contributor)}`);
    }
    if (capturedAt === "") warn(warnings, loaded, ["source", "captured_at"], "empty: expected an ISO 8601 date (YYYY-MM-DD)");
    else if (capturedAt !== void 0 && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}/.test(capturedAt)) {
      warn(warnings, loaded, ["source", "captured_at"], `${quoted(capturedAt)} is not an ISO 8601 date: expected YYYY-MM-DD`);
    }
    if (r.tool.populated) {
      (tools ?? []).forEach((tool, i) => {
        if (!r.tool.ids.has(tool)) warn(warnings, loaded, ["source", "tools", i], `${quoted(tool)} names no tool: no file spec/tools/${fileName(tool)}`);
      });
    }
  }
  return [];
}
function idsOf(repo, kind, loaded) {
  const ids = /* @__PURE__ */ new Set();
  for (const l of loaded) ids.add(l.record.id).add(baseId(l.file));
  for (const r of repo.rejected) if (r.kind === kind) ids.add(r.id).add(baseId(r.file));
  return ids;
}
function fileName(id) {
  return quoted(id) === `"${id}"` ? `${id}.yaml` : "<id>.yaml";
}
function sortProblems(problems) {
  return [...problems].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);
}
function formatProblem(problem) {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  return problem.path === "" ? `${where} ${problem.message}` : `${where} ${problem.path}: ${problem.message}`;
}

// src/sanitize/rules.ts
var JID_FIX = "replace the user part with a placeholder such as A@s.whatsapp.net";
var RULE_LIST = [
  { id: "phone-jid", family: "jids", severity: "block", message: `a phone-number JID: ${JID_FIX}` },
  { id: "device-jid", family: "jids", severity: "block", message: `a device or agent JID (phone number with a device/agent suffix): ${JID_FIX} or Caller:2@s.whatsapp.net` },
  { id: "lid-jid", family: "jids", severity: "block", message: "a LID JID (a stable per-account pseudonym): replace the user part with a placeholder such as B@lid" },
  { id: "group-jid", family: "jids", severity: "block", message: "a group JID (older group ids embed the creator's phone number): replace the user part with a placeholder such as G@g.us" },
  { id: "other-jid", family: "jids", severity: "block", message: `a JID whose user part is not a placeholder: ${JID_FIX}` },
  { id: "jid-attr", family: "jids", severity: "block", message: "a JID attribute whose value is not a placeholder JID: use a placeholder such as A@s.whatsapp.net or a public constant such as s.whatsapp.net" },
  { id: "phone-number", family: "phones", severity: "block", message: "a phone number: remove it or use a fictional number in the 555-0100\u2026555-0199 range" },
  { id: "email", family: "personal", severity: "block", message: "an e-mail address: remove it or use an address at example.com" },
  { id: "ipv4", family: "network", severity: "block", message: "an IPv4 address: replace it with a documentation address such as 192.0.2.1" },
  { id: "ipv4-private", family: "network", severity: "warn", message: "a private-network, link-local or shared IPv4 address: it reveals little, but replace it with a documentation address such as 192.0.2.1" },
  { id: "ipv6", family: "network", severity: "block", message: "an IPv6 address: replace it with a documentation address such as 2001:db8::1" },
  { id: "ipv6-local", family: "network", severity: "warn", message: "a link-local or unique-local IPv6 address: replace it with a documentation address such as 2001:db8::1" },
  { id: "mac", family: "network", severity: "block", message: "a MAC address: remove it or use the documentation range 00-00-5E-00-53-00" },
  { id: "push-name", family: "personal", severity: "block", message: "a push name (notify attribute): replace it with a placeholder such as PUSHNAME" },
  { id: "caller-pn", family: "phones", severity: "block", message: "a caller phone number (caller_pn, it maps the LID to the phone number): replace it with a placeholder JID such as A@s.whatsapp.net" },
  { id: "identifying-attr", family: "personal", severity: "block", message: "an identifying attribute (device, version, relay location or session id): replace its value with a placeholder such as VALUE1" },
  { id: "real-timestamp", family: "phones", severity: "warn", message: "a real timestamp dates a real call: replace it with a placeholder such as TIMESTAMP1" },
  { id: "secret-node-content", family: "keys", severity: "block", message: "content of a secret-bearing node (ciphertext, keys, tokens, identity): replace it with a placeholder such as CIPHERTEXTPLACEHOLDER or ...redacted..." },
  { id: "secret-attr", family: "keys", severity: "block", message: "a secret-bearing attribute (token or key): replace its value with a placeholder such as RELAY_TOKEN_PLACEHOLDER" },
  { id: "relay-address-bytes", family: "network", severity: "block", message: "relay address bytes (te/te2 content of 6 or 18 bytes encodes an IP address and port): replace the content with a placeholder such as ...redacted..." },
  { id: "bytes-content", family: "keys", severity: "block", message: "binary node content cannot be cleared: replace it with a placeholder such as CIPHERTEXTPLACEHOLDER" },
  { id: "ip-attr", family: "network", severity: "block", message: "an ip attribute that is not a documentation address: use 192.0.2.1, 2001:db8::1 or a placeholder" },
  { id: "key-base64", family: "keys", severity: "block", message: "base64 of a key-sized value (16, 28, 30, 32, 33, 44, 46 or 64 bytes): replace it with a placeholder such as KEYPLACEHOLDER1; rotate the key if it was real" },
  { id: "key-hex", family: "keys", severity: "block", message: "hex of a key-sized value (16, 28, 30, 32, 33, 44, 46 or 64 bytes): replace it with a placeholder such as KEYPLACEHOLDER1; rotate the key if it was real" },
  { id: "double-base64", family: "keys", severity: "block", message: "base64 of base64 (how hbh_key and similar keys are sometimes carried): replace it with a placeholder such as KEYPLACEHOLDER1" },
  { id: "signal-message", family: "keys", severity: "block", message: "a Signal message (version byte 0x33): replace it with a placeholder such as CIPHERTEXTPLACEHOLDER" },
  { id: "encoded-blob", family: "keys", severity: "block", message: "a long hex or base64 blob: binary data cannot be cleared by text rules; remove it or replace it with a placeholder" },
  { id: "hex-dump", family: "keys", severity: "block", message: "a hex dump: binary data cannot be cleared by text rules (phone digits are nibble-packed inside); remove it or replace it with a placeholder" },
  { id: "high-entropy-token", family: "keys", severity: "warn", message: "a random-looking token that matches no known key size: if it is a key, token or id from a real capture, replace it with a placeholder" },
  { id: "pem-private-key", family: "keys", severity: "block", message: "a PEM private-key block: remove it and rotate the key" },
  { id: "jwt", family: "keys", severity: "block", message: "a JSON Web Token: remove it and revoke the token" },
  { id: "github-token", family: "keys", severity: "block", message: "a GitHub token: remove it and revoke the token" },
  { id: "cloud-key", family: "keys", severity: "block", message: "a cloud or service API key: remove it and revoke the key" },
  { id: "format-character", family: "invisible", severity: "warn", message: "invisible format characters (bidirectional controls reorder how text displays; zero-width, soft-hyphen and tag characters hide inside values) are not kept: the record is written without them; check that the value still reads as intended" },
  { id: "binary-undecodable", family: "keys", severity: "block", message: "a binary stanza that does not decode to a readable tree: it cannot be checked; paste the decoded stanza (XML or JSON) with placeholders instead" }
];
var RULES = Object.fromEntries(
  RULE_LIST.map((r) => [r.id, r])
);
var RULE_IDS = RULE_LIST.map((r) => r.id);

// src/sanitize/normalize.ts
function isStrippedInvisible(cp) {
  return cp >= 173 && (cp === 847 || classify(cp) === FORMAT_CP);
}
function isFormatCodePoint(cp) {
  return cp >= 173 && classify(cp) === FORMAT_CP;
}
var UNKNOWN_CP = 0;
var OTHER_CP = 1;
var FORMAT_CP = 2;
var DIGIT_CP = 3;
var BMP_CLASS = new Uint8Array(65536);
var ASTRAL_CLASS = /* @__PURE__ */ new Map();
var IS_FORMAT = new RegExp("^\\p{Cf}$", "u");
var IS_DIGIT = new RegExp("^\\p{Nd}$", "u");
function classify(cp) {
  let k = cp < 65536 ? BMP_CLASS[cp] ?? UNKNOWN_CP : ASTRAL_CLASS.get(cp) ?? UNKNOWN_CP;
  if (k !== UNKNOWN_CP) return k;
  const ch = String.fromCodePoint(cp);
  if (IS_FORMAT.test(ch)) k = FORMAT_CP;
  else if (IS_DIGIT.test(ch)) {
    let start = cp;
    while (start > 0 && IS_DIGIT.test(String.fromCodePoint(start - 1))) start--;
    k = DIGIT_CP + (cp - start) % 10;
  } else k = OTHER_CP;
  if (cp < 65536) BMP_CLASS[cp] = k;
  else ASTRAL_CLASS.set(cp, k);
  return k;
}
function digitValue(cp) {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 1632) return -1;
  const k = classify(cp);
  return k >= DIGIT_CP ? k - DIGIT_CP : -1;
}
var CHAR_CACHE = /* @__PURE__ */ new Map();
function normalizedChar(ch) {
  let norm = CHAR_CACHE.get(ch);
  if (norm === void 0) {
    norm = asciiDigits(ch.normalize("NFKC"));
    if (CHAR_CACHE.size < 65536) CHAR_CACHE.set(ch, norm);
  }
  return norm;
}
function asciiDigits(text) {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const size = cp > 65535 ? 2 : 1;
    if (cp >= 1632) {
      const v = digitValue(cp);
      if (v >= 0) {
        out += text.slice(from, i) + String.fromCharCode(48 + v);
        from = i + size;
      }
    }
    i += size;
  }
  return from === 0 ? text : out + text.slice(from);
}
var COMBINING = new RegExp("^\\p{M}$", "u");
var NON_ASCII = /[^\x00-\x7f]/;
var NEXT_NON_ASCII = /[^\x00-\x7f]/g;
function nextNonAscii(text, from, known, cursor) {
  if (known) {
    while (cursor.at < known.length && (known[cursor.at] ?? 0) <= from) cursor.at++;
    return known[cursor.at] ?? text.length;
  }
  NEXT_NON_ASCII.lastIndex = from + 1;
  const found = NEXT_NON_ASCII.exec(text);
  return found ? found.index : text.length;
}
var OffsetMap = class {
  at = [];
  shift = [];
  fixed = [];
  /** Units from normalised offset `norm` on map to `norm + (orig - norm)`, i.e. identity from `orig`. */
  identityFrom(norm, orig) {
    const k = this.at.length - 1;
    const shift = orig - norm;
    if (k >= 0 && this.fixed[k] === -1 && this.shift[k] === shift) return;
    if (k < 0 && shift === 0) return;
    this.push(norm, shift, -1);
  }
  /** Units from normalised offset `norm` on all map to `orig`. */
  fixedFrom(norm, orig) {
    this.push(norm, 0, orig);
  }
  push(norm, shift, fixed) {
    const k = this.at.length - 1;
    if (k >= 0 && this.at[k] === norm) {
      this.shift[k] = shift;
      this.fixed[k] = fixed;
      return;
    }
    this.at.push(norm);
    this.shift.push(shift);
    this.fixed.push(fixed);
  }
  lookup(i) {
    let lo = 0;
    let hi = this.at.length - 1;
    if (hi < 0 || i < (this.at[0] ?? 0)) return i;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((this.at[mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    const fixed = this.fixed[lo] ?? -1;
    return fixed >= 0 ? fixed : i + (this.shift[lo] ?? 0);
  }
};
var NormalizedText = class {
  text;
  /** Length of the original text (`map[text.length]`). */
  total;
  /** Undefined: every offset maps to itself. */
  offsets;
  built;
  constructor(text, total, offsets) {
    this.text = text;
    this.total = total;
    this.offsets = offsets;
  }
  get map() {
    if (!this.built) {
      const built = new Int32Array(this.text.length + 1);
      for (let k = 0; k < this.text.length; k++) built[k] = this.origin(k);
      built[this.text.length] = this.total;
      this.built = built;
    }
    return this.built;
  }
  origin(i) {
    if (i >= this.text.length) return this.total;
    return this.offsets ? this.offsets.lookup(i) : i;
  }
};
function normalizeForScan(original, nonAscii) {
  if (nonAscii ? nonAscii.length === 0 : !NON_ASCII.test(original)) return new NormalizedText(original, original.length, void 0);
  const cursor = { at: 0 };
  const out = [];
  const offsets = new OffsetMap();
  let length = 0;
  let changed = false;
  let chunk = "";
  let chunkStart = 0;
  const flush = () => {
    if (chunk === "") return;
    const norm = chunk.length === 1 && chunk.charCodeAt(0) < 128 ? chunk : chunk.length <= 2 ? normalizedChar(chunk) : asciiDigits(chunk.normalize("NFKC"));
    if (chunk.length === 1 && norm.length === 1) offsets.identityFrom(length, chunkStart);
    else offsets.fixedFrom(length, chunkStart);
    if (norm !== chunk) changed = true;
    out.push(norm);
    length += norm.length;
    chunk = "";
  };
  let i = 0;
  while (i < original.length) {
    if (original.charCodeAt(i) < 128) {
      const end = nextNonAscii(original, i, nonAscii, cursor);
      if (end - 1 > i) {
        flush();
        offsets.identityFrom(length, i);
        out.push(original.slice(i, end - 1));
        length += end - 1 - i;
        i = end - 1;
      }
    }
    const cp = original.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (isStrippedInvisible(cp)) {
      changed = true;
      i += ch.length;
      continue;
    }
    if (chunk !== "" && cp >= 768 && chunk.length < 64 && COMBINING.test(ch)) {
      chunk += ch;
      i += ch.length;
      continue;
    }
    flush();
    chunk = ch;
    chunkStart = i;
    i += ch.length;
  }
  flush();
  const text = changed ? out.join("") : original;
  return new NormalizedText(text, original.length, offsets);
}

// src/sanitize/format.ts
var FORMAT_GLOBAL = new RegExp("\\p{Cf}", "gu");
var DIGIT = new RegExp("\\p{Nd}", "u");
function isBidiControl(cp) {
  return cp === 8206 || cp === 8207 || cp === 1564 || cp >= 8234 && cp <= 8238 || cp >= 8294 && cp <= 8297;
}
function isFormatCharacter(cp) {
  return isFormatCodePoint(cp);
}
function keptJoiner(text, at2, cp) {
  if (cp !== 8204 && cp !== 8205) return false;
  const before = text.codePointAt(at2 - 1 >= 0 && /[\udc00-\udfff]/.test(text.charAt(at2 - 1)) ? at2 - 2 : at2 - 1);
  const after = text.codePointAt(at2 + 1);
  const joins = (c) => c !== void 0 && c >= 128 && !DIGIT.test(String.fromCodePoint(c)) && !isFormatCharacter(c);
  return joins(before) && joins(after);
}
function removed(text) {
  const out = [];
  FORMAT_GLOBAL.lastIndex = 0;
  for (let m = FORMAT_GLOBAL.exec(text); m; m = FORMAT_GLOBAL.exec(text)) {
    const cp = m[0].codePointAt(0) ?? 0;
    if (cp < 173 || keptJoiner(text, m.index, cp)) continue;
    out.push({ at: m.index, cp, size: m[0].length });
  }
  return out;
}
function stripFormatCharacters(text) {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  const cut = removed(text);
  if (cut.length === 0) return text;
  let out = "";
  let from = 0;
  for (const c of cut) {
    out += text.slice(from, c.at);
    from = c.at + c.size;
  }
  return out + text.slice(from);
}
var MAX_RUNS = 16;
function formatFindings(field, text) {
  if (!/[^\x00-\x7f]/.test(text)) return [];
  let starts;
  const findings = [];
  const base = RULES["format-character"].message;
  const colon = base.indexOf(":");
  const report = (at2, count2, bidi2, more) => {
    starts ??= lineStarts(text);
    const { line, column } = lineColumn(starts, at2);
    const detail = more ? ` (${count2} more from here on${bidi2 ? ", bidirectional controls among them" : ""})` : ` (here ${count2 === 1 ? "one" : String(count2)}${bidi2 ? ", bidirectional controls among them" : ""})`;
    findings.push({ rule: "format-character", severity: "warn", field, line, column, encoding: "text", length: count2, message: base.slice(0, colon) + detail + base.slice(colon) });
  };
  let runAt = -1;
  let runEnd = -1;
  let count = 0;
  let bidi = false;
  let runs = 0;
  let summing = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 173) continue;
    const cp = text.codePointAt(i) ?? 0;
    const size = cp > 65535 ? 2 : 1;
    if (!isFormatCodePoint(cp) || keptJoiner(text, i, cp)) {
      i += size - 1;
      continue;
    }
    if (runAt >= 0 && (i === runEnd || summing)) {
      count++;
      bidi ||= isBidiControl(cp);
      runEnd = i + size;
    } else {
      if (runAt >= 0) report(runAt, count, bidi, false);
      runs++;
      summing = runs > MAX_RUNS;
      runAt = i;
      runEnd = i + size;
      count = 1;
      bidi = isBidiControl(cp);
    }
    i += size - 1;
  }
  if (runAt >= 0) report(runAt, count, bidi, summing);
  return findings;
}

// src/sanitize/decode.ts
var LAYER_BITS = { percent: 1, "json-escape": 2, "html-entity": 4 };
var LAYERS = ["percent", "json-escape", "html-entity"];
var MAX_PASSES = 3;
var ENCODED = /%[0-9A-Fa-f]{2}|\\[\\"/bfnrtu]|&#[0-9xX]|&[A-Za-z]{2,8};/;
var NAMED = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  commat: "@",
  plus: "+",
  period: ".",
  colon: ":",
  sol: "/",
  bsol: "\\",
  lowbar: "_",
  hyphen: "-",
  dash: "-",
  minus: "-",
  num: "#",
  percnt: "%",
  equals: "=",
  lpar: "(",
  rpar: ")",
  comma: ",",
  semi: ";",
  excl: "!",
  quest: "?",
  ast: "*",
  dollar: "$",
  verbar: "|"
};
var JSON_SIMPLE = { "\\": "\\", '"': '"', "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function pass(text) {
  const n = text.length;
  const out = [];
  const map = new Int32Array(n + 1);
  const bits = new Uint8Array(n + 1);
  let o = 0;
  let changed = false;
  const emit = (s, from, bit) => {
    out.push(s);
    for (let k = 0; k < s.length; k++) {
      map[o + k] = from;
      bits[o + k] = bit;
    }
    o += s.length;
  };
  let copyFrom = 0;
  const flushPlain = (to) => {
    if (to > copyFrom) {
      out.push(text.slice(copyFrom, to));
      for (let k = copyFrom; k < to; k++) map[o++] = k;
    }
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 37 && hexValue(text.charCodeAt(i + 1)) >= 0 && hexValue(text.charCodeAt(i + 2)) >= 0) {
      flushPlain(i);
      const bytes = [];
      const at2 = [];
      let j = i;
      while (j + 2 < n && text.charCodeAt(j) === 37) {
        const hi = hexValue(text.charCodeAt(j + 1));
        const lo = hexValue(text.charCodeAt(j + 2));
        if (hi < 0 || lo < 0) break;
        bytes.push(hi * 16 + lo);
        at2.push(j);
        j += 3;
      }
      if (bytes.every((b) => b < 128)) {
        bytes.forEach((b, k) => emit(String.fromCharCode(b), at2[k] ?? i, LAYER_BITS.percent));
      } else {
        let s;
        try {
          s = UTF8.decode(new Uint8Array(bytes));
        } catch {
          s = void 0;
        }
        if (s !== void 0) emit(s, i, LAYER_BITS.percent);
        else bytes.forEach((b, k) => emit(String.fromCharCode(b), at2[k] ?? i, LAYER_BITS.percent));
      }
      changed = true;
      i = j;
      copyFrom = i;
      continue;
    }
    if (c === 92) {
      const next = text.charAt(i + 1);
      const simple = JSON_SIMPLE[next];
      if (simple !== void 0) {
        flushPlain(i);
        emit(simple, i, LAYER_BITS["json-escape"]);
        changed = true;
        i += 2;
        copyFrom = i;
        continue;
      }
      if (next === "u") {
        let v = 0;
        let ok = true;
        for (let k = 2; k < 6 && ok; k++) {
          const h = hexValue(text.charCodeAt(i + k));
          if (h < 0) ok = false;
          else v = v * 16 + h;
        }
        if (ok) {
          flushPlain(i);
          emit(String.fromCharCode(v), i, LAYER_BITS["json-escape"]);
          changed = true;
          i += 6;
          copyFrom = i;
          continue;
        }
      }
    }
    if (c === 38) {
      const ref = /^&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]{2,8}));?/.exec(text.slice(i, i + 12));
      if (ref) {
        let s;
        const named = ref[3];
        if (named !== void 0) {
          if (ref[0].endsWith(";")) s = NAMED[named] ?? NAMED[named.toLowerCase()];
        } else {
          const cp = ref[1] !== void 0 ? Number(ref[1]) : parseInt(ref[2] ?? "", 16);
          if (cp > 0 && cp <= 1114111 && !(cp >= 55296 && cp <= 57343)) s = String.fromCodePoint(cp);
        }
        if (s !== void 0) {
          flushPlain(i);
          emit(s, i, LAYER_BITS["html-entity"]);
          changed = true;
          i += ref[0].length;
          copyFrom = i;
          continue;
        }
      }
    }
    i++;
  }
  if (!changed) return void 0;
  flushPlain(n);
  map[o] = n;
  return { text: out.join(""), map: map.subarray(0, o + 1), bits: bits.subarray(0, o + 1) };
}
function decodeLayers(raw) {
  if (!ENCODED.test(raw)) return void 0;
  let text = raw;
  let map;
  let bits;
  for (let p = 0; p < MAX_PASSES; p++) {
    const step = pass(text);
    if (!step) break;
    if (!map || !bits) {
      map = step.map;
      bits = step.bits;
    } else {
      const composedMap = new Int32Array(step.map.length);
      const composedBits = new Uint8Array(step.map.length);
      for (let k = 0; k < step.map.length; k++) {
        const prev = step.map[k] ?? 0;
        composedMap[k] = map[prev] ?? raw.length;
        composedBits[k] = (step.bits[k] ?? 0) | (bits[prev] ?? 0);
      }
      map = composedMap;
      bits = composedBits;
    }
    text = step.text;
    if (!ENCODED.test(text)) break;
  }
  if (!map || !bits) return void 0;
  const finalMap = map;
  const finalBits = bits;
  return {
    text,
    origin: (i) => i >= text.length ? raw.length : finalMap[i] ?? raw.length,
    layersIn: (start, end) => {
      let b = 0;
      for (let k = Math.max(0, start); k < Math.min(end, text.length); k++) b |= finalBits[k] ?? 0;
      return LAYERS.filter((l) => (b & LAYER_BITS[l]) !== 0);
    }
  };
}

// src/sanitize/bytes.ts
var KEY_SIZES = /* @__PURE__ */ new Set([16, 28, 30, 32, 33, 44, 46, 64]);
var B64_STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var B64_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < B64_STD.length; i++) B64_VALUE[B64_STD.charCodeAt(i)] = i;
B64_VALUE["-".charCodeAt(0)] = 62;
B64_VALUE["_".charCodeAt(0)] = 63;
function decodeBase64(token) {
  const padded = token.length;
  const body = token.replace(/=+$/, "");
  if (padded - body.length > 2 || padded !== body.length && padded % 4 !== 0) return void 0;
  if (body.length % 4 === 1 || body.length === 0) return void 0;
  const std = /[+/]/.test(body);
  const url = /[-_]/.test(body);
  if (std && url) return void 0;
  const out = new Uint8Array(Math.floor(body.length * 3 / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const v = c < 128 ? B64_VALUE[c] ?? -1 : -1;
    if (v < 0) return void 0;
    acc = (acc << 6 | v) & 16777215;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = acc >> bits & 255;
    }
  }
  return out;
}
function decodeHex(text) {
  const hex = text.replace(/\s+/g, "");
  if (hex.length === 0 || hex.length % 2 !== 0 || !/^[0-9A-Fa-f]+$/.test(hex)) return void 0;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
function decodeEncodedText(text) {
  const compact = text.replace(/\s+/g, "");
  if (compact.length === 0) return void 0;
  const hex = /^[0-9A-Fa-f]+$/.test(compact) && compact.length % 2 === 0 ? decodeHex(compact) : void 0;
  if (hex) return { bytes: hex, encoding: "hex" };
  const b64 = decodeBase64(compact);
  if (b64) return { bytes: b64, encoding: "base64" };
  return void 0;
}
function transitions(token) {
  const cls = (c) => c >= 65 && c <= 90 ? 0 : c >= 97 && c <= 122 ? 1 : c >= 48 && c <= 57 ? 2 : 3;
  const n = Math.min(token.length, 512);
  let changes = 0;
  for (let i = 1; i < n; i++) if (cls(token.charCodeAt(i)) !== cls(token.charCodeAt(i - 1))) changes++;
  return n > 1 ? changes / (n - 1) : 0;
}
var SUBWORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;
function isWordLike(token) {
  const body = token.length > 512 ? token.slice(0, 512) : token;
  if (/^[A-Z0-9]+(?:_[A-Z0-9]+)+$/.test(body)) return true;
  let alnum = 0;
  let good = 0;
  let words = 0;
  let letters = 0;
  let vowels = 0;
  let singles = 0;
  const maxBad = 0.2 * body.length;
  SUBWORD.lastIndex = 0;
  for (let m = SUBWORD.exec(body); m; m = SUBWORD.exec(body)) {
    const w = m[0];
    const len = w.length;
    words++;
    alnum += len;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      if (len <= 5) good += len;
    } else {
      letters += len;
      let v = 0;
      let upper = true;
      for (let k = 0; k < len; k++) {
        const u = w.charCodeAt(k);
        if (IS_VOWEL[u]) v++;
        if (u >= 97) upper = false;
      }
      vowels += v;
      if (len === 1) singles++;
      if (len >= 3) {
        if (upper ? len <= 5 : len < 5 || v > 0) good += len;
      } else if (len === 2) {
        good += 2;
      }
    }
    if (alnum - good > maxBad || singles > 1) return false;
  }
  return alnum > 0 && good >= 0.8 * alnum && alnum >= 3 * words && vowels >= 0.3 * letters;
}
var IS_VOWEL = new Uint8Array(128);
for (const ch of "aeiouyAEIOUY") IS_VOWEL[ch.charCodeAt(0)] = 1;
function hasDistinct(body, n) {
  const seen = new Uint8Array(128);
  let count = 0;
  const end = Math.min(body.length, 512);
  for (let i = 0; i < end && count < n; i++) {
    const c = body.charCodeAt(i);
    if (c >= 128) count++;
    else if (!seen[c]) {
      seen[c] = 1;
      count++;
    }
  }
  return count >= n;
}
function looksRandom(token) {
  const body = token.replace(/=+$/, "");
  if (body.length < 16) return false;
  if (!hasDistinct(body, 8)) return false;
  if (body.length !== token.length && token.length % 4 === 0) return true;
  if (isWordLike(body)) return false;
  const t = transitions(body);
  return /^[A-Za-z]+$/.test(body) ? t >= 0.45 : t >= 0.25;
}
function isSignalPrefix(bytes) {
  return bytes.length >= 16 && bytes[0] === 51 && (bytes[1] === 8 || bytes[1] === 10);
}
function classifyBytes(bytes) {
  const kind = { signal: isSignalPrefix(bytes) };
  if (bytes.length >= 16 && bytes.length <= 8192) {
    let ascii = true;
    for (const b of bytes) {
      if (b >= 128 || (B64_VALUE[b] ?? -1) < 0) {
        if (b !== 61) {
          ascii = false;
          break;
        }
      }
    }
    if (ascii) {
      const innerText = String.fromCharCode(...bytes);
      const inner = decodeBase64(innerText);
      if (inner && (KEY_SIZES.has(inner.length) || looksRandom(innerText))) kind.inner = inner;
    }
  }
  return kind;
}
function hasPackedPhoneDigits(bytes) {
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 255) continue;
    const lenByte = bytes[i + 1] ?? 0;
    const n = lenByte & 127;
    const odd = (lenByte & 128) !== 0;
    if (n < 4 || n > 8 || i + 2 + n > bytes.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const b = bytes[i + 2 + k] ?? 0;
      const hi = b >> 4;
      const lo = b & 15;
      const last = k === n - 1;
      ok = hi <= 9 && (lo <= 9 || last && odd && lo === 15);
    }
    const digits = 2 * n - (odd ? 1 : 0);
    if (ok && digits >= 7 && digits <= 15) return true;
  }
  let run = 0;
  for (const b of bytes) {
    run = b >= 48 && b <= 57 ? run + 1 : 0;
    if (run >= 10) return true;
  }
  return false;
}

// src/sanitize/detectors/shared.ts
var MAX_TOKEN = 8192;
function hit(start, end, rule, rank, extra = {}) {
  const h = { start, end, rule, severity: extra.severity ?? RULES[rule].severity, rank };
  if (extra.encoding !== void 0) h.encoding = extra.encoding;
  if (extra.length !== void 0) h.length = extra.length;
  if (extra.detail !== void 0) h.detail = extra.detail;
  return h;
}
var C_HEX = 1;
var C_WORD = 2;
var C_B64 = 4;
var C_USER = 8;
var C_DOMAIN = 16;
var C_DIGIT = 32;
var C_WRAP = 64;
var C_SPACE = 128;
var C_PHONE_START = 256;
var C_CLOUD_START = 512;
var C_EQUALS = 1024;
var NB_CLOUD = 4096;
var NB_DUMP = 8192;
var NB_PHONE = 2048;
var NB_MAC = 16384;
var NB_IPV4 = 32768;
var C_LETTER = 65536;
var CLASS = new Uint32Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const sets = [
    [C_HEX, /[0-9A-Fa-f]/],
    [C_WORD, /[A-Za-z0-9_]/],
    [C_B64, /[A-Za-z0-9+/_-]/],
    [C_USER, /[A-Za-z0-9._%+:-]/],
    [C_DOMAIN, /[A-Za-z0-9.-]/],
    [C_DIGIT, /[0-9]/],
    [C_WRAP, /[A-Za-z0-9+/=]/],
    [C_SPACE, /[\t\n\v\f\r ]/],
    [C_PHONE_START, /[0-9+(]/],
    [C_CLOUD_START, /[Axsr]/],
    [C_EQUALS, /=/],
    [NB_PHONE, /[A-Za-z0-9_+.-]/],
    [NB_CLOUD, /[A-Za-z0-9]/],
    [NB_DUMP, /[A-Za-z0-9_:]/],
    [NB_MAC, /[A-Za-z0-9_:.-]/],
    [NB_IPV4, /[A-Za-z0-9_.+]/],
    [C_LETTER, /[A-Za-z]/]
  ];
  let bits = 0;
  for (const [bit, re] of sets) if (re.test(ch)) bits |= bit;
  CLASS[c] = bits;
}
function classOf(c) {
  return c >= 0 && c < 128 ? CLASS[c] ?? 0 : 0;
}
function classAt(text, i) {
  return classOf(text.charCodeAt(i));
}
function sticky(re) {
  return new RegExp(re.source, re.flags.replace("g", "") + "y");
}
function execAt(re, text, at2) {
  re.lastIndex = at2;
  return re.exec(text);
}

// src/sanitize/detectors/keys.ts
var PEM_RE = /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
var JWT_RE = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
var GITHUB_RE = /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{22,255})/g;
var CLOUD_RE = /(?<![A-Za-z0-9])(?:(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}(?![A-Za-z0-9])|AIza[0-9A-Za-z_-]{35}|xox[abprs]-[A-Za-z0-9-]{10,200}|(?:sk|rk)_live_[A-Za-z0-9]{16,200})/g;
var JWT_AT = sticky(JWT_RE);
var GITHUB_AT = sticky(GITHUB_RE);
var CLOUD_AT = sticky(CLOUD_RE);
function pem(text, out) {
  PEM_RE.lastIndex = 0;
  for (let m = PEM_RE.exec(text); m; m = PEM_RE.exec(text)) {
    const endMarker = text.indexOf("-----END", m.index + m[0].length);
    let end = text.length;
    if (endMarker >= 0) {
      const close = text.indexOf("-----", endMarker + 8);
      end = close >= 0 ? close + 5 : text.length;
    }
    out.push(hit(m.index, end, "pem-private-key", 0, { encoding: "text", length: end - m.index }));
    PEM_RE.lastIndex = end;
  }
}
function simpleAt(re, starts, rule, rank, text, out) {
  let resume = 0;
  for (const p of starts) {
    if (p < resume) continue;
    const m = execAt(re, text, p);
    if (!m) continue;
    resume = p + m[0].length;
    out.push(hit(p, resume, rule, rank, { encoding: "text", length: m[0].length }));
  }
}
function occurrences(text, literal) {
  const at2 = [];
  for (let p = text.indexOf(literal); p >= 0; p = text.indexOf(literal, p + 1)) at2.push(p);
  return at2;
}
function githubStarts(text) {
  const at2 = [];
  for (let p = text.indexOf("g"); p >= 0; p = text.indexOf("g", p + 1)) {
    const next = text.charCodeAt(p + 1);
    if (next === 104 || next === 105) at2.push(p);
  }
  return at2;
}
function cloudStarts(text, starts) {
  return starts.filter((p) => {
    const c = text.charCodeAt(p);
    const next = text.charCodeAt(p + 1);
    return c === 65 ? next >= 65 && next <= 90 : c === 120 ? next === 111 : next === 107;
  });
}
var HEX_DUMP_RE = /(?<![A-Za-z0-9_:])(?:(?:[0-9A-Fa-f]{2}){1,4}(?: {1,2}(?:[0-9A-Fa-f]{2}){1,4}){1,}|[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){15,})(?![A-Za-z0-9_:])/g;
var HEX_DUMP_AT = sticky(HEX_DUMP_RE);
function sizeDetail(length) {
  switch (length) {
    case 16:
      return " (16 bytes: the size of a STUN integrity key)";
    case 28:
    case 30:
    case 44:
    case 46:
      return ` (${length} bytes: the size of SRTP key material)`;
    case 32:
      return " (32 bytes: the size of a Curve25519 key or the call key)";
    case 33:
      return " (33 bytes: the size of a Curve25519 public key with its type byte)";
    case 64:
      return " (64 bytes: the size of a signature)";
    default:
      return "";
  }
}
function judgeHex(start, end, hex, encodingLength, out, dump, spaced = false) {
  const bytes = encodingLength;
  const lower = hex.slice(0, 8).toLowerCase();
  if (new Set(hex.slice(0, 512)).size < 6) return;
  if (bytes >= 16 && (lower.startsWith("3308") || lower.startsWith("330a"))) {
    out.push(hit(start, end, "signal-message", 8, { encoding: "hex", length: bytes }));
    return;
  }
  if (KEY_SIZES.has(bytes) && !dump) {
    out.push(hit(start, end, "key-hex", 8, { encoding: "hex", length: bytes, detail: sizeDetail(bytes) }));
    return;
  }
  if (dump || bytes > 64) {
    out.push(hit(start, end, dump || spaced ? "hex-dump" : "encoded-blob", 8, { encoding: "hex", length: bytes }));
    return;
  }
  out.push(hit(start, end, "high-entropy-token", 10, { encoding: "hex", length: bytes }));
}
function judgeBase64(start, end, token, out) {
  if (!looksRandom(token)) return;
  const bytes = decodeBase64(token);
  if (!bytes) {
    out.push(hit(start, end, "high-entropy-token", 10, { encoding: "text", length: token.length }));
    return;
  }
  const kind = classifyBytes(bytes);
  if (kind.signal) {
    out.push(hit(start, end, "signal-message", 8, { encoding: "base64", length: bytes.length }));
    return;
  }
  if (kind.inner) {
    out.push(hit(start, end, "double-base64", 8, { encoding: "base64-base64", length: kind.inner.length, detail: sizeDetail(kind.inner.length) }));
    return;
  }
  if (KEY_SIZES.has(bytes.length)) {
    out.push(hit(start, end, "key-base64", 8, { encoding: "base64", length: bytes.length, detail: sizeDetail(bytes.length) }));
    return;
  }
  if (bytes.length > 64) {
    out.push(hit(start, end, "encoded-blob", 8, { encoding: "base64", length: bytes.length }));
    return;
  }
  if (bytes.length >= 12) out.push(hit(start, end, "high-entropy-token", 10, { encoding: "base64", length: bytes.length }));
}
function tokens(text, runs, out) {
  for (let r = 0; r + 1 < runs.length; r += 2) {
    const start = runs[r] ?? 0;
    let end = runs[r + 1] ?? 0;
    if (text.charCodeAt(end) === 61) end++;
    if (text.charCodeAt(end) === 61) end++;
    const full = text.slice(start, end);
    if (isPlaceholder(full)) continue;
    const token = full.length > MAX_TOKEN ? full.slice(0, MAX_TOKEN) : full;
    const std = /[+/]/.test(token);
    const url = /[_-]/.test(token);
    if (std && url) continue;
    const hexBody = /^0[xX][0-9A-Fa-f]+$/.test(full) ? full.slice(2) : full;
    if (/^[0-9A-Fa-f]+$/.test(hexBody) && hexBody.length >= 32 && hexBody.length % 2 === 0) {
      judgeHex(start, end, hexBody.slice(0, MAX_TOKEN), hexBody.length / 2, out, false);
      continue;
    }
    if (full.length > MAX_TOKEN) {
      if (looksRandom(token)) out.push(hit(start, end, "encoded-blob", 8, { encoding: "base64", length: Math.floor(full.replace(/=+$/, "").length * 3 / 4) }));
      continue;
    }
    judgeBase64(start, end, token, out);
  }
}
var WRAPPED_LINE = /^[A-Za-z0-9+/]{2,200}={0,2}$/;
function wrappedBase64(text, candidates, out) {
  let runStart = -1;
  let runEnd = -1;
  let width = 0;
  let joined = "";
  let lines = 0;
  let open = true;
  const flush = () => {
    if (lines >= 2 && joined.length <= 4 * MAX_TOKEN) judgeBase64(runStart, runEnd, joined, out);
    else if (lines >= 2) out.push(hit(runStart, runEnd, "encoded-blob", 8, { encoding: "base64", length: Math.floor(joined.length * 3 / 4) }));
    runStart = -1;
    joined = "";
    lines = 0;
    open = true;
  };
  let expected = 0;
  for (let c = 0; c + 1 < candidates.length; c += 2) {
    const pos = candidates[c] ?? 0;
    const nl = candidates[c + 1] ?? 0;
    if (pos !== expected) flush();
    expected = nl + 1;
    const raw = text.slice(pos, nl);
    const line = raw.trim();
    const lineStart = pos + (raw.length - raw.trimStart().length);
    if (line.length <= 202 && WRAPPED_LINE.test(line)) {
      if (runStart >= 0 && open && !joined.endsWith("=") && line.length <= width && line.length >= 4) {
        joined += line;
        runEnd = lineStart + line.length;
        lines++;
        if (line.length < width) open = false;
      } else {
        flush();
        if (line.length >= 40) {
          runStart = lineStart;
          runEnd = lineStart + line.length;
          width = line.length;
          joined = line;
          lines = 1;
        }
      }
    } else {
      flush();
    }
  }
  flush();
}
var DUMP_OFFSET = /^[ \t]*[0-9A-Fa-f]{4,8}:?[ \t]{1,3}$/;
function hexDumps(text, starts, out) {
  let dump;
  const flush = () => {
    if (dump && dump.bytes >= 16) judgeHex(dump.start, dump.end, dump.hex, dump.bytes, out, true);
    dump = void 0;
  };
  let resume = 0;
  for (const p of starts) {
    if (p < resume) continue;
    const m = execAt(HEX_DUMP_AT, text, p);
    if (!m) continue;
    resume = p + m[0].length;
    let hex = m[0].replace(/[^0-9A-Fa-f]/g, "");
    const from = Math.max(0, m.index - 16);
    const back = text.slice(from, m.index);
    const nl = back.lastIndexOf("\n");
    const lineStart = nl >= 0 ? from + nl + 1 : from === 0 ? 0 : -1;
    const prefix = lineStart >= 0 ? text.slice(lineStart, m.index) : void 0;
    const inlineOffset = prefix !== void 0 && /^[ \t]*$/.test(prefix) ? /^[0-9A-Fa-f]{8} {1,2}/.exec(m[0]) : null;
    if (inlineOffset) hex = hex.slice(8);
    const isRow = prefix !== void 0 && (inlineOffset !== null || DUMP_OFFSET.test(prefix));
    const bytes = hex.length / 2;
    if (isRow) {
      if (dump && text.slice(dump.end, lineStart).split("\n").length === 2) {
        dump.end = m.index + m[0].length;
        dump.bytes += bytes;
        if (dump.hex.length < 2 * MAX_TOKEN) dump.hex += hex;
      } else {
        flush();
        dump = { start: lineStart, end: m.index + m[0].length, bytes, hex };
      }
      continue;
    }
    flush();
    if (bytes < 16) continue;
    judgeHex(m.index, m.index + m[0].length, hex.slice(0, 2 * MAX_TOKEN), bytes, out, false, true);
  }
  flush();
}
function secrets(text, cand, out) {
  pem(text, out);
  if (text.includes("eyJ")) simpleAt(JWT_AT, occurrences(text, "eyJ"), "jwt", 1, text, out);
  if (text.includes("gh") || text.includes("gi")) simpleAt(GITHUB_AT, githubStarts(text), "github-token", 2, text, out);
  if (cand.cloud.length > 0) simpleAt(CLOUD_AT, cloudStarts(text, cand.cloud), "cloud-key", 3, text, out);
}
function encoded(text, cand, out) {
  hexDumps(text, cand.hexDumps, out);
  tokens(text, cand.tokens, out);
  wrappedBase64(text, cand.lines, out);
  cEscapedHex(text, out);
  groupedBase64(text, out);
}
var GROUPED_BASE64_RE = /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{4}(?: [A-Za-z0-9+/]{4}){6,}(?: [A-Za-z0-9+/]{2,3}={0,2}| [A-Za-z0-9+/]{4})(?![A-Za-z0-9+/=])/g;
function groupedBase64(text, out) {
  if (!hasSpacedGroups(text)) return;
  GROUPED_BASE64_RE.lastIndex = 0;
  for (let m = GROUPED_BASE64_RE.exec(text); m; m = GROUPED_BASE64_RE.exec(text)) {
    const token = m[0].replace(/ /g, "");
    const bytes = decodeBase64(token);
    if (!bytes || bytes.length < 16) continue;
    judgeBase64(m.index, m.index + m[0].length, token, out);
  }
}
var GROUP_CHAR = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") GROUP_CHAR[ch.charCodeAt(0)] = 1;
function hasSpacedGroups(text) {
  if (text.length < 37) return false;
  let links = 0;
  for (let p = text.indexOf(" "); p >= 0; ) {
    if (text.charCodeAt(p + 5) === 32 && GROUP_CHAR[text.charCodeAt(p + 1)] === 1 && GROUP_CHAR[text.charCodeAt(p + 2)] === 1 && GROUP_CHAR[text.charCodeAt(p + 3)] === 1 && GROUP_CHAR[text.charCodeAt(p + 4)] === 1) {
      if (++links >= 6) return true;
      p += 5;
    } else {
      links = 0;
      p = text.indexOf(" ", p + 1);
    }
  }
  return false;
}
var C_ESCAPED_HEX_RE = /(?:\\x[0-9A-Fa-f]{2}){16,}/g;
function cEscapedHex(text, out) {
  if (!text.includes("\\x")) return;
  C_ESCAPED_HEX_RE.lastIndex = 0;
  for (let m = C_ESCAPED_HEX_RE.exec(text); m; m = C_ESCAPED_HEX_RE.exec(text)) {
    const hex = m[0].replace(/\\x/g, "");
    judgeHex(m.index, m.index + m[0].length, hex, hex.length / 2, out, false);
  }
}

// src/sanitize/detectors/jids.ts
function classifyJid(user, server) {
  if (user === "") return void 0;
  const full = `${user}@${server}`;
  if (isSafeConstantJid(full) || isPlaceholderJid(full)) return void 0;
  let rest = user.startsWith("+") ? user.slice(1) : user;
  let suffixed = false;
  const device = /:[0-9]{1,4}$/.exec(rest);
  if (device) {
    rest = rest.slice(0, device.index);
    suffixed = true;
  }
  const agent = /[_.][0-9]{1,3}$/.exec(rest);
  if (agent) {
    rest = rest.slice(0, agent.index);
    suffixed = true;
  }
  const digits = /^[0-9]+$/.test(rest);
  switch (server) {
    case "s.whatsapp.net":
    case "c.us":
    case "hosted":
    case "interop":
    case "msgr":
      if (digits) return suffixed ? "device-jid" : "phone-jid";
      return "other-jid";
    case "lid":
    case "hosted.lid":
      return digits ? "lid-jid" : "other-jid";
    case "g.us":
      return digits || /^[0-9]+-[0-9]+$/.test(rest) ? "group-jid" : "other-jid";
    default:
      return "other-jid";
  }
}
function isDotOrDash(c) {
  return c === 46 || c === 45;
}
function writtenServer(text, from, to) {
  for (const server of JID_SERVERS) if (server.length === to - from && text.startsWith(server, from)) return server;
  return void 0;
}
function atSignAt(text, at2) {
  let s = at2;
  while (s > 0 && at2 - s < 128 && classAt(text, s - 1) & C_USER) s--;
  let e = at2 + 1;
  while (e < text.length && e - at2 <= 253 && classAt(text, e) & C_DOMAIN) e++;
  while (e > at2 + 1 && isDotOrDash(text.charCodeAt(e - 1))) e--;
  while (s < at2 && (isDotOrDash(text.charCodeAt(s)) || text.charCodeAt(s) === 58)) s++;
  const domain = writtenServer(text, at2 + 1, e) ?? text.slice(at2 + 1, e).toLowerCase();
  return { start: s, at: at2, end: e, user: text.slice(s, at2), domain };
}
function jids(text, _cand, out) {
  let seen;
  for (let at2 = text.indexOf("@"); at2 >= 0; at2 = text.indexOf("@", at2 + 1)) {
    const { start, end, user, domain } = atSignAt(text, at2);
    if (!isJidServer(domain)) continue;
    seen ??= /* @__PURE__ */ new Map();
    let users = seen.get(domain);
    if (!users) seen.set(domain, users = /* @__PURE__ */ new Map());
    let rule = users.get(user);
    if (rule === void 0) {
      rule = classifyJid(user, domain) ?? null;
      users.set(user, rule);
    }
    if (rule) out.push(hit(start, end, rule, 4, { encoding: "text", length: end - start }));
  }
}

// src/sanitize/detectors/personal.ts
function emails(text, _cand, out) {
  for (let at2 = text.indexOf("@"); at2 >= 0; at2 = text.indexOf("@", at2 + 1)) {
    const { start, end, user, domain } = atSignAt(text, at2);
    if (isJidServer(domain)) continue;
    if (user === "" || !/^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,63}$/.test(domain)) continue;
    if (/^[0-9]+x\./.test(domain)) continue;
    if (isDocumentationDomain(domain)) continue;
    const local = user.replace(/^[+%]+/, "");
    if (local === "") continue;
    out.push(hit(start, end, "email", 4, { encoding: "text", length: end - start }));
  }
}

// src/sanitize/detectors/network.ts
var IPV4_RE = /(?<![A-Za-z0-9_.+])[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?![A-Za-z0-9_])(?!\.[0-9])/g;
var VERSION_CONTEXT = /\b(?:version|ver|build|release|whatsapp|android|ios|v)\s*[:=]?\s*$/i;
var IPV4_AT = sticky(IPV4_RE);
function ipv4Addresses(text, cand, out) {
  let resume = 0;
  for (const p of cand.ipv4) {
    if (p < resume) continue;
    const m = execAt(IPV4_AT, text, p);
    if (!m) continue;
    resume = p + m[0].length;
    const value = m[0];
    if (isDocumentationIp(value)) continue;
    const octets = parseIpv4(value);
    if (!octets) continue;
    const [a = 0, b = 0] = octets;
    if (value === "0.0.0.0" || value === "255.255.255.255" || a === 127) continue;
    if (VERSION_CONTEXT.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const local = a === 10 || a === 172 && b >= 16 && b <= 31 || a === 192 && b === 168 || a === 169 && b === 254 || a === 100 && b >= 64 && b <= 127;
    out.push(hit(m.index, m.index + value.length, local ? "ipv4-private" : "ipv4", 6, { encoding: "text", length: value.length }));
  }
}
var IPV6_RE = /(?<![A-Za-z0-9_:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.[0-9]{1,3}){0,3}(?![A-Za-z0-9_:])/g;
var IPV6_AT = sticky(IPV6_RE);
function ipv6Addresses(text, _cand, out) {
  let resume = 0;
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    let p = colon;
    while (p > 0 && colon - p <= 4 && classAt(text, p - 1) & C_HEX) p--;
    if (colon - p > 4 || p < resume) continue;
    const before = text.charCodeAt(p - 1);
    if (classOf(before) & C_WORD || before === 58 || before === 46) continue;
    const m = execAt(IPV6_AT, text, p);
    if (!m) continue;
    resume = p + m[0].length;
    const value = m[0];
    const groups = parseIpv6(value);
    if (!groups) continue;
    const written = value.split(":").filter((g) => g !== "").length;
    if (written < 3 || isDocumentationIp(value)) continue;
    const first = groups[0] ?? 0;
    const local = (first & 65472) === 65152 || (first & 65024) === 64512;
    out.push(hit(m.index, m.index + value.length, local ? "ipv6-local" : "ipv6", 5, { encoding: "text", length: value.length }));
  }
}
var MAC_RE = /(?<![A-Za-z0-9_:.\-])(?:[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![A-Za-z0-9_:\-])(?!\.[0-9A-Fa-f])/g;
var MAC_AT = sticky(MAC_RE);
function macAddresses(text, cand, out) {
  let resume = 0;
  for (const p of cand.macs) {
    if (p < resume) continue;
    const m = execAt(MAC_AT, text, p);
    if (!m) continue;
    resume = p + m[0].length;
    const hex = m[0].replace(/[^0-9A-Fa-f]/g, "").toLowerCase();
    if (hex === "ffffffffffff" || hex === "000000000000" || hex.startsWith("00005e0053")) continue;
    if (/^[0-9\-]+$/.test(m[0])) continue;
    out.push(hit(m.index, m.index + m[0].length, "mac", 7, { encoding: "text", length: m[0].length }));
  }
}

// src/sanitize/detectors/phones.ts
var PHONE_RE = /(?<![0-9])\+?(?:\([0-9]{1,6}\)|[0-9]{1,15})(?:[ .\-/][0-9]{1,15}|[ .\-/]?\([0-9]{1,6}\)|(?<=\))[0-9]{1,15}){0,14}/g;
var PHONE_AT = sticky(PHONE_RE);
var PHONE_WORD_RE = new RegExp(`(?<![A-Za-z0-9_+.\\-])${PHONE_RE.source.replace("(?<![0-9])", "")}`, "g");
function isDatePrefix(c) {
  const ymd = /^((?:19|20)[0-9]{2})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})/.exec(c);
  const dmy = /^([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]((?:19|20)[0-9]{2})/.exec(c);
  const ok = (month, day) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
  if (ymd && ok(Number(ymd[2]), Number(ymd[3]))) return true;
  if (dmy && (ok(Number(dmy[2]), Number(dmy[1])) || ok(Number(dmy[1]), Number(dmy[2])))) return true;
  return false;
}
function isTimestampLike(digits) {
  if (digits.length === 10) {
    const n = Number(digits);
    return n >= 1420070400 && n <= 2051222400;
  }
  if (digits.length === 13) {
    const n = Number(digits);
    return n >= 14200704e5 && n <= 20512224e5;
  }
  return false;
}
var POWERS_OF_TWO = new Set(
  Array.from({ length: 20 }, (_, i) => 2 ** (30 + i)).flatMap((p) => [String(p), String(p - 1)]).filter((s) => s.length >= 10)
);
function groupsOf(c) {
  return c.split(/[^0-9]+/).filter((g) => g !== "");
}
function isCounting(groups) {
  if (groups.length < 4) return false;
  for (let i = 1; i < groups.length; i++) {
    const prev = Number(groups[i - 1]);
    const cur = Number(groups[i]);
    if (cur !== prev + 1 && !((groups[i] ?? "").length === 1 && cur === (prev + 1) % 10)) return false;
  }
  return true;
}
function judgePhone(c) {
  if (c.length < 7) return "no";
  const digits = c.replace(/[^0-9]/g, "");
  if (digits.length < 7 || digits.length > 15) return "no";
  const plus = c.startsWith("+");
  if (!plus && /^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?:\/[0-9]{1,2})?$/.test(c)) return "no";
  if (!plus && /^[0-9]{1,3}(?:\/[0-9]{1,3}){2,}$/.test(c)) return "no";
  if (!plus && c.includes(" ") && c.split(" ").some((piece) => /^[0-9]+\.[0-9]+\.[0-9]+/.test(piece))) return "no";
  if (isFictionalPhone(c)) return "no";
  const paren = c.includes("(");
  const noSeparator = /^[0-9+()]*$/.test(c);
  const dotsOnly = !noSeparator && /^[0-9+().]*$/.test(c);
  const groups = groupsOf(c);
  if (!plus && isDatePrefix(c)) return "no";
  if (!plus && !paren && dotsOnly) {
    if (groups.length === 2) return "no";
    if (groups.every((g) => g.length <= 3) && !(groups[0] ?? "").startsWith("0")) return "no";
    if (groups.length >= 3 && /^[1-9][0-9]?$/.test(groups[0] ?? "") && (groups[groups.length - 1] ?? "").length >= 6) return "no";
  }
  if (!plus && !paren && noSeparator) {
    if (digits.length < 10) return "no";
    if (POWERS_OF_TWO.has(digits)) return "no";
    return isTimestampLike(digits) ? "timestamp" : "phone";
  }
  if (!plus && !paren) {
    const spaced = /^[0-9]+(?: [0-9]+)+$/.test(c);
    if (spaced && isCounting(groups)) return "no";
    if (spaced && groups.every((g) => g.length === 2) && !(groups.length === 5 && /^0[1-9]$/.test(groups[0] ?? ""))) return "no";
    if (/^[1-9][0-9]*-[1-9][0-9]*$/.test(c) && groups[0]?.length === groups[1]?.length && Number(groups[1]) > Number(groups[0])) return "no";
  }
  if (!plus && digits.length < 10) {
    const national = c.charAt(c.search(/[0-9]/)) === "0";
    if (!national && !paren && !/^[0-9]{3}[-.][0-9]{4}$/.test(c)) return "no";
  }
  return "phone";
}
function pushPhone(verdict, start, c, out) {
  if (verdict === "timestamp") out.push(hit(start, start + c.length, "real-timestamp", 9, { encoding: "text", length: c.length }));
  if (verdict === "phone") out.push(hit(start, start + c.length, "phone-number", 9, { encoding: "text", length: c.replace(/[^0-9]/g, "").length }));
}
function isPhoneChar(c) {
  return c >= 48 && c <= 57 || c === 32 || c === 46 || c === 45 || c === 47 || c === 40 || c === 41 || c === 43;
}
function isAlnum(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function isHexChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}
var CONTEXT = 64;
function inHex(text, start, end) {
  let s = start;
  while (s > 0 && start - s < CONTEXT && isAlnum(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && e - end < CONTEXT && isAlnum(text.charCodeAt(e))) e++;
  if (s < start || e > end) {
    if (/^0[xX]/.test(text.slice(s, s + 2))) return true;
    const token = text.slice(s, e);
    if (token.length >= 16 && /^[0-9A-Fa-f]+$/.test(token)) {
      let switches = 0;
      for (let i = 1; i < token.length; i++) if (isDigitCode(token.charCodeAt(i)) !== isDigitCode(token.charCodeAt(i - 1))) switches++;
      if (switches >= 3) return true;
    }
  }
  let hs = start;
  while (hs > 0 && start - hs < CONTEXT && (isHexChar(text.charCodeAt(hs - 1)) || text.charCodeAt(hs - 1) === 45)) hs--;
  let he = end;
  while (he < text.length && he - end < CONTEXT && (isHexChar(text.charCodeAt(he)) || text.charCodeAt(he) === 45)) he++;
  if (hs === start && he === end) return false;
  const grouped = text.slice(hs, he);
  return /^[0-9A-Fa-f]{4,}(?:-[0-9A-Fa-f]{4,}){3,}$/.test(grouped) && /[A-Fa-f]/.test(grouped) && !isAlnum(text.charCodeAt(he)) && !isAlnum(text.charCodeAt(hs - 1));
}
function isDigitCode(c) {
  return c >= 48 && c <= 57;
}
function besideHexBytes(text, start, end) {
  return /^ [0-9A-Fa-f]{2}(?![0-9A-Za-z])/.test(text.slice(end, end + 4)) || /(?<![0-9A-Za-z])[0-9A-Fa-f]{2} $/.test(text.slice(Math.max(0, start - 4), start));
}
function phones(text, cand, out) {
  phonesAt(text, cand.phones, out);
  phonesAt(text, cand.gluedPhones, out);
  oddlySeparated(text, cand.phones, out);
}
var ODD_PHONE_RE = /(?<![0-9A-Za-z_+.\-])\+?[0-9]{1,15}(?:(?:[ \t]*(?:[\t\r\n\u2013\u2014\u2212_~,]|&#10;|&#[xX]0*[aA];)[ \t]*|[ .\-/])[0-9]{1,15}){1,14}(?![0-9A-Za-z])/g;
var ODD_PHONE_AT = sticky(ODD_PHONE_RE);
var ODD_SEPARATOR_RE = /[\t\r\n\u2013\u2014\u2212_~,]|&#/;
var DASHES_RE = /[\u2013\u2014\u2212]/;
function oddlySeparated(text, starts, out) {
  let resume = 0;
  for (const start of starts) {
    if (start < resume) continue;
    const m = execAt(ODD_PHONE_AT, text, start);
    if (!m) continue;
    const c = m[0];
    resume = start + c.length;
    if (!ODD_SEPARATOR_RE.test(c)) continue;
    const groups = groupsOf(c.replace(/&#[xX]?[0-9A-Fa-f]+;/g, " "));
    const digits = groups.join("");
    if (inHex(text, start, start + c.length)) continue;
    if (c.startsWith("+")) {
      if (digits.length < 10 || digits.length > 15) continue;
      if (!/^[0-9]{1,4}$/.test(groups[0] ?? "") || groups.slice(1).some((g) => g.length < 2)) continue;
      out.push(hit(start, start + c.length, "phone-number", 9, { encoding: "text", length: digits.length }));
      continue;
    }
    if (!DASHES_RE.test(c) || /[\t\r\n_~,]|&#/.test(c)) continue;
    const dashed = c.replace(/[ \t]*[\u2013\u2014\u2212][ \t]*/g, "-");
    if (judgePhone(dashed) === "phone") out.push(hit(start, start + c.length, "phone-number", 9, { encoding: "text", length: digits.length }));
  }
}
function phonesAt(text, starts, out) {
  let resume = 0;
  const n = text.length;
  for (const p of starts) {
    if (p < resume) continue;
    let digits = 0;
    for (let k = p; k < n && digits < 7; k++) {
      const c2 = text.charCodeAt(k);
      if (!isPhoneChar(c2)) break;
      if (c2 >= 48 && c2 <= 57) digits++;
    }
    if (digits < 7) continue;
    const m = execAt(PHONE_AT, text, p);
    if (!m) continue;
    const c = m[0];
    const end = p + c.length;
    resume = end;
    const next = text.charCodeAt(end);
    if (isDigitCode(next) || next === 64 || next === 58 && isDigitCode(text.charCodeAt(end + 1))) continue;
    if (inHex(text, p, end)) continue;
    const verdict = judgePhone(c);
    if (verdict === "phone" && /^[0-9]{2}(?: [0-9]{2}){4}$/.test(c) && besideHexBytes(text, p, end)) continue;
    if (verdict !== "no" || !c.includes(" ")) {
      pushPhone(verdict, p, c, out);
      continue;
    }
    let offset = p;
    for (const piece of c.split(" ")) {
      if (piece !== "") pushPhone(judgePhone(piece), offset, piece, out);
      offset += piece.length + 1;
    }
  }
}

// src/sanitize/detectors/registry.ts
var DETECTORS = [
  { name: "generic secrets (PEM, JWT, GitHub and cloud tokens)", family: "keys", run: secrets },
  { name: "JIDs", family: "jids", run: jids },
  { name: "e-mail addresses", family: "personal", run: emails },
  { name: "IPv6 addresses", family: "network", run: ipv6Addresses },
  { name: "IPv4 addresses", family: "network", run: ipv4Addresses },
  { name: "MAC addresses", family: "network", run: macAddresses },
  { name: "encoded bytes (hex, base64, dumps)", family: "keys", run: encoded },
  { name: "phone numbers and Unix times", family: "phones", run: phones }
];

// src/sanitize/detectors/tokenise.ts
function tokenise(text) {
  const cand = { tokens: [], hexDumps: [], macs: [], ipv4: [], phones: [], gluedPhones: [], cloud: [], lines: [], nonAscii: [] };
  const n = text.length;
  let prevClass = 0;
  let hexStart = -1;
  let hexBefore = 0;
  let digitStart = -1;
  let digitBefore = 0;
  let b64Start = -1;
  let b64Before = 0;
  let lineStart = 0;
  let lineState = 0;
  let unsure = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    let k = 0;
    if (c >= 128) cand.nonAscii.push(i);
    else if (c >= 0) k = CLASS[c] ?? 0;
    if (k & C_HEX) {
      if (hexStart < 0) {
        hexStart = i;
        hexBefore = prevClass;
      }
    } else if (hexStart >= 0) {
      const run = i - hexStart;
      if (run <= 8 && run % 2 === 0 && (c === 32 || c === 58 && run === 2) && !(hexBefore & NB_DUMP)) {
        cand.hexDumps.push(hexStart);
      }
      if ((run === 2 && (c === 58 || c === 45) || run === 4 && c === 46) && !(hexBefore & NB_MAC)) {
        cand.macs.push(hexStart);
      }
      hexStart = -1;
    }
    if (k & C_DIGIT) {
      if (digitStart < 0) {
        digitStart = i;
        digitBefore = prevClass;
      }
    } else if (digitStart >= 0) {
      if (c === 46 && i - digitStart <= 3 && !(digitBefore & NB_IPV4)) cand.ipv4.push(digitStart);
      digitStart = -1;
    }
    if (k & C_B64) {
      if (b64Start < 0) {
        b64Start = i;
        b64Before = prevClass;
      }
    } else if (b64Start >= 0) {
      if (i - b64Start >= 16 && !(b64Before & C_EQUALS && text.charCodeAt(b64Start - 2) === 61)) cand.tokens.push(b64Start, i);
      b64Start = -1;
    }
    if (k & C_PHONE_START && !(prevClass & C_DIGIT)) {
      if (!(prevClass & NB_PHONE)) cand.phones.push(i);
      else if (prevClass & C_LETTER || text.charCodeAt(i - 1) === 95 || !(classOf(text.charCodeAt(i - 2)) & C_DIGIT)) cand.gluedPhones.push(i);
    }
    if (k & C_CLOUD_START && !(prevClass & NB_CLOUD)) cand.cloud.push(i);
    if (c === 10 || i === n) {
      if ((lineState === 1 || lineState === 2 || unsure) && i - lineStart >= 2) cand.lines.push(lineStart, i);
      lineStart = i + 1;
      lineState = 0;
      unsure = false;
    } else if (lineState !== 3) {
      if (k & C_WRAP) lineState = lineState === 2 ? 3 : 1;
      else if (k & C_SPACE) lineState = lineState === 1 ? 2 : lineState;
      else if (c >= 128) unsure = true;
      else lineState = 3;
    }
    while (k & C_LETTER && i + 1 < n) {
      const c2 = text.charCodeAt(i + 1);
      const k2 = c2 < 128 ? CLASS[c2] ?? 0 : 0;
      if (!(k2 & C_LETTER)) break;
      i++;
      if (k2 & C_HEX) {
        if (hexStart < 0) {
          hexStart = i;
          hexBefore = k;
        }
      } else {
        hexStart = -1;
      }
      k = k2;
    }
    prevClass = k;
  }
  return cand;
}

// src/sanitize/text.ts
var CANDIDATE_PATTERNS = {
  tokens: "(?<![A-Za-z0-9+/_-])(?<!==)[A-Za-z0-9+/_-]{16,}={0,2}",
  hexDumps: HEX_DUMP_RE.source,
  macs: MAC_RE.source,
  ipv4: IPV4_RE.source,
  phones: PHONE_WORD_RE.source,
  cloud: CLOUD_RE.source
};
function detect(text) {
  if (text.length < 5) return [];
  return detectIn(text, tokenise(text));
}
function detectIn(text, cand) {
  if (text.length < 5) return [];
  const raw = [];
  for (const detector of DETECTORS) detector.run(text, cand, raw);
  return dedupe(raw, text.length);
}
function dedupe(hits, size) {
  if (hits.length < 2) return hits.slice();
  const order = [...hits].sort(
    (a, b) => (a.severity === b.severity ? 0 : a.severity === "block" ? -1 : 1) || a.rank - b.rank || b.end - b.start - (a.end - a.start) || a.start - b.start
  );
  const taken = new Uint8Array(size + 1);
  const kept = [];
  for (const h of order) {
    let free = true;
    for (let i = h.start; i < h.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}
var LAYER_WORDS = {
  percent: "percent-encoding",
  "json-escape": "JSON string escapes",
  "html-entity": "HTML character references"
};
function messageOf(h) {
  const base = RULES[h.rule].message;
  const layered = h.layers && h.layers.length > 0 ? ` (found after decoding ${h.layers.map((l) => LAYER_WORDS[l]).join(" and ")})` : "";
  const detail = (h.detail ?? "") + layered;
  if (!detail) return base;
  const colon = base.indexOf(":");
  return colon < 0 ? base + detail : base.slice(0, colon) + detail + base.slice(colon);
}
function detectAll(text, candidates) {
  if (text.length < 5) return [];
  const cand = candidates ?? tokenise(text);
  const norm = normalizeForScan(text, cand.nonAscii);
  const hits = detectIn(norm.text, norm.text === text ? cand : tokenise(norm.text)).map((h) => ({
    ...h,
    start: norm.origin(h.start),
    end: Math.max(norm.origin(h.start) + 1, norm.origin(h.end))
  }));
  const decoded = decodeLayers(text);
  if (!decoded) return hits;
  const dnorm = normalizeForScan(decoded.text);
  const layered = [];
  for (const h of detect(dnorm.text)) {
    const from = dnorm.origin(h.start);
    const to = dnorm.origin(h.end);
    const layers = decoded.layersIn(from, to);
    const start = decoded.origin(from);
    const end = Math.max(start + 1, decoded.origin(to));
    layered.push(layers.length > 0 ? { ...h, start, end, layers } : { ...h, start, end });
  }
  if (layered.length === 0) return hits;
  return dedupe([...hits, ...layered], text.length);
}
function scanText(field, text) {
  const cand = tokenise(text);
  const hits = detectAll(text, cand);
  const format = cand.nonAscii.length > 0 ? formatFindings(field, text) : [];
  if (hits.length === 0) return format;
  const starts = lineStarts(text);
  const findings = hits.map((h) => {
    const { line, column } = lineColumn(starts, h.start);
    const f = { rule: h.rule, severity: h.severity, field, line, column, message: messageOf(h) };
    if (h.encoding !== void 0) f.encoding = h.encoding;
    if (h.length !== void 0) f.length = h.length;
    if (h.layers !== void 0) f.layers = h.layers;
    return f;
  });
  if (format.length === 0) return findings;
  return [...findings, ...format].sort((a, b) => a.line - b.line || a.column - b.column);
}

// src/stanza/walk.ts
function attrPath(path, name) {
  return `${path}@${name}`;
}

// src/sanitize/tree.ts
var JID_ATTRS = /* @__PURE__ */ new Set([
  "from",
  "to",
  "call-creator",
  "jid",
  "participant",
  "recipient",
  "creator",
  "sender",
  "lid"
]);
var IDENTIFYING_ATTRS = /* @__PURE__ */ new Set([
  "notify",
  "caller_pn",
  "caller_country_code",
  "platform",
  "version",
  "device_class",
  "relay_name",
  "uuid",
  "self_pid",
  "peer_pid"
]);
var SECRET_NODES = /* @__PURE__ */ new Set([
  "enc",
  "key",
  "hbh_key",
  "token",
  "auth_token",
  "raw_e2e",
  "device-identity",
  "privacy",
  "te",
  "te2",
  "rte",
  "capability"
]);
var SECRET_ATTRS = /* @__PURE__ */ new Set(["token", "auth_token", "key", "hbh_key", "raw_e2e", "te", "te2", "rte", "secret"]);
var IP_ATTRS = /* @__PURE__ */ new Set(["ip", "ip4", "ip6", "relay_ip"]);
var RELAY_NODES = /* @__PURE__ */ new Set(["te", "te2"]);
var MAX_PATH_SEGMENTS = 64;
function push(sink, rule, path, line, column, extra) {
  const key = `${rule}\0${path}\0${line}\0${column}`;
  if (sink.seen.has(key)) return;
  sink.seen.add(key);
  const f = {
    rule,
    severity: extra.severity ?? RULES[rule].severity,
    field: sink.field,
    line,
    column,
    path,
    message: extra.message ?? RULES[rule].message
  };
  if (extra.encoding !== void 0) f.encoding = extra.encoding;
  if (extra.length !== void 0) f.length = extra.length;
  sink.out.push(f);
}
function hostOf(value) {
  const bracket = /^\[([^\]]{1,45})\](?::[0-9]{1,5})?$/.exec(value);
  if (bracket) return bracket[1] ?? value;
  const v4port = /^([0-9.]{7,15}):[0-9]{1,5}$/.exec(value);
  if (v4port) return v4port[1] ?? value;
  return value;
}
function checkAttr(sink, nodePath, attr) {
  const { name, value, pos } = attr;
  if (value === "" || isPlaceholder(value)) return;
  const lname = name.toLowerCase();
  const path = () => attrPath(nodePath(), name);
  const at2 = (rule, extra = {}) => push(sink, rule, path(), pos.line, pos.column, { encoding: "text", length: value.length, ...extra });
  if (IDENTIFYING_ATTRS.has(lname) || lname.endsWith("_pn")) {
    const jidLike = lname.endsWith("_pn") && (isPlaceholderJid(value) || isSafeConstantJid(value));
    if (jidLike) return;
    at2(lname === "notify" ? "push-name" : lname.endsWith("_pn") || lname === "caller_country_code" ? "caller-pn" : "identifying-attr");
    return;
  }
  if (SECRET_ATTRS.has(lname)) {
    const decoded = decodeEncodedText(value);
    at2("secret-attr", decoded ? { encoding: decoded.encoding, length: decoded.bytes.length } : {});
    return;
  }
  if (lname === "t") {
    at2("real-timestamp");
    return;
  }
  if (IP_ATTRS.has(lname)) {
    const host = hostOf(value);
    if (isDocumentationIp(host)) return;
    at2(parseIpv4(host) ? "ipv4" : parseIpv6(host) ? "ipv6" : "ip-attr");
    return;
  }
  if (JID_ATTRS.has(lname) || lname.endsWith("_lid") || lname.endsWith("_jid") || value.includes("@")) {
    if (isPlaceholderJid(value) || isSafeConstantJid(value)) return;
    const atSign = value.lastIndexOf("@");
    if (atSign >= 0) {
      const server = value.slice(atSign + 1).toLowerCase();
      if (isJidServer(server)) {
        at2(classifyJid(value.slice(0, atSign), server) ?? "jid-attr");
        return;
      }
    }
    const hits = detectAll(value);
    const first = hits[0];
    if (first) at2(first.rule, { encoding: first.encoding ?? "text", length: first.length ?? value.length, severity: first.severity });
    else at2("jid-attr");
    return;
  }
  for (const h of detectAll(value)) {
    const extra = {
      severity: h.severity,
      message: messageOf(h)
    };
    if (h.encoding !== void 0) extra.encoding = h.encoding;
    if (h.length !== void 0) extra.length = h.length;
    push(sink, h.rule, path(), pos.line, pos.column, extra);
  }
}
function checkContent(sink, nodePath, node) {
  const content = node.content;
  if (!content) return;
  const tag = node.tag.toLowerCase();
  const { line, column } = content.pos;
  if (content.kind === "bytes") {
    const length = content.bytes.length;
    if (length === 0) return;
    const rule = RELAY_NODES.has(tag) && (length === 6 || length === 18) ? "relay-address-bytes" : SECRET_NODES.has(tag) ? "secret-node-content" : "bytes-content";
    push(sink, rule, nodePath(), line, column, { encoding: "binary", length });
    return;
  }
  const trimmed = content.text.trim();
  if (trimmed === "" || isPlaceholder(trimmed)) return;
  if (SECRET_NODES.has(tag)) {
    const decoded = decodeEncodedText(trimmed);
    const length = decoded ? decoded.bytes.length : trimmed.length;
    const encoding = decoded ? decoded.encoding : "text";
    const rule = RELAY_NODES.has(tag) && decoded && (length === 6 || length === 18) ? "relay-address-bytes" : "secret-node-content";
    push(sink, rule, nodePath(), line, column, { encoding, length });
    return;
  }
  for (const f of scanText(sink.field, content.text)) {
    const l = line + f.line - 1;
    const c = f.line === 1 ? column + f.column - 1 : f.column;
    const extra = {
      severity: f.severity,
      message: f.message
    };
    if (f.encoding !== void 0) extra.encoding = f.encoding;
    if (f.length !== void 0) extra.length = f.length;
    push(sink, f.rule, nodePath(), l, c, extra);
  }
}
function pathOf(stack) {
  if (stack.length <= MAX_PATH_SEGMENTS) return stack.join("/");
  const half = MAX_PATH_SEGMENTS / 2;
  return [...stack.slice(0, half), "\u2026", ...stack.slice(stack.length - half + 1)].join("/");
}
function scanTree(field, root) {
  const sink = { field, out: [], seen: /* @__PURE__ */ new Set() };
  const tags = [];
  const frames = [];
  const enter = (node) => {
    tags.push(node.tag);
    frames.push({ node, next: 0 });
    let cached;
    const path = () => cached ??= pathOf(tags);
    for (const attr of node.attrs) checkAttr(sink, path, attr);
    checkContent(sink, path, node);
  };
  enter(root);
  while (frames.length > 0) {
    const top = frames[frames.length - 1];
    if (!top) break;
    const child = top.node.children[top.next];
    if (child) {
      top.next++;
      enter(child);
    } else {
      frames.pop();
      tags.pop();
    }
  }
  return sink.out;
}

// src/sanitize/scan.ts
function scanBinary(field, bytes, encoding) {
  const digits = hasPackedPhoneDigits(bytes) ? " It also contains packed digits that look like a phone number." : "";
  return [
    {
      rule: "binary-undecodable",
      severity: "block",
      field,
      line: 1,
      column: 1,
      encoding,
      length: bytes.length,
      message: RULES["binary-undecodable"].message + digits
    }
  ];
}
function scan(input) {
  const findings = [];
  if (input.tree) findings.push(...scanTree(input.tree.field, input.tree.root));
  const flagged = findings.length > 0 ? new Set(findings.map(placeKey)) : void 0;
  for (const { field, text } of input.texts) {
    for (const finding of scanText(field, text)) if (!flagged?.has(placeKey(finding))) findings.push(finding);
  }
  if (input.binary) findings.push(...scanBinary(input.binary.field, input.binary.bytes, input.binary.encoding));
  return findings;
}
function placeKey(finding) {
  return `${finding.field}\0${finding.line}\0${finding.column}`;
}

// src/capture/check.ts
function checkCapture(loaded) {
  const problems = [];
  const { findings, error } = scanCapture(loaded.record);
  if (error) problems.push(problemAt(loaded, ["raw", "body"], error));
  for (const finding of findings) {
    if (finding.severity !== "block") continue;
    problems.push(problemAt(loaded, fieldPath(finding.field), `sanitization: ${describeFinding(finding)}`));
  }
  return problems;
}
function fieldPath(field) {
  const match = /^attributes\[(\d+)\]\.(\w+)$/.exec(field);
  if (match) return ["attributes", Number(match[1]), match[2] ?? "value"];
  return field.split(".");
}
function stanzaScanInput(field, raw, read) {
  if (!read.ok) return { texts: [{ field, text: raw }] };
  if (read.tree) return { texts: [{ field, text: read.decoded?.text ?? raw }], tree: { field, root: read.tree } };
  if (read.bytes) return { texts: [], binary: { field, bytes: read.bytes, encoding: read.format === "hex" ? "hex" : "base64" } };
  return { texts: [{ field, text: raw }] };
}
function scanCapture(capture) {
  const texts = [];
  for (const key of ["title", "decoded", "notes"]) {
    const text = capture[key];
    if (text !== void 0) texts.push({ field: key, text });
  }
  (capture.attributes ?? []).forEach((attribute, i) => {
    texts.push({ field: `attributes[${i}].name`, text: attribute.name }, { field: `attributes[${i}].value`, text: attribute.value });
    if (attribute.note !== void 0) texts.push({ field: `attributes[${i}].note`, text: attribute.note });
  });
  const read = readStanza(capture.raw.body);
  const stanza = stanzaScanInput("raw.body", capture.raw.body, read);
  const findings = scan({ ...stanza, texts: [...stanza.texts, ...texts] });
  if (!read.ok) {
    return { findings, error: `raw body cannot be read: ${read.error.message} (line ${read.error.line}, column ${read.error.column})` };
  }
  const error = read.format !== capture.raw.format ? `raw.format says "${capture.raw.format}" but the body reads as ${read.format}` : read.tree && read.tree.tag !== capture.stanza_tag ? `stanza_tag "${capture.stanza_tag}" differs from the body's root tag` : void 0;
  return error ? { findings, error } : { findings };
}
function describeFinding(finding) {
  const parts = [`${finding.rule} (${finding.severity})`, `line ${finding.line}, column ${finding.column}`];
  if (finding.path) parts.push(`node ${finding.path}`);
  if (finding.encoding && finding.encoding !== "text") parts.push(`${finding.encoding}`);
  if (finding.length !== void 0) parts.push(`${finding.length} ${finding.encoding === "text" || !finding.encoding ? "characters" : "bytes"}`);
  return `${parts.join(", ")}: ${finding.message}`;
}

export {
  validateRepo,
  crossFileChecks,
  sortProblems,
  formatProblem,
  stripFormatCharacters,
  scanText,
  scan,
  checkCapture,
  stanzaScanInput,
  describeFinding
};
