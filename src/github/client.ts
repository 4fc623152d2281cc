// The authenticated client: @actions/github's Octokit plus retries (5xx, network) and throttling
// (primary and secondary rate limits), so transient failures are retried with backoff first.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** Where retries and rate-limit waits are reported (counts and routes only). */
  log?: (message: string) => void;
  /** Longest rate-limit wait worth sleeping through, in seconds. */
  maxRateLimitWait?: number;
}

export function createClient(token: string, options: ClientOptions = {}): GitHubClient {
  const log = options.log ?? (() => {});
  const maxWait = options.maxRateLimitWait ?? 120;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const retrying = retryCount < 2 && retryAfter <= maxWait;
      log(`${kind} on ${request.method} ${routeOf(request.url)}: ${retrying ? `retrying in ${retryAfter}s` : 'giving up'}`);
      return retrying;
    };
  return getOctokit(
    token,
    {
      retry: { retries: 3 },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        // A run makes a handful of writes (one commit, one pull request, two comments, a label), in
        // series. The plugin's default 1 s / 3 s spacing between writes is meant for bulk writers and
        // would add seconds of sleep to every intake; limits GitHub does signal are still honoured
        // (retried after the time it asks for, above).
        write: serialGroup('wacrg-write'),
        notifications: serialGroup('wacrg-notifications'),
      },
    },
    retry,
    throttling,
  );
}

function serialGroup(id: string): Bottleneck.Group {
  return new Bottleneck.Group({ id, maxConcurrent: 1, minTime: 0 });
}

/** Path of a request URL without host and query (safe to log: built from our own parameters). */
function routeOf(url: string): string {
  try {
    // The throttling plugin passes the route template (`/repos/{owner}/{repo}/pulls`), URL-encoded.
    return decodeURI(new URL(url, 'http://github.invalid').pathname);
  } catch {
    return '(url)';
  }
}
