// The retry decision of the GitHub client (src/github/retry.ts): what is retried, after how long, and
// where the run's budget stops it. The end-to-end side (dist/index.js against injected failures) is in
// test/e2e/retry.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideRetry, DEFAULT_RETRY_BUDGET, networkCodeOf, parseRetryAfter, type FailedRequest } from '../../src/github/retry.ts';
import { TRANSPORT_CODES } from '../../src/github/transport.ts';

const NOW = 1_900_000_000;
const failed = (status: number | undefined, headers?: Record<string, string>, message = 'x', code?: string): FailedRequest => ({ status, headers, message, code });

test('5xx: retried after 1 s, 4 s, 9 s, then given up', () => {
  const waits = [0, 1, 2].map((i) => decideRetry(failed(502, {}), i, 0, NOW));
  assert.deepEqual(waits, [1, 4, 9].map((waitSeconds) => ({ retry: true, kind: 'server error', waitSeconds })));
  const fourth = decideRetry(failed(502, {}), 3, 14, NOW);
  assert.equal(fourth.retry, false);
  assert.match(fourth.retry ? '' : fourth.reason, /already retried 3 times/);
});

test('a network failure (Octokit reports status 500 without a response) is retried like a 5xx', () => {
  assert.deepEqual(decideRetry(failed(500, undefined), 0, 0, NOW), { retry: true, kind: 'network error', waitSeconds: 1 });
  assert.deepEqual(decideRetry(failed(500, {}), 0, 0, NOW), { retry: true, kind: 'server error', waitSeconds: 1 });
});

test('client errors are not retried, 403 without a limit included', () => {
  for (const status of [400, 401, 403, 404, 409, 422]) {
    assert.deepEqual(decideRetry(failed(status, {}, 'Resource not accessible by integration'), 0, 0, NOW), { retry: false, kind: null, waitSeconds: null, reason: 'not retryable' });
  }
});

test('secondary rate limit: retry-after seconds, else one minute', () => {
  const message = 'You have exceeded a secondary rate limit.';
  assert.deepEqual(decideRetry(failed(403, { 'retry-after': '7' }, message), 0, 0, NOW), { retry: true, kind: 'secondary rate limit', waitSeconds: 7 });
  assert.deepEqual(decideRetry(failed(403, {}, message), 0, 0, NOW), { retry: true, kind: 'secondary rate limit', waitSeconds: 60 });
});

test('429: retry-after, else one minute', () => {
  assert.deepEqual(decideRetry(failed(429, { 'retry-after': '2' }), 0, 0, NOW), { retry: true, kind: 'rate limit', waitSeconds: 2 });
  assert.deepEqual(decideRetry(failed(429, {}), 0, 0, NOW), { retry: true, kind: 'rate limit', waitSeconds: 60 });
});

test('primary rate limit: until x-ratelimit-reset plus one second', () => {
  const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW + 30) };
  assert.deepEqual(decideRetry(failed(403, headers, 'API rate limit exceeded'), 0, 0, NOW), { retry: true, kind: 'rate limit', waitSeconds: 31 });
  // A reset already past (clock skew): still a short wait, never a negative one.
  assert.deepEqual(decideRetry(failed(403, { ...headers, 'x-ratelimit-reset': String(NOW - 5) }), 0, 0, NOW), { retry: true, kind: 'rate limit', waitSeconds: 1 });
});

test('budget: a wait longer than the longest allowed, or past the run total, is not slept through', () => {
  const long = decideRetry(failed(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW + 3600) }), 0, 0, NOW);
  assert.equal(long.retry, false);
  assert.match(long.retry ? '' : long.reason, /exceeds 120s/);
  const spent = decideRetry(failed(429, { 'retry-after': '60' }), 0, DEFAULT_RETRY_BUDGET.totalWaitSeconds - 59, NOW);
  assert.equal(spent.retry, false);
  assert.match(spent.retry ? '' : spent.reason, /retry budget of 300s is spent/);
  assert.equal(decideRetry(failed(429, { 'retry-after': '60' }), 0, DEFAULT_RETRY_BUDGET.totalWaitSeconds - 60, NOW).retry, true);
  assert.equal(decideRetry(failed(502, {}), 0, 0, NOW, { retriesPerRequest: 0, maxWaitSeconds: 120, totalWaitSeconds: 300 }).retry, false);
});

test('retry-after as an HTTP-date', () => {
  assert.equal(parseRetryAfter(new Date((NOW + 12) * 1000).toUTCString(), NOW), 12);
  assert.equal(parseRetryAfter('soon', NOW), null);
  assert.equal(parseRetryAfter(undefined, NOW), null);
});

test('network failures a retry cannot help are not retried: DNS name not found, refused connection, refused certificate, oversized answer', () => {
  for (const code of ['ENOTFOUND', 'ECONNREFUSED', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'ERR_TLS_CERT_ALTNAME_INVALID', TRANSPORT_CODES.tooLarge, TRANSPORT_CODES.redirect, 'ABORT_ERR']) {
    const decision = decideRetry(failed(500, undefined, 'x', code), 0, 0, NOW);
    assert.equal(decision.retry, false, code);
    assert.equal(decision.kind, 'network error');
    assert.match(decision.retry ? '' : decision.reason, new RegExp(`^${code}: .+, a retry cannot help$`));
  }
});

test('network failures that may clear are retried: resets, timeouts, temporary DNS failures, unknown codes', () => {
  for (const code of ['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENETUNREACH', 'UND_ERR_SOCKET', TRANSPORT_CODES.deadline, TRANSPORT_CODES.idle, undefined]) {
    assert.deepEqual(decideRetry(failed(500, undefined, 'x', code), 0, 0, NOW), { retry: true, kind: 'network error', waitSeconds: 1 }, String(code));
  }
  // A code on an answer with a response (a real HTTP 500) is not a network code: retried as a 5xx.
  assert.deepEqual(decideRetry(failed(500, {}, 'x', undefined), 0, 0, NOW), { retry: true, kind: 'server error', waitSeconds: 1 });
});

test('networkCodeOf: the code of the innermost network error of an Octokit RequestError, ABORT_ERR for an abort', () => {
  const socket = Object.assign(new Error('getaddrinfo ENOTFOUND api.github.invalid'), { code: 'ENOTFOUND' });
  const fetchFailed = new TypeError('fetch failed', { cause: socket });
  const requestError = Object.assign(new Error('getaddrinfo ENOTFOUND api.github.invalid', { cause: fetchFailed }), { status: 500 });
  assert.equal(networkCodeOf(requestError), 'ENOTFOUND');
  const abort = Object.assign(new Error('This operation was aborted'), { name: 'AbortError', status: 500 });
  assert.equal(networkCodeOf(abort), 'ABORT_ERR');
  assert.equal(networkCodeOf(new Error('no code')), undefined);
  assert.equal(networkCodeOf('not an error'), undefined);
});
