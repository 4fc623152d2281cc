// Turns GitHub API failures into short, actionable messages (no stack traces, no request bodies).
import { isObject, UnexpectedResponseError } from './check.ts';
import type { RepoRef } from './types.ts';
import { isCertificateFailure, networkCodeOf, RETRY_OUTCOME, type RetryOutcome } from './retry.ts';
import { TRANSPORT_CODES } from './transport.ts';

/** What the action was doing and which workflow permission that needs. */
export interface Operation {
  what: string;
  permission: 'contents: read' | 'contents: write' | 'pull-requests: read' | 'pull-requests: write' | 'issues: read' | 'issues: write';
  /**
   * What kind of call this is, for the advice of a 409/422 (what to change differs): a branch write
   * (`ref`), a label, a comment, a pull request. Absent: generic advice.
   */
  kind?: 'ref' | 'label' | 'comment' | 'pull' | 'read';
  /** Repository `owner/repo`, named in the advice of a 404 (what the token must be able to see). */
  repository?: string;
}

/** An Operation on `repo` (its name is given in the advice of a 404). */
export function opOn(repo: RepoRef, what: string, permission: Operation['permission'], kind?: Operation['kind']): Operation {
  return { what, permission, repository: `${repo.owner}/${repo.repo}`, ...(kind !== undefined ? { kind } : {}) };
}

export const NOT_PERMITTED_TO_CREATE_PRS = 'GitHub Actions is not permitted to create or approve pull requests';
export const NOT_ACCESSIBLE = 'Resource not accessible by integration';

/** An API call that failed, with the message a maintainer should read. */
export class GitHubError extends Error {
  readonly status: number | undefined;
  readonly apiMessage: string;
  readonly operation: Operation;
  constructor(message: string, status: number | undefined, apiMessage: string, operation: Operation) {
    super(message);
    this.name = 'GitHubError';
    this.status = status;
    this.apiMessage = apiMessage;
    this.operation = operation;
  }
}

export function statusOf(error: unknown): number | undefined {
  if (error instanceof GitHubError) return error.status;
  if (isObject(error) || error instanceof Error) {
    const status: unknown = Reflect.get(error, 'status');
    if (typeof status === 'number') return status;
  }
  return undefined;
}

/** GitHub's own `message` of an error response (never contains what we sent). */
export function apiMessageOf(error: unknown): string {
  if (error instanceof GitHubError) return error.apiMessage;
  if (error instanceof Error || isObject(error)) {
    const response: unknown = Reflect.get(error, 'response');
    if (isObject(response) && isObject(response['data']) && typeof response['data']['message'] === 'string') {
      const data = response['data'];
      const details = Array.isArray(data['errors'])
        ? data['errors'].flatMap((e: unknown) => (isObject(e) && typeof e['message'] === 'string' ? [e['message']] : []))
        : [];
      return [data['message'], ...details].join(': ');
    }
    const message: unknown = Reflect.get(error, 'message');
    if (typeof message === 'string') return message;
  }
  return String(error);
}

function hasResponse(error: unknown): boolean {
  return (error instanceof Error || isObject(error)) && isObject(Reflect.get(error, 'response'));
}

function headerOf(error: unknown, name: string): string | undefined {
  if (!(error instanceof Error) && !isObject(error)) return undefined;
  const response: unknown = Reflect.get(error, 'response');
  if (!isObject(response) || !isObject(response['headers'])) return undefined;
  const value = response['headers'][name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

export function isNotFound(error: unknown): boolean {
  return statusOf(error) === 404;
}

/** What the retry hook did before giving up on `error` (src/github/client.ts), when it saw it. */
function retryOutcomeOf(error: unknown): RetryOutcome | undefined {
  if (!(error instanceof Error)) return undefined;
  const outcome: unknown = Reflect.get(error, RETRY_OUTCOME);
  return isObject(outcome) && typeof outcome['retries'] === 'number' && typeof outcome['reason'] === 'string' ? { retries: outcome['retries'], reason: outcome['reason'] } : undefined;
}

/** "still failing after 3 retries", or why the hook did not retry at all; the budget's words otherwise. */
function afterRetries(error: unknown): string {
  const outcome = retryOutcomeOf(error);
  if (outcome === undefined) return "still failing after the retries of the run's retry budget";
  if (outcome.retries === 0) return `not retried (${outcome.reason})`;
  return `still failing after ${outcome.retries} ${outcome.retries === 1 ? 'retry' : 'retries'}`;
}

/** The message a maintainer reads for a failed call: what failed, GitHub's answer, what to change. */
export function describeFailure(error: unknown, op: Operation): string {
  const status = statusOf(error);
  const api = apiMessageOf(error).replace(/\s+/g, ' ').slice(0, 300);
  const prefix = `${op.what} failed`;
  const name = op.repository !== undefined ? ` ${op.repository}` : '';
  // Octokit reports a request that got no answer (DNS, refused connection, proxy) as status 500
  // without a response: that is a network failure, not GitHub answering 500.
  if (status === undefined || (status === 500 && !hasResponse(error))) {
    const code = networkCodeOf(error);
    if (code === TRANSPORT_CODES.tooLarge) {
      return `${prefix}: ${api}, ${afterRetries(error)}. GitHub's REST API answers these calls with far less: something else answered at GITHUB_API_URL or on the way (a proxy); check them, then re-run the job.`;
    }
    if (isCertificateFailure(code)) {
      return `${prefix}: ${api}, ${afterRetries(error)}. If a proxy inspects TLS, give Node its CA certificate (NODE_EXTRA_CA_CERTS); otherwise check GITHUB_API_URL, then re-run the job.`;
    }
    return `${prefix}: ${api || 'network error'}. GitHub could not be reached, ${afterRetries(error)}: check the runner's network or proxy settings (GITHUB_API_URL, https_proxy), then re-run the job.`;
  }
  if (status === 403 && api.includes(NOT_PERMITTED_TO_CREATE_PRS)) {
    return (
      `${prefix}: ${NOT_PERMITTED_TO_CREATE_PRS}. A repository admin must enable "Allow GitHub Actions to create and ` +
      'approve pull requests" under Settings → Actions → General → Workflow permissions (for an organization ' +
      'repository it must also be allowed in the organization\'s Settings → Actions → General), then re-run this job.'
    );
  }
  const rateLimited = (status === 403 || status === 429) && (headerOf(error, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(api));
  if (rateLimited) {
    const reset = Number(headerOf(error, 'x-ratelimit-reset'));
    const when = Number.isFinite(reset) && reset > 0 ? ` after ${new Date(reset * 1000).toISOString()}` : ' later';
    const outcome = retryOutcomeOf(error);
    const waited = outcome?.retries === 0 ? `not waited for (${outcome.reason})` : "already waited within the run's retry budget";
    return `${prefix}: GitHub API rate limit exceeded (HTTP ${status}), ${waited}. Re-run the job${when}; a token of its own (a GitHub App) has a separate limit.`;
  }
  if (status === 401) return `${prefix}: the token was rejected (HTTP 401 ${api}). Check the \`token\` input: it is empty, expired or revoked.`;
  if (status === 403) {
    return `${prefix}: HTTP 403 ${api}. The token lacks \`${op.permission}\`: grant it under \`permissions:\` of the job (a personal or app token needs the same access to the repository${name}).`;
  }
  if (status === 404) {
    // GitHub answers 404, not 403, for a repository the token cannot see: say so before anything else.
    return (
      `${prefix}: HTTP 404 ${api}. Either it does not exist or the token cannot see the repository${name}: the workflow token reaches only ` +
      `the repository the workflow runs in; a personal or app token must be granted access to the repository${name} with \`${op.permission}\`.`
    );
  }
  if (status === 410) return `${prefix}: HTTP 410 ${api}. The issue was deleted, or issues are turned off for the repository${name} (Settings → General → Features → Issues).`;
  if (status === 409) {
    if (/empty/i.test(api)) return `${prefix}: HTTP 409 ${api}. The repository${name} has no commit yet: push a first commit to its default branch, then re-run the job.`;
    return (
      `${prefix}: HTTP 409 ${api}. GitHub reported a conflict: something else was changing the same branch or object at the same time, ` +
      'and it did not clear within the attempts this run makes. Re-run the job; if it keeps happening, check which other workflow, app or rule writes to that branch.'
    );
  }
  if (status === 422) return `${prefix}: HTTP 422 ${api}. ${unprocessableAdvice(api, op)}`;
  if (status >= 500) {
    return `${prefix}: GitHub answered HTTP ${status} ${api}, ${afterRetries(error)}. GitHub is having trouble (see https://www.githubstatus.com): re-run the job later.`;
  }
  return `${prefix}: HTTP ${status} ${api}. Unexpected answer: re-run the job, and report it if it persists.`;
}

/** What to change for a 422 (Validation Failed / Unprocessable Entity), by what was being written. */
function unprocessableAdvice(api: string, op: Operation): string {
  if (/rule|protect|restricted|cannot (be )?(created|updated)|not allowed/i.test(api) || (op.kind === 'ref' && /refused|declined/i.test(api))) {
    return 'A branch protection rule or repository ruleset refuses this branch write: exempt the capture branches (the `branch-prefix` input, default `capture/`) from the rule, or let the token bypass it.';
  }
  if (op.kind === 'ref' && /not a fast forward/i.test(api)) {
    return 'The branch kept moving while this run wrote to it (another run or a push), for every attempt this run makes: re-run the job once the other writer is done.';
  }
  if (op.kind === 'ref' && /name|invalid/i.test(api)) return 'The branch name is not valid: check the `branch-prefix` input.';
  if (op.kind === 'label') return 'GitHub refused the label: check the `labels`, `capture-label` and `needs-sanitization-label` inputs (at most 50 characters, no commas).';
  if (op.kind === 'comment' && /too long|maximum/i.test(api)) return 'The comment is over GitHub\'s size limit: this is a bug in the report\'s size cap, please report it.';
  if (op.kind === 'pull' && /base/i.test(api)) return 'The base branch was refused: check that the default branch exists and the token can read it.';
  return 'GitHub refused the data this run sent; re-run the job, and report it if it persists (the message above says which field).';
}

/** Runs one API call and rethrows any failure as a GitHubError with an actionable message. */
export async function call<T>(op: Operation, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof GitHubError || error instanceof UnexpectedResponseError) throw error;
    throw new GitHubError(describeFailure(error, op), statusOf(error), apiMessageOf(error), op);
  }
}
