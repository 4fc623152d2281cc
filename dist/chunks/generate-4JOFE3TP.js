import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  GRAMMAR_END,
  GRAMMAR_START,
  cell,
  code,
  coverageBadge,
  coverageMarkdown,
  externalLink,
  fenced,
  fillRegion,
  generatedComment,
  generatedFooter,
  inline,
  link,
  linkText,
  listing,
  page,
  paragraph,
  renderGrammar,
  table
} from "./chunk-L2K3OZI3.js";
import {
  coverageOf,
  coverageOfFacts,
  flavorGraph,
  lineageOf,
  percent
} from "./chunk-TINNHXRS.js";
import {
  PLACEHOLDER_GRAMMAR
} from "./chunk-UQKQI5BD.js";
import {
  CATEGORIES,
  CONFIDENCES,
  PART_CATEGORIES,
  factsOf,
  isPartCategory
} from "./chunk-WSMQ7LAA.js";
import {
  loadRepo
} from "./chunk-WRXY5VL3.js";
import "./chunk-RH3Z44SR.js";
import {
  ROOT_OPTION,
  parse,
  readSpecRoot
} from "./chunk-SV74TGZA.js";
import {
  listTree,
  openRoot,
  readTextInside,
  removeInside,
  resolveInside,
  writeTextAtomic
} from "./chunk-3BJLQZK2.js";
import "./chunk-XLS4JZ7B.js";

// src/docs/anchors.ts
function anchorWord(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
function baseAnchor(rootTag, tags, attribute) {
  const words = (tags.length === 0 ? [rootTag] : tags).map(anchorWord);
  if (attribute !== void 0) words.push(anchorWord(attribute));
  return words.filter((w) => w !== "").join("-") || "node";
}
function recordKey(recordPath) {
  return recordPath.join(".");
}
function stanzaAnchors(stanza) {
  const anchors = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  const add = (key, base) => {
    let anchor = base;
    for (let n = 2; used.has(anchor); n += 1) anchor = `${base}-${n}`;
    used.add(anchor);
    anchors.set(key, anchor);
  };
  const visit = (owner, tags, path) => {
    add(recordKey(path), baseAnchor(stanza.tag, tags));
    (owner.attributes ?? []).forEach((a, i) => add(recordKey([...path, "attributes", i]), baseAnchor(stanza.tag, tags, a.name)));
    (owner.children ?? []).forEach((c, i) => visit(c, [...tags, c.tag], [...path, "children", i]));
  };
  visit(stanza, [], []);
  return anchors;
}

// src/docs/context.ts
var DOCS_DIR = "docs/spec";
var BADGE_PATH = "docs/coverage-badge.json";
var paths = {
  index: `${DOCS_DIR}/index.md`,
  stanza: (id) => `${DOCS_DIR}/stanzas/${id}.md`,
  flow: (id) => `${DOCS_DIR}/flows/${id}.md`,
  enumPage: (id) => `${DOCS_DIR}/enums/${id}.md`,
  technique: (id) => `${DOCS_DIR}/techniques/${id}.md`,
  techniques: `${DOCS_DIR}/techniques/index.md`,
  glossary: `${DOCS_DIR}/glossary.md`,
  coverage: `${DOCS_DIR}/coverage.md`
};
var PAGE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
function pageable(repo) {
  const ok = (list) => list.filter((l) => PAGE_ID.test(l.record.id));
  return {
    ...repo,
    stanzas: ok(repo.stanzas),
    flows: ok(repo.flows),
    enums: ok(repo.enums),
    techniques: ok(repo.techniques),
    contributors: ok(repo.contributors),
    flavors: ok(repo.flavors),
    // A part's page lives in its category folder: only the four folder names are ever a path.
    parts: ok(repo.parts).filter((l) => isPartCategory(l.record.category))
  };
}
function contextOf(repo, options = {}) {
  const ids = (list) => new Set(list.map((l) => l.record.id));
  const anchors = new Map(byId(repo.stanzas).map((l) => [l.record.id, stanzaAnchors(l.record)]));
  const repoUrl = options.repoUrl !== void 0 && /^https:\/\/[^\s<>()"']+$/.test(options.repoUrl) ? options.repoUrl.replace(/\/+$/, "") : void 0;
  return {
    repo,
    stanzas: ids(repo.stanzas),
    flows: ids(repo.flows),
    enums: ids(repo.enums),
    techniques: ids(repo.techniques),
    anchors,
    order: callOrder(repo),
    ...repoUrl !== void 0 ? { repoUrl } : {}
  };
}
function callOrder(repo) {
  const known = new Set(repo.stanzas.map((l) => l.record.id));
  const order = [];
  for (const flow of byId(repo.flows)) {
    let after = -1;
    for (const step of flow.record.steps) {
      const id = step.stanza;
      if (id === void 0 || !known.has(id)) continue;
      const at = order.indexOf(id);
      if (at >= 0) {
        after = Math.max(after, at);
        continue;
      }
      order.splice(after + 1, 0, id);
      after += 1;
    }
  }
  for (const l of byId(repo.stanzas)) if (!order.includes(l.record.id)) order.push(l.record.id);
  return order;
}
function inCallOrder(ctx, list) {
  const rank = new Map(ctx.order.map((id, i) => [id, i]));
  return byId(list).sort((a, b) => (rank.get(a.record.id) ?? Infinity) - (rank.get(b.record.id) ?? Infinity));
}
function anchorOf(ctx, stanza, recordPath) {
  return ctx.anchors.get(stanza)?.get(recordKey(recordPath));
}
function factLink(ctx, stanza, recordPath, text, from = "nested") {
  const anchor = anchorOf(ctx, stanza, recordPath);
  if (!ctx.stanzas.has(stanza) || anchor === void 0) return text;
  const page2 = from === "same" ? "" : from === "nested" ? `../stanzas/${stanza}.md` : `stanzas/${stanza}.md`;
  return link(text, `${page2}#${anchor}`);
}
function sourceLink(ctx, source) {
  if (ctx.repoUrl === void 0) return code(source);
  const path = source.split("/").map(encodeURIComponent).join("/");
  return link(code(source), `${ctx.repoUrl}/${source.endsWith("/") ? "tree" : "blob"}/HEAD/${path}`);
}
function byId(list) {
  return [...list].sort((a, b) => compare(a.record.id, b.record.id) || compare(a.file, b.file));
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function techniqueLink(ctx, id, from = "nested") {
  const prefix = from === "nested" ? "../techniques/" : "techniques/";
  const record = ctx.repo.techniques.find((l) => l.record.id === id)?.record;
  return ctx.techniques.has(id) ? link(record !== void 0 ? linkText(record.title) : id, `${prefix}${id}.md`) : code(id);
}
function stanzaLink(ctx, id, from = "nested", text = code(id)) {
  const prefix = from === "nested" ? "../stanzas/" : "stanzas/";
  return ctx.stanzas.has(id) ? link(text, `${prefix}${id}.md`) : code(id);
}
function enumLink(ctx, id, from = "nested", text = code(id)) {
  const prefix = from === "nested" ? "../enums/" : "enums/";
  return ctx.enums.has(id) ? link(text, `${prefix}${id}.md`) : code(id);
}
function flowLink(ctx, id, from = "nested", text = code(id), anchor) {
  const prefix = from === "nested" ? "../flows/" : "flows/";
  return ctx.flows.has(id) ? link(text, `${prefix}${id}.md${anchor === void 0 ? "" : `#${anchor}`}`) : code(id);
}
function distinguishingChild(ctx, stanza) {
  const shared = ctx.repo.stanzas.some((l) => l.record.id !== stanza.id && l.record.tag === stanza.tag);
  return shared ? stanza.children?.[0]?.tag : void 0;
}
function confidenceCounts(confidences) {
  const counts = Object.fromEntries(CONFIDENCES.map((c) => [c, 0]));
  for (const c of confidences) counts[c] += 1;
  return counts;
}
var CONFIDENCE_MARKS = { confirmed: "\u25CF", probable: "\u25D0", speculative: "\u25CB", unknown: "?" };
var CONFIDENCE_COLOURS = { confirmed: "#2e7d32", probable: "#1565c0", speculative: "#e65100", unknown: "#616161" };
function confidenceBadge(confidence, count) {
  const word = count === void 0 ? confidence : `${count} ${confidence}`;
  return `<span class="conf conf-${confidence}">${CONFIDENCE_MARKS[confidence]} ${word}</span>`;
}
function countBadges(counts, none = "none") {
  const present = CONFIDENCES.filter((c) => counts[c] > 0);
  return present.length === 0 ? none : present.map((c) => confidenceBadge(c, counts[c])).join(" ");
}

// src/docs/mermaid.ts
var KEYWORDS = /* @__PURE__ */ new Set([
  "participant",
  "actor",
  "as",
  "autonumber",
  "activate",
  "deactivate",
  "note",
  "over",
  "left",
  "right",
  "of",
  "loop",
  "alt",
  "else",
  "opt",
  "par",
  "and",
  "rect",
  "critical",
  "break",
  "end",
  "title",
  "box",
  "link",
  "links",
  "properties",
  "details",
  "create",
  "destroy",
  "sequencediagram",
  "accdescr",
  "acctitle"
]);
var ID = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;
function arrowOf(confidence) {
  return confidence === "confirmed" || confidence === "probable" ? "->>" : "-->>";
}
function mermaidText(text) {
  const cleaned = text.replace(/\r\n|\r|\n/g, " ").replace(/;/g, ",").replace(/#/g, " no. ").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/%%/g, "%").replace(/\s+/g, " ").trim();
  if (cleaned === "") return "(no label)";
  return /^(no)?wrap:/i.test(cleaned) ? `(${cleaned})` : cleaned;
}
function participantIds(flow) {
  const ids = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  flow.participants.forEach((participant, i) => {
    let id = ID.test(participant.id) && !KEYWORDS.has(participant.id.toLowerCase()) ? participant.id : `p${i + 1}`;
    for (let n = 2; used.has(id); n += 1) id = `p${i + 1}_${n}`;
    used.add(id);
    ids.set(participant.id, id);
  });
  return ids;
}
function sequenceDiagram(flow) {
  const ids = participantIds(flow);
  const lines = ["sequenceDiagram", "    autonumber"];
  for (const participant of flow.participants) {
    lines.push(`    participant ${ids.get(participant.id) ?? ""} as ${mermaidText(participant.label)}`);
  }
  for (const step of flow.steps) {
    const from = ids.get(step.from);
    const to = ids.get(step.to);
    if (from === void 0 || to === void 0) continue;
    lines.push(`    ${from}${arrowOf(step.confidence)}${to}: ${mermaidText(`${step.label} (${step.confidence})`)}`);
    if (step.note !== void 0) {
      const over = from === to ? from : `${from},${to}`;
      lines.push(`    Note over ${over}: ${mermaidText(step.note)}`);
    }
  }
  return lines;
}
function pie(title, slices, colours) {
  const present = slices.filter(([, n]) => n > 0);
  const directive = [];
  if (colours !== void 0) {
    const variables = { pieStrokeColor: "#ffffff", pieSectionTextColor: "#ffffff", pieOpacity: "1" };
    present.forEach(([label], i) => {
      const colour = colours[label];
      if (colour !== void 0 && /^#[0-9a-fA-F]{6}$/.test(colour)) variables[`pie${i + 1}`] = colour;
    });
    const init = { theme: "base", themeVariables: variables, themeCSS: ".legend text, .pieTitleText { fill: currentColor; }" };
    directive.push(`%%{init: ${JSON.stringify(init)}}%%`);
  }
  return [
    ...directive,
    `pie showData title ${mermaidText(title).replace(/"/g, "'")}`,
    ...present.map(([label, n]) => `    "${label.replace(/"/g, "'")}" : ${n}`)
  ];
}

// src/docs/coverage.ts
var BAR_WIDTH = 30;
var GLYPHS = { confirmed: "\u2588", probable: "\u2593", speculative: "\u2591", unknown: "\xB7" };
function apportion(counts, width) {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((n) => n * width / total);
  const cells = exact.map(Math.floor);
  let left = width - cells.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    cells[i] = (cells[i] ?? 0) + 1;
    left -= 1;
  }
  return cells;
}
function bar(tally, width = BAR_WIDTH) {
  if (tally.total === 0) return " ".repeat(width);
  const cells = apportion(CONFIDENCES.map((c) => tally[c]), width);
  return CONFIDENCES.map((c, i) => GLYPHS[c].repeat(cells[i] ?? 0)).join("");
}
function bars(report) {
  const rows = [["overall", report.overall], ...Object.entries(report.byCategory)];
  const pad = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([key, tally]) => {
    const detail = tally.total === 0 ? "no facts" : `${percent(tally.coverage).padStart(6)} of ${tally.total} facts`;
    return `${key.padEnd(pad)}  ${bar(tally)}  ${detail}`;
  });
  const legend = CONFIDENCES.map((c) => `${GLYPHS[c]} ${c}`).join("   ");
  return [...lines, "", legend];
}
function glance(report) {
  const out = ["## At a glance", ""];
  if (report.overall.total > 0) {
    out.push(
      "```mermaid",
      ...pie(`Facts by confidence (${report.overall.total} facts)`, CONFIDENCES.map((c) => [c, report.overall[c]]), CONFIDENCE_COLOURS),
      "```",
      "",
      "Slices with no facts are left out of the pie; the tables below list every count.",
      ""
    );
  }
  out.push("One bar per category, 30 cells split by confidence:", "", ...fenced(bars(report).join("\n"), "text"), "");
  return out;
}
var COVERAGE_COMMAND = "wacrg generate";
function coveragePage(ctx, report) {
  const lines = coverageMarkdown(report, COVERAGE_COMMAND).replace(/\n+$/, "").split("\n");
  const title = lines[0] ?? "# Coverage";
  const rest = lines.slice(1);
  const split = rest.findIndex((line) => line.startsWith("## "));
  const before = split < 0 ? rest : rest.slice(0, split);
  const after = split < 0 ? [] : rest.slice(split);
  const source = "spec/stanzas/";
  return `${[generatedComment(source), "", title, ...before, ...glance(report), ...after, "", "---", "", generatedFooter(sourceLink(ctx, source))].join("\n")}
`;
}

// src/docs/parts.ts
var partPaths = {
  part: (category, id) => `${DOCS_DIR}/${category}/${id}.md`,
  index: `${DOCS_DIR}/parts.md`,
  updates: `${DOCS_DIR}/updates.md`,
  feed: `${DOCS_DIR}/feed.json`,
  flavors: `${DOCS_DIR}/flavors.md`,
  contributors: `${DOCS_DIR}/contributors.md`
};
var CATEGORY_TITLES = {
  signalling: "Signalling",
  encodings: "Encodings",
  crypto: "Crypto",
  relay: "Relay"
};
function partsContext(parts, flavors, contributors) {
  return {
    parts: new Map(parts.map((l) => [l.record.id, l.record])),
    flavors: new Map(flavors.map((l) => [l.record.id, l.record])),
    contributors: new Set(contributors.map((l) => l.record.id))
  };
}
function byOrder(parts) {
  return [...parts].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || compare(a.id, b.id));
}
function partLink(ctx, id, fromNested) {
  const part = ctx.parts.get(id);
  if (!part) return code(id);
  return link(`${code(part.code)} ${linkText(part.title)}`, `${fromNested ? "../" : ""}${part.category}/${id}.md`);
}
function flavorLink(ctx, id, fromNested) {
  return ctx.flavors.has(id) ? link(code(id), `${fromNested ? "../" : ""}flavors.md#${id}`) : code(id);
}
function contributorLink(ctx, id, fromNested) {
  return ctx.contributors.has(id) ? link(code(id), `${fromNested ? "../" : ""}contributors.md#${id}`) : code(id);
}
function httpUrl(url) {
  return url !== void 0 && /^https?:\/\/[^\s<>()]+$/.test(url) ? url.replace(/\/+$/, "") : void 0;
}
var PLAIN_COMMIT = /^[0-9a-fA-F]{7,64}$/;
var PLAIN_PATH = /^[A-Za-z0-9._/-]{1,300}$/;
function markdownBlock(text) {
  const out = [];
  let fence;
  let previousBlank = true;
  let inIndented = false;
  for (const line of text.replace(/\r\n|\r/g, "\n").replace(/\n+$/, "").split("\n")) {
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== void 0) {
      out.push(line);
      if (opener !== void 0 && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = void 0;
      continue;
    }
    if (opener !== void 0) {
      fence = opener;
      out.push(line);
      continue;
    }
    const blank = line.trim() === "";
    inIndented = /^( {4}|\t)/.test(line) && (previousBlank || inIndented) && !blank ? true : blank ? inIndented : false;
    out.push(inIndented && !blank ? line : inline(line));
    previousBlank = blank;
  }
  if (fence !== void 0) out.push(fence);
  return out;
}
function partPage(ctx, loaded) {
  const p = loaded.record;
  const children = byOrder([...ctx.parts.values()].filter((c) => c.parent === p.id && c.id !== p.id));
  const properties = [
    ["id", code(p.id)],
    ["code", code(p.code)],
    ["category", CATEGORY_TITLES[p.category] ?? p.category]
  ];
  if (p.status !== void 0) properties.push(["status", p.status]);
  if (p.since !== void 0) properties.push(["since", code(p.since)]);
  if (p.features !== void 0 && p.features.length > 0) properties.push(["features", p.features.join(", ")]);
  if (p.parent !== void 0) properties.push(["parent", partLink(ctx, p.parent, true)]);
  if (p.requires !== void 0 && p.requires.length > 0) properties.push(["requires", p.requires.map((id) => partLink(ctx, id, true)).join(", ")]);
  if (children.length > 0) properties.push(["sub-parts", children.map((c) => partLink(ctx, c.id, true)).join(", ")]);
  const body = [
    `Annotation: ${code(`wacrg:${p.code}`)} (implementations mark the code that realises this part with it).`,
    "",
    paragraph(p.summary),
    "",
    ...table(["property", "value"], properties.map(([k, v]) => [k, v])),
    ""
  ];
  if (p.normative !== void 0 && p.normative.trim() !== "") body.push("## Normative text", "", ...markdownBlock(p.normative), "");
  if (p.findings !== void 0 && p.findings.trim() !== "") body.push("## Findings", "", ...markdownBlock(p.findings), "");
  if (p.open_questions !== void 0 && p.open_questions.length > 0) body.push("## Open questions", "", ...p.open_questions.map((q) => `- ${paragraph(q)}`), "");
  body.push("## Implementations", "");
  if (p.implementations === void 0 || p.implementations.length === 0) body.push("No flavor lists this part yet.", "");
  else {
    body.push(
      ...table(
        // Two columns (the flavor and its status, then where and why), so the note stays on screen on a phone.
        ["flavor", "source and note"],
        p.implementations.map((impl) => {
          const repo = httpUrl(ctx.flavors.get(impl.flavor)?.url);
          const path = impl.path === void 0 ? void 0 : repo !== void 0 && PLAIN_PATH.test(impl.path) ? link(code(impl.path), `${repo}/blob/HEAD/${impl.path}`) : cell(code(impl.path));
          const commits = (impl.commits ?? []).map((sha) => repo !== void 0 && PLAIN_COMMIT.test(sha) ? link(code(sha.slice(0, 7)), `${repo}/commit/${sha}`) : cell(code(sha)));
          const where = [path, commits.length > 0 ? `commits ${commits.join(" ")}` : void 0].filter((x) => x !== void 0).join(" \xB7 ");
          const detail = [impl.note !== void 0 ? cell(impl.note) : void 0, where !== "" ? `<span class="prov">${where}</span>` : void 0].filter((x) => x !== void 0);
          return [`${flavorLink(ctx, impl.flavor, true)}<br>${impl.status}`, detail.length > 0 ? detail.join("<br>") : " "];
        })
      ),
      ""
    );
  }
  if (p.contributors !== void 0 && p.contributors.length > 0) {
    body.push("## Contributors", "", ...p.contributors.map((c) => `- ${contributorLink(ctx, c.contributor, true)}${c.note !== void 0 ? `: ${paragraph(c.note)}` : ""}`), "");
  }
  if (p.changelog !== void 0 && p.changelog.length > 0) {
    body.push("## Changelog", "", ...table(["date", "version", "change"], p.changelog.map((c) => [c.date, c.version === void 0 ? " " : cell(code(c.version)), cell(c.note)])), "");
  }
  if (p.references !== void 0 && p.references.length > 0) body.push("## References", "", ...p.references.map((r) => `- ${externalLink(r.title, r.url)}`), "");
  return page(loaded.file, `${code(p.code)} ${paragraph(p.title)}`, body, ctx.source?.(loaded.file));
}
function partTree(parts) {
  const ids = new Set(parts.map((p) => p.id));
  const reachesRoot = (p) => {
    const seen = /* @__PURE__ */ new Set();
    let current = p;
    while (current?.parent !== void 0 && ids.has(current.parent)) {
      if (seen.has(current.id)) return false;
      seen.add(current.id);
      current = parts.find((x) => x.id === current?.parent);
    }
    return true;
  };
  const isRoot = (p) => p.parent === void 0 || !ids.has(p.parent) || p.parent === p.id || !reachesRoot(p);
  const out = [];
  const placed = /* @__PURE__ */ new Set();
  const visit = (p, depth) => {
    if (placed.has(p.id)) return;
    placed.add(p.id);
    out.push({ part: p, depth });
    for (const child of byOrder(parts.filter((c) => c.parent === p.id && !isRoot(c)))) visit(child, depth + 1);
  };
  for (const root of byOrder(parts.filter(isRoot))) visit(root, 0);
  return out;
}
function partsIndex(ctx) {
  const all = [...ctx.parts.values()];
  const body = [
    `The spec parts: normative sections, each with an annotation code that implementations cite as ${code("wacrg:<code>")}. ${all.length} parts. ${link("Updates by version", "updates.md")}; machine-readable: ${link("feed.json", "feed.json")}.`,
    ""
  ];
  for (const category of PART_CATEGORIES) {
    const parts = all.filter((p) => p.category === category);
    if (parts.length === 0) continue;
    body.push(`## ${CATEGORY_TITLES[category]}`, "");
    for (const { part, depth } of partTree(parts)) body.push(`${"    ".repeat(depth)}- ${partLink(ctx, part.id, false)}: ${paragraph(part.summary)}`);
    body.push("");
  }
  if (all.length === 0) body.push("No spec parts yet.", "");
  return page("spec/{signalling,encodings,crypto,relay}/", "Spec parts", body, ctx.source?.("spec/"));
}
function compareVersions(a, b) {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? "";
    const y = pb[i] ?? "";
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    const d = !Number.isNaN(nx) && !Number.isNaN(ny) ? ny - nx : compare(y, x);
    if (d !== 0) return d;
  }
  return 0;
}
function updatesPage(ctx) {
  const all = [...ctx.parts.values()];
  const versions = [...new Set(all.flatMap((p) => p.since === void 0 ? [] : [p.since]))].sort(compareVersions);
  const body = ["Spec parts by the version in which they appeared or last changed in substance (`since`), newest first.", ""];
  const section = (title, parts) => {
    if (parts.length === 0) return;
    body.push(`## ${title}`, "");
    for (const p of [...parts].sort((a, b) => compare(a.category, b.category) || compare(a.code, b.code) || compare(a.id, b.id))) {
      const latest = p.changelog?.[0];
      body.push(`- ${partLink(ctx, p.id, false)}${latest !== void 0 ? `: ${latest.date}, ${paragraph(latest.note)}` : ""}`);
    }
    body.push("");
  };
  for (const version of versions) section(`Since ${inline(code(version))}`, all.filter((p) => p.since === version));
  section("No version given", all.filter((p) => p.since === void 0));
  if (all.length === 0) body.push("No spec parts yet.", "");
  return page("spec/{signalling,encodings,crypto,relay}/", "Spec updates", body, ctx.source?.("spec/"));
}
function feedJson(ctx) {
  const parts = [...ctx.parts.values()].sort((a, b) => compare(a.category, b.category) || (a.order ?? Infinity) - (b.order ?? Infinity) || compare(a.id, b.id));
  const feed = {
    version: 1,
    parts: parts.map((p) => ({
      id: p.id,
      code: p.code,
      category: p.category,
      title: p.title,
      status: p.status ?? null,
      since: p.since ?? null,
      page: `${p.category}/${p.id}.md`,
      implementations: (p.implementations ?? []).map((i) => ({ flavor: i.flavor, status: i.status }))
    })),
    flavors: [...ctx.flavors.values()].sort((a, b) => compare(a.id, b.id)).map((f) => ({
      id: f.id,
      name: f.name ?? null,
      url: f.url ?? null,
      implements: parts.flatMap((p) => (p.implementations ?? []).filter((i) => i.flavor === f.id).map((i) => ({ part: p.id, code: p.code, status: i.status })))
    }))
  };
  return `${JSON.stringify(feed, null, 2)}
`;
}

// src/docs/flavors.ts
function partLinkTop(parts, id) {
  const p = parts.parts.get(id);
  return p === void 0 ? code(id) : link(`${code(p.code)} ${paragraph(p.title)}`, `${p.category}/${p.id}.md`);
}
var anchorLink = (ids, page2, id) => ids.has(id) ? link(code(id), `${page2}#${id}`) : code(id);
function flavorsPage(ctx, parts, flavors, contributors) {
  const list = byId(flavors);
  const graph = flavorGraph(list.map((l) => l.record));
  const ids = new Set(list.map((l) => l.record.id));
  const body = [
    "Flavors are independent reimplementations of the protocol. A fact whose provenance names two flavors that do not derive from one another (directly or through others) is backed by two independent implementations; a port and what it derives from count as one.",
    ""
  ];
  if (list.length === 0) body.push("No flavor is registered yet.", "");
  else {
    body.push(
      ...table(
        ["flavor", "lineage and parts"],
        list.map((l) => {
          const f = l.record;
          const implemented = [...parts.parts.values()].filter((p) => (p.implementations ?? []).some((i) => i.flavor === f.id)).length;
          const about = [f.language, f.maturity].filter((x) => x !== void 0).join(", ");
          const derives = (f.derives_from ?? []).map((d) => anchorLink(ids, "", d)).join(", ");
          return [
            `${link(code(f.id), `#${f.id}`)}<br>${about === "" ? " " : about}`,
            `${derives === "" ? "independent" : `derives from ${derives}`}<br>${implemented} part${implemented === 1 ? "" : "s"} implemented`
          ];
        })
      ),
      ""
    );
  }
  for (const l of list) {
    const f = l.record;
    const repo = httpUrl(f.url);
    const rows = [];
    if (f.name !== void 0) rows.push(["name", cell(f.name)]);
    if (f.url !== void 0) rows.push(["repository", repo !== void 0 ? externalLink(repo, repo) : cell(code(f.url))]);
    if (f.language !== void 0) rows.push(["language", f.language]);
    if (f.maturity !== void 0) rows.push(["maturity", f.maturity]);
    if (f.license !== void 0) rows.push(["licence", cell(code(f.license))]);
    if (f.maintainer !== void 0) rows.push(["maintainer", contributors.has(f.maintainer) ? link(code(f.maintainer), `contributors.md#${f.maintainer}`) : code(f.maintainer)]);
    if (f.status !== void 0) rows.push(["status", f.status]);
    if (f.covers !== void 0 && f.covers.length > 0) rows.push(["covers", f.covers.join(", ")]);
    if (f.basis !== void 0 && f.basis.length > 0) rows.push(["rebuilt from", f.basis.map((t) => techniqueLink(ctx, t, "top")).join(", ")]);
    if (f.derives_from !== void 0 && f.derives_from.length > 0) rows.push(["derives from", f.derives_from.map((d) => anchorLink(ids, "", d)).join(", ")]);
    const lineage = [...lineageOf(f.id, graph)].filter((id) => id !== f.id).sort();
    if (lineage.length > 0) rows.push(["counts as one with", lineage.map((d) => anchorLink(ids, "", d)).join(", ")]);
    rows.push(["change notifications", f.notify_opt_in === true && f.notify_repo !== void 0 ? `opted in: ${code(f.notify_repo)}` : "not opted in"]);
    const implemented = byOrder([...parts.parts.values()]).flatMap((p) => (p.implementations ?? []).filter((i) => i.flavor === f.id).map((i) => ({ p, i })));
    body.push(`## ${f.id}`, "");
    if (f.description !== void 0) body.push(paragraph(f.description), "");
    body.push(...table(["property", "value"], rows), "");
    if (implemented.length > 0) body.push(...table(["part", "status"], implemented.map(({ p, i }) => [partLinkTop(parts, p.id), i.status])), "");
  }
  return page("spec/flavors/", "Flavors", body, sourceLink(ctx, "spec/flavors/"));
}
function contributorsPage(ctx, parts, contributors, flavors) {
  const list = byId(contributors);
  const flavorIds = new Set(flavors.map((l) => l.record.id));
  const body = ["The people who contribute to the spec. Provenance, spec parts and flavors name them by id.", ""];
  if (list.length === 0) body.push("No contributor file yet.", "");
  for (const l of list) {
    const c = l.record;
    const rows = [];
    if (c.name !== void 0) rows.push(["name", cell(c.name)]);
    if (c.github !== void 0) rows.push(["GitHub", /^[A-Za-z0-9-]{1,39}$/.test(c.github) ? link(code(c.github), `https://github.com/${c.github}`) : cell(code(c.github))]);
    if (c.affiliation !== void 0) rows.push(["affiliation", cell(c.affiliation)]);
    if (c.techniques !== void 0 && c.techniques.length > 0) rows.push(["techniques", c.techniques.map((t) => techniqueLink(ctx, t, "top")).join(", ")]);
    if (c.tools !== void 0 && c.tools.length > 0) rows.push(["tools", c.tools.map((t) => code(t)).join(", ")]);
    const works = [.../* @__PURE__ */ new Set([...c.flavors ?? [], ...flavors.filter((f) => f.record.maintainer === c.id).map((f) => f.record.id)])].sort();
    if (works.length > 0) rows.push(["flavors", works.map((f) => anchorLink(flavorIds, "flavors.md", f)).join(", ")]);
    const credited = byOrder([...parts.parts.values()]).filter((p) => (p.contributors ?? []).some((x) => x.contributor === c.id));
    if (credited.length > 0) rows.push(["spec parts", credited.map((p) => partLinkTop(parts, p.id)).join(", ")]);
    body.push(`## ${c.id}`, "");
    body.push(...rows.length > 0 ? table(["property", "value"], rows) : ["No details given."], "");
    if (c.links !== void 0 && c.links.length > 0) body.push(...c.links.map((x) => `- ${externalLink(x.title, x.url)}`), "");
  }
  return page("spec/contributors/", "Contributors", body, sourceLink(ctx, "spec/contributors/"));
}

// src/docs/flow.ts
function stanzaNodeLink(ctx, id) {
  const stanza = ctx.repo.stanzas.find((l) => l.record.id === id)?.record;
  if (stanza === void 0) return code(id);
  const action = stanza.children?.[0];
  const text = action === void 0 ? code(`<${stanza.tag}>`) : `${code(`<${stanza.tag}>`)} \u203A ${code(`<${action.tag}>`)}`;
  return `${factLink(ctx, id, action === void 0 ? [] : ["children", 0], text)} (${factLink(ctx, id, [], paragraph(stanza.display_name))})`;
}
function flowPage(ctx, loaded) {
  const flow = loaded.record;
  const labels = new Map(flow.participants.map((p) => [p.id, p.label]));
  const counts = confidenceCounts(flow.steps.map((s) => s.confidence));
  const body = [
    paragraph(flow.summary),
    "",
    ...table(
      ["property", "value"],
      [
        ["id", code(flow.id)],
        ["status", `${flow.status}, spec version ${code(flow.spec_version)}`],
        ["steps", `${flow.steps.length}: ${countBadges(counts)}`],
        ["participants", flow.participants.map((p) => cell(`${p.label} (${code(p.id)})`)).join(", ")]
      ].map(([k, v]) => [cell(k ?? ""), v ?? " "])
      // values: code spans, vocabulary words and badges
    ),
    "",
    "## Sequence",
    "",
    "Solid arrows: steps graded confirmed or probable. Dashed arrows: speculative or unknown. Every label ends with the step's confidence.",
    "",
    "```mermaid",
    ...sequenceDiagram(flow),
    "```",
    "",
    "## Steps",
    "",
    ...table(
      ["#", "step"],
      flow.steps.map((step, i) => {
        const from = cell(labels.get(step.from) ?? step.from);
        const to = cell(labels.get(step.to) ?? step.to);
        const parts = [`**${from} \u2192 ${to}**: ${cell(step.label)}`];
        if (step.stanza !== void 0) parts.push(`carries ${stanzaNodeLink(ctx, step.stanza)}`);
        if (step.note !== void 0) parts.push(`<span class="prov">${cell(step.note)}</span>`);
        return [`<a id="step-${i + 1}" href="#step-${i + 1}">${i + 1}</a><br>${confidenceBadge(step.confidence)}`, parts.join("<br>")];
      })
    ),
    ""
  ];
  if (flow.open_questions !== void 0 && flow.open_questions.length > 0) {
    body.push("## Open questions", "", ...flow.open_questions.map((q) => `- ${paragraph(q)}`), "");
  }
  return page(loaded.file, paragraph(flow.title), body, sourceLink(ctx, loaded.file));
}

// src/docs/index-page.ts
function indexPage(ctx, report) {
  const stanzas = inCallOrder(ctx, ctx.repo.stanzas);
  const flows = byId(ctx.repo.flows);
  const enums = byId(ctx.repo.enums);
  const techniques = byId(ctx.repo.techniques);
  const o = report.overall;
  const body = [
    "The reference part of the documentation, rendered from the YAML under `spec/`. Every fact carries a confidence and a provenance (the techniques that saw it). Read both before relying on a fact.",
    "",
    `${stanzas.length} stanzas, ${flows.length} flows, ${enums.length} enums, ${techniques.length} techniques. ${o.total} facts: ${countBadges({ confirmed: o.confirmed, probable: o.probable, speculative: o.speculative, unknown: o.unknown })}; coverage ${percent(o.coverage)} (${link("details", "coverage.md")}).`,
    "",
    "## Stanzas",
    "",
    "In the order a call uses them.",
    "",
    ...table(
      ["stanza", "summary", "facts"],
      stanzas.map((l) => {
        const s = l.record;
        const facts = factsOf(s);
        const first = distinguishingChild(ctx, s);
        const element = code(first === void 0 ? `<${s.tag}>` : `<${s.tag}><${first}>`);
        const counts = confidenceCounts(facts.map((f) => f.confidence));
        return [
          `${stanzaLink(ctx, s.id, "top", cell(s.display_name))}<br>${cell(element)}`,
          `${cell(s.summary)}<br><span class="prov">${s.category}, ${s.direction.join(", ")}, ${s.status}</span>`,
          `${facts.length} \xB7 ${percent(coverageOfFacts(facts).overall.coverage)}<br>${countBadges(counts)}`
        ];
      })
    ),
    "",
    "## Flows",
    "",
    ...table(
      ["flow", "summary"],
      flows.map((l) => [`${flowLink(ctx, l.record.id, "top", cell(l.record.title))}<br>${l.record.steps.length} steps`, `${cell(l.record.summary)}<br><span class="prov">${l.record.status}</span>`])
    ),
    "",
    "## Enums",
    "",
    ...table(
      ["enum", "values"],
      enums.map((l) => [enumLink(ctx, l.record.id, "top", cell(l.record.title)), cell(l.record.values.map((v) => code(String(v.value))).join(" "))])
    ),
    "",
    "## Techniques",
    "",
    ...table(
      ["technique", "sees"],
      techniques.map((l) => [`${techniqueLink(ctx, l.record.id, "top")}<br>${l.record.maturity}`, l.record.targets.join(", ")])
    ),
    "",
    `Which technique sees which category, and how many facts name each: ${link("techniques", "techniques/index.md")}.`,
    "",
    "## Also generated",
    "",
    `- ${link("Coverage", "coverage.md")}: the same numbers as \`wacrg coverage\`, with a chart.`,
    `- ${link("Glossary", "glossary.md")}: the terms used across the spec.`,
    ...ctx.repo.parts.length > 0 || ctx.repo.flavors.length > 0 ? [`- ${link("Spec parts", "parts.md")}: ${ctx.repo.parts.length} normative parts by category, ${link("updates by version", "updates.md")} and a machine-readable ${link("feed", "feed.json")}.`] : [],
    ...ctx.repo.flavors.length > 0 ? [`- ${link("Flavors", "flavors.md")}: ${ctx.repo.flavors.length} independent reimplementations and the parts they implement.`] : [],
    ...ctx.repo.contributors.length > 0 ? [`- ${link("Contributors", "contributors.md")}: ${ctx.repo.contributors.length} people.`] : [],
    ""
  ];
  return page("spec/", paragraph("Specification reference"), body, sourceLink(ctx, "spec/"));
}

// src/docs/nav.ts
var NAV_START = "# spec-nav:start";
var NAV_END = "# spec-nav:end";
var INDENT = "      ";
function docPath(path) {
  return path.slice("docs/".length);
}
function entry(depth, title, path) {
  const indent = `${INDENT}${"    ".repeat(depth)}`;
  return path === void 0 ? `${indent}- ${JSON.stringify(title)}:` : `${indent}- ${JSON.stringify(title)}: ${docPath(path)}`;
}
function renderNav(repo) {
  const lines = [entry(0, "Overview", paths.index)];
  const group = (title, items) => {
    if (items.length === 0) return;
    lines.push(entry(0, title));
    for (const [t, p] of items) lines.push(entry(1, t, p));
  };
  const names = new Map(repo.stanzas.map((l) => [l.record.id, l.record.display_name]));
  group("Stanzas", callOrder(repo).map((id) => [names.get(id) ?? id, paths.stanza(id)]));
  group("Flows", byId(repo.flows).map((l) => [l.record.title, paths.flow(l.record.id)]));
  group("Enums", byId(repo.enums).map((l) => [l.record.title, paths.enumPage(l.record.id)]));
  group("Techniques", [["Which sees what", paths.techniques], ...byId(repo.techniques).map((l) => [l.record.title, paths.technique(l.record.id)])]);
  if (repo.parts.length > 0 || repo.flavors.length > 0) {
    lines.push(entry(0, "Spec parts"), entry(1, "By category", partPaths.index));
    for (const category of PART_CATEGORIES) {
      const parts = byOrder(repo.parts.filter((l) => l.record.category === category).map((l) => l.record));
      if (parts.length === 0) continue;
      lines.push(entry(1, CATEGORY_TITLES[category]));
      for (const p of parts) lines.push(entry(2, `${p.code} ${p.title}`, partPaths.part(p.category, p.id)));
    }
    lines.push(entry(1, "Updates", partPaths.updates));
  }
  if (repo.flavors.length > 0) lines.push(entry(0, "Flavors", partPaths.flavors));
  if (repo.contributors.length > 0) lines.push(entry(0, "Contributors", partPaths.contributors));
  lines.push(entry(0, "Glossary", paths.glossary), entry(0, "Coverage", paths.coverage));
  return lines;
}

// src/docs/reference.ts
function enumPage(ctx, loaded) {
  const record = loaded.record;
  const counts = confidenceCounts(record.values.map((v) => v.confidence));
  const users = inCallOrder(ctx, ctx.repo.stanzas).flatMap(
    (s) => factsOf(s.record).filter((f) => f.type === `enum:${record.id}`).map((f) => ({ fact: f, stanza: s.record }))
  );
  const body = [
    paragraph(record.summary),
    "",
    ...table(
      ["property", "value"],
      [
        ["id", code(record.id)],
        ["status", record.status],
        ["values", `${record.values.length}: ${countBadges(counts)}`],
        ["used as", code(`type: enum:${record.id}`)]
      ].map(([k, v]) => [cell(k ?? ""), v ?? " "])
      // values: code spans, vocabulary words and badges
    ),
    "",
    "## Values",
    "",
    ...table(
      ["value", "description"],
      record.values.map((v) => [`${cell(code(String(v.value)))}<br>${confidenceBadge(v.confidence)}`, cell(v.description)])
    ),
    "",
    "## Used by",
    ""
  ];
  if (users.length === 0) body.push("No attribute uses this enum yet.", "");
  else {
    body.push(
      ...users.map(({ fact, stanza }) => {
        const where = code(fact.path.slice(fact.path.indexOf(":") + 1));
        return `- ${stanzaLink(ctx, stanza.id, "nested", paragraph(stanza.display_name))}: ${factLink(ctx, stanza.id, fact.recordPath, where)} ${confidenceBadge(fact.confidence)}`;
      }),
      ""
    );
  }
  return page(loaded.file, `${paragraph(record.title)} (${code(record.id)})`, body, sourceLink(ctx, loaded.file));
}
function glossaryPage(ctx, loaded) {
  const terms = [...loaded?.record.terms ?? []].sort((a, b) => compare(a.term.toLowerCase(), b.term.toLowerCase()) || compare(a.term, b.term));
  const body = terms.length === 0 ? ["The glossary is empty."] : table(["term", "definition"], terms.map((t) => [cell(`**${t.term}**`), cell(t.definition)]));
  const file = loaded?.file ?? "spec/glossary.yaml";
  return page(file, "Glossary", ["Terms used across the spec, in alphabetical order.", "", ...body], sourceLink(ctx, file));
}

// src/docs/stanza.ts
function sections(ctx, stanza) {
  const anchor = (path) => anchorOf(ctx, stanza.id, path) ?? "node";
  const build = (tags, path, depth, attributes, children, child) => ({
    label: tags.map((t) => code(`<${t}>`)).join(" \u203A "),
    anchor: anchor(path),
    recordPath: path,
    depth,
    tag: tags[tags.length - 1] ?? stanza.tag,
    tags,
    attributes,
    ...child !== void 0 ? { child } : {},
    children: children.map((c, i) => build([...tags, c.tag], [...path, "children", i], depth + 1, c.attributes ?? [], c.children ?? [], c))
  });
  return build([stanza.tag], [], 0, stanza.attributes ?? [], stanza.children ?? []);
}
function flatten(node) {
  return [node, ...node.children.flatMap(flatten)];
}
function provenanceCell(ctx, provenance) {
  if (provenance === void 0 || provenance.techniques.length === 0) return "provenance: none recorded";
  const parts = [`seen by ${[...new Set(provenance.techniques)].map((t) => techniqueLink(ctx, t)).join(", ")}`];
  const list = (label, values) => {
    if (values !== void 0 && values.length > 0) parts.push(`${label}: ${values.map((v) => cell(v)).join(", ")}`);
  };
  list("sources", provenance.sources);
  if (provenance.tools !== void 0 && provenance.tools.length > 0) parts.push(`tools: ${provenance.tools.map((v) => cell(code(v))).join(", ")}`);
  if (provenance.contributors !== void 0 && provenance.contributors.length > 0) {
    parts.push(`contributors: ${provenance.contributors.map((v) => cell(code(v))).join(", ")}`);
  }
  list("flavors", provenance.flavors);
  return parts.join("; ");
}
function typeText(ctx, type) {
  const enumId = /^enum:(.+)$/.exec(type)?.[1];
  if (enumId !== void 0) return enumLink(ctx, enumId, "nested", cell(code(type)));
  return cell(code(type));
}
function requiredText(required) {
  return required === void 0 ? "required?" : required ? "required" : "optional";
}
function factCell(name, anchor, confidence, details, id) {
  const target = id ? ` id="${anchor}"` : "";
  return [`<a class="fact"${target} href="#${anchor}">${name}</a>`, confidenceBadge(confidence), details.join(" \xB7 ")].join("<br>");
}
function describedCell(ctx, description, provenance, extra = "") {
  return `${cell(`${description}${extra}`)}<br><span class="prov">${provenanceCell(ctx, provenance)}</span>`;
}
function attributeTable(ctx, stanza, node) {
  return table(
    ["attribute", "description and provenance"],
    node.attributes.map((a, i) => {
      const anchor = anchorOf(ctx, stanza, [...node.recordPath, "attributes", i]) ?? "";
      const observed = a.observed_values !== void 0 && a.observed_values.length > 0 ? ` Observed: ${a.observed_values.map((v) => code(String(v))).join(", ")}.` : "";
      return [factCell(cell(code(a.name)), anchor, a.confidence, [typeText(ctx, a.type), requiredText(a.required)], true), describedCell(ctx, a.description, a.provenance, observed)];
    })
  );
}
function childTable(ctx, children) {
  return table(
    ["child", "description and provenance"],
    children.flatMap((node) => {
      const child = node.child;
      if (child === void 0) return [];
      return [[factCell(cell(code(`<${child.tag}>`)), node.anchor, child.confidence, [`occurs ${cell(code(child.occurrence))}`], false), describedCell(ctx, child.description, child.provenance)]];
    })
  );
}
function treeAttribute(a, anchor) {
  const mark = a.required === void 0 ? " (?)" : a.required ? "" : "?";
  return `${link(code(a.name), `#${anchor}`)}${mark}`;
}
function outline(ctx, stanza, root) {
  const lines = [];
  const visit = (node) => {
    const bits = [link(code(`<${node.tag}>`), `#${node.anchor}`)];
    if (node.child !== void 0) bits.push(confidenceBadge(node.child.confidence), code(node.child.occurrence));
    else bits.push("root");
    if (node.attributes.length > 0) bits.push(node.attributes.map((a, i) => treeAttribute(a, anchorOf(ctx, stanza, [...node.recordPath, "attributes", i]) ?? "")).join(" "));
    lines.push(`${"    ".repeat(node.depth)}- ${bits.join(" \xB7 ")}`);
    node.children.forEach(visit);
  };
  visit(root);
  return lines;
}
function nodeSection(ctx, stanza, node) {
  const out = [`### ${node.label} {#${node.anchor}}`, ""];
  const child = node.child;
  if (child === void 0) {
    out.push(`The root element ${code(`<${node.tag}>`)}.`, "");
  } else {
    out.push(`${confidenceBadge(child.confidence)} \xB7 occurs ${code(child.occurrence)} \xB7 ${provenanceCell(ctx, child.provenance)}`, "", paragraph(child.description), "");
  }
  if (node.attributes.length > 0) out.push(...attributeTable(ctx, stanza, node), "");
  else out.push("No attributes.", "");
  if (node.children.length > 0) out.push(...childTable(ctx, node.children), "");
  return out;
}
function stanzaPage(ctx, loaded) {
  const stanza = loaded.record;
  const root = sections(ctx, stanza);
  const facts = factsOf(stanza);
  const tally = coverageOfFacts(facts).overall;
  const counts = confidenceCounts(facts.map((f) => f.confidence));
  const first = distinguishingChild(ctx, stanza);
  const body = [paragraph(stanza.summary), ""];
  const element = first === void 0 ? code(`<${stanza.tag}>`) : `${code(`<${stanza.tag}>`)} with ${code(`<${first}>`)} first (other stanzas share the root)`;
  const properties = [
    ["id", code(stanza.id)],
    ["element", element],
    ["category", stanza.category],
    ["direction", stanza.direction.join(", ")],
    ["status", `${stanza.status}, spec version ${code(stanza.spec_version)}`],
    ["facts", `${facts.length}: ${countBadges(counts)}`],
    ["coverage", `${percent(tally.coverage)} (confirmed + 0.5 \xD7 probable, over ${tally.total} facts)`]
  ];
  body.push(...table(["property", "value"], properties.map(([k, v]) => [cell(k), v])), "");
  body.push("## Structure", "", "Every node with its confidence and occurrence, then its attributes: `name` required, `name?` optional, `name (?)` not known. Each links to its section or row.", "");
  body.push(...outline(ctx, stanza.id, root), "");
  body.push("## Nodes", "");
  for (const node of flatten(root)) body.push(...nodeSection(ctx, stanza.id, node));
  if (stanza.examples !== void 0 && stanza.examples.length > 0) {
    body.push("## Examples", "", "Examples are synthetic: every identifier, timestamp and byte of key material is a placeholder.", "");
    stanza.examples.forEach((example, i) => {
      body.push(`### Example ${i + 1}: ${paragraph(example.title)}`, "", ...fenced(example.body, example.format === "hex" ? "text" : example.format), "");
      if (example.note !== void 0) body.push(paragraph(example.note), "");
    });
  }
  if (stanza.notes !== void 0) body.push("## Notes", "", paragraph(stanza.notes), "");
  if (stanza.open_questions !== void 0 && stanza.open_questions.length > 0) {
    body.push("## Open questions", "", ...stanza.open_questions.map((q) => `- ${paragraph(q)}`), "");
  }
  if (stanza.references !== void 0 && stanza.references.length > 0) {
    body.push("## References", "", ...stanza.references.map((r) => `- ${externalLink(r.title, r.url)}`), "");
  }
  const uses = byId(ctx.repo.flows).map((f) => ({ flow: f.record, steps: f.record.steps.flatMap((s, i) => s.stanza === stanza.id ? [i + 1] : []) })).filter((u) => u.steps.length > 0);
  body.push("## Flows", "");
  if (uses.length === 0) body.push("No flow uses this stanza yet.", "");
  else {
    body.push(
      ...uses.map((u) => {
        const steps = u.steps.map((n) => flowLink(ctx, u.flow.id, "nested", String(n), `step-${n}`));
        return `- ${flowLink(ctx, u.flow.id, "nested", paragraph(u.flow.title))}: step${u.steps.length === 1 ? "" : "s"} ${listing(steps)}`;
      }),
      ""
    );
  }
  return page(loaded.file, `${paragraph(stanza.display_name)} (${code(stanza.id)})`, body, sourceLink(ctx, loaded.file));
}

// src/docs/technique.ts
function factsNaming(ctx, technique) {
  return inCallOrder(ctx, ctx.repo.stanzas).map((l) => ({ stanza: l.record, facts: factsOf(l.record).filter((f) => f.techniques.some((x) => x === technique)) })).filter((g) => g.facts.length > 0);
}
function factTable(ctx, groups) {
  const out = [];
  for (const { stanza, facts } of groups) {
    out.push(`### ${stanzaLink(ctx, stanza.id, "nested", paragraph(stanza.display_name))}`, "");
    out.push(
      ...table(
        ["fact", "kind"],
        facts.map((f) => {
          const where = code(f.path.slice(f.path.indexOf(":") + 1));
          const kind = f.kind === "attribute" ? `attribute, ${cell(code(f.type ?? ""))}` : `child, occurs ${code(f.occurrence ?? "")}`;
          return [`<span class="fact">${factLink(ctx, stanza.id, f.recordPath, where)}</span><br>${confidenceBadge(f.confidence)}`, kind];
        })
      ),
      ""
    );
  }
  return out;
}
function techniquePage(ctx, loaded, report) {
  const t = loaded.record;
  const tally = report.byTechnique[t.id];
  const groups = factsNaming(ctx, t.id);
  const perCategory = /* @__PURE__ */ new Map();
  for (const g of groups) for (const f of g.facts) perCategory.set(f.category, (perCategory.get(f.category) ?? 0) + 1);
  const list = (items) => items.map((item) => `- ${paragraph(item)}`);
  const counts = tally === void 0 ? void 0 : { confirmed: tally.confirmed, probable: tally.probable, speculative: tally.speculative, unknown: tally.unknown };
  const body = [
    paragraph(t.summary),
    "",
    ...table(
      ["property", "value"],
      [
        ["id", code(t.id)],
        ["maturity", `${t.maturity} (status ${t.status})`],
        ["sees", t.targets.join(", ")],
        ["facts naming it", tally === void 0 || tally.total === 0 ? "0" : `${tally.total}: ${countBadges(counts ?? { confirmed: 0, probable: 0, speculative: 0, unknown: 0 })}; coverage ${percent(tally.coverage)}`]
      ].map(([k, v]) => [cell(k ?? ""), v ?? " "])
      // values: code spans, vocabulary words and badges
    ),
    "",
    "## Categories",
    "",
    "Which layers of the protocol this technique can observe (its `targets`), and how many facts of the spec name it today, by the category of their stanza. A stanza of one category can still travel on another layer: a mute message is about media but is sent as signalling.",
    "",
    ...table(
      ["category", "sees it", "facts naming it"],
      CATEGORIES.map((c) => [c, t.targets.includes(c) ? "yes" : "no", String(perCategory.get(c) ?? 0)]),
      ["left", "left", "right"]
    ),
    "",
    "## Strengths",
    "",
    ...list(t.strengths),
    "",
    "## Limitations",
    "",
    ...list(t.limitations),
    "",
    "## Tooling",
    "",
    ...list(t.tooling),
    ""
  ];
  if (t.maintainers !== void 0 && t.maintainers.length > 0) body.push("## Maintainers", "", ...t.maintainers.map((m) => `- ${code(m)}`), "");
  if (t.guide !== void 0) body.push("## Guide", "", `In the repository: ${code(t.guide)}.`, "");
  if (t.references !== void 0 && t.references.length > 0) {
    body.push("## References", "", ...t.references.map((r) => `- ${typeof r === "string" ? externalLink(r, /^https?:\/\//.test(r) ? r : void 0) : externalLink(r.title, r.url)}`), "");
  }
  body.push("## Facts naming it", "");
  if (groups.length === 0) body.push("No fact of the spec names this technique yet: a capture made with it is the way to change that.", "");
  else body.push("Every fact whose provenance names this technique, by stanza in call order; each links to its row on the stanza page.", "", ...factTable(ctx, groups));
  return page(loaded.file, `${paragraph(t.title)} (${code(t.id)})`, body, sourceLink(ctx, loaded.file));
}
function techniquesIndex(ctx, report) {
  const techniques = byId(ctx.repo.techniques);
  const body = [
    `The ${techniques.length} techniques reveal different layers of a call. A fact reaches \`confirmed\` only when two different techniques saw it, so this table shows where corroboration is possible at all.`,
    "",
    "## Which technique sees which category",
    "",
    ...table(
      ["technique", "sees", "facts naming it"],
      techniques.map((l) => [
        `${link(cell(l.record.title), `${l.record.id}.md`)}<br>${l.record.maturity}`,
        CATEGORIES.filter((c) => l.record.targets.includes(c)).join(", ") || "none",
        String(report.byTechnique[l.record.id]?.total ?? 0)
      ]),
      ["left", "left", "right"]
    ),
    "",
    "\"sees\" comes from the technique's `targets`; the last column counts the facts of the spec whose provenance names it, each listed on the technique's page.",
    ""
  ];
  return page("spec/techniques/", "Techniques", body, sourceLink(ctx, "spec/techniques/"));
}

// src/docs/generate.ts
function generateDocs(all, options = {}) {
  const repo = pageable(all);
  const ctx = contextOf(repo, options);
  const report = coverageOf(byId(all.stanzas).map((s) => s.record), byId(all.flavors).map((f) => f.record));
  const files = [
    [paths.index, indexPage(ctx, report)],
    [paths.coverage, coveragePage(ctx, report)],
    [BADGE_PATH, coverageBadge(report)],
    [paths.glossary, glossaryPage(ctx, repo.glossary)],
    [paths.techniques, techniquesIndex(ctx, report)],
    ...byId(repo.stanzas).map((l) => [paths.stanza(l.record.id), stanzaPage(ctx, l)]),
    ...byId(repo.flows).map((l) => [paths.flow(l.record.id), flowPage(ctx, l)]),
    ...byId(repo.enums).map((l) => [paths.enumPage(l.record.id), enumPage(ctx, l)]),
    ...byId(repo.techniques).map((l) => [paths.technique(l.record.id), techniquePage(ctx, l, report)]),
    ...todayPages(ctx, repo)
  ];
  return new Map(files.sort(([a], [b]) => compare(a, b)));
}
function repoUrlOf(mkdocs) {
  const match = /^repo_url:[ \t]*(['"]?)(https:\/\/[^\s'"#]+)\1[ \t]*(?:#.*)?$/m.exec(mkdocs ?? "");
  return match?.[2];
}
function todayPages(ctx, repo) {
  const parts = byId(repo.parts);
  const flavors = byId(repo.flavors);
  const contributors = byId(repo.contributors);
  const pctx = { ...partsContext(parts, flavors, contributors), source: (file) => sourceLink(ctx, file) };
  const files = [];
  if (parts.length > 0 || flavors.length > 0) {
    files.push([partPaths.index, partsIndex(pctx)], [partPaths.updates, updatesPage(pctx)], [partPaths.feed, feedJson(pctx)]);
    files.push(...parts.map((l) => [partPaths.part(l.record.category, l.record.id), partPage(pctx, l)]));
  }
  if (flavors.length > 0) files.push([partPaths.flavors, flavorsPage(ctx, pctx, flavors, pctx.contributors)]);
  if (contributors.length > 0) files.push([partPaths.contributors, contributorsPage(ctx, pctx, contributors, flavors)]);
  return files;
}
function generatedRegions(repo) {
  return [
    { file: "docs/sanitization.md", start: GRAMMAR_START, end: GRAMMAR_END, content: ["", ...renderGrammar(PLACEHOLDER_GRAMMAR), ""] },
    { file: "mkdocs.yml", start: NAV_START, end: NAV_END, content: renderNav(pageable(repo)) },
    { file: "README.md", start: GRAMMAR_START, end: GRAMMAR_END, content: ["", ...renderGrammar(PLACEHOLDER_GRAMMAR), ""] }
  ];
}
function hasAnyMarker(text, region) {
  return text.split("\n").some((line) => line.trim() === region.start || line.trim() === region.end);
}
function fillRegions(regions, current) {
  const files = /* @__PURE__ */ new Map();
  const errors = [];
  for (const region of regions) {
    const text = files.get(region.file) ?? current.get(region.file);
    if (text === void 0 || !hasAnyMarker(text, region)) continue;
    const filled = fillRegion(text, region.start, region.end, region.content);
    if (filled.text === void 0) errors.push(`${region.file}: ${filled.error ?? "cannot fill the region"}`);
    else files.set(region.file, filled.text);
  }
  return { files, errors };
}

// src/cli/generate.ts
var usage = "wacrg generate [--root DIR] [--check]";
async function generateCommand(args, io) {
  const { values } = parse(args, {
    ...ROOT_OPTION,
    check: { type: "boolean", default: false }
  });
  const { root: rootDir, files } = await readSpecRoot(values.root, io);
  const root = openRoot(rootDir);
  const { repo, problems } = loadRepo(files);
  const specProblems = problems.filter((p) => p.file.startsWith("spec/"));
  if (specProblems.length > 0) {
    io.err(`wacrg generate: ${specProblems.length} problem(s) in spec/ left records out; run wacrg validate and fix them first. Nothing was ${values.check ? "checked" : "written"}.`);
    return 1;
  }
  const repoUrl = repoUrlOf(readTextInside(root, "mkdocs.yml"));
  const expected = generateDocs(repo, repoUrl === void 0 ? {} : { repoUrl });
  const regions = generatedRegions(repo);
  const current = /* @__PURE__ */ new Map();
  for (const region of regions) current.set(region.file, readTextInside(root, region.file));
  const filled = fillRegions(regions, current);
  if (filled.errors.length > 0) {
    for (const error of filled.errors) io.err(`wacrg generate: ${error}`);
    return 1;
  }
  for (const [path, text] of filled.files) expected.set(path, text);
  const state = compareWithDisk(root, expected);
  const outOfDate = state.missing.length + state.stale.length + state.extra.length;
  if (values.check) {
    for (const path of state.stale) io.out(`stale: ${path}`);
    for (const path of state.missing) io.out(`missing: ${path}`);
    for (const path of state.extra) io.out(`extra: ${path} (not generated from spec/: orphaned)`);
    if (outOfDate === 0) {
      io.out(`docs up to date: ${expected.size} generated files`);
      return 0;
    }
    io.out(`${outOfDate} file(s) out of date: run wacrg generate and commit the result`);
    return 1;
  }
  for (const path of state.missing) resolveInside(root, path);
  for (const path of [...state.missing, ...state.stale]) {
    writeTextAtomic(root, path, expected.get(path) ?? "");
    io.err(`wrote ${path}`);
  }
  for (const path of state.extra) io.err(removeInside(root, DOCS_DIR, path) ? `removed ${path}` : `left ${path}: reached through a link to another folder`);
  io.out(outOfDate === 0 ? `docs up to date: ${expected.size} generated files` : `${outOfDate} file(s) updated, ${expected.size} generated files`);
  return 0;
}
function compareWithDisk(root, expected) {
  const state = { missing: [], stale: [], extra: [] };
  for (const [path, text] of expected) {
    const onDisk = readTextInside(root, path);
    if (onDisk === void 0) state.missing.push(path);
    else if (onDisk !== text) state.stale.push(path);
  }
  for (const { path } of listTree(root, DOCS_DIR)) if (!expected.has(path)) state.extra.push(path);
  state.extra.sort();
  return state;
}
export {
  compareWithDisk,
  generateCommand,
  usage
};
