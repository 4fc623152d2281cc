import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  DEFAULT_TEMPLATE_PATH,
  captureId,
  ingest
} from "./chunk-V4XDV55Z.js";
import {
  require_promises
} from "./chunk-GFZGI5JH.js";
import {
  affectedFlavors,
  partIdsOfPaths
} from "./chunk-G5DO4MRO.js";
import {
  corpusEvidence,
  orderedTechniques
} from "./chunk-FFFXYVSX.js";
import "./chunk-T7BBJYNB.js";
import {
  Octokit,
  paginateRest
} from "./chunk-AILFURTP.js";
import {
  formatProblem,
  validateRepository
} from "./chunk-I3CTMD7S.js";
import "./chunk-WRULSOTR.js";
import "./chunk-UQKQI5BD.js";
import {
  require_os
} from "./chunk-R45XH5S4.js";
import {
  inlineCode
} from "./chunk-4CLRSQMI.js";
import {
  coverageDelta,
  coverageOf,
  percent,
  points
} from "./chunk-LDVGUKMZ.js";
import {
  factsOf
} from "./chunk-PEJKCWBR.js";
import {
  loadRepo,
  require_crypto
} from "./chunk-SS4IYWLV.js";
import "./chunk-RH3Z44SR.js";
import {
  RootLinkError,
  baseId,
  isRecordPath,
  isSchemaPath,
  kindOf,
  openRoot,
  readRepoFiles,
  readRepoListingCaptures,
  readTextInside,
  require_path,
  resolveInside
} from "./chunk-RE4H4C64.js";
import {
  require_fs
} from "./chunk-GQYKUKJN.js";
import {
  __toESM
} from "./chunk-XLS4JZ7B.js";

// node_modules/@actions/core/lib/command.js
var os = __toESM(require_os(), 1);

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input2) {
  if (input2 === null || input2 === void 0) {
    return "";
  } else if (typeof input2 === "string" || input2 instanceof String) {
    return input2;
  }
  return JSON.stringify(input2);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var crypto = __toESM(require_crypto(), 1);
var fs = __toESM(require_fs(), 1);
var os2 = __toESM(require_os(), 1);
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter2 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter2)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter2}"`);
  }
  if (convertedValue.includes(delimiter2)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter2}"`);
  }
  return `${key}<<${delimiter2}${os2.EOL}${convertedValue}${os2.EOL}${delimiter2}`;
}

// node_modules/@actions/core/lib/core.js
var os4 = __toESM(require_os());
var path2 = __toESM(require_path());

// node_modules/@actions/core/lib/summary.js
var import_os = __toESM(require_os(), 1);
var import_fs = __toESM(require_fs(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = import_fs.promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, import_fs.constants.R_OK | import_fs.constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(import_os.EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row3) => {
      const cells = row3.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label2, content) {
    const element = this.wrap("details", this.wrap("summary", label2) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/path-utils.js
var path = __toESM(require_path(), 1);

// node_modules/@actions/core/lib/platform.js
var import_os2 = __toESM(require_os(), 1);
var platform = import_os2.default.platform();
var arch = import_os2.default.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret2) {
  issueCommand("add-mask", {}, secret2);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/run.ts
var import_node_path2 = __toESM(require_path(), 1);

// src/github/transport.ts
var TransportHeaders = class {
  #map;
  constructor(entries) {
    this.#map = new Map([...entries].map(([name, value]) => [name.toLowerCase(), value]));
  }
  get(name) {
    return this.#map.get(name.toLowerCase()) ?? null;
  }
  has(name) {
    return this.#map.has(name.toLowerCase());
  }
  [Symbol.iterator]() {
    return [...this.#map].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)[Symbol.iterator]();
  }
};
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
function createTransport(options = {}) {
  const timeoutMs = options.timeoutMs ?? 3e5;
  const maxRedirects = options.maxRedirects ?? 20;
  const agents = /* @__PURE__ */ new Map();
  const agentFor = (protocol) => {
    let agent = agents.get(protocol);
    if (!agent) {
      const lib = protocol === "https:" ? process.getBuiltinModule("node:https") : process.getBuiltinModule("node:http");
      agent = new lib.Agent({ keepAlive: true });
      agents.set(protocol, agent);
    }
    return agent;
  };
  return async function transport(input2, init = {}) {
    let url = new URL(String(input2));
    let method = (init.method ?? "GET").toUpperCase();
    let headers = { ...init.headers };
    let body = bodyBytes(init.body);
    for (let redirects = 0; ; redirects++) {
      const response = await once(url, method, headers, body, init.signal ?? void 0, agentFor, timeoutMs);
      const location = response.headers.get("location");
      if (!REDIRECTS.has(response.status) || location === null || init.redirect === "manual") return finish(response, url, redirects > 0);
      if (init.redirect === "error") throw new TypeError("fetch failed", { cause: new Error(`redirect (HTTP ${response.status}) with redirect: "error"`) });
      if (redirects >= maxRedirects) throw new TypeError("fetch failed", { cause: new Error(`more than ${maxRedirects} redirects`) });
      const next = new URL(location, url);
      if (next.protocol !== "http:" && next.protocol !== "https:") throw new TypeError("fetch failed", { cause: new Error("redirect to a URL that is not http(s)") });
      if (response.status === 303 ? method !== "HEAD" : (response.status === 301 || response.status === 302) && method === "POST") {
        method = "GET";
        body = void 0;
        headers = withoutHeaders(headers, ["content-type", "content-length"]);
      }
      if (next.origin !== url.origin) headers = withoutHeaders(headers, ["authorization"]);
      url = next;
    }
  };
}
function once(url, method, headers, body, signal, agentFor, timeoutMs) {
  if (url.protocol !== "http:" && url.protocol !== "https:") return Promise.reject(new TypeError("fetch failed", { cause: new Error(`unsupported protocol ${url.protocol}`) }));
  if (signal?.aborted) return Promise.reject(abortError());
  const lib = url.protocol === "https:" ? process.getBuiltinModule("node:https") : process.getBuiltinModule("node:http");
  const requestHeaders = { ...headers };
  if (body !== void 0) requestHeaders["content-length"] = String(body.length);
  const options = { method, headers: requestHeaders, agent: agentFor(url.protocol), timeout: timeoutMs };
  return new Promise((resolve2, reject) => {
    let settled = false;
    const fail = (error2) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      reject(error2 instanceof Error && error2.name === "AbortError" ? error2 : new TypeError("fetch failed", { cause: error2 }));
    };
    const onAbort = () => {
      request.destroy();
      fail(abortError());
    };
    const request = lib.request(url, options, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("error", fail);
      response.on("aborted", () => fail(new Error("the response was cut off")));
      response.on("end", () => {
        if (settled) return;
        let decoded;
        try {
          decoded = decode(Buffer.concat(chunks), response.headers["content-encoding"]);
        } catch (error2) {
          fail(error2);
          return;
        }
        settled = true;
        signal?.removeEventListener("abort", onAbort);
        resolve2({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? "", headers: headersOf(response), body: decoded });
      });
    });
    request.on("timeout", () => request.destroy(new Error(`no response for ${timeoutMs / 1e3} s`)));
    request.on("error", fail);
    signal?.addEventListener("abort", onAbort, { once: true });
    request.end(body);
  });
}
function finish(raw, url, redirected) {
  const bytes = raw.body;
  return {
    status: raw.status,
    statusText: raw.statusText,
    url: url.href,
    redirected,
    headers: raw.headers,
    text: async () => bytes.toString("utf8"),
    json: async () => JSON.parse(bytes.toString("utf8")),
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)
  };
}
function headersOf(response) {
  const entries = [];
  for (const [name, value] of Object.entries(response.headersDistinct)) {
    if (value !== void 0) entries.push([name, value.join(", ")]);
  }
  return new TransportHeaders(entries);
}
function bodyBytes(body) {
  if (body === void 0 || body === null) return void 0;
  if (typeof body === "string") return Buffer.from(body, "utf8");
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError("the request body must be a string or bytes");
}
function decode(body, encoding) {
  if (encoding === void 0 || body.length === 0) return body;
  const codings = encoding.split(",").map((c) => c.trim().toLowerCase()).filter((c) => c !== "" && c !== "identity");
  if (codings.length === 0) return body;
  const zlib = process.getBuiltinModule("node:zlib");
  let out = body;
  for (const coding of codings.reverse()) {
    if (coding === "gzip" || coding === "x-gzip") out = zlib.gunzipSync(out);
    else if (coding === "deflate") out = zlib.inflateSync(out);
    else if (coding === "br") out = zlib.brotliDecompressSync(out);
    else throw new Error(`unsupported content encoding ${coding}`);
  }
  return out;
}
function withoutHeaders(headers, names) {
  const drop = new Set(names);
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !drop.has(name.toLowerCase())));
}
function abortError() {
  const error2 = new Error("This operation was aborted");
  error2.name = "AbortError";
  return error2;
}

// src/github/retry.ts
var DEFAULT_RETRY_BUDGET = { retriesPerRequest: 3, maxWaitSeconds: 120, totalWaitSeconds: 300 };
var RETRY_OUTCOME = "wacrgRetryOutcome";
function rateLimitWait(failure, nowSeconds) {
  const { status, headers = {}, message } = failure;
  if (status !== 403 && status !== 429) return null;
  const secondary = /secondary rate limit/i.test(message);
  const kind = secondary ? "secondary rate limit" : "rate limit";
  const retryAfter = parseRetryAfter(headers["retry-after"], nowSeconds);
  if (retryAfter !== null) return { kind, waitSeconds: retryAfter };
  if (String(headers["x-ratelimit-remaining"] ?? "") === "0") {
    const reset = Number(headers["x-ratelimit-reset"]);
    if (Number.isFinite(reset)) return { kind: "rate limit", waitSeconds: Math.max(1, Math.ceil(reset - nowSeconds) + 1) };
  }
  if (secondary || status === 429) return { kind, waitSeconds: 60 };
  return null;
}
function parseRetryAfter(value, nowSeconds) {
  if (value === void 0 || value === "") return null;
  const text = String(value).trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil(date / 1e3 - nowSeconds));
}
function decideRetry(failure, retryIndex, spentSeconds, nowSeconds, budget = DEFAULT_RETRY_BUDGET) {
  let kind;
  let waitSeconds;
  const limit = rateLimitWait(failure, nowSeconds);
  if (limit) {
    ({ kind, waitSeconds } = limit);
  } else if (failure.status === void 0 || failure.status === 500 && failure.headers === void 0) {
    kind = "network error";
    waitSeconds = (retryIndex + 1) ** 2;
  } else if (failure.status >= 500) {
    kind = "server error";
    waitSeconds = (retryIndex + 1) ** 2;
  } else {
    return { retry: false, kind: null, waitSeconds: null, reason: "not retryable" };
  }
  if (retryIndex >= budget.retriesPerRequest) return { retry: false, kind, waitSeconds, reason: `already retried ${retryIndex} times` };
  if (waitSeconds > budget.maxWaitSeconds) return { retry: false, kind, waitSeconds, reason: `the wait exceeds ${budget.maxWaitSeconds}s` };
  if (spentSeconds + waitSeconds > budget.totalWaitSeconds) return { retry: false, kind, waitSeconds, reason: `the run's retry budget of ${budget.totalWaitSeconds}s is spent` };
  return { retry: true, kind, waitSeconds };
}

// src/github/client.ts
var GitHubOctokit = Octokit.plugin(paginateRest);
function createClient(token, options = {}) {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {
  });
  const budget = { ...DEFAULT_RETRY_BUDGET, ...options.budget };
  const sleep = options.sleep ?? ((ms) => new Promise((resolve2) => setTimeout(resolve2, ms)));
  const baseUrl = env["GITHUB_API_URL"] || "https://api.github.com";
  const userAgent = orchestrationUserAgent(env["ACTIONS_ORCHESTRATION_ID"]);
  const client = new GitHubOctokit({
    auth: `token ${token}`,
    baseUrl,
    ...userAgent ? { userAgent } : {},
    request: { fetch: proxyConfigured(env) ? lazyProxyFetch() : createTransport() }
  });
  let spentSeconds = 0;
  client.hook.wrap("request", async (request, requestOptions) => {
    for (let retryIndex = 0; ; retryIndex++) {
      try {
        return await request(requestOptions);
      } catch (error2) {
        const failure = failureOf(error2);
        if (!failure) throw error2;
        const decision = decideRetry(failure, retryIndex, spentSeconds, Date.now() / 1e3, budget);
        if (decision.kind === null) throw error2;
        const what = decision.kind === "server error" ? `HTTP ${failure.status}` : decision.kind;
        const where = `${requestOptions.method} ${routeOf(String(requestOptions.url))}`;
        if (!decision.retry) {
          log(`${what} on ${where}: giving up (${decision.reason})`);
          if (error2 instanceof Error) Object.defineProperty(error2, RETRY_OUTCOME, { value: { retries: retryIndex, reason: decision.reason } });
          throw error2;
        }
        log(`${what} on ${where}: retrying in ${decision.waitSeconds}s`);
        spentSeconds += decision.waitSeconds;
        await sleep(decision.waitSeconds * 1e3);
      }
    }
  });
  return client;
}
function failureOf(error2) {
  if (!(error2 instanceof Error) || !("status" in error2)) return null;
  const status = typeof error2.status === "number" ? error2.status : void 0;
  const response = "response" in error2 ? error2.response : void 0;
  const data = response?.data;
  const apiMessage = typeof data === "object" && data !== null && "message" in data && typeof data.message === "string" ? data.message : void 0;
  return { status, headers: response?.headers, message: apiMessage ?? error2.message };
}
function orchestrationUserAgent(id) {
  const trimmed = id?.trim();
  return trimmed ? `actions_orchestration_id/${trimmed.replace(/[^a-z0-9_.-]/gi, "_")}` : void 0;
}
function proxyConfigured(env) {
  return ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"].some((name) => (env[name] ?? "") !== "");
}
function lazyProxyFetch() {
  let loaded;
  return async (input2, init) => {
    loaded ??= import("./utils-RP4ANW4K.js").then((m) => {
      const proxied = m.defaults.request?.fetch;
      if (typeof proxied !== "function") throw new Error("@actions/github provides no proxy-aware fetch");
      return proxied;
    });
    return (await loaded)(input2, init);
  };
}
function routeOf(url) {
  try {
    return decodeURI(new URL(url, "http://github.invalid").pathname);
  } catch {
    return "(url)";
  }
}

// src/github/git.ts
var import_node_crypto = __toESM(require_crypto(), 1);

// src/github/check.ts
var UnexpectedResponseError = class extends Error {
  constructor(what, detail) {
    super(`unexpected response from GitHub for ${what}: ${detail}`);
    this.name = "UnexpectedResponseError";
  }
};
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function object(value, what, at = "response") {
  if (!isObject(value)) throw new UnexpectedResponseError(what, `${at} is not an object`);
  return value;
}
function array(value, what, at = "response") {
  if (!Array.isArray(value)) throw new UnexpectedResponseError(what, `${at} is not an array`);
  return value;
}
function string(obj, key, what) {
  const value = obj[key];
  if (typeof value !== "string") throw new UnexpectedResponseError(what, `field "${key}" is not a string`);
  return value;
}
function nullableString(obj, key, what) {
  const value = obj[key];
  if (value === null || value === void 0) return null;
  if (typeof value !== "string") throw new UnexpectedResponseError(what, `field "${key}" is not a string or null`);
  return value;
}
function integer(obj, key, what) {
  const value = obj[key];
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new UnexpectedResponseError(what, `field "${key}" is not an integer`);
  }
  return value;
}
function boolean(obj, key, what) {
  const value = obj[key];
  if (typeof value !== "boolean") throw new UnexpectedResponseError(what, `field "${key}" is not a boolean`);
  return value;
}
function child(obj, key, what) {
  return object(obj[key], what, `field "${key}"`);
}
function sha(obj, key, what) {
  const value = string(obj, key, what);
  if (!/^[0-9a-f]{40}$/.test(value)) throw new UnexpectedResponseError(what, `field "${key}" is not a git SHA`);
  return value;
}
function labelNames(obj, what) {
  const list = obj["labels"];
  if (list === void 0) return [];
  return array(list, what, 'field "labels"').map((label2) => {
    if (typeof label2 === "string") return label2;
    return string(object(label2, what, "a label"), "name", what);
  });
}
function userLogin(obj, what) {
  const user = obj["user"];
  if (user === null || user === void 0) return { login: "ghost", type: "User" };
  const checked = object(user, what, 'field "user"');
  return { login: string(checked, "login", what), type: typeof checked["type"] === "string" ? checked["type"] : "User" };
}

// src/github/errors.ts
function opOn(repo, what, permission, kind) {
  return { what, permission, repository: `${repo.owner}/${repo.repo}`, ...kind !== void 0 ? { kind } : {} };
}
var NOT_PERMITTED_TO_CREATE_PRS = "GitHub Actions is not permitted to create or approve pull requests";
var GitHubError = class extends Error {
  status;
  apiMessage;
  operation;
  constructor(message, status, apiMessage, operation) {
    super(message);
    this.name = "GitHubError";
    this.status = status;
    this.apiMessage = apiMessage;
    this.operation = operation;
  }
};
function statusOf(error2) {
  if (error2 instanceof GitHubError) return error2.status;
  if (isObject(error2) || error2 instanceof Error) {
    const status = Reflect.get(error2, "status");
    if (typeof status === "number") return status;
  }
  return void 0;
}
function apiMessageOf(error2) {
  if (error2 instanceof GitHubError) return error2.apiMessage;
  if (error2 instanceof Error || isObject(error2)) {
    const response = Reflect.get(error2, "response");
    if (isObject(response) && isObject(response["data"]) && typeof response["data"]["message"] === "string") {
      const data = response["data"];
      const details = Array.isArray(data["errors"]) ? data["errors"].flatMap((e) => isObject(e) && typeof e["message"] === "string" ? [e["message"]] : []) : [];
      return [data["message"], ...details].join(": ");
    }
    const message = Reflect.get(error2, "message");
    if (typeof message === "string") return message;
  }
  return String(error2);
}
function headerOf(error2, name) {
  if (!(error2 instanceof Error) && !isObject(error2)) return void 0;
  const response = Reflect.get(error2, "response");
  if (!isObject(response) || !isObject(response["headers"])) return void 0;
  const value = response["headers"][name];
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : void 0;
}
function isNotFound(error2) {
  return statusOf(error2) === 404;
}
function retryOutcomeOf(error2) {
  if (!(error2 instanceof Error)) return void 0;
  const outcome = Reflect.get(error2, RETRY_OUTCOME);
  return isObject(outcome) && typeof outcome["retries"] === "number" && typeof outcome["reason"] === "string" ? { retries: outcome["retries"], reason: outcome["reason"] } : void 0;
}
function afterRetries(error2) {
  const outcome = retryOutcomeOf(error2);
  if (outcome === void 0) return "still failing after the retries of the run's retry budget";
  if (outcome.retries === 0) return `not retried (${outcome.reason})`;
  return `still failing after ${outcome.retries} ${outcome.retries === 1 ? "retry" : "retries"}`;
}
function describeFailure(error2, op) {
  const status = statusOf(error2);
  const api = apiMessageOf(error2).replace(/\s+/g, " ").slice(0, 300);
  const prefix = `${op.what} failed`;
  const name = op.repository !== void 0 ? ` ${op.repository}` : "";
  if (status === void 0) {
    return `${prefix}: ${api || "network error"}. GitHub could not be reached, ${afterRetries(error2)}: check the runner's network or proxy settings (GITHUB_API_URL, https_proxy), then re-run the job.`;
  }
  if (status === 403 && api.includes(NOT_PERMITTED_TO_CREATE_PRS)) {
    return `${prefix}: ${NOT_PERMITTED_TO_CREATE_PRS}. A repository admin must enable "Allow GitHub Actions to create and approve pull requests" under Settings \u2192 Actions \u2192 General \u2192 Workflow permissions (for an organization repository it must also be allowed in the organization's Settings \u2192 Actions \u2192 General), then re-run this job.`;
  }
  const rateLimited = (status === 403 || status === 429) && (headerOf(error2, "x-ratelimit-remaining") === "0" || /rate limit/i.test(api));
  if (rateLimited) {
    const reset = Number(headerOf(error2, "x-ratelimit-reset"));
    const when = Number.isFinite(reset) && reset > 0 ? ` after ${new Date(reset * 1e3).toISOString()}` : " later";
    const outcome = retryOutcomeOf(error2);
    const waited = outcome?.retries === 0 ? `not waited for (${outcome.reason})` : "already waited within the run's retry budget";
    return `${prefix}: GitHub API rate limit exceeded (HTTP ${status}), ${waited}. Re-run the job${when}; a token of its own (a GitHub App) has a separate limit.`;
  }
  if (status === 401) return `${prefix}: the token was rejected (HTTP 401 ${api}). Check the \`token\` input: it is empty, expired or revoked.`;
  if (status === 403) {
    return `${prefix}: HTTP 403 ${api}. The token lacks \`${op.permission}\`: grant it under \`permissions:\` of the job (a personal or app token needs the same access to the repository${name}).`;
  }
  if (status === 404) {
    return `${prefix}: HTTP 404 ${api}. Either it does not exist or the token cannot see the repository${name}: the workflow token reaches only the repository the workflow runs in; a personal or app token must be granted access to the repository${name} with \`${op.permission}\`.`;
  }
  if (status === 410) return `${prefix}: HTTP 410 ${api}. The issue was deleted, or issues are turned off for the repository${name} (Settings \u2192 General \u2192 Features \u2192 Issues).`;
  if (status === 409) {
    if (/empty/i.test(api)) return `${prefix}: HTTP 409 ${api}. The repository${name} has no commit yet: push a first commit to its default branch, then re-run the job.`;
    return `${prefix}: HTTP 409 ${api}. GitHub reported a conflict: something else was changing the same branch or object at the same time, and it did not clear within the attempts this run makes. Re-run the job; if it keeps happening, check which other workflow, app or rule writes to that branch.`;
  }
  if (status === 422) return `${prefix}: HTTP 422 ${api}. ${unprocessableAdvice(api, op)}`;
  if (status >= 500) {
    return `${prefix}: GitHub answered HTTP ${status} ${api}, ${afterRetries(error2)}. GitHub is having trouble (see https://www.githubstatus.com): re-run the job later.`;
  }
  return `${prefix}: HTTP ${status} ${api}. Unexpected answer: re-run the job, and report it if it persists.`;
}
function unprocessableAdvice(api, op) {
  if (/rule|protect|restricted|cannot (be )?(created|updated)|not allowed/i.test(api) || op.kind === "ref" && /refused|declined/i.test(api)) {
    return "A branch protection rule or repository ruleset refuses this branch write: exempt the capture branches (the `branch-prefix` input, default `capture/`) from the rule, or let the token bypass it.";
  }
  if (op.kind === "ref" && /not a fast forward/i.test(api)) {
    return "The branch kept moving while this run wrote to it (another run or a push), for every attempt this run makes: re-run the job once the other writer is done.";
  }
  if (op.kind === "ref" && /name|invalid/i.test(api)) return "The branch name is not valid: check the `branch-prefix` input.";
  if (op.kind === "label") return "GitHub refused the label: check the `labels`, `capture-label` and `needs-sanitization-label` inputs (at most 50 characters, no commas).";
  if (op.kind === "comment" && /too long|maximum/i.test(api)) return "The comment is over GitHub's size limit: this is a bug in the report's size cap, please report it.";
  if (op.kind === "pull" && /base/i.test(api)) return "The base branch was refused: check that the default branch exists and the token can read it.";
  return "GitHub refused the data this run sent; re-run the job, and report it if it persists (the message above says which field).";
}
async function call(op, fn) {
  try {
    return await fn();
  } catch (error2) {
    if (error2 instanceof GitHubError || error2 instanceof UnexpectedResponseError) throw error2;
    throw new GitHubError(describeFailure(error2, op), statusOf(error2), apiMessageOf(error2), op);
  }
}

// src/github/git.ts
function gitBlobSha(content) {
  const bytes = Buffer.from(content, "utf8");
  return (0, import_node_crypto.createHash)("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}
async function getBranchHead(client, repo, branch) {
  const op = opOn(repo, `reading branch ${branch}`, "contents: read", "read");
  let data;
  try {
    data = (await call(op, () => client.request("GET /repos/{owner}/{repo}/branches/{branch}", { ...repo, branch }))).data;
  } catch (error2) {
    if (isNotFound(error2) && /branch not found/i.test(apiMessageOf(error2))) return null;
    throw error2;
  }
  const commit = child(object(data, op.what), "commit", op.what);
  const inner = child(commit, "commit", op.what);
  const parents = array(commit["parents"] ?? [], op.what, 'field "parents"').map((p) => sha(object(p, op.what, "a parent"), "sha", op.what));
  return { sha: sha(commit, "sha", op.what), treeSha: sha(child(inner, "tree", op.what), "sha", op.what), message: string(inner, "message", op.what), parents };
}
async function getBaseHead(client, repo, base) {
  const head = await getBranchHead(client, repo, base);
  if (head === null) {
    const op = opOn(repo, `reading the base branch ${base}`, "contents: read", "read");
    throw new GitHubError(
      `${op.what} failed: ${op.repository} has no branch ${base}. Push a first commit to the default branch (an empty repository has none), or fix the default branch under Settings \u2192 General, then re-run the job.`,
      404,
      "Branch not found",
      op
    );
  }
  return head;
}
async function getDefaultBranch(client, repo) {
  const op = opOn(repo, "reading the repository", "contents: read", "read");
  const res = await call(op, () => client.request("GET /repos/{owner}/{repo}", { ...repo }));
  return string(object(res.data, op.what), "default_branch", op.what);
}
async function createTree(client, repo, baseTree, files, branch) {
  const op = opOn(repo, `writing the files for branch ${branch}`, "contents: write", "ref");
  const res = await call(
    op,
    () => client.request("POST /repos/{owner}/{repo}/git/trees", {
      ...repo,
      base_tree: baseTree,
      tree: files.map((f) => ({ path: f.path, mode: "100644", type: "blob", content: f.content }))
    })
  );
  return sha(object(res.data, op.what), "sha", op.what);
}
async function createCommit(client, repo, tree, parents, message, branch) {
  const op = opOn(repo, `committing to branch ${branch}`, "contents: write", "ref");
  const res = await call(op, () => client.request("POST /repos/{owner}/{repo}/git/commits", { ...repo, message, tree, parents }));
  return sha(object(res.data, op.what), "sha", op.what);
}
async function createBranch(client, repo, branch, commitSha) {
  const op = opOn(repo, `creating branch ${branch}`, "contents: write", "ref");
  try {
    await call(op, () => client.request("POST /repos/{owner}/{repo}/git/refs", { ...repo, ref: `refs/heads/${branch}`, sha: commitSha }));
    return "created";
  } catch (error2) {
    if (statusOf(error2) === 422 && /already exists/i.test(apiMessageOf(error2))) return "exists";
    throw error2;
  }
}
async function moveBranch(client, repo, branch, commitSha, force) {
  const op = opOn(repo, `updating branch ${branch}`, "contents: write", "ref");
  try {
    await call(op, () => client.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", { ...repo, ref: `heads/${branch}`, sha: commitSha, force }));
    return "updated";
  } catch (error2) {
    const status = statusOf(error2);
    const api = apiMessageOf(error2);
    if (status === 422 && /fast forward|does not exist/i.test(api) || status === 409 && !/empty/i.test(api)) return "moved";
    throw error2;
  }
}
async function blobShas(client, repo, treeSha, commitSha, paths) {
  const op = opOn(repo, "reading a tree", "contents: read", "read");
  const res = await call(op, () => client.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { ...repo, tree_sha: treeSha, recursive: "1" }));
  const data = object(res.data, op.what);
  const found = /* @__PURE__ */ new Map();
  if (!boolean(data, "truncated", op.what)) {
    const wanted = new Set(paths);
    for (const item of array(data["tree"], op.what, 'field "tree"')) {
      const entry = object(item, op.what, "a tree entry");
      const path3 = string(entry, "path", op.what);
      if (wanted.has(path3) && entry["type"] === "blob") found.set(path3, sha(entry, "sha", op.what));
    }
    return found;
  }
  for (const path3 of paths) {
    const blob = await fileSha(client, repo, path3, commitSha);
    if (blob !== null) found.set(path3, blob);
  }
  return found;
}
async function fileSha(client, repo, path3, ref) {
  const op = opOn(repo, "reading a file", "contents: read", "read");
  try {
    const res = await call(op, () => client.request("GET /repos/{owner}/{repo}/contents/{path}", { ...repo, path: path3, ref }));
    const data = res.data;
    if (!isObject(data) || data["type"] !== "file") return null;
    return sha(data, "sha", op.what);
  } catch (error2) {
    if (isNotFound(error2)) return null;
    throw error2;
  }
}
async function getFileText(client, repo, path3, ref) {
  const op = opOn(repo, `reading ${path3} at the base commit`, "contents: read", "read");
  let data;
  try {
    data = (await call(op, () => client.request("GET /repos/{owner}/{repo}/contents/{path}", { ...repo, path: path3, ref }))).data;
  } catch (error2) {
    if (isNotFound(error2)) return null;
    throw error2;
  }
  const file = object(data, op.what);
  if (file["type"] !== "file") return null;
  if (file["encoding"] === "base64" && typeof file["content"] === "string" && file["content"] !== "") {
    return Buffer.from(file["content"], "base64").toString("utf8");
  }
  const blobSha = sha(file, "sha", op.what);
  const blob = await call(op, () => client.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { ...repo, file_sha: blobSha }));
  const body = object(blob.data, op.what);
  const content = string(body, "content", op.what);
  return string(body, "encoding", op.what) === "base64" ? Buffer.from(content, "base64").toString("utf8") : content;
}

// src/github/pulls.ts
function toPullRequest(value, what) {
  const pr = object(value, what);
  return {
    number: integer(pr, "number", what),
    url: string(pr, "html_url", what),
    title: string(pr, "title", what),
    body: nullableString(pr, "body", what) ?? "",
    labels: labelNames(pr, what),
    headRef: string(child(pr, "head", what), "ref", what),
    baseRef: string(child(pr, "base", what), "ref", what)
  };
}
async function findPullRequest(client, repo, branch, base) {
  const op = opOn(repo, "looking up the pull request", "pull-requests: read", "read");
  const res = await call(
    op,
    () => client.request("GET /repos/{owner}/{repo}/pulls", { ...repo, head: `${repo.owner}:${branch}`, base, state: "open", per_page: 10 })
  );
  const list = array(res.data, op.what).map((pr) => toPullRequest(pr, op.what));
  return list.find((pr) => pr.headRef === branch && pr.baseRef === base) ?? null;
}
async function ensurePullRequest(client, repo, spec) {
  let existing = spec.known !== void 0 ? spec.known : await findPullRequest(client, repo, spec.branch, spec.base);
  let created = false;
  if (existing === null) {
    const op = opOn(repo, "creating the pull request", "pull-requests: write", "pull");
    try {
      const res = await call(
        op,
        () => client.request("POST /repos/{owner}/{repo}/pulls", { ...repo, head: spec.branch, base: spec.base, title: spec.title, body: spec.body })
      );
      existing = toPullRequest(res.data, op.what);
      created = true;
    } catch (error2) {
      if (error2 instanceof GitHubError && statusOf(error2) === 422 && /no commits between/i.test(error2.apiMessage)) return null;
      if (!(error2 instanceof GitHubError && statusOf(error2) === 422 && /already exists/i.test(error2.apiMessage))) {
        throw error2;
      }
      existing = await findPullRequest(client, repo, spec.branch, spec.base);
      if (existing === null) throw error2;
    }
  }
  let updated = false;
  if (!created && (existing.title !== spec.title || existing.body !== spec.body)) {
    const op = opOn(repo, "updating the pull request", "pull-requests: write", "pull");
    const number = existing.number;
    const res = await call(
      op,
      () => client.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", { ...repo, pull_number: number, title: spec.title, body: spec.body })
    );
    existing = toPullRequest(res.data, op.what);
    updated = true;
  }
  const missing = spec.labels.filter((label2) => !existing.labels.includes(label2));
  if (missing.length > 0) await addLabels(client, repo, existing.number, missing, "pull-requests: write");
  return { ...existing, labels: [...existing.labels, ...missing], created, updated, labelsAdded: missing };
}
async function addLabels(client, repo, issueNumber, labels, permission = "issues: write") {
  if (labels.length === 0) return;
  await call(
    { ...opOn(repo, `adding labels to #${issueNumber}`, permission, "label") },
    () => client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { ...repo, issue_number: issueNumber, labels })
  );
}
async function removeLabel(client, repo, issueNumber, label2) {
  try {
    await call(
      opOn(repo, `removing a label from #${issueNumber}`, "issues: write", "label"),
      () => client.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", { ...repo, issue_number: issueNumber, name: label2 })
    );
    return true;
  } catch (error2) {
    if (statusOf(error2) === 404) return false;
    throw error2;
  }
}
var FILE_STATUSES = ["added", "removed", "modified", "renamed", "copied", "changed", "unchanged"];
async function listPullRequestFiles(client, repo, pullNumber) {
  const what = "listing the pull request files";
  const items = await call(
    opOn(repo, what, "pull-requests: read", "read"),
    () => client.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { ...repo, pull_number: pullNumber, per_page: 100 })
  );
  return array(items, what).map((item) => {
    const file = object(item, what, "a file");
    const status = string(file, "status", what);
    const known = FILE_STATUSES.find((s) => s === status);
    if (known === void 0) throw new GitHubError(`${what} failed: unknown file status`, void 0, status, { what, permission: "pull-requests: read" });
    const previous = nullableString(file, "previous_filename", what);
    return { path: string(file, "filename", what), status: known, ...previous !== null ? { previousPath: previous } : {} };
  });
}

// src/github/propose.ts
var VERSION_TRAILER = "Wacrg-Source-Version";
function versionOf(message) {
  const match = new RegExp(`^${VERSION_TRAILER}: (\\S+)\\s*$`, "m").exec(message);
  return match?.[1];
}
function withTrailer(message, version) {
  return version === void 0 ? message : `${message.replace(/\s+$/, "")}

${VERSION_TRAILER}: ${version}`;
}
async function proposeFiles(client, repo, spec) {
  const { branch } = spec;
  const message = withTrailer(spec.message, spec.version);
  let checked = false;
  const current = async () => {
    if (checked || spec.stillCurrent === void 0) return true;
    checked = true;
    return spec.stillCurrent();
  };
  const stale = { outcome: "superseded", branch, newerVersion: "newer" };
  let fromBase;
  const treeOnBase = async () => {
    if (fromBase) return fromBase;
    const base = await getBaseHead(client, repo, spec.base);
    if (!await current()) return null;
    fromBase = { base, tree: await createTree(client, repo, base.treeSha, spec.files, branch) };
    return fromBase;
  };
  const commitOnBase = async (fb) => fb.commit ??= await createCommit(client, repo, fb.tree, [fb.base.sha], message, branch);
  const statuses = async (treeSha, commitSha) => {
    if (!spec.perFileStatus) return {};
    const current2 = await blobShas(client, repo, treeSha, commitSha, spec.files.map((f) => f.path));
    const changed = spec.files.filter((f) => current2.get(f.path) !== gitBlobSha(f.content)).map((f) => f.path);
    return { changed, unchanged: spec.files.map((f) => f.path).filter((p) => !changed.includes(p)) };
  };
  const pr = (known) => ensurePullRequest(client, repo, { branch, base: spec.base, ...spec.pullRequest, ...known !== void 0 ? { known } : {} });
  if (spec.assumeNew) {
    const fb = await treeOnBase();
    if (fb === null) return stale;
    if (fb.tree === fb.base.treeSha) return { outcome: "nothing-to-propose", branch };
    const status = await statuses(fb.base.treeSha, fb.base.sha);
    if (await createBranch(client, repo, branch, await commitOnBase(fb)) === "created") {
      return { outcome: "proposed", branch, committed: true, branchAction: "created", pullRequest: await pr(null), ...status };
    }
  }
  const attempts = spec.attempts ?? 3;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const head = await getBranchHead(client, repo, branch);
    const recorded = head ? versionOf(head.message) : void 0;
    if (spec.version !== void 0 && recorded !== void 0 && recorded > spec.version) {
      return { outcome: "superseded", branch, newerVersion: recorded };
    }
    const open = head ? await findPullRequest(client, repo, branch, spec.base) : null;
    if (head && open) {
      if (!await current()) return stale;
      const tree = await createTree(client, repo, head.treeSha, spec.files, branch);
      const status2 = await statuses(head.treeSha, head.sha);
      if (tree === head.treeSha) return { outcome: "proposed", branch, committed: false, branchAction: "unchanged", pullRequest: await pr(open), ...status2 };
      const commit2 = await createCommit(client, repo, tree, [head.sha], message, branch);
      if (await moveBranch(client, repo, branch, commit2, false) === "moved") continue;
      return { outcome: "proposed", branch, committed: true, branchAction: "updated", pullRequest: await pr(open), ...status2 };
    }
    const fb = await treeOnBase();
    if (fb === null) return stale;
    if (fb.tree === fb.base.treeSha) return { outcome: "nothing-to-propose", branch };
    const status = await statuses(fb.base.treeSha, fb.base.sha);
    if (head && head.treeSha === fb.tree && head.parents.length === 1 && head.parents[0] === fb.base.sha) {
      return { outcome: "proposed", branch, committed: false, branchAction: "unchanged", pullRequest: await pr(null), ...status };
    }
    const commit = await commitOnBase(fb);
    if (head === null) {
      if (await createBranch(client, repo, branch, commit) === "exists") continue;
      return { outcome: "proposed", branch, committed: true, branchAction: "created", pullRequest: await pr(null), ...status };
    }
    if (await moveBranch(client, repo, branch, commit, true) === "moved") continue;
    return { outcome: "proposed", branch, committed: true, branchAction: "reset", pullRequest: await pr(null), ...status };
  }
  const op = opOn(repo, `updating branch ${branch}`, "contents: write", "ref");
  throw new GitHubError(
    `${op.what} failed: the branch changed under this run ${attempts} times in a row (another run or a push was writing to it). Nothing was lost; re-run the job once the other writer is done. If it keeps happening, check which workflow, app or rule writes to that branch.`,
    409,
    "branch kept moving",
    op
  );
}

// src/github/comments.ts
function tokenIdentity(client, appSlug) {
  let login;
  return {
    appSlug,
    login: () => login ??= client.request("GET /user").then(
      (res) => {
        const data = res.data;
        return isObject(data) && typeof data["login"] === "string" ? data["login"] : void 0;
      },
      () => void 0
    )
  };
}
function isOwnComment(comment, appSlug, login) {
  if (comment.authorType === "Bot" && comment.author === `${appSlug}[bot]`) return comment.appSlug === void 0 || comment.appSlug === appSlug;
  return login !== void 0 && comment.author === login && comment.appSlug === void 0;
}
function versionLine(version) {
  return `<!-- wacrg:version ${version} -->`;
}
function commentVersion(body) {
  return /^<!-- wacrg:version (\S+) -->$/m.exec(body)?.[1];
}
var COMMENT_LIMIT = 65536;
function toComment(value, what) {
  const c = object(value, what, "a comment");
  const user = userLogin(c, what);
  const app = c["performed_via_github_app"];
  const appSlug = isObject(app) && typeof app["slug"] === "string" ? app["slug"] : void 0;
  return {
    id: integer(c, "id", what),
    body: typeof c["body"] === "string" ? c["body"] : "",
    author: user.login,
    authorType: user.type,
    ...appSlug !== void 0 ? { appSlug } : {},
    createdAt: string(c, "created_at", what)
  };
}
async function listComments(client, repo, issueNumber, op) {
  const items = await call(
    op,
    () => client.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...repo, issue_number: issueNumber, per_page: 100 })
  );
  return array(items, op.what).map((item) => toComment(item, op.what));
}
async function upsertStickyComment(client, repo, issueNumber, marker, body, onPullRequest, options) {
  if (!body.startsWith(marker)) throw new Error("sticky comment body must start with its marker");
  const text = options.version === void 0 ? body : `${marker}
${versionLine(options.version)}${body.slice(marker.length)}`;
  if (text.length > COMMENT_LIMIT) throw new Error(`sticky comment of ${text.length} characters is over GitHub's limit: the report's cap is wrong`);
  const permission = onPullRequest ? "pull-requests: write" : "issues: write";
  const where = `${onPullRequest ? "pull request" : "issue"} #${issueNumber}`;
  const list = options.knownEmpty ? [] : await listComments(client, repo, issueNumber, opOn(repo, `reading the comments of ${where}`, permission, "read"));
  const marked = list.filter((c) => c.body.startsWith(marker));
  const login = marked.some((c) => c.authorType !== "Bot") ? await options.identity.login() : void 0;
  const mine = marked.filter((c) => isOwnComment(c, options.identity.appSlug, login)).sort((a, b) => a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id);
  if (options.version !== void 0) {
    const newer = mine.map((c) => commentVersion(c.body)).find((v) => v !== void 0 && v > (options.version ?? ""));
    if (newer !== void 0) return { action: "superseded", commentId: mine[0]?.id ?? 0, deleted: 0, newerVersion: newer };
  }
  const [keep, ...extra] = mine;
  let deleted = 0;
  for (const duplicate of extra) {
    try {
      await call(
        opOn(repo, `deleting a duplicate comment on ${where}`, permission, "comment"),
        () => client.request("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...repo, comment_id: duplicate.id })
      );
      deleted++;
    } catch (error2) {
      if (statusOf(error2) !== 404) throw error2;
    }
  }
  if (keep === void 0) {
    const op = opOn(repo, `commenting on ${where}`, permission, "comment");
    const res = await call(op, () => client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...repo, issue_number: issueNumber, body: text }));
    return { action: "created", commentId: integer(object(res.data, op.what), "id", op.what), deleted };
  }
  if (keep.body === text) return { action: "unchanged", commentId: keep.id, deleted };
  await call(
    opOn(repo, `updating the comment on ${where}`, permission, "comment"),
    () => client.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...repo, comment_id: keep.id, body: text })
  );
  return { action: "updated", commentId: keep.id, deleted };
}

// src/github/issues.ts
function toIssue(value, what) {
  const issue2 = object(value, what, "an issue");
  return {
    number: integer(issue2, "number", what),
    title: string(issue2, "title", what),
    body: nullableString(issue2, "body", what),
    author: userLogin(issue2, what).login,
    labels: labelNames(issue2, what),
    state: string(issue2, "state", what),
    isPullRequest: issue2["pull_request"] !== void 0 && issue2["pull_request"] !== null,
    updatedAt: string(issue2, "updated_at", what),
    ...typeof issue2["comments"] === "number" ? { comments: integer(issue2, "comments", what) } : {}
  };
}
async function getIssue(client, repo, issueNumber, options = {}) {
  const what = `reading issue #${issueNumber}`;
  try {
    const res = await call(
      opOn(repo, what, "issues: read", "read"),
      () => client.request("GET /repos/{owner}/{repo}/issues/{issue_number}", { ...repo, issue_number: issueNumber })
    );
    return toIssue(res.data, what);
  } catch (error2) {
    if (!options.notFoundIsError && (isNotFound(error2) || statusOf(error2) === 410)) return null;
    throw error2;
  }
}
async function listOpenIssuesWithLabel(client, repo, label2, limit) {
  const what = "listing open capture issues";
  const items = await call(
    opOn(repo, what, "issues: read", "read"),
    () => client.paginate("GET /repos/{owner}/{repo}/issues", { ...repo, labels: label2, state: "open", sort: "created", direction: "asc", per_page: 100 })
  );
  const issues = array(items, what).map((item) => toIssue(item, what)).filter((issue2) => !issue2.isPullRequest);
  return issues.slice(0, limit);
}

// src/github/compare.ts
var STATUSES = ["added", "removed", "modified", "renamed", "copied", "changed", "unchanged"];
var COMPARE_MAX_FILES = 300;
async function compareCommits(client, repo, base, head) {
  const what = "comparing the pushed commits";
  const op = { what, permission: "contents: read" };
  const res = await call(op, () => client.request("GET /repos/{owner}/{repo}/compare/{basehead}", { ...repo, basehead: `${base}...${head}`, per_page: 1 }));
  const data = object(res.data, what);
  const raw = data["files"] === void 0 ? [] : array(data["files"], what);
  const files = raw.map((item) => {
    const file = object(item, what, "a file");
    const status = string(file, "status", what);
    const known = STATUSES.find((s) => s === status);
    if (known === void 0) throw new GitHubError(`${what} failed: unknown file status`, void 0, status, op);
    const previous = nullableString(file, "previous_filename", what);
    return { path: string(file, "filename", what), status: known, ...previous !== null ? { previousPath: previous } : {} };
  });
  child(data, "base_commit", what);
  return { files, truncated: files.length >= COMPARE_MAX_FILES };
}

// src/github/tracking.ts
var MAX_ISSUE_BODY = 65536;
async function findTracking(client, repo, marker) {
  const what = `reading the open issues of ${repo.owner}/${repo.repo}`;
  const items = await call(
    { what, permission: "issues: read" },
    () => client.paginate("GET /repos/{owner}/{repo}/issues", { ...repo, state: "open", sort: "created", direction: "asc", per_page: 100 })
  );
  const out = [];
  for (const item of array(items, what)) {
    const issue2 = object(item, what, "an issue");
    if (isObject(issue2["pull_request"])) continue;
    const body = nullableString(issue2, "body", what) ?? "";
    if (!body.startsWith(marker)) continue;
    out.push({ number: integer(issue2, "number", what), url: string(issue2, "html_url", what), body });
  }
  return out.sort((a, b) => a.number - b.number);
}
async function upsertTrackingIssue(client, repo, marker, title, head, section) {
  if (!head.startsWith(marker)) throw new Error("tracking issue head must start with its marker");
  if (!section.text.includes(section.key)) throw new Error("tracking section must contain its key");
  const [existing] = await findTracking(client, repo, marker);
  const where = `${repo.owner}/${repo.repo}`;
  if (existing === void 0) {
    const what = `opening a tracking issue in ${where}`;
    const res = await call(
      { what, permission: "issues: write" },
      () => client.request("POST /repos/{owner}/{repo}/issues", { ...repo, title, body: fit(head, [section.text]) })
    );
    const data = object(res.data, what);
    return { action: "created", number: integer(data, "number", what), url: string(data, "html_url", what) };
  }
  if (existing.body.includes(section.key)) return { action: "unchanged", number: existing.number, url: existing.url };
  const body = fit(head, [...sectionsOf(existing.body, head), section.text]);
  await call(
    { what: `updating tracking issue #${existing.number} in ${where}`, permission: "issues: write" },
    () => client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { ...repo, issue_number: existing.number, body })
  );
  return { action: "updated", number: existing.number, url: existing.url };
}
var SECTION_BREAK = "\n<!-- wacrg:section -->\n";
function sectionsOf(body, head) {
  const at = body.indexOf(SECTION_BREAK);
  if (at === -1) return body.length > head.length && body.startsWith(head) ? [body.slice(head.length).trim()] : [];
  return body.slice(at + SECTION_BREAK.length).split(SECTION_BREAK).filter((s) => !s.startsWith("_") || !s.includes("earlier update"));
}
function fit(head, sections) {
  let kept = sections;
  let dropped = 0;
  const join = (list, n) => [head, ...n > 0 ? [`_${n} earlier update${n === 1 ? "" : "s"} dropped to stay within GitHub's size limit._`] : [], ...list].join(SECTION_BREAK);
  while (kept.length > 1 && join(kept, dropped).length > MAX_ISSUE_BODY) {
    kept = kept.slice(1);
    dropped++;
  }
  return join(kept, dropped).slice(0, MAX_ISSUE_BODY);
}

// src/action/context.ts
var import_node_path = __toESM(require_path(), 1);
function makeDefaultBranch(client, repo, fromPayload) {
  let cached = fromPayload;
  return async () => cached ??= await getDefaultBranch(client, repo);
}
function repoPath(ctx, path3) {
  return ctx.inputs.root === "" ? path3 : import_node_path.posix.join(ctx.inputs.root, path3);
}
function specPath(ctx, path3) {
  if (ctx.inputs.root === "") return path3;
  const prefix = `${ctx.inputs.root}/`;
  return path3.startsWith(prefix) ? path3.slice(prefix.length) : null;
}
function setOutputs(o) {
  setOutput("result", o.result);
  if (o.capturePath !== void 0) setOutput("capture-path", o.capturePath);
  if (o.pullRequest !== void 0) {
    setOutput("pull-request-number", String(o.pullRequest.number));
    setOutput("pull-request-url", o.pullRequest.url);
  }
  if (o.coverage !== void 0) setOutput("coverage", o.coverage);
  if (o.coverageDelta !== void 0) setOutput("coverage-delta", o.coverageDelta);
}

// src/action/event.ts
var import_promises = __toESM(require_promises(), 1);

// src/action/inputs.ts
var DEFAULT_FLAVOR_LABEL = "type/flavor-registration";
var DEFAULT_FLAVOR_TEMPLATE = ".github/ISSUE_TEMPLATE/flavor_registration.yml";
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
function input(name, fallback) {
  const value = getInput(name);
  return value === "" ? fallback : value;
}
function splitList(value) {
  return value.split(/[,\n]/).map((s) => s.trim()).filter((s) => s !== "");
}
function relativePath(name, value) {
  const path3 = value.replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/\/+$/, "");
  if (path3 === "." || path3 === "") return "";
  if (path3.startsWith("/") || path3.split("/").some((seg) => seg === "..")) {
    throw new InputError(`input ${name} must be a path relative to the repository, without ".."`);
  }
  return path3;
}
function checkBranchPrefix(value, name = "branch-prefix") {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/.test(value) || value.includes("..") || value.includes("//") || /\.lock(\/|$)/.test(value)) {
    if (name === "branch-prefix") throw new InputError('input branch-prefix must be letters, digits, ".", "_", "-" and "/" (for example "capture/")');
    throw new InputError(`input ${name} must be letters, digits, ".", "_", "-" and "/" (for example "flavor/")`);
  }
  return value;
}
function checkLabel(name, value) {
  if (value.length > 50 || /[\u0000-\u001f,]/.test(value)) throw new InputError(`input ${name} must be a label name of at most 50 characters`);
  return value;
}
function secret(value) {
  if (value !== "") setSecret(value);
  return value;
}
function checkAppSlug(value) {
  const slug = value.trim();
  if (!/^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/.test(slug)) {
    throw new InputError('input app-slug must be a GitHub App slug: lower-case letters, digits and hyphens (for example "github-actions", or "my-intake-app" for the app whose bot is my-intake-app[bot])');
  }
  return slug;
}
function readInputs() {
  const token = input("token", process.env["GITHUB_TOKEN"] ?? "");
  if (token === "") throw new InputError("input token is empty: pass `token: ${{ github.token }}` or leave the default");
  setSecret(token);
  return {
    token,
    template: relativePath("template", input("template", DEFAULT_TEMPLATE_PATH)),
    branchPrefix: checkBranchPrefix(input("branch-prefix", "capture/")),
    labels: splitList(input("labels", "type/stanza-capture")).map((l) => checkLabel("labels", l)),
    captureLabel: checkLabel("capture-label", input("capture-label", "type/stanza-capture")),
    needsSanitizationLabel: checkLabel("needs-sanitization-label", input("needs-sanitization-label", "status/needs-sanitization")),
    issues: getInput("issues"),
    dryRun: getInput("dry-run"),
    root: relativePath("root", input("root", ".")),
    flavorLabel: checkLabel("flavor-label", input("flavor-label", DEFAULT_FLAVOR_LABEL)),
    flavorTemplate: relativePath("flavor-template", input("flavor-template", DEFAULT_FLAVOR_TEMPLATE)),
    flavorBranchPrefix: checkBranchPrefix(input("flavor-branch-prefix", "flavor/"), "flavor-branch-prefix"),
    notifyToken: secret(getInput("notify-token")),
    appSlug: checkAppSlug(input("app-slug", "github-actions"))
  };
}
var MAX_REINGEST = 250;
function parseIssueSelection(value) {
  const text = value.trim();
  if (text === "") throw new InputError('input issues is empty: give comma-separated issue numbers (e.g. "3,7,12") or "all"');
  if (text.toLowerCase() === "all") return { all: true };
  const items = text.split(",").map((s) => s.trim());
  const numbers = [];
  items.forEach((item, i) => {
    if (!/^#?[1-9][0-9]{0,9}$/.test(item)) {
      throw new InputError(`input issues: item ${i + 1} of ${items.length} is not an issue number (use comma-separated positive numbers like "3,7,12", or "all")`);
    }
    const n = Number(item.replace("#", ""));
    if (numbers.includes(n)) throw new InputError(`input issues: issue ${n} is listed twice`);
    numbers.push(n);
  });
  if (numbers.length > MAX_REINGEST) throw new InputError(`input issues: ${numbers.length} issues, at most ${MAX_REINGEST} per run; split the list`);
  return { all: false, numbers };
}
function parseDryRun(value) {
  const text = value.trim().toLowerCase();
  if (text === "" || text === "false") return false;
  if (text === "true") return true;
  throw new InputError('input dry-run must be "true" or "false"');
}

// src/action/event.ts
var WHAT = "the event payload";
function repoFromEnv(value) {
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value ?? "");
  if (!match || match[1] === void 0 || match[2] === void 0) throw new InputError("GITHUB_REPOSITORY is not set to owner/repo");
  return { owner: match[1], repo: match[2] };
}
async function readEvent(name, path3, repo) {
  if (path3 === void 0 || path3 === "") throw new InputError("GITHUB_EVENT_PATH is not set: this action runs inside a GitHub Actions job");
  let payload;
  try {
    payload = JSON.parse(await (0, import_promises.readFile)(path3, "utf8"));
  } catch {
    throw new InputError("the event payload file (GITHUB_EVENT_PATH) cannot be read as JSON");
  }
  const data = object(payload, WHAT);
  const repository = data["repository"];
  const defaultBranch = isObject(repository) && typeof repository["default_branch"] === "string" ? repository["default_branch"] : void 0;
  const base = { name, repo, ...defaultBranch !== void 0 ? { defaultBranch } : {} };
  return { ...base, mode: modeOf(name, data, defaultBranch) };
}
var ZERO_SHA = /^0{40}$/;
function modeOf(name, data, defaultBranch) {
  switch (name) {
    case "push": {
      const ref = string(data, "ref", WHAT);
      if (defaultBranch === void 0) throw new InputError("the push event payload has no repository.default_branch");
      if (ref !== `refs/heads/${defaultBranch}`) return { kind: "ignored", reason: `push to ${ref.startsWith("refs/tags/") ? "a tag" : "a branch other than the default branch"}: no notifications (they follow the default branch only)` };
      const before = sha(data, "before", WHAT);
      const after = sha(data, "after", WHAT);
      if (ZERO_SHA.test(before) || ZERO_SHA.test(after)) return { kind: "ignored", reason: "the push created or deleted the branch: there is no earlier commit to compare with" };
      return { kind: "notify", push: { before, after } };
    }
    case "issues": {
      const action = string(data, "action", WHAT);
      if (action !== "opened" && action !== "edited") {
        return { kind: "ignored", reason: `issues event "${action}" is not handled (only opened and edited)` };
      }
      return { kind: "intake", action, issue: toIssue(data["issue"], WHAT) };
    }
    case "pull_request": {
      const pr = child(data, "pull_request", WHAT);
      const head = child(pr, "head", WHAT);
      const baseRef = child(pr, "base", WHAT);
      const headRepo = head["repo"];
      const baseRepo = child(baseRef, "repo", WHAT);
      const fromFork = !isObject(headRepo) || string(headRepo, "full_name", WHAT) !== string(baseRepo, "full_name", WHAT);
      return { kind: "review", pull: { number: integer(pr, "number", WHAT), headSha: sha(head, "sha", WHAT), baseSha: sha(baseRef, "sha", WHAT), fromFork } };
    }
    case "workflow_dispatch": {
      const inputs = {};
      const raw = data["inputs"];
      if (isObject(raw)) {
        for (const [key, value] of Object.entries(raw)) {
          if (typeof value === "string") inputs[key] = value;
          else if (typeof value === "boolean" || typeof value === "number") inputs[key] = String(value);
        }
      }
      return { kind: "reingest", inputs };
    }
    case "pull_request_target":
      throw new InputError("pull_request_target is not supported: validate pull requests with the pull_request event (a fork must never run with a write token)");
    default:
      throw new InputError(`event "${name}" is not supported: use issues (opened, edited), pull_request, push or workflow_dispatch`);
  }
}

// src/report/escape.ts
var MAX_BODY = 65536;
var ZWJ = "\u200D";
function oneLine(value) {
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ");
}
function escapeText(value) {
  return oneLine(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`).replace(/@/g, `@${ZWJ}`);
}
function codeSpan(value) {
  return inlineCode(oneLine(value).replace(/\|/g, "\\|"));
}
function capBody(body, max = MAX_BODY) {
  if (body.length <= max) return body;
  const note = "\n\n_\u2026 truncated: the full report is in the job summary of the workflow run._\n";
  let end = max - note.length;
  const code = body.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end -= 1;
  return body.slice(0, end) + note;
}

// src/report/findings.ts
var HEADER = ["| rule | severity | field | line | column | node path | encoding | length | what |", "|---|---|---|---:|---:|---|---|---:|---|"];
function row(f) {
  const length = f.length === void 0 ? "" : `${f.length} ${f.encoding === void 0 || f.encoding === "text" ? "chars" : "bytes"}`;
  return `| ${codeSpan(f.rule)} | ${f.severity} | ${codeSpan(f.field)} | ${f.line} | ${f.column} | ${f.path ? codeSpan(f.path) : ""} | ${f.encoding ?? ""} | ${length} | ${escapeText(f.message)} |`;
}
function findingsTable(findings) {
  return [...HEADER, ...findings.map(row)].join("\n");
}
function cappedFindingsTable(findings, maxRows, maxChars) {
  const ordered = [...findings.filter((f) => f.severity === "block"), ...findings.filter((f) => f.severity !== "block")];
  const lines = [...HEADER];
  let size = HEADER.join("\n").length;
  for (const f of ordered) {
    if (lines.length - HEADER.length >= maxRows) break;
    const r = row(f);
    if (size + 1 + r.length > maxChars) break;
    lines.push(r);
    size += 1 + r.length;
  }
  const shown = lines.length - HEADER.length;
  return { table: lines.join("\n"), shown, omitted: findings.length - shown };
}
function errorList(errors) {
  return errors.map((e) => `- ${e.field ? `${codeSpan(e.field)}: ` : ""}${escapeText(e.message)}`).join("\n");
}
function errorFieldsOnly(errors) {
  const fields = [...new Set(errors.map((e) => e.field ?? "(form)"))];
  return `${errors.length} other problem${errors.length === 1 ? "" : "s"} in ${fields.map(codeSpan).join(", ")}: the details are shown once the leak is removed.`;
}

// src/report/types.ts
var INTAKE_MARKER = "<!-- wacrg:intake:v1 -->";
var REVIEW_MARKER = "<!-- wacrg:review:v1 -->";

// src/report/flavor.ts
function flavorPullRequestTitle(view) {
  return `flavor: ${view.update ? "update" : "register"} ${view.flavorId} (issue #${view.issue})`;
}
function filesLines(view) {
  return view.paths.map((p, i) => `- ${i === 0 ? view.update ? "Updated" : "New" : "New"}: ${codeSpan(p)}${i > 0 && view.contributorAdded ? " (the maintainer had no contributor record)" : ""}`);
}
function flavorPullRequestBody(view) {
  return capBody(
    [
      `Flavor registration submitted in #${view.issue}, ingested by the intake workflow.`,
      "",
      ...filesLines(view),
      `- Maintainer: ${codeSpan(view.maintainer)} (the issue author)`,
      "- Sanitization scan and validation against the spec: passed (details in the comment below).",
      "",
      `Closes #${view.issue}`,
      "",
      "<sub>Generated by wacrg. Editing the issue updates this pull request; a hand edit of these files on this branch is replaced by the next edit of the issue.</sub>",
      ""
    ].join("\n")
  );
}
function scanLines(view) {
  if (view.findings.length === 0) return ["- Sanitization scan: passed, no findings."];
  return [`- Sanitization scan: passed with ${view.findings.length} warning${view.findings.length === 1 ? "" : "s"} (please double-check these places):`, "", findingsTable(view.findings), ""];
}
function flavorPullRequestComment(view) {
  return capBody(
    [
      INTAKE_MARKER,
      `### Intake checks for #${view.issue}: accepted`,
      "",
      `- Flavor ${codeSpan(view.flavorId)} on branch ${codeSpan(view.branch)}`,
      ...filesLines(view),
      ...scanLines(view),
      "- Schema and cross-file validation with these files: passed (maintainer, techniques and upstream flavors resolve).",
      "",
      "<sub>Pull requests opened by the workflow token start no other workflow, so the intake ran these checks itself.</sub>",
      ""
    ].join("\n")
  );
}
function flavorIssueAcceptedComment(view) {
  const where = view.pullRequest ? `Pull request #${view.pullRequest.number}` : `Branch ${codeSpan(view.branch)}`;
  return capBody(
    [
      INTAKE_MARKER,
      "### Flavor registration accepted",
      "",
      `Thank you! The registration passed the sanitization scan and the spec validation. ${where} ${view.update ? "updates" : "adds"} ${codeSpan(view.paths[0] ?? "")}${view.contributorAdded ? ` and adds your contributor record ${codeSpan(view.paths[1] ?? "")}` : ""}.`,
      "",
      `- Maintainer: ${codeSpan(view.maintainer)}`,
      ...view.findings.length > 0 ? [`- ${view.findings.length} scanner warning${view.findings.length === 1 ? "" : "s"}: see the pull request.`] : [],
      "- To record which spec parts the flavor implements, add it to their `implementations` in a pull request; mark the code with `wacrg:<code>`.",
      "",
      "To change the registration, edit this issue: the pull request follows the latest version.",
      ""
    ].join("\n")
  );
}

// src/corroborate/review.ts
function byPath(repo) {
  const map = /* @__PURE__ */ new Map();
  for (const { record } of repo.stanzas) for (const fact of factsOf(record)) if (!map.has(fact.path)) map.set(fact.path, fact);
  return map;
}
function reviewPromotions(base, head) {
  const before = byPath(base);
  let evidence;
  const changed = [];
  const unsupported = [];
  for (const fact of byPath(head).values()) {
    const previous = before.get(fact.path);
    const isChange = previous !== void 0 && previous.confidence !== fact.confidence;
    const newlyConfirmed = fact.confidence === "confirmed" && previous?.confidence !== "confirmed";
    if (!isChange && !newlyConfirmed) continue;
    evidence ??= corpusEvidence(head);
    const captured = orderedTechniques(evidence.get(fact.path) ?? []);
    const techniques = orderedTechniques([...fact.techniques, ...captured]);
    const change = { path: fact.path, ...previous ? { from: previous.confidence } : {}, to: fact.confidence, techniques, captured };
    if (isChange) changed.push(change);
    if (newlyConfirmed && techniques.length < 2) unsupported.push(change);
  }
  return { changed, unsupported };
}

// src/report/corroboration.ts
var MAX_LISTED = 30;
var MAX_DIAGRAM_NODES = 150;
function renderCorroboration(result) {
  const { corroboration: c, projection } = result;
  const out = ["### Corroboration", ""];
  if (c.stanza === void 0) {
    out.push(
      `Technique: \`${c.technique}\`. **No stanza of the spec matches this capture**: ${escapeText(c.unmatched ?? "no candidate")}. Nothing is corroborated; every fact of the capture is unclassified, and the spec may need a new stanza file.`,
      ""
    );
  } else {
    out.push(`Matched stanza: ${codeSpan(c.stanza)} \xB7 technique: \`${c.technique}\``, "");
  }
  out.push(
    "| facts | count |",
    "|---|---:|",
    `| corroborated | ${c.corroborated.length} |`,
    `| new (candidates, to be added as \`speculative\`) | ${c.new.length} |`,
    `| conflicting | ${c.conflicts.length} |`,
    `| missing (required by the spec) | ${c.missing.length} |`,
    ""
  );
  if (c.conflicts.length > 0) {
    out.push("**Conflicts**", "");
    out.push(...listed(c.conflicts.map((x) => `- ${codeSpan(x.path)} (${x.kind}): ${escapeText(x.message)}`)), "");
  }
  if (c.new.length > 0) {
    out.push("**New** (not in the spec)", "", ...listed(c.new.map((f) => `- ${codeSpan(f.path)}`)), "");
  }
  if (c.missing.length > 0) {
    out.push("**Missing** (the spec requires them; this capture lacks them)", "", ...listed(c.missing.map((f) => `- ${codeSpan(f.path)}`)), "");
  }
  if (c.observed.length > 0) {
    out.push(`Enum values seen: ${c.observed.map((o) => `${codeSpan(o.value)} in ${codeSpan(o.path)}`).join(", ")}.`, "");
  }
  out.push(...promotionSection(result), "");
  if (result.implementations) out.push(...implementationsSection(result.implementations), "");
  out.push("#### Captured tree", "", corroborationMermaid(c.shape), "");
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}
`;
}
function notWeighedText(notWeighed) {
  if (notWeighed === 0) return "The corpus holds no other capture.";
  const others = notWeighed === 1 ? "The 1 other capture of `corpus/captures/` is not weighed here; it may support more." : `The ${String(notWeighed).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} other captures of \`corpus/captures/\` are not weighed here; they may support more.`;
  return `${others} \`wacrg corroborate\` weighs the whole corpus.`;
}
function promotionSection({ projection }) {
  const before = projection.before.overall.coverage;
  const after = projection.projected.overall.coverage;
  const scoped = projection.notWeighed !== void 0;
  const scope = scoped ? [notWeighedText(projection.notWeighed ?? 0)] : [];
  if (projection.promotions.length === 0) {
    const evidence2 = scoped ? "on the provenance and this capture" : "on this evidence";
    return ["#### Promotions", "", [`No fact can be promoted ${evidence2}; coverage stays ${percent(before)}.`, ...scope].join(" ")];
  }
  const evidence = scoped ? "Evidence here = the fact's provenance + this capture." : "Evidence = the fact's provenance + the captures in the corpus that show it + this capture.";
  const out = [
    "#### Promotions",
    "",
    [evidence, ...scope, "Two different techniques support `confirmed`; one technique, however clean, `probable` at most."].join(" "),
    "",
    "| fact | from \u2192 to | techniques |",
    "|---|---|---|",
    ...projection.promotions.map(promotionRow),
    "",
    `coverage ${percent(before)} \u2192 ${percent(after)} (${points(before, after)}) if these promotions are accepted`
  ];
  const delta = coverageDelta(projection.before, projection.projected);
  const moved = [...delta.byCategory, ...delta.byTechnique].filter((d) => moves(d));
  if (moved.length > 0) {
    out.push(
      "",
      "| row | facts | before | projected | \u0394 points |",
      "|---|---:|---:|---:|---:|",
      ...moved.map((d) => `| ${codeSpan(d.key)} | ${facts(d.before, d.after)} | ${percent(d.before.coverage)} | ${percent(d.after.coverage)} | ${points(d.before.coverage, d.after.coverage)} |`)
    );
  }
  return out;
}
function implementationsSection(impl) {
  const out = ["#### Implementations", ""];
  if (impl.parts.length === 0) out.push("No spec part documents this stanza yet.");
  else {
    out.push("| part | code | implementations (flavor: status) |", "|---|---|---|");
    for (const p of impl.parts) {
      const list = p.implementations.length === 0 ? "none listed" : p.implementations.map((i) => `${codeSpan(i.flavor)}: ${codeSpan(i.status)}`).join(", ");
      out.push(`| ${codeSpan(p.id)} ${escapeText(p.title)} | ${codeSpan(`wacrg:${p.code}`)} | ${list} |`);
    }
  }
  out.push(
    "",
    `Flavor corroboration of the ${impl.touched} spec fact${impl.touched === 1 ? "" : "s"} this capture touches: ${impl.citingFlavor} cite${impl.citingFlavor === 1 ? "s" : ""} at least one flavor, ${impl.independentFlavors} ${impl.independentFlavors === 1 ? "is" : "are"} backed by two or more independent flavors (a port and its upstream count as one).`
  );
  return out;
}
function moves(d) {
  return d.before.coverage !== d.after.coverage || d.before.total !== d.after.total;
}
function facts(before, after) {
  return before.total === after.total ? `${after.total}` : `${before.total} \u2192 ${after.total}`;
}
function promotionRow(p) {
  return `| ${codeSpan(p.path)} | ${p.from} \u2192 ${p.to} | ${p.techniques.join(", ")} |`;
}
function listed(lines) {
  if (lines.length <= MAX_LISTED) return lines;
  return [...lines.slice(0, MAX_LISTED), `- \u2026 and ${lines.length - MAX_LISTED} more`];
}
var CLASSES = {
  corroborated: { name: "corroborated", style: "fill:#dff0d8,stroke:#3c763d,color:#1e3d1e" },
  new: { name: "newfact", style: "fill:#fcf8e3,stroke:#8a6d3b,stroke-dasharray:4 2,color:#4d3b1f" },
  conflict: { name: "conflict", style: "fill:#f2dede,stroke:#a94442,stroke-width:3px,color:#5c1f1f" },
  root: { name: "rootnode", style: "fill:#eeeeee,stroke:#555555,color:#222222" },
  unmatched: { name: "unmatched", style: "fill:#ffffff,stroke:#999999,stroke-dasharray:2 2,color:#444444" }
};
function label(name) {
  const safe = name.replace(/[^A-Za-z0-9_.:-]/g, "_");
  if (safe === "") return "_";
  return safe.length > 40 ? `${safe.slice(0, 39)}\u2026` : safe;
}
function corroborationMermaid(shape, maxNodes = MAX_DIAGRAM_NODES) {
  const lines = ["flowchart TD"];
  const byClass = /* @__PURE__ */ new Map();
  let next = 0;
  let omitted = 0;
  const add = (status) => {
    if (next >= maxNodes) {
      omitted += 1;
      return void 0;
    }
    const id = `n${next++}`;
    const members = byClass.get(status);
    if (members) members.push(id);
    else byClass.set(status, [id]);
    return id;
  };
  const stack = [{ node: shape }];
  for (let frame = stack.pop(); frame !== void 0; frame = stack.pop()) {
    const { node, parent } = frame;
    const id = add(node.status);
    if (id === void 0) {
      omitted += countBelow(node);
      continue;
    }
    lines.push(`  ${id}["${label(node.tag)}"]`);
    if (parent !== void 0) lines.push(`  ${parent} --> ${id}`);
    for (const attr of node.attrs) {
      const attrId = add(attr.status);
      if (attrId === void 0) continue;
      lines.push(`  ${attrId}(["${label(attr.name)}"])`, `  ${id} -.- ${attrId}`);
    }
    for (let k = node.children.length - 1; k >= 0; k--) stack.push({ node: node.children[k], parent: id });
  }
  for (const { name, style } of Object.values(CLASSES)) lines.push(`  classDef ${name} ${style}`);
  for (const [status, ids] of byClass) lines.push(`  class ${ids.join(",")} ${CLASSES[status].name}`);
  const legend = "Boxes are elements, rounded nodes attributes (names only, never values): green corroborated, yellow dashed new, red conflicting, grey the root.";
  const note = omitted > 0 ? `

_${omitted} more nodes not drawn._` : "";
  return ["```mermaid", ...lines, "```", "", `_${legend}_${note}`].join("\n");
}
function countBelow(node) {
  let n = node.attrs.length;
  for (const child2 of node.children) n += 1 + countBelow(child2);
  return n;
}
function renderPromotionReview(base, head) {
  const review = reviewPromotions(base, head);
  const out = ["### Confidence changes", ""];
  if (review.changed.length === 0) {
    out.push("No fact changed confidence.");
  } else {
    out.push(
      `${review.changed.length} fact(s) changed confidence. Evidence = the fact's provenance in this pull request + the techniques of the corpus captures that show it.`,
      "",
      "| fact | base \u2192 head | evidence | of which captures |",
      "|---|---|---|---|",
      ...review.changed.map(changeRow)
    );
  }
  if (review.unsupported.length > 0) {
    out.push(
      "",
      "#### Promotions to `confirmed` the evidence does not support",
      "",
      "The corroboration rule: a fact may be `confirmed` only when its evidence names at least **two different techniques** (for example a websocket capture and Baileys instrumentation). The same technique twice is still one; one technique, however clean, reaches `probable` at most. Add a capture made with another technique, or keep these facts at `probable`.",
      "",
      "| fact | base \u2192 head | evidence |",
      "|---|---|---|",
      ...review.unsupported.map((c) => `| ${codeSpan(c.path)} | ${c.from ?? "(new)"} \u2192 ${c.to} | ${c.techniques.length === 0 ? "(none)" : c.techniques.join(", ")} |`)
    );
  }
  return `${out.join("\n")}
`;
}
function changeRow(c) {
  return `| ${codeSpan(c.path)} | ${c.from ?? "(new)"} \u2192 ${c.to} | ${c.techniques.length === 0 ? "(none)" : c.techniques.join(", ")} | ${c.captured.length === 0 ? "(none)" : c.captured.join(", ")} |`;
}

// src/report/intake.ts
var COMMENT_BUDGET = MAX_BODY - 256;
var COMMENT_MAX_FINDINGS = 100;
function findingsSection(findings, summaryUrl, maxChars) {
  const capped = cappedFindingsTable(findings, COMMENT_MAX_FINDINGS, maxChars);
  const lines = [capped.table, ""];
  if (capped.omitted > 0) {
    const where = summaryUrl !== void 0 ? `the [job summary of the workflow run](${summaryUrl})` : "the job summary of the workflow run";
    lines.push(`_${capped.omitted} more finding${capped.omitted === 1 ? "" : "s"} not shown here (${capped.shown} of ${findings.length} listed): ${where} lists all of them._`, "");
  }
  return lines;
}
function factsLine(facts2) {
  const parts = [];
  if (facts2.stanzaTag !== void 0) parts.push(`stanza ${codeSpan(facts2.stanzaTag)}`);
  if (facts2.direction !== void 0) parts.push(`direction ${codeSpan(facts2.direction)}`);
  if (facts2.technique !== void 0) parts.push(`technique ${codeSpan(facts2.technique)}`);
  if (facts2.confidence !== void 0) parts.push(`confidence ${codeSpan(facts2.confidence)}`);
  return parts.join(" \xB7 ");
}
function intakePullRequestTitle(issue2, facts2) {
  return `capture: issue #${issue2}${facts2.technique !== void 0 ? ` (${facts2.technique})` : ""}`;
}
function intakePullRequestBody(view) {
  return capBody(
    [
      `Capture submitted in #${view.issue}, ingested by the intake workflow.`,
      "",
      `- File: ${codeSpan(view.path)}`,
      `- ${factsLine(view.facts)}`,
      "- Sanitization scan and validation against the spec: passed (details in the comment below).",
      "",
      `Closes #${view.issue}`,
      "",
      "<sub>Generated by wacrg. Editing the issue updates this pull request; a hand edit of the capture file on this branch is replaced by the next edit of the issue.</sub>",
      ""
    ].join("\n")
  );
}
function coverageLine(view) {
  if (!view.corroboration) return [];
  const o = view.corroboration.projection.before.overall;
  return [
    `- Spec coverage today: **${percent(o.coverage)}** of ${o.total} facts (${o.confirmed} confirmed, ${o.probable} probable, ${o.speculative} speculative, ${o.unknown} unknown). A capture changes no confidence by itself: a maintainer decides on the promotions below.`
  ];
}
function corroborationSection(view) {
  return view.corroboration ? ["", renderCorroboration(view.corroboration), ""] : [];
}
function warnings(view) {
  if (view.findings.length === 0) return ["- Sanitization scan: passed, no findings."];
  return [`- Sanitization scan: passed with ${view.findings.length} warning${view.findings.length === 1 ? "" : "s"} (please double-check these places):`, "", ...findingsSection(view.findings, view.summaryUrl, COMMENT_BUDGET / 2)];
}
function intakePullRequestComment(view) {
  return capBody(
    [
      INTAKE_MARKER,
      `### Intake checks for #${view.issue}: accepted`,
      "",
      `- File: ${codeSpan(view.path)} on branch ${codeSpan(view.branch)}`,
      `- ${factsLine(view.facts)}`,
      ...warnings(view),
      "- Schema and cross-file validation with the submitted capture: passed.",
      ...coverageLine(view),
      ...corroborationSection(view),
      "",
      "<sub>Pull requests opened by the workflow token start no other workflow, so the intake ran these checks itself.</sub>",
      ""
    ].join("\n"),
    COMMENT_BUDGET
  );
}
function intakeIssueAcceptedComment(view) {
  const where = view.onDefaultBranch !== void 0 ? `The default branch ${codeSpan(view.onDefaultBranch)} already holds exactly this ${codeSpan(view.path)}: there is nothing new to propose, so no pull request was opened.` : `${view.pullRequest ? `Pull request #${view.pullRequest.number}` : `Branch ${codeSpan(view.branch)}`} holds ${codeSpan(view.path)}.`;
  return capBody(
    [
      INTAKE_MARKER,
      "### Capture accepted",
      "",
      `Thank you! The submission passed the sanitization scan and the spec validation. ${where}`,
      "",
      `- ${factsLine(view.facts)}`,
      ...view.findings.length > 0 ? [`- ${view.findings.length} scanner warning${view.findings.length === 1 ? "" : "s"}: see the pull request.`] : [],
      ...coverageLine(view),
      ...corroborationSection(view),
      "",
      "To change the capture, edit this issue: the pull request follows the latest version.",
      ""
    ].join("\n"),
    COMMENT_BUDGET
  );
}
var LEAK_STEPS = [
  "**What to do now**",
  "",
  "1. Replace every flagged value with a placeholder (`A@s.whatsapp.net`, `CALLID1`, `TIMESTAMP1`, `CIPHERTEXTPLACEHOLDER`, documentation IPs such as `192.0.2.1`), then edit this issue: the intake runs again on every edit.",
  "2. Editing is not enough: GitHub keeps every earlier version of the issue in its edit history, visible to anyone. Open the **edited** menu at the top of the issue, select each revision that contains the value, and choose **Delete revision from history**.",
  "3. If a real key, token, phone number or device identity leaked, treat it as compromised: rotate it, or log the device out and re-register it. Deleting the text does not un-publish it."
];
var INVALID_STEPS = ["**What to do now**", "", "Fix the fields listed below and edit this issue: the intake runs again on every edit. Nothing was written to the repository."];
function intakeIssueRefusedComment(view) {
  const leak = view.status === "rejected";
  const blocking = view.findings.filter((f) => f.severity === "block");
  const lines = [
    INTAKE_MARKER,
    `### ${view.kind === "flavor" ? "Flavor registration" : "Capture"} ${leak ? "rejected: possible personal data or key material" : "cannot be ingested yet"}`,
    "",
    leak ? `The sanitization scan blocked ${blocking.length} place${blocking.length === 1 ? "" : "s"} in the submission. Nothing was written, pushed or opened. The table below says where, never what.` : "The submission does not match the form or the spec. Nothing was written, pushed or opened.",
    ""
  ];
  if (view.label !== void 0 && leak) lines.push(`This issue is labelled ${codeSpan(view.label)} until a clean version is ingested.`, "");
  if (view.pullRequest) {
    lines.push(`Pull request #${view.pullRequest.number} still holds the earlier accepted version, untouched.`, "");
  }
  lines.push(...leak ? LEAK_STEPS : INVALID_STEPS, "");
  if (view.errors.length > 0) {
    const shown = view.errors.slice(0, COMMENT_MAX_FINDINGS);
    lines.push(leak ? errorFieldsOnly(view.errors) : errorList(shown), "");
    if (!leak && shown.length < view.errors.length) lines.push(`_${view.errors.length - shown.length} more problem(s) not shown here._`, "");
  }
  if (view.findings.length > 0) {
    const head = lines.join("\n");
    lines.push("**Where**", "", ...findingsSection(view.findings, view.summaryUrl, COMMENT_BUDGET - head.length - 400));
  }
  return capBody(lines.join("\n"), COMMENT_BUDGET);
}
function intakePullRequestHeldComment(view) {
  return capBody(
    [
      INTAKE_MARKER,
      `### Latest edit of #${view.issue} was ${view.status}`,
      "",
      `The newest version of the issue ${view.status === "rejected" ? "was blocked by the sanitization scan" : "could not be ingested"}, so nothing was pushed: this pull request still holds the earlier accepted version, untouched.`,
      `See the comment on #${view.issue} for what to fix. The pull request is updated again once a clean version is submitted.`,
      ""
    ].join("\n")
  );
}

// src/report/coverage.ts
function row2(label2, d) {
  const facts2 = d.before.total === d.after.total ? `${d.after.total}` : `${d.before.total} \u2192 ${d.after.total}`;
  return `| ${label2} | ${facts2} | ${d.after.confirmed} | ${d.after.probable} | ${percent(d.before.coverage)} | ${percent(d.after.coverage)} | ${points(d.before.coverage, d.after.coverage)} |`;
}
var HEADER2 = "| | facts | confirmed | probable | base | head | \u0394 points |\n|---|---:|---:|---:|---:|---:|---:|";
function table(rows) {
  return [HEADER2, ...rows.map((d) => row2(codeSpan(d.key), d))].join("\n");
}
function overallDelta(base, head) {
  return points(base.overall.coverage, head.overall.coverage);
}
function coverageDeltaMarkdown(base, head) {
  const delta = coverageDelta(base, head);
  const changed = (rows) => rows.filter((d) => d.before.coverage !== d.after.coverage || d.before.total !== d.after.total).length;
  return [
    `**Coverage** ${percent(head.overall.coverage)} (${overallDelta(base, head)} points against the base)`,
    "",
    [HEADER2, row2("**overall**", delta.overall)].join("\n"),
    "",
    `<details><summary>By category (${changed(delta.byCategory)} changed)</summary>`,
    "",
    table(delta.byCategory),
    "",
    "</details>",
    "",
    `<details><summary>By technique (${changed(delta.byTechnique)} changed)</summary>`,
    "",
    table(delta.byTechnique),
    "",
    "</details>",
    "",
    flavorDelta(base, head)
  ].join("\n");
}
function flavorDelta(base, head) {
  const move = (a, b2) => a === b2 ? `${b2}` : `${a} \u2192 ${b2}`;
  const [b, h] = [base.flavorCorroboration, head.flavorCorroboration];
  return `**Flavor corroboration** (not part of the score): ${move(b.citing, h.citing)} fact${h.citing === 1 ? "" : "s"} citing a flavor, ${move(b.independent, h.independent)} backed by two or more independent flavors.`;
}

// src/report/review.ts
var MAX_ROWS = 200;
function problemsTable(problems) {
  const rows = problems.slice(0, MAX_ROWS).map((p) => `| ${codeSpan(p.file)} | ${p.line} | ${p.column} | ${p.path === "" ? "" : codeSpan(p.path)} | ${escapeText(p.message)} |`);
  const more = problems.length > MAX_ROWS ? [`
_\u2026 and ${problems.length - MAX_ROWS} more (see the annotations of the workflow run)._`] : [];
  return ["| file | line | column | path | problem |", "|---|---:|---:|---|---|", ...rows].join("\n") + more.join("");
}
function verdict(view) {
  if (view.problems.length === 0) return "\u2705 No problems: every file passes the schemas, the cross-file rules and the sanitization scan.";
  const files = new Set(view.problems.map((p) => p.file)).size;
  return `\u274C ${view.problems.length} problem${view.problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}.`;
}
function reviewComment(view) {
  const lines = [
    REVIEW_MARKER,
    `### Spec review of ${codeSpan(view.headSha.slice(0, 7))}`,
    "",
    verdict(view),
    ""
  ];
  if (view.problems.length > 0) lines.push(problemsTable(view.problems), "");
  lines.push(
    `${view.changedFiles.length} changed file${view.changedFiles.length === 1 ? "" : "s"} under ${codeSpan("spec/")} or ${codeSpan("corpus/")}.`,
    "",
    coverageDeltaMarkdown(view.base, view.head),
    ""
  );
  if (view.parts !== void 0 && view.parts.length > 0) lines.push(partChangesMarkdown(view.parts), "");
  if (view.promotions) lines.push(view.promotions, "");
  if (view.affected !== void 0) lines.push(affectedMarkdown(view.affected), "");
  return capBody(lines.join("\n"));
}
function affectedMarkdown(affected) {
  if (affected.length === 0) return "**Implementations:** no flavor lists an implementation of the changed spec parts.";
  const rows = affected.flatMap(
    (a) => a.parts.map((p) => `| ${codeSpan(a.flavor)} | ${codeSpan(`wacrg:${p.code}`)} | ${codeSpan(p.id)} | ${codeSpan(p.status)} | ${a.optIn && a.notifyRepo !== null ? `yes, ${codeSpan(a.notifyRepo)}` : "no"} |`)
  );
  return [
    `**Implementations affected:** ${affected.length} flavor${affected.length === 1 ? "" : "s"} implement${affected.length === 1 ? "s" : ""} the changed spec parts.`,
    "",
    "| flavor | code | part | status | notified on merge |",
    "|---|---|---|---|---|",
    ...rows.slice(0, MAX_ROWS)
  ].join("\n");
}
function partChangesMarkdown(parts) {
  const count = (c) => parts.filter((p) => p.change === c).length;
  const code = (p) => {
    const now = p.code === null ? "\u2014" : codeSpan(`wacrg:${p.code}`);
    return p.previousCode === void 0 ? now : `${codeSpan(`wacrg:${p.previousCode}`)} \u2192 ${now}`;
  };
  const rows = parts.map((p) => `| ${p.change} | ${code(p)} | ${codeSpan(p.id)} | ${codeSpan(p.category)} |`);
  const more = parts.length > MAX_ROWS ? [`_\u2026 and ${parts.length - MAX_ROWS} more._`] : [];
  return [
    `**Spec parts:** ${count("added")} added, ${count("changed")} changed, ${count("removed")} removed.`,
    "",
    "| change | code | part | category |",
    "|---|---|---|---|",
    ...rows.slice(0, MAX_ROWS),
    ...more
  ].join("\n");
}

// src/report/summary.ts
var MAX_SUMMARY = 5e5;
function intakeSummary(view) {
  const lines = [`## wacrg intake: issue #${view.issue} \u2192 ${view.result}`, ""];
  for (const note of view.notes ?? []) lines.push(`> ${note}`, "");
  for (const action of view.actions) lines.push(`- ${action}`);
  lines.push("");
  if (view.findings.length > 0) {
    const capped = cappedFindingsTable(view.findings, Number.POSITIVE_INFINITY, MAX_SUMMARY - 2e3 - lines.join("\n").length);
    lines.push(`${view.findings.length} scanner finding(s):`, "", capped.table, "");
    if (capped.omitted > 0) lines.push(`${capped.omitted} more finding(s) did not fit in the job summary's size limit.`, "");
  }
  if (view.errorCount > 0) lines.push(`${view.errorCount} form or validation error(s); the issue comment lists them.`, "");
  if (view.coverage) lines.push(`Spec coverage: ${percent(view.coverage.overall.coverage)} of ${view.coverage.overall.total} facts.`, "");
  return capBody(lines.join("\n"), MAX_SUMMARY);
}
function reviewSummary(view, notes) {
  const lines = [
    `## wacrg review: pull request #${view.pullNumber}`,
    "",
    view.problems.length === 0 ? "\u2705 No problems." : `\u274C ${view.problems.length} problem(s).`,
    ""
  ];
  if (view.problems.length > 0) lines.push(problemsTable(view.problems), "");
  lines.push(
    `Coverage: ${percent(view.base.overall.coverage)} \u2192 ${percent(view.head.overall.coverage)} (${overallDelta(view.base, view.head)} points), ${view.changedFiles.length} changed spec/corpus file(s).`,
    ""
  );
  if (view.parts !== void 0 && view.parts.length > 0) lines.push(partChangesMarkdown(view.parts), "");
  for (const note of notes) lines.push(`> ${note}`, "");
  return capBody(lines.join("\n"), MAX_SUMMARY);
}
function reingestSummary(view, notes) {
  const lines = [`## wacrg re-ingest${view.dryRun ? " (dry run: nothing written)" : ""}`, ""];
  lines.push("| issue | outcome | findings | errors | file |", "|---:|---|---:|---:|---|");
  for (const e of view.entries) {
    lines.push(`| #${e.issue} | ${e.outcome}${e.reason ? ` (${e.reason})` : ""} | ${e.findings} | ${e.errors} | ${e.path ? codeSpan(e.path) : ""} |`);
  }
  lines.push("");
  const count = (o) => view.entries.filter((e) => e.outcome === o).length;
  lines.push(
    `${view.entries.length} issue(s): ${count("accepted")} accepted, ${count("unchanged")} unchanged, ${count("rejected")} rejected, ${count("invalid")} invalid, ${count("skipped")} skipped.`,
    ""
  );
  if (view.pullRequest) lines.push(`Pull request #${view.pullRequest.number} on branch ${codeSpan(view.branch)}${view.committed ? " (new commit)" : " (no new commit)"}.`, "");
  for (const note of notes) lines.push(`> ${note}`, "");
  return capBody(lines.join("\n"), MAX_SUMMARY);
}
function reingestPullRequestBody(view) {
  const accepted2 = view.entries.filter((e) => e.path !== void 0 && (e.outcome === "accepted" || e.outcome === "unchanged"));
  return capBody(
    [
      `Re-ingest of ${accepted2.length} capture issue(s) in one commit, by the re-ingest workflow.`,
      "",
      ...accepted2.map((e) => `- #${e.issue} \u2192 ${codeSpan(e.path ?? "")}`),
      "",
      ...accepted2.map((e) => `Closes #${e.issue}`),
      ""
    ].join("\n")
  );
}

// src/action/intake.ts
async function readTemplate(ctx, path3 = ctx.inputs.template) {
  const input2 = path3 === ctx.inputs.template ? "template" : "flavor-template";
  let text;
  try {
    text = readTextInside(openRoot(ctx.rootDir), path3);
  } catch (error2) {
    if (error2 instanceof RootLinkError) throw new InputError(`the issue-form template (the ${input2} input): ${error2.message}`);
    text = void 0;
  }
  if (text === void 0) {
    throw new InputError(`the issue-form template ${path3} was not found in the checkout: run actions/checkout first, or set the ${input2} input`);
  }
  return text;
}
function formOfIssue(ctx, labels) {
  const { inputs } = ctx;
  const forms = [
    { kind: "capture", template: inputs.template, label: inputs.captureLabel },
    { kind: "flavor", template: inputs.flavorTemplate, label: inputs.flavorLabel }
  ];
  const matching = forms.filter((f) => labels.includes(f.label));
  const [form, other] = matching;
  if (form === void 0) return { skip: `it carries none of the intake labels (${forms.map((f) => `\`${f.label}\``).join(", ")})` };
  if (other !== void 0) return { skip: `it carries the labels of two forms (\`${form.label}\`, \`${other.label}\`): remove the wrong one` };
  return form;
}
async function ingestIssue(ctx, issue2, templateText) {
  const template = templateText ?? await readTemplate(ctx);
  const { files, captureNames } = await readRepoListingCaptures(ctx.rootDir, [captureId(issue2.number)]);
  const result = ingest({
    body: issue2.body,
    title: issue2.title,
    issue: issue2.number,
    author: issue2.author,
    templateText: template,
    repoFiles: files,
    captureNames
  });
  info(
    `issue #${issue2.number}: body ${issue2.body?.length ?? 0} chars, title ${issue2.title.length} chars \u2192 ${result.kind ?? "unknown form"} ${result.status} (${result.findings.length} finding(s), ${result.errors.length} error(s))`
  );
  return result;
}
function captureBranch(ctx, issue2, kind = "capture") {
  return `${kind === "flavor" ? ctx.inputs.flavorBranchPrefix : ctx.inputs.branchPrefix}issue-${issue2}`;
}
async function runIntake(ctx, event) {
  const eventForm = formOfIssue(ctx, event.labels);
  if ("skip" in eventForm) {
    info(`issue #${event.number}: nothing to do, ${eventForm.skip}`);
    await summary.addRaw(`## wacrg intake: issue #${event.number} skipped

Nothing to do: ${eventForm.skip}.
`).write();
    return;
  }
  if (event.isPullRequest) throw new InputError("the issues event is about a pull request; nothing to ingest");
  const snap = { issue: await readCurrentIssue(ctx, event.number), readAt: Date.now() };
  const issue2 = snap.issue;
  const notes = [];
  if (issue2.updatedAt !== event.updatedAt || issue2.body !== event.body || issue2.title !== event.title) {
    notes.push(
      `The issue changed after the event that started this run (event: updated ${event.updatedAt}; now: updated ${issue2.updatedAt}). This run processed the issue as it is now, not the event's copy.`
    );
    info(`issue #${issue2.number} changed since the event (updated ${event.updatedAt} \u2192 ${issue2.updatedAt}): processing the current version`);
  }
  const form = formOfIssue(ctx, issue2.labels);
  if ("skip" in form || form.kind !== eventForm.kind) {
    info(`issue #${issue2.number} no longer carries the label of its form; nothing to do`);
    await summary.addRaw(intakeSummary({ issue: issue2.number, result: "skipped", notes, actions: ["The issue as it is now no longer carries the label of its form: nothing was written."], findings: [], errorCount: 0 })).write();
    return;
  }
  const result = await ingestIssue(ctx, issue2, await readTemplate(ctx, form.template));
  const kind = result.kind ?? form.kind;
  if (result.status === "accepted") await (kind === "flavor" ? acceptedFlavor(ctx, snap, result, notes) : accepted(ctx, snap, result, notes));
  else await refused(ctx, snap, result, notes, kind);
}
var FRESH_MS = 1e4;
var isFresh = (snap) => Date.now() - snap.readAt < FRESH_MS;
async function stillCurrent(ctx, snap) {
  if (isFresh(snap)) return true;
  info(`issue #${snap.issue.number}: the read is ${((Date.now() - snap.readAt) / 1e3).toFixed(1)} s old; reading the issue again before writing`);
  const now = await readCurrentIssue(ctx, snap.issue.number);
  if (now.body !== snap.issue.body || now.title !== snap.issue.title) return false;
  snap.readAt = Date.now();
  return true;
}
async function readCurrentIssue(ctx, number) {
  const issue2 = await getIssue(ctx.client, ctx.repo, number, { notFoundIsError: true });
  if (issue2 === null) throw new Error("unreachable: notFoundIsError");
  if (issue2.isPullRequest) throw new InputError("the issues event is about a pull request; nothing to ingest");
  return issue2;
}
async function superseded(issue2, notes, actions, where, newer) {
  notes.push(
    newer === void 0 ? `Stopped as superseded: the issue was edited while this run was working (this run read it as updated ${issue2.updatedAt}). The run for that edit handles the newer version; this run wrote nothing more.` : `Stopped as superseded: ${where} already reports on the issue as updated ${newer}, newer than the version this run read (updated ${issue2.updatedAt}). A newer run handled it; this run wrote nothing more.`
  );
  info(`issue #${issue2.number}: superseded by a newer version (${where}); stopping`);
  setOutputs({ result: "superseded" });
  await summary.addRaw(intakeSummary({ issue: issue2.number, result: "superseded", notes, actions, findings: [], errorCount: 0 })).write();
}
async function proposeAccepted(ctx, snap, notes, p) {
  const { client, repo, inputs } = ctx;
  const issue2 = snap.issue;
  const branch = captureBranch(ctx, issue2.number, p.kind);
  const base = await ctx.defaultBranch();
  const actions = [];
  const version = issue2.updatedAt;
  const noComments = issue2.comments === 0;
  const paths = p.files.map((f) => `\`${f.path}\``).join(", ");
  const state = { committed: false };
  const proposal = await proposeFiles(client, repo, {
    branch,
    base,
    files: p.files,
    message: p.message,
    version,
    // No comment on the issue: no run of ours got as far as commenting, so the branch is most likely
    // missing (if an interrupted run left it, creating it fails and the full path takes over).
    assumeNew: noComments,
    pullRequest: { title: p.title, body: p.body, labels: p.labels },
    stillCurrent: () => stillCurrent(ctx, snap)
  });
  if (proposal.outcome === "superseded") {
    await superseded(issue2, notes, actions, `branch \`${branch}\``, proposal.newerVersion === "newer" ? void 0 : proposal.newerVersion);
    return null;
  }
  let prCreated = false;
  if (proposal.outcome === "nothing-to-propose") {
    state.onDefaultBranch = base;
    actions.push(
      p.files.length === 1 ? `${paths} on \`${base}\` already has exactly this content: nothing to propose, no branch or pull request written.` : `${paths} on \`${base}\` already have exactly this content: nothing to propose, no branch or pull request written.`
    );
  } else {
    state.committed = proposal.committed;
    const how = { created: "new branch", updated: "branch updated", reset: `branch reset to \`${base}\`: its earlier pull request was merged or closed`, unchanged: "" }[proposal.branchAction];
    actions.push(proposal.committed ? `Committed ${paths} to \`${branch}\` (${how}).` : `${paths} on \`${branch}\` already ${p.files.length === 1 ? "has" : "have"} this content: no commit.`);
    const pr = proposal.pullRequest;
    if (pr === null) {
      actions.push(`\`${branch}\` has no commits beyond \`${base}\`: no pull request.`);
    } else {
      prCreated = pr.created;
      state.pullRequest = { number: pr.number, url: pr.url };
      actions.push(`Pull request #${pr.number} ${pr.created ? "created" : pr.updated ? "updated" : "unchanged"}${pr.labelsAdded.length > 0 ? `, ${pr.labelsAdded.length} label(s) added` : ""}.`);
      const prComment = await upsertStickyComment(client, repo, pr.number, INTAKE_MARKER, p.prComment(state), true, {
        identity: ctx.identity,
        version,
        knownEmpty: pr.created
      });
      if (prComment.action === "superseded") {
        await superseded(issue2, notes, actions, `the comment on pull request #${pr.number}`, prComment.newerVersion);
        return null;
      }
      actions.push(`Pull request comment ${prComment.action}${prComment.deleted > 0 ? ` (${prComment.deleted} duplicate(s) deleted)` : ""}.`);
    }
  }
  const issueComment = await upsertStickyComment(client, repo, issue2.number, INTAKE_MARKER, p.issueComment(state), false, {
    identity: ctx.identity,
    version,
    knownEmpty: knownEmpty(snap)
  });
  if (issueComment.action === "superseded") {
    await superseded(issue2, notes, actions, `the comment on issue #${issue2.number}`, issueComment.newerVersion);
    return null;
  }
  actions.push(`Issue comment ${issueComment.action}${issueComment.deleted > 0 ? ` (${issueComment.deleted} duplicate(s) deleted)` : ""}.`);
  if (issue2.labels.includes(inputs.needsSanitizationLabel)) {
    if (await removeLabel(client, repo, issue2.number, inputs.needsSanitizationLabel)) actions.push(`Label \`${inputs.needsSanitizationLabel}\` removed.`);
  }
  return { state, prCreated, actions };
}
async function accepted(ctx, snap, result, notes) {
  const issue2 = snap.issue;
  if (result.path === void 0 || result.yaml === void 0 || result.capture === void 0) throw new Error("ingest accepted without a file");
  const path3 = repoPath(ctx, result.path);
  const branch = captureBranch(ctx, issue2.number);
  const facts2 = captureFacts(result.capture);
  const view = { issue: issue2.number, path: path3, branch, facts: facts2, findings: result.findings, committed: false, ...summaryLink(ctx) };
  if (result.corroboration) view.corroboration = result.corroboration;
  const withState = (state) => ({ ...view, ...state });
  const done = await proposeAccepted(ctx, snap, notes, {
    kind: "capture",
    files: [{ path: path3, content: result.yaml }],
    message: `capture: ingest issue #${issue2.number}

From the Stanza capture form of #${issue2.number}; passed the sanitization scan and validation.`,
    title: intakePullRequestTitle(issue2.number, facts2),
    labels: ctx.inputs.labels,
    body: intakePullRequestBody(view),
    prComment: (state) => intakePullRequestComment(withState(state)),
    issueComment: (state) => intakeIssueAcceptedComment(withState(state))
  });
  if (done === null) return;
  const projection = result.corroboration?.projection;
  const outcome = done.state.committed || done.prCreated ? "accepted" : "unchanged";
  setOutputs({
    result: outcome,
    capturePath: path3,
    ...done.state.pullRequest ? { pullRequest: done.state.pullRequest } : {},
    // coverage: the spec today; coverage-delta: what accepting the supported promotions would add.
    ...projection ? { coverage: percent(projection.before.overall.coverage), coverageDelta: points(projection.before.overall.coverage, projection.projected.overall.coverage) } : {}
  });
  await summary.addRaw(intakeSummary({ issue: issue2.number, result: outcome, notes, actions: done.actions, findings: result.findings, errorCount: 0, ...projection ? { coverage: projection.before } : {} })).write();
}
async function acceptedFlavor(ctx, snap, result, notes) {
  const issue2 = snap.issue;
  const files = (result.files ?? []).map((f) => ({ path: repoPath(ctx, f.path), content: f.yaml }));
  const flavorId = result.flavor?.id;
  const maintainer = result.flavor?.maintainer;
  if (files.length === 0 || flavorId === void 0 || maintainer === void 0) throw new Error("ingest accepted a registration without a flavor file");
  const view = {
    issue: issue2.number,
    flavorId,
    maintainer,
    branch: captureBranch(ctx, issue2.number, "flavor"),
    paths: files.map((f) => f.path),
    contributorAdded: result.contributorAdded === true,
    update: result.flavorUpdate === true,
    findings: result.findings
  };
  const withState = (state) => state.pullRequest ? { ...view, pullRequest: state.pullRequest } : view;
  const done = await proposeAccepted(ctx, snap, notes, {
    kind: "flavor",
    files,
    message: `flavor: ${view.update ? "update" : "register"} ${flavorId} from issue #${issue2.number}

From the Flavor registration form of #${issue2.number}; passed the sanitization scan and validation.`,
    title: flavorPullRequestTitle(view),
    labels: [ctx.inputs.flavorLabel],
    body: flavorPullRequestBody(view),
    prComment: (state) => flavorPullRequestComment(withState(state)),
    issueComment: (state) => flavorIssueAcceptedComment(withState(state))
  });
  if (done === null) return;
  const outcome = done.state.committed || done.prCreated ? "accepted" : "unchanged";
  setOutputs({ result: outcome, capturePath: view.paths[0] ?? "", ...done.state.pullRequest ? { pullRequest: done.state.pullRequest } : {} });
  await summary.addRaw(intakeSummary({ issue: issue2.number, result: outcome, notes, actions: done.actions, findings: result.findings, errorCount: 0 })).write();
}
async function refused(ctx, snap, result, notes, kind = "capture") {
  const { client, repo, inputs } = ctx;
  const issue2 = snap.issue;
  const status = result.status === "rejected" ? "rejected" : "invalid";
  const actions = ["Nothing was written or pushed."];
  const view = { issue: issue2.number, kind, status, findings: result.findings, errors: result.errors, ...summaryLink(ctx) };
  const leak = status === "rejected";
  if (leak) view.label = inputs.needsSanitizationLabel;
  const version = issue2.updatedAt;
  const branch = captureBranch(ctx, issue2.number, kind);
  const pr = await findPullRequest(client, repo, branch, await ctx.defaultBranch());
  if (pr !== null) view.pullRequest = { number: pr.number, url: pr.url };
  const comment = await upsertStickyComment(client, repo, issue2.number, INTAKE_MARKER, intakeIssueRefusedComment(view), false, {
    identity: ctx.identity,
    version,
    knownEmpty: knownEmpty(snap)
  });
  if (comment.action === "superseded") return superseded(issue2, notes, actions, `the comment on issue #${issue2.number}`, comment.newerVersion);
  actions.push(`Issue comment ${comment.action}.`);
  const hasLabel = issue2.labels.includes(inputs.needsSanitizationLabel);
  if (leak && !hasLabel) {
    await addLabels(client, repo, issue2.number, [inputs.needsSanitizationLabel]);
    actions.push(`Label \`${inputs.needsSanitizationLabel}\` added.`);
  } else if (!leak && hasLabel) {
    if (await removeLabel(client, repo, issue2.number, inputs.needsSanitizationLabel)) actions.push(`Label \`${inputs.needsSanitizationLabel}\` removed.`);
  }
  if (pr !== null) {
    const note = await upsertStickyComment(client, repo, pr.number, INTAKE_MARKER, intakePullRequestHeldComment(view), true, { identity: ctx.identity, version });
    actions.push(`Pull request #${pr.number} left untouched; note ${note.action}.`);
  }
  setOutputs({ result: status, ...view.pullRequest ? { pullRequest: view.pullRequest } : {} });
  warning(`issue #${issue2.number} was ${status}: ${result.findings.length} finding(s), ${result.errors.length} error(s); see the issue comment`);
  await summary.addRaw(intakeSummary({ issue: issue2.number, result: status, notes, actions, findings: result.findings, errorCount: result.errors.length })).write();
}
function knownEmpty(snap) {
  if (snap.issue.comments !== 0) return false;
  if (isFresh(snap)) return true;
  info(`issue #${snap.issue.number}: the read is ${((Date.now() - snap.readAt) / 1e3).toFixed(1)} s old; listing the comments before writing one`);
  return false;
}
function summaryLink(ctx) {
  return ctx.runUrl !== void 0 ? { summaryUrl: ctx.runUrl } : {};
}
function captureFacts(capture) {
  return { technique: capture.source.technique, direction: capture.direction, confidence: capture.confidence, stanzaTag: capture.stanza_tag };
}

// src/report/notify.ts
function trackingMarker(source, flavor) {
  return `<!-- wacrg:spec-changes:v1 source=${source} flavor=${flavor} -->`;
}
function pushKey(after) {
  return `<!-- wacrg:push ${after} -->`;
}
function trackingTitle(source, flavor) {
  return `Spec changes in ${source} for ${flavor}`;
}
function trackingHead(view, flavor) {
  return [
    trackingMarker(view.source, flavor),
    `The spec repository [${view.source}](${view.serverUrl}/${view.source}) changed parts that the flavor ${codeSpan(flavor)} implements (its \`implementations\` list it).`,
    "Each push to its default branch that touches such parts adds a section below; this issue is updated, never duplicated.",
    "Search your code for `wacrg:<code>` to find the places concerned. Close the issue when you have caught up: the next change opens a new one.",
    "",
    `<sub>Sent because the flavor record sets \`notify_opt_in: true\` and \`notify_repo\`; set \`notify_opt_in: false\` to stop.</sub>`
  ].join("\n");
}
function partRows(view, entry) {
  return entry.parts.map((p) => {
    const path3 = view.partPaths[p.id];
    const link = path3 === void 0 ? codeSpan(p.id) : `[${codeSpan(p.id)}](${view.serverUrl}/${view.source}/blob/${view.after}/${path3})`;
    return `| ${codeSpan(`wacrg:${p.code}`)} | ${link} | ${escapeText(p.title)} | ${codeSpan(p.status)} |`;
  });
}
function pushSection(view, entry) {
  return [
    pushKey(view.after),
    `### Push ${codeSpan(view.after.slice(0, 7))} to ${codeSpan(view.branch)}: ${entry.parts.length} part${entry.parts.length === 1 ? "" : "s"}`,
    "",
    `[Compare the changes](${view.serverUrl}/${view.source}/compare/${view.before}...${view.after})`,
    "",
    "| code | part | title | your status |",
    "|---|---|---|---|",
    ...partRows(view, entry)
  ].join("\n");
}
function notifySummary(view, changedParts, outcomes, skipped, notes) {
  const lines = [`## wacrg notifications: push ${codeSpan(view.after.slice(0, 7))} to ${codeSpan(view.branch)}`, ""];
  lines.push(`${changedParts} spec part(s) changed; ${outcomes.length + skipped.length} flavor(s) implement them, ${outcomes.length} opted in to notifications.`, "");
  for (const note of notes) lines.push(`- ${note}`);
  if (notes.length > 0) lines.push("");
  if (outcomes.length > 0) {
    lines.push("| flavor | repository | parts | result |", "|---|---|---|---|");
    for (const o of outcomes) {
      const result = o.outcome.kind === "planned" || o.outcome.kind === "failed" ? `${o.outcome.kind}: ${escapeText(o.outcome.reason)}` : `issue [#${o.outcome.number}](${o.outcome.url}) ${o.outcome.kind}`;
      lines.push(`| ${codeSpan(o.entry.flavor)} | ${codeSpan(o.entry.notifyRepo ?? "")} | ${o.entry.parts.map((p) => codeSpan(p.code)).join(" ")} | ${result} |`);
    }
    lines.push("");
  }
  if (skipped.length > 0) {
    lines.push(`Not notified (no \`notify_opt_in: true\` with a \`notify_repo\`): ${skipped.map((s) => codeSpan(s.flavor)).join(", ")}.`, "");
  }
  return capBody(lines.join("\n"), 2e5);
}

// src/action/notify.ts
async function runNotify(ctx, push, serverUrl) {
  const { client, repo, inputs } = ctx;
  const compared = await compareCommits(client, repo, push.before, push.after);
  const notes = [];
  if (compared.truncated) notes.push("GitHub listed its maximum number of changed files for this push: parts beyond that list were not considered.");
  const changed = /* @__PURE__ */ new Set();
  const removed = /* @__PURE__ */ new Set();
  for (const file of compared.files) {
    for (const [path3, gone] of [[file.path, file.status === "removed"], [file.previousPath, file.status === "renamed"]]) {
      const local = path3 === void 0 ? null : specPath(ctx, path3);
      if (local === null || kindOf(local) !== "part") continue;
      changed.add(local);
      if (gone) removed.add(local);
    }
  }
  const head = await readRepoFiles(ctx.rootDir);
  const files = [...head];
  for (const local of removed) {
    if (files.some((f) => f.path === local)) continue;
    const text = await getFileText(client, repo, repoPath(ctx, local), push.before);
    if (text !== null) files.push({ path: local, text });
  }
  const spec = loadRepo(files).repo;
  const ids = partIdsOfPaths(spec, [...changed]);
  const affected = affectedFlavors(spec, ids);
  const partPaths = Object.fromEntries(spec.parts.filter((p) => ids.includes(p.record.id)).map((p) => [p.record.id, repoPath(ctx, p.file)]));
  const source = `${repo.owner}/${repo.repo}`;
  const view = { source, serverUrl, branch: await ctx.defaultBranch(), before: push.before, after: push.after, partPaths };
  info(`push: ${compared.files.length} changed file(s), ${ids.length} spec part(s), ${affected.length} flavor(s) implement them`);
  const targets = affected.filter((a) => a.optIn && a.notifyRepo !== null);
  const skipped = affected.filter((a) => !(a.optIn && a.notifyRepo !== null));
  if (targets.length > 0 && inputs.notifyToken === "") notes.push("No notify-token input: the plan is below and in the `notifications` output; nothing was sent.");
  const notifier = inputs.notifyToken === "" ? null : createClient(inputs.notifyToken, { log: (m) => info(m) });
  const outcomes = [];
  for (const entry of targets) {
    outcomes.push({ entry, outcome: notifier === null ? { kind: "planned", reason: "no notify token" } : await send(notifier, view, entry) });
  }
  const sent = outcomes.filter((o) => o.outcome.kind === "created" || o.outcome.kind === "updated").length;
  const reached = outcomes.some((o) => o.outcome.kind === "created" || o.outcome.kind === "updated" || o.outcome.kind === "unchanged");
  setOutput("result", targets.length === 0 ? "unchanged" : reached ? "notified" : "planned");
  setOutput("notifications", JSON.stringify(outcomes.map(planJson)));
  info(`notifications: ${targets.length} opted-in flavor(s), ${sent} issue(s) opened or updated`);
  for (const o of outcomes) if (o.outcome.kind === "failed") warning(`flavor ${o.entry.flavor}: ${o.outcome.reason}`);
  await summary.addRaw(notifySummary(view, ids.length, outcomes, skipped, notes)).write();
}
async function send(client, view, entry) {
  const [owner, name] = (entry.notifyRepo ?? "").split("/");
  if (owner === void 0 || name === void 0) return { kind: "failed", reason: "notify_repo is not owner/name" };
  const target = { owner, repo: name };
  try {
    const result = await upsertTrackingIssue(client, target, trackingMarker(view.source, entry.flavor), trackingTitle(view.source, entry.flavor), trackingHead(view, entry.flavor), {
      key: pushKey(view.after),
      text: pushSection(view, entry)
    });
    return { kind: result.action, number: result.number, url: result.url };
  } catch (error2) {
    return { kind: "failed", reason: describeFailure(error2, { what: `writing the tracking issue in ${entry.notifyRepo}`, permission: "issues: write" }) };
  }
}
function planJson(o) {
  return { flavor: o.entry.flavor, notifyRepo: o.entry.notifyRepo, parts: o.entry.parts, ...o.outcome };
}

// src/action/reingest.ts
async function runReingest(ctx, eventInputs) {
  const { client, repo, inputs } = ctx;
  const selection = parseIssueSelection(inputs.issues !== "" ? inputs.issues : eventInputs["issues"] ?? "");
  const dryRun = parseDryRun(inputs.dryRun !== "" ? inputs.dryRun : eventInputs["dry-run"] ?? eventInputs["dry_run"] ?? "");
  const template = await readTemplate(ctx);
  const version = (/* @__PURE__ */ new Date()).toISOString();
  const entries = [];
  const files = [];
  const issues = [];
  if (selection.all) {
    const open = await listOpenIssuesWithLabel(client, repo, inputs.captureLabel, MAX_REINGEST + 1);
    if (open.length > MAX_REINGEST) {
      warning(`more than ${MAX_REINGEST} open capture issues: only the oldest ${MAX_REINGEST} are re-ingested in this run`);
    }
    issues.push(...open.slice(0, MAX_REINGEST));
  } else {
    for (const number of selection.numbers) issues.push(await getIssue(client, repo, number) ?? { number, missing: true });
  }
  info(`re-ingest: ${issues.length} issue(s)${dryRun ? " (dry run)" : ""}`);
  for (const issue2 of issues) {
    const skip = (reason) => entries.push({ issue: issue2.number, outcome: "skipped", reason, findings: 0, errors: 0 });
    if ("missing" in issue2) {
      skip("not found");
      continue;
    }
    if (issue2.isPullRequest) {
      skip("a pull request");
      continue;
    }
    if (!issue2.labels.includes(inputs.captureLabel)) {
      skip("no capture label");
      continue;
    }
    const result2 = await ingestIssue(ctx, issue2, template);
    const entry = { issue: issue2.number, outcome: result2.status, findings: result2.findings.length, errors: result2.errors.length };
    if (result2.status === "accepted" && result2.path !== void 0 && result2.yaml !== void 0) {
      entry.path = repoPath(ctx, result2.path);
      files.push({ path: entry.path, content: result2.yaml });
    }
    entries.push(entry);
  }
  const branch = `${inputs.branchPrefix}reingest`;
  const view = { entries, dryRun, branch, committed: false };
  const notes = [];
  let result;
  if (files.length === 0) {
    result = entries.some((e) => e.outcome === "rejected") ? "rejected" : entries.some((e) => e.outcome === "invalid") ? "invalid" : "unchanged";
    notes.push("No capture was accepted: nothing to commit.");
  } else if (dryRun) {
    result = "accepted";
    notes.push(`Dry run: ${files.length} capture(s) would be committed to \`${branch}\`; nothing was written.`);
  } else {
    const base = await ctx.defaultBranch();
    const proposal = await proposeFiles(client, repo, {
      branch,
      base,
      files,
      message: `capture: re-ingest ${files.length} issue(s)

${entries.filter((e) => e.path).map((e) => `#${e.issue}`).join(", ")}`,
      perFileStatus: true,
      version,
      pullRequest: { title: "capture: re-ingest of capture issues", body: reingestPullRequestBody(view), labels: inputs.labels }
    });
    if (proposal.outcome === "proposed") {
      for (const entry of entries) {
        if (entry.path !== void 0 && proposal.unchanged?.includes(entry.path)) entry.outcome = "unchanged";
      }
      view.committed = proposal.committed;
      if (proposal.pullRequest !== null) view.pullRequest = { number: proposal.pullRequest.number, url: proposal.pullRequest.url };
      if (proposal.branchAction === "reset") notes.push(`\`${branch}\` was reset to \`${base}\`: its earlier pull request was merged or closed.`);
      result = proposal.committed ? "accepted" : "unchanged";
    } else if (proposal.outcome === "superseded") {
      notes.push(
        `Stopped as superseded: \`${branch}\` already holds a re-ingest that read the issues at ${proposal.newerVersion}, after this run did (${version}). Nothing was written.`
      );
      result = "superseded";
    } else {
      for (const entry of entries) if (entry.path !== void 0) entry.outcome = "unchanged";
      notes.push(`\`${base}\` already holds exactly these files: nothing to propose.`);
      result = "unchanged";
    }
  }
  const out = { result };
  if (view.pullRequest) out.pullRequest = view.pullRequest;
  setOutputs(out);
  await summary.addRaw(reingestSummary(view, notes)).write();
}

// src/spec/part-changes.ts
var fileName = (path3) => (path3.split("/").pop() ?? path3).replace(/\.ya?ml$/, "");
var categoryOf = (path3) => path3.split("/")[1] ?? "";
function partChanges(changed, base, head) {
  const codeIn = (repo, path3) => repo.parts.find((p) => p.file === path3)?.record;
  const out = [];
  for (const f of changed) {
    const headIsPart = kindOf(f.path) === "part" && f.status !== "removed";
    const basePath = f.status === "renamed" && f.previousPath !== void 0 ? f.previousPath : f.path;
    const baseIsPart = kindOf(basePath) === "part" && f.status !== "added" && f.status !== "copied";
    if (!headIsPart && !baseIsPart) continue;
    const before = baseIsPart ? codeIn(base, basePath) : void 0;
    if (!headIsPart) {
      out.push({ change: "removed", id: before?.id ?? fileName(basePath), category: before?.category ?? categoryOf(basePath), code: before?.code ?? null, file: basePath });
      continue;
    }
    const after = codeIn(head, f.path);
    const entry = { change: baseIsPart ? "changed" : "added", id: after?.id ?? fileName(f.path), category: after?.category ?? categoryOf(f.path), code: after?.code ?? null, file: f.path };
    if (before !== void 0 && after !== void 0 && before.code !== after.code) entry.previousCode = before.code;
    out.push(entry);
  }
  return out;
}

// src/action/review.ts
function isSpecFile(path3) {
  return isRecordPath(path3) || isSchemaPath(path3);
}
async function baseFiles(ctx, head, changed, baseSha) {
  const files = new Map(head.map((f) => [f.path, f.text]));
  const restore = async (repoFilePath) => {
    const local = specPath(ctx, repoFilePath);
    if (local === null || !isSpecFile(local)) return;
    const text = await getFileText(ctx.client, ctx.repo, repoFilePath, baseSha);
    if (text === null) files.delete(local);
    else files.set(local, text);
  };
  for (const file of changed) {
    const local = specPath(ctx, file.path);
    if (local !== null) files.delete(local);
    if (file.status === "added" || file.status === "copied") continue;
    await restore(file.status === "renamed" && file.previousPath !== void 0 ? file.previousPath : file.path);
  }
  return [...files].map(([path3, text]) => ({ path: path3, text })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function changedCapturesOnly(ctx, changed) {
  if (changed.length === 0) return void 0;
  const captures = /* @__PURE__ */ new Set();
  for (const file of changed) {
    const local = specPath(ctx, file.path);
    const previous = file.previousPath === void 0 ? null : specPath(ctx, file.previousPath);
    for (const end of [local, previous]) if (end !== null && kindOf(end) !== "capture") return void 0;
    if (local !== null && file.status !== "removed") captures.add(local);
  }
  return captures;
}
async function runReview(ctx, pull) {
  const changedAll = await listPullRequestFiles(ctx.client, ctx.repo, pull.number);
  const isSpecChange = (path3) => {
    const local = specPath(ctx, path3);
    return local !== null && isSpecFile(local);
  };
  const changed = changedAll.filter((f) => isSpecChange(f.path) || f.previousPath !== void 0 && isSpecChange(f.previousPath));
  const onlyCaptures = changedCapturesOnly(ctx, changed);
  const { files: head, captureNames } = onlyCaptures ? await readRepoListingCaptures(ctx.rootDir, [...onlyCaptures].map(baseId)) : { files: await readRepoFiles(ctx.rootDir), captureNames: void 0 };
  const base = onlyCaptures ? head.filter((f) => kindOf(f.path) !== "capture") : await baseFiles(ctx, head, changed, pull.baseSha);
  const baseSchemas = base.filter((f) => isSchemaPath(f.path));
  const { repo: headRepo, problems, warnings: warnings2 } = validateRepository(head, { schemaFiles: baseSchemas });
  for (const p of problems) {
    error(p.path === "" ? p.message : `${p.path}: ${p.message}`, {
      title: "wacrg validate",
      file: repoPath(ctx, p.file),
      startLine: p.line,
      startColumn: p.column
    });
  }
  for (const w of warnings2) {
    warning(w.path === "" ? w.message : `${w.path}: ${w.message}`, {
      title: "wacrg validate",
      file: repoPath(ctx, w.file),
      startLine: w.line,
      startColumn: w.column
    });
  }
  info(
    captureNames === void 0 ? `validated ${head.length} file(s): ${problems.length} problem(s), ${warnings2.length} warning(s)` : `the pull request changes captures only: validated the spec and ${head.filter((f) => kindOf(f.path) === "capture").length} capture file(s) of ${captureNames.length} (the others are unchanged and were not read): ${problems.length} problem(s), ${warnings2.length} warning(s)`
  );
  const headCoverage = coverageOf(headRepo.stanzas.map((s) => s.record), headRepo.flavors.map((f) => f.record));
  const baseRepo = onlyCaptures ? headRepo : loadRepo(base).repo;
  const baseCoverage = coverageOf(baseRepo.stanzas.map((s) => s.record), baseRepo.flavors.map((f) => f.record));
  info(`${changed.length} changed spec/corpus file(s); coverage ${percent(baseCoverage.overall.coverage)} \u2192 ${percent(headCoverage.overall.coverage)}`);
  const view = {
    pullNumber: pull.number,
    headSha: pull.headSha,
    problems,
    changedFiles: changed.map((f) => f.path),
    base: baseCoverage,
    head: headCoverage,
    promotions: renderPromotionReview(baseRepo, headRepo)
  };
  view.parts = partChanges(
    changed.flatMap((f) => {
      const path3 = specPath(ctx, f.path);
      const previous = f.previousPath === void 0 ? null : specPath(ctx, f.previousPath);
      if (path3 === null && previous === null) return [];
      if (path3 === null) return [{ path: previous ?? "", status: "removed" }];
      if (f.status === "renamed" && previous === null) return [{ path: path3, status: "added" }];
      return [{ path: path3, status: f.status, ...previous === null ? {} : { previousPath: previous } }];
    }),
    baseRepo,
    headRepo
  );
  const changedParts = changed.flatMap((f) => [f.path, f.previousPath]).flatMap((p) => p === void 0 ? [] : [specPath(ctx, p)]).filter((p) => p !== null && kindOf(p) === "part");
  if (changedParts.length > 0) {
    const ids = [.../* @__PURE__ */ new Set([...partIdsOfPaths(headRepo, changedParts), ...partIdsOfPaths(baseRepo, changedParts)])];
    const parts = [...headRepo.parts, ...baseRepo.parts.filter((b) => !headRepo.parts.some((h) => h.record.id === b.record.id))];
    view.affected = affectedFlavors({ parts, flavors: headRepo.flavors }, ids);
  }
  const notes = [];
  if (pull.fromFork) {
    notes.push("Pull request from a fork: its token is read-only, so the results are here and in the annotations instead of a comment.");
  } else {
    try {
      const comment = await upsertStickyComment(ctx.client, ctx.repo, pull.number, REVIEW_MARKER, reviewComment(view), true, { identity: ctx.identity });
      info(`review comment ${comment.action}`);
    } catch (error2) {
      const message = error2 instanceof Error ? error2.message : String(error2);
      warning(`could not comment on the pull request (${message}); the results are in the job summary`);
      notes.push("The review comment could not be posted (read-only token?): the results are here and in the annotations.");
    }
  }
  setOutputs({
    result: "reviewed",
    coverage: percent(headCoverage.overall.coverage),
    coverageDelta: points(baseCoverage.overall.coverage, headCoverage.overall.coverage)
  });
  await summary.addRaw(reviewSummary(view, notes)).write();
  if (problems.length > 0) {
    const first = problems[0];
    setFailed(`${problems.length} validation problem(s) in the spec or corpus${first ? `, first: ${formatProblem(first)}` : ""}`);
  }
}

// src/action/run.ts
async function run(env = process.env) {
  const inputs = readInputs();
  const repo = repoFromEnv(env["GITHUB_REPOSITORY"]);
  const event = await readEvent(env["GITHUB_EVENT_NAME"] ?? "", env["GITHUB_EVENT_PATH"], repo);
  if (event.mode.kind === "ignored") {
    info(event.mode.reason);
    return;
  }
  const workspace = (0, import_node_path2.resolve)(env["GITHUB_WORKSPACE"] ?? process.cwd());
  const client = createClient(inputs.token, { log: (m) => info(m) });
  const ctx = {
    client,
    repo,
    inputs,
    // The spec root, reached without a link that leaves the checkout (RootLinkError otherwise).
    rootDir: resolveInside(openRoot(workspace), inputs.root === "" ? "." : inputs.root),
    defaultBranch: makeDefaultBranch(client, repo, event.defaultBranch),
    identity: tokenIdentity(client, inputs.appSlug),
    ...runUrlOf(env)
  };
  switch (event.mode.kind) {
    case "intake":
      return runIntake(ctx, event.mode.issue);
    case "review":
      return runReview(ctx, event.mode.pull);
    case "reingest":
      return runReingest(ctx, event.mode.inputs);
    case "notify":
      return runNotify(ctx, event.mode.push, (env["GITHUB_SERVER_URL"] ?? "https://github.com").replace(/\/+$/, ""));
  }
}
function runUrlOf(env) {
  const server = env["GITHUB_SERVER_URL"];
  const repository = env["GITHUB_REPOSITORY"];
  const id = env["GITHUB_RUN_ID"];
  if (!server || !repository || !id || !/^\d+$/.test(id) || !/^https:\/\/[^\s()<>]+$/.test(server)) return {};
  return { runUrl: `${server.replace(/\/+$/, "")}/${repository}/actions/runs/${id}` };
}
function failureMessage(error2) {
  if (error2 instanceof GitHubError || error2 instanceof InputError || error2 instanceof UnexpectedResponseError || error2 instanceof RootLinkError) return error2.message;
  if (error2 instanceof Error) {
    const first = error2.message.split("\n")[0] ?? "";
    return `internal error (${error2.name}): ${first.slice(0, 300)}`;
  }
  return "internal error";
}
export {
  failureMessage,
  run,
  setFailed
};
