// The HTTP transport under Octokit: the part of `fetch` that @octokit/request calls, over node:http
// and node:https. Node's global fetch is undici, which a fresh process loads and sets up on its first
// request: 3 requests to a loopback server cost ≈97 ms of CPU with fetch against ≈19 ms over
// node:http (≈38 ms with node:https loaded too), measured for issue #14 on Node 24. An action run
// makes about ten requests in a fresh process, so the load is most of the cost.
//
// What @octokit/request reads of a response (its fetch-wrapper.js): `status`, `statusText`, `url`,
// the headers (iterated, and `get("content-type")`), `text()` and `arrayBuffer()`. What fetch does that
// this keeps: redirects followed (at most 20; 303, and 301/302 after a POST, become a GET; the
// `authorization` header dropped when the redirect leaves the origin), compressed bodies decoded,
// connections kept alive, network failures as `TypeError("fetch failed", { cause })` (Octokit turns
// them into a RequestError with status 500, which the retry hook retries), `AbortSignal`.
//
// What fetch does not do and this adds: bounds, so that a broken or hostile server (or proxy) cannot
// make a run buffer without end or wait forever. A response body (as received, and again once
// decoded) larger than `maxResponseBytes`, and a request not answered completely within
// `deadlineMs`, fail with a `code` (TRANSPORT_CODES) the retry hook reads: a deadline is a network
// failure worth retrying, an oversized answer is not. Compression is not asked for (no
// `accept-encoding`): API answers are small and a loopback or runner network gains nothing from it;
// a body a server compresses anyway is decoded within the same cap. boundFetch puts the same bounds
// around the toolkit's proxy-aware fetch, which a runner behind a proxy uses instead.
import type { Agent as HttpAgent, IncomingMessage, RequestOptions } from 'node:http';

/** The request Octokit hands to `fetch` (a subset of RequestInit). */
export interface TransportRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  signal?: AbortSignal | null;
  redirect?: 'follow' | 'error' | 'manual';
}

/** Response headers: names lowercase, repeated headers joined with ", " (as fetch's Headers). */
export class TransportHeaders implements Iterable<[string, string]> {
  readonly #map: Map<string, string>;
  constructor(entries: Iterable<[string, string]>) {
    this.#map = new Map([...entries].map(([name, value]) => [name.toLowerCase(), value]));
  }
  get(name: string): string | null {
    return this.#map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.#map.has(name.toLowerCase());
  }
  [Symbol.iterator](): Iterator<[string, string]> {
    return [...this.#map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[Symbol.iterator]();
  }
}

/** The response: the body is read completely (API responses are small) and decoded. */
export interface TransportResponse {
  status: number;
  statusText: string;
  /** The URL of the last request, after redirects. */
  url: string;
  redirected: boolean;
  headers: TransportHeaders;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type Transport = (url: string | URL, init?: TransportRequest) => Promise<TransportResponse>;

export interface TransportOptions {
  /** No response (headers or body data) for this long aborts the request, in ms. Default 300,000 (undici's). */
  timeoutMs?: number;
  /** The whole request (redirects, headers and body) must complete within this, in ms. Default DEFAULT_DEADLINE_MS. */
  deadlineMs?: number;
  /** Largest response body accepted, in bytes, as received and once decoded. Default DEFAULT_MAX_RESPONSE_BYTES. */
  maxResponseBytes?: number;
  /** Redirects followed before failing. Default 20 (the fetch standard's limit). */
  maxRedirects?: number;
}

/**
 * 64 MiB. The largest answers among the calls the action makes (src/github): a page of 100 issue
 * comments, each body at most 65,536 characters (GitHub's limit), at most 6 bytes each once
 * JSON-escaped: under 40 MiB; a recursive tree, which GitHub truncates at 100,000 entries and 7 MB
 * (REST docs, "Get a tree"); a blob of a repository file the validator accepts (4 MiB, src/spec/read-files.ts),
 * 5.4 MiB in base64. Anything larger is not GitHub's REST API answering these calls.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/**
 * 60 s. GitHub ends a REST request that takes it more than 10 s to process (REST docs, "Best
 * practices": timeouts); the rest is for transfer: 64 MiB at 10 Mbit/s would not fit, but none of our
 * answers comes near that size. A deadline is retried (a network failure) within the run's budget.
 */
export const DEFAULT_DEADLINE_MS = 60_000;

/** The `code` of the transport's own failures (on the `cause` of the "fetch failed" TypeError). */
export const TRANSPORT_CODES = {
  /** The response (or its decoded body) is larger than `maxResponseBytes`: not worth retrying. */
  tooLarge: 'WACRG_RESPONSE_TOO_LARGE',
  /** The request did not complete within `deadlineMs`: a network failure, retried. */
  deadline: 'WACRG_DEADLINE',
  /** No data for `timeoutMs`: a network failure, retried. */
  idle: 'WACRG_IDLE_TIMEOUT',
  /** A redirect that cannot be followed (loop, non-http(s) target, no URL, `redirect: "error"`). */
  redirect: 'WACRG_REDIRECT',
  /** A content coding the transport cannot decode. */
  encoding: 'WACRG_CONTENT_ENCODING',
} as const;

/** An Error with a `code`, as Node's own network errors. */
function coded(code: string, message: string, cause?: unknown): Error & { code: string } {
  return Object.assign(new Error(message, cause === undefined ? undefined : { cause }), { code });
}

const mib = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * A fetch-shaped function for Octokit's `request.fetch` option. node:https is loaded only for an
 * https URL. Errors: `TypeError("fetch failed")` with the network error as `cause`; an Error named
 * `AbortError` when the signal aborts; `TypeError` for a body that is not a string or bytes.
 */
export function createTransport(options: TransportOptions = {}): Transport {
  const limits: Limits = {
    timeoutMs: options.timeoutMs ?? 300_000,
    deadlineMs: options.deadlineMs ?? DEFAULT_DEADLINE_MS,
    maxBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
  };
  const maxRedirects = options.maxRedirects ?? 20;
  const clients = new Map<string, Client>();
  const clientFor = (protocol: 'http:' | 'https:'): Client => {
    let client = clients.get(protocol);
    if (!client) {
      // Loaded on first use and without an ESM facade (see scripts/build.mjs: builtins by require).
      const lib = protocol === 'https:' ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
      client = { request: lib.request, agent: new lib.Agent({ keepAlive: true }) };
      clients.set(protocol, client);
    }
    return client;
  };

  return async function transport(input, init = {}) {
    let url = new URL(String(input));
    let method = (init.method ?? 'GET').toUpperCase();
    let headers = { ...init.headers };
    let body = bodyBytes(init.body);
    // One deadline for the whole call, redirects included.
    const deadline = Date.now() + limits.deadlineMs;
    for (let redirects = 0; ; redirects++) {
      const response = await once(url, method, headers, body, init.signal ?? undefined, clientFor, limits, deadline);
      const location = response.headers.get('location');
      if (!REDIRECTS.has(response.status) || location === null || init.redirect === 'manual') return finish(response, url, redirects > 0);
      const failed = (message: string, cause?: unknown): TypeError => new TypeError('fetch failed', { cause: coded(TRANSPORT_CODES.redirect, message, cause) });
      if (init.redirect === 'error') throw failed(`redirect (HTTP ${response.status}) with redirect: "error"`);
      if (redirects >= maxRedirects) throw failed(`more than ${maxRedirects} redirects`);
      let next: URL;
      try {
        next = new URL(location, url);
      } catch (error) {
        throw failed(`a redirect to a Location that is no URL (${error instanceof Error ? error.message : String(error)})`, error);
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') throw failed('redirect to a URL that is not http(s)');
      if (response.status === 303 ? method !== 'HEAD' : (response.status === 301 || response.status === 302) && method === 'POST') {
        method = 'GET';
        body = undefined;
        headers = withoutHeaders(headers, ['content-type', 'content-length']);
      }
      // The credentials are for GitHub's API only: never sent to another origin.
      if (next.origin !== url.origin) headers = withoutHeaders(headers, ['authorization']);
      url = next;
    }
  };
}

/**
 * The same bounds (deadlineMs, maxResponseBytes; see createTransport) around another fetch: the
 * toolkit's proxy-aware one (undici), which has neither a total deadline nor a size limit. The body
 * is read here, as decoded by that fetch, and stops at the limit. Errors as createTransport's: a
 * "fetch failed" TypeError whose cause has TRANSPORT_CODES.deadline or .tooLarge; the fetch's own
 * failures unchanged; an AbortError when the caller's signal aborts.
 */
export function boundFetch(base: (url: string, init: RequestInit) => Promise<Response>, options: TransportOptions = {}): Transport {
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  return async (input, init = {}) => {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), deadlineMs);
    const signal = init.signal ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal;
    const failed = (error: unknown): unknown =>
      deadline.signal.aborted && !init.signal?.aborted
        ? new TypeError('fetch failed', { cause: coded(TRANSPORT_CODES.deadline, `no complete response within ${deadlineMs / 1000} s (the transport's deadline of one request)`) })
        : error;
    const tooLarge = (what: string): TypeError =>
      new TypeError('fetch failed', { cause: coded(TRANSPORT_CODES.tooLarge, `${what} is larger than ${mib(maxBytes)} (the transport's limit of one response)`) });
    try {
      const response = await base(String(input), { ...init, signal } as RequestInit).catch((error: unknown) => {
        throw failed(error);
      });
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw tooLarge(`the response body (content-length ${declared} bytes)`);
      }
      const chunks: Buffer[] = [];
      let received = 0;
      if (response.body) {
        const reader = response.body.getReader();
        try {
          for (let next = await reader.read(); !next.done; next = await reader.read()) {
            received += next.value.byteLength;
            if (received > maxBytes) {
              await reader.cancel().catch(() => {});
              throw tooLarge('the response body');
            }
            chunks.push(Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength));
          }
        } catch (error) {
          throw error instanceof TypeError && error.message === 'fetch failed' ? error : failed(error);
        }
      }
      const raw: Raw = { status: response.status, statusText: response.statusText, headers: new TransportHeaders(response.headers), body: Buffer.concat(chunks) };
      return finish(raw, new URL(response.url || String(input)), response.redirected);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** node:http or node:https for one protocol: its request function and one keep-alive agent. */
interface Client {
  request: typeof import('node:http').request;
  agent: HttpAgent;
}

/** The bounds of one call: idle timeout and deadline in ms, body bytes. */
interface Limits {
  timeoutMs: number;
  deadlineMs: number;
  maxBytes: number;
}

interface Raw {
  status: number;
  statusText: string;
  headers: TransportHeaders;
  body: Buffer;
}

function once(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Buffer | undefined,
  signal: AbortSignal | undefined,
  clientFor: (protocol: 'http:' | 'https:') => Client,
  limits: Limits,
  deadline: number,
): Promise<Raw> {
  const { timeoutMs, deadlineMs, maxBytes } = limits;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.reject(new TypeError('fetch failed', { cause: new Error(`unsupported protocol ${url.protocol}`) }));
  if (signal?.aborted) return Promise.reject(abortError());
  const client = clientFor(url.protocol);
  const requestHeaders: Record<string, string> = { ...headers };
  if (body !== undefined) requestHeaders['content-length'] = String(body.length);
  const options: RequestOptions = { method, headers: requestHeaders, agent: client.agent, timeout: timeoutMs };
  return new Promise<Raw>((resolve, reject) => {
    let settled = false;
    const done = (): void => {
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (error: unknown): void => {
      if (settled) return;
      done();
      reject(error instanceof Error && error.name === 'AbortError' ? error : new TypeError('fetch failed', { cause: error }));
    };
    /** Fails the call and closes the connection (a body still arriving is not read further). */
    const stop = (error: unknown): void => {
      fail(error);
      request.destroy();
    };
    const onAbort = (): void => stop(abortError());
    const tooLarge = (what: string): Error => coded(TRANSPORT_CODES.tooLarge, `${what} is larger than ${mib(maxBytes)} (the transport's limit of one response)`);
    const timer = setTimeout(() => stop(coded(TRANSPORT_CODES.deadline, `no complete response within ${deadlineMs / 1000} s (the transport's deadline of one request)`)), Math.max(0, deadline - Date.now()));
    const request = client.request(url, options, (response: IncomingMessage) => {
      // A declared length over the limit fails before any of the body is read.
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes) return stop(tooLarge(`the response body (content-length ${declared} bytes)`));
      const chunks: Buffer[] = [];
      let received = 0;
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > maxBytes) stop(tooLarge('the response body'));
        else chunks.push(chunk);
      });
      response.on('error', fail);
      response.on('aborted', () => fail(new Error('the response was cut off')));
      response.on('end', () => {
        if (settled) return;
        let decoded: Buffer;
        try {
          decoded = decode(Buffer.concat(chunks), response.headers['content-encoding'], maxBytes);
        } catch (error) {
          fail(isBufferTooLarge(error) ? tooLarge('the decoded response body') : error);
          return;
        }
        done();
        resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', headers: headersOf(response), body: decoded });
      });
    });
    request.on('timeout', () => request.destroy(coded(TRANSPORT_CODES.idle, `no response for ${timeoutMs / 1000} s`)));
    request.on('error', fail);
    signal?.addEventListener('abort', onAbort, { once: true });
    request.end(body);
  });
}

function finish(raw: Raw, url: URL, redirected: boolean): TransportResponse {
  const bytes = raw.body;
  return {
    status: raw.status,
    statusText: raw.statusText,
    url: url.href,
    redirected,
    headers: raw.headers,
    text: async () => bytes.toString('utf8'),
    json: async () => JSON.parse(bytes.toString('utf8')) as unknown,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
  };
}

/** Headers as fetch shows them: a repeated header's values joined with ", ". */
function headersOf(response: IncomingMessage): TransportHeaders {
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(response.headersDistinct)) {
    if (value !== undefined) entries.push([name, value.join(', ')]);
  }
  return new TransportHeaders(entries);
}

/** The body as bytes; fetch accepts more kinds, Octokit sends JSON text (or bytes for uploads). */
function bodyBytes(body: TransportRequest['body']): Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError('the request body must be a string or bytes');
}

/**
 * The body without its content codings (gzip, deflate, br), applied in reverse order, each output at
 * most `maxBytes` (zlib's `maxOutputLength`: a small compressed body cannot expand without bound).
 * Errors: RangeError ERR_BUFFER_TOO_LARGE past the limit; zlib's errors for a corrupt body.
 */
function decode(body: Buffer, encoding: string | undefined, maxBytes: number): Buffer {
  if (encoding === undefined || body.length === 0) return body;
  const codings = encoding.split(',').map((c) => c.trim().toLowerCase()).filter((c) => c !== '' && c !== 'identity');
  if (codings.length === 0) return body;
  const zlib = process.getBuiltinModule('node:zlib');
  const bound = { maxOutputLength: maxBytes };
  let out = body;
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') out = zlib.gunzipSync(out, bound);
    else if (coding === 'deflate') out = zlib.inflateSync(out, bound);
    else if (coding === 'br') out = zlib.brotliDecompressSync(out, bound);
    else throw coded(TRANSPORT_CODES.encoding, `unsupported content encoding ${coding}`);
  }
  return out;
}

function isBufferTooLarge(error: unknown): boolean {
  return error instanceof RangeError && (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
}

function withoutHeaders(headers: Record<string, string>, names: string[]): Record<string, string> {
  const drop = new Set(names);
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !drop.has(name.toLowerCase())));
}

function abortError(): Error {
  const error = new Error('This operation was aborted');
  error.name = 'AbortError';
  return error;
}
