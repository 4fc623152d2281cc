// Turns GitHub API failures into short, actionable messages (no stack traces, no request bodies).
import { isObject, UnexpectedResponseError } from './check.ts';

/** What the action was doing and which workflow permission that needs. */
export interface Operation {
  what: string;
  permission: 'contents: read' | 'contents: write' | 'pull-requests: read' | 'pull-requests: write' | 'issues: read' | 'issues: write';
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

/** The message a maintainer reads for a failed call. */
export function describeFailure(error: unknown, op: Operation): string {
  const status = statusOf(error);
  const api = apiMessageOf(error).replace(/\s+/g, ' ').slice(0, 300);
  const prefix = `${op.what} failed`;
  if (status === undefined) return `${prefix}: ${api || 'network error'} (GitHub could not be reached; retried before giving up)`;
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
    return `${prefix}: GitHub API rate limit exceeded (HTTP ${status}), already retried. Re-run the job${when}.`;
  }
  if (status === 401) return `${prefix}: the token was rejected (HTTP 401 ${api}). Check the \`token\` input.`;
  if (status === 403) {
    return `${prefix}: HTTP 403 ${api}. The workflow token lacks \`${op.permission}\`: grant it under \`permissions:\` of the job.`;
  }
  if (status === 404) {
    return `${prefix}: HTTP 404 ${api}. The resource does not exist or the token cannot see it; the job needs \`${op.permission}\`.`;
  }
  if (status >= 500) return `${prefix}: GitHub answered HTTP ${status} ${api}, still failing after retries. Re-run the job later.`;
  return `${prefix}: HTTP ${status} ${api}`;
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
