// The authenticated client: Octokit (@octokit/core with pagination, the client @actions/github's
// getOctokit builds) plus retries (5xx, network) and rate-limit waits (primary and secondary) in one
// request hook, within a bounded budget (src/github/retry.ts).
//
// Why not getOctokit and the retry/throttling plugins: @actions/github builds its client at import
// time with a proxy-aware fetch from npm `undici` (≈100 ms to load, measured in issue #14), and the
// plugins schedule every request through Bottleneck queues (a dozen zero-delay timers per request).
// Requests go over node:http/https (src/github/transport.ts: Node's fetch is undici, whose set-up costs
// a fresh process more CPU than the requests themselves); the toolkit's proxy-aware fetch is loaded
// only when the runner is configured with a proxy, as getOctokit would use it.
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { boundFetch, createTransport, type TransportOptions } from './transport.ts';
import { decideRetry, DEFAULT_RETRY_BUDGET, networkCodeOf, RETRY_OUTCOME, type FailedRequest, type RetryBudget, type RetryOutcome } from './retry.ts';

const GitHubOctokit = Octokit.plugin(paginateRest);
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

export interface ClientOptions {
  /** Where retries and rate-limit waits are reported (kind, method and route template only). */
  log?: (message: string) => void;
  /** The run's retry budget; defaults in DEFAULT_RETRY_BUDGET (3 retries per request, 120 s per wait, 300 s in all). */
  budget?: Partial<RetryBudget>;
  /** Sleeps `ms` milliseconds (tests replace it). */
  sleep?: (ms: number) => Promise<void>;
  /** Environment read for GITHUB_API_URL, proxies and ACTIONS_ORCHESTRATION_ID (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Bounds of the node:http(s) transport (tests shorten them); defaults in src/github/transport.ts. */
  transport?: TransportOptions;
}

/**
 * An Octokit for `token` against `GITHUB_API_URL` (default https://api.github.com), with the same
 * authorization, base URL, user agent and proxy behaviour as @actions/github's getOctokit.
 */
export function createClient(token: string, options: ClientOptions = {}): GitHubClient {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const budget: RetryBudget = { ...DEFAULT_RETRY_BUDGET, ...options.budget };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const baseUrl = env['GITHUB_API_URL'] || 'https://api.github.com';
  const userAgent = orchestrationUserAgent(env['ACTIONS_ORCHESTRATION_ID']);
  const client = new GitHubOctokit({
    auth: `token ${token}`,
    baseUrl,
    ...(userAgent ? { userAgent } : {}),
    request: { fetch: proxyConfigured(env) ? lazyProxyFetch(options.transport) : createTransport(options.transport) },
  });
  let spentSeconds = 0;
  client.hook.wrap('request', async (request, requestOptions) => {
    for (let retryIndex = 0; ; retryIndex++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const failure = failureOf(error);
        if (!failure) throw error;
        const decision = decideRetry(failure, retryIndex, spentSeconds, Date.now() / 1000, budget);
        if (decision.kind === null) throw error;
        const what = decision.kind === 'server error' ? `HTTP ${failure.status}` : decision.kind;
        const where = `${requestOptions.method} ${routeOf(String(requestOptions.url))}`;
        if (!decision.retry) {
          log(`${what} on ${where}: giving up (${decision.reason})`);
          // What the hook did, for the message a maintainer reads (src/github/errors.ts describeFailure).
          if (error instanceof Error) Object.defineProperty(error, RETRY_OUTCOME, { value: { retries: retryIndex, reason: decision.reason } satisfies RetryOutcome });
          throw error;
        }
        log(`${what} on ${where}: retrying in ${decision.waitSeconds}s`);
        spentSeconds += decision.waitSeconds;
        await sleep(decision.waitSeconds * 1000);
      }
    }
  });
  return client;
}

/** The status, headers and message of an Octokit RequestError; null for anything else (a bug: not retried). */
function failureOf(error: unknown): FailedRequest | null {
  if (!(error instanceof Error) || !('status' in error)) return null;
  const status = typeof error.status === 'number' ? error.status : undefined;
  const response = 'response' in error ? (error.response as { headers?: Record<string, string>; data?: unknown } | undefined) : undefined;
  const data = response?.data;
  const apiMessage = typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string' ? data.message : undefined;
  // Only a failure without a response has a network error's code (a response's error may carry others).
  const code = response === undefined ? networkCodeOf(error) : undefined;
  return { status, headers: response?.headers, message: apiMessage ?? error.message, code };
}

/** @actions/github's user agent rule: `actions_orchestration_id/<id>` when the runner sets one. */
function orchestrationUserAgent(id: string | undefined): string | undefined {
  const trimmed = id?.trim();
  return trimmed ? `actions_orchestration_id/${trimmed.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}

/** Whether the runner sets a proxy (the variables @actions/http-client reads). */
function proxyConfigured(env: NodeJS.ProcessEnv): boolean {
  return ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some((name) => (env[name] ?? '') !== '');
}

/**
 * The toolkit's proxy-aware fetch (it also honours `no_proxy`), loaded on the first request: only
 * runs behind a proxy pay for @actions/http-client and npm undici. Within the transport's bounds
 * (boundFetch: the same deadline and response size limit as without a proxy).
 */
function lazyProxyFetch(bounds?: TransportOptions) {
  let loaded: Promise<typeof fetch> | undefined;
  return boundFetch(async (input, init) => {
    // @actions/github's defaults hold the proxy-aware fetch getOctokit uses, built for GITHUB_API_URL.
    loaded ??= import('@actions/github/lib/utils').then((m) => {
      const proxied: unknown = m.defaults.request?.fetch;
      if (typeof proxied !== 'function') throw new Error('@actions/github provides no proxy-aware fetch');
      return proxied as typeof fetch;
    });
    return (await loaded)(input, init);
  }, bounds);
}

/** Path of a request URL without host and query (safe to log: built from our own parameters). */
function routeOf(url: string): string {
  try {
    // Octokit's hook sees the route template (`/repos/{owner}/{repo}/pulls`), URL-encoded once expanded.
    return decodeURI(new URL(url, 'http://github.invalid').pathname);
  } catch {
    return '(url)';
  }
}
