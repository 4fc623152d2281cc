// When to retry a failed GitHub request and how long to wait first: a pure decision, no clock and no
// I/O (the caller passes the time and does the sleeping). Replaces @octokit/plugin-retry and
// @octokit/plugin-throttling, whose Bottleneck queues cost a dozen zero-delay timers per request.
//
// Sources: GitHub REST docs, "Rate limits for the REST API" and "Best practices for using the REST
// API" (docs.github.com/rest/using-the-rest-api): on a primary limit `x-ratelimit-remaining` is 0 and
// `x-ratelimit-reset` is the end of the window in UTC epoch seconds; a secondary limit (403 or 429)
// may carry `retry-after` in seconds, else wait at least one minute. 5xx and network failures are
// retried with the backoff @octokit/plugin-retry used: 1 s, 4 s, 9 s; a network failure that the
// same request will meet again (permanentNetworkFailure: a host name that does not resolve, a
// refused connection, a refused certificate, an oversized answer) is not retried.
import { TRANSPORT_CODES } from './transport.ts';

/** The bounded retry budget of one run (one client). */
export interface RetryBudget {
  /** Retries of one request (attempts = retries + 1). Default 3. */
  retriesPerRequest: number;
  /** Longest single wait worth sleeping through, in seconds. Default 120. */
  maxWaitSeconds: number;
  /** Total seconds the run may spend waiting, all requests together. Default 300. */
  totalWaitSeconds: number;
}

export const DEFAULT_RETRY_BUDGET: RetryBudget = { retriesPerRequest: 3, maxWaitSeconds: 120, totalWaitSeconds: 300 };

/** What the hook knows of a failed request. `status` is undefined (or 500 without a response) for a network failure. */
export interface FailedRequest {
  status: number | undefined;
  /** Response headers, lower-case names; undefined when no response arrived. */
  headers: Record<string, string | number | undefined> | undefined;
  /** GitHub's `message`, or the error's message. */
  message: string;
  /**
   * For a network failure: the `code` of the underlying error (Node's `ENOTFOUND`, `ECONNRESET`,
   * `CERT_HAS_EXPIRED`…, or TRANSPORT_CODES), `ABORT_ERR` for an aborted request; else undefined.
   */
  code?: string | undefined;
}

/**
 * Network failures that a retry a few seconds later meets again, by `code`, with the reason the
 * log and the error message give. Sources: getaddrinfo(3) (`ENOTFOUND` is an answer that the name
 * does not exist; `EAI_AGAIN`, a temporary failure, stays retried), connect(2) (`ECONNREFUSED`:
 * nothing listens there), Node's TLS errors (OpenSSL's X509 verification codes, as listed in
 * Node's `tls` docs, and `ERR_TLS_CERT_ALTNAME_INVALID`). Resets, timeouts, `EAI_AGAIN`,
 * unreachable networks and cut-off answers stay retried.
 */
const CERTIFICATE_REFUSED = "the server's TLS certificate was refused";
const PERMANENT_CODES: ReadonlyMap<string, string> = new Map([
  ['ENOTFOUND', 'the host name does not resolve'],
  ['ECONNREFUSED', 'the connection was refused'],
  ...[
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_REVOKED',
    'CERT_REJECTED',
    'CERT_UNTRUSTED',
    'CERT_SIGNATURE_FAILURE',
    'CERT_CHAIN_TOO_LONG',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
    'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
    'ERROR_IN_CERT_NOT_BEFORE_FIELD',
    'ERROR_IN_CERT_NOT_AFTER_FIELD',
    'INVALID_CA',
    'INVALID_PURPOSE',
    'PATH_LENGTH_EXCEEDED',
    'HOSTNAME_MISMATCH',
    'ERR_TLS_CERT_ALTNAME_INVALID',
  ].map((code): [string, string] => [code, CERTIFICATE_REFUSED]),
  ['ERR_SSL_WRONG_VERSION_NUMBER', 'the server does not speak TLS (an https URL for an http server?)'],
  ['ERR_INVALID_URL', 'the URL is not valid'],
  [TRANSPORT_CODES.tooLarge, 'the answer is larger than the limit of one response'],
  [TRANSPORT_CODES.redirect, 'the redirect cannot be followed'],
  [TRANSPORT_CODES.encoding, 'the answer is in a content encoding that cannot be decoded'],
  ['ABORT_ERR', 'the request was aborted'],
]);

/** Why retrying a network failure with this `code` cannot help, or null when it may (unknown codes included). */
export function permanentNetworkFailure(code: string | undefined): string | null {
  return code === undefined ? null : (PERMANENT_CODES.get(code) ?? null);
}

/** Whether the `code` is a refused TLS certificate (the advice differs: a proxy that inspects TLS). */
export function isCertificateFailure(code: string | undefined): boolean {
  return code !== undefined && PERMANENT_CODES.get(code) === CERTIFICATE_REFUSED;
}

/**
 * The `code` of a failed request's network error: Octokit's RequestError (status 500, no response)
 * holds the fetch error as `cause`, whose `cause` is the error of the socket, TLS, DNS or transport
 * (a "fetch failed" TypeError, as undici's fetch and src/github/transport.ts throw). `ABORT_ERR` for
 * an AbortError; undefined when there is no code.
 */
export function networkCodeOf(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e instanceof Error && !seen.has(e); e = e.cause) {
    seen.add(e);
    if (e.name === 'AbortError') return 'ABORT_ERR';
    const code: unknown = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code !== '') return code;
  }
  return undefined;
}

export type RetryKind = 'server error' | 'network error' | 'rate limit' | 'secondary rate limit';

/** Set (non-enumerable) on an error the hook gave up on: how many retries it made, and why it stopped. */
export const RETRY_OUTCOME = 'wacrgRetryOutcome';
export interface RetryOutcome {
  retries: number;
  reason: string;
}

export type RetryDecision =
  | { retry: true; kind: RetryKind; waitSeconds: number }
  | { retry: false; kind: RetryKind | null; waitSeconds: number | null; reason: string };

/** Seconds GitHub asks to wait, or null when the failure is not a rate limit. */
function rateLimitWait(failure: FailedRequest, nowSeconds: number): { kind: RetryKind; waitSeconds: number } | null {
  const { status, headers = {}, message } = failure;
  if (status !== 403 && status !== 429) return null;
  const secondary = /secondary rate limit/i.test(message);
  const kind: RetryKind = secondary ? 'secondary rate limit' : 'rate limit';
  const retryAfter = parseRetryAfter(headers['retry-after'], nowSeconds);
  if (retryAfter !== null) return { kind, waitSeconds: retryAfter };
  if (String(headers['x-ratelimit-remaining'] ?? '') === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    // One second past the reset: the reset time is whole seconds and clocks differ slightly.
    if (Number.isFinite(reset)) return { kind: 'rate limit', waitSeconds: Math.max(1, Math.ceil(reset - nowSeconds) + 1) };
  }
  if (secondary || status === 429) return { kind, waitSeconds: 60 };
  return null;
}

/** `retry-after`: delay-seconds or an HTTP-date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function parseRetryAfter(value: string | number | undefined, nowSeconds: number): number | null {
  if (value === undefined || value === '') return null;
  const text = String(value).trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil(date / 1000 - nowSeconds));
}

/**
 * Whether to retry `failure`, the `retryIndex`-th retry of this request (0 = first), given the
 * seconds already spent waiting in this run.
 * @param nowSeconds current time, UTC epoch seconds (for `x-ratelimit-reset` and HTTP-date values)
 */
export function decideRetry(failure: FailedRequest, retryIndex: number, spentSeconds: number, nowSeconds: number, budget: RetryBudget = DEFAULT_RETRY_BUDGET): RetryDecision {
  let kind: RetryKind;
  let waitSeconds: number;
  const limit = rateLimitWait(failure, nowSeconds);
  if (limit) {
    ({ kind, waitSeconds } = limit);
  } else if (failure.status === undefined || (failure.status === 500 && failure.headers === undefined)) {
    kind = 'network error';
    const permanent = permanentNetworkFailure(failure.code);
    if (permanent !== null) return { retry: false, kind, waitSeconds: null, reason: `${failure.code}: ${permanent}, a retry cannot help` };
    waitSeconds = (retryIndex + 1) ** 2;
  } else if (failure.status >= 500) {
    kind = 'server error';
    waitSeconds = (retryIndex + 1) ** 2;
  } else {
    return { retry: false, kind: null, waitSeconds: null, reason: 'not retryable' };
  }
  if (retryIndex >= budget.retriesPerRequest) return { retry: false, kind, waitSeconds, reason: `already retried ${retryIndex} times` };
  if (waitSeconds > budget.maxWaitSeconds) return { retry: false, kind, waitSeconds, reason: `the wait exceeds ${budget.maxWaitSeconds}s` };
  if (spentSeconds + waitSeconds > budget.totalWaitSeconds) return { retry: false, kind, waitSeconds, reason: `the run's retry budget of ${budget.totalWaitSeconds}s is spent` };
  return { retry: true, kind, waitSeconds };
}
