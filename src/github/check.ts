// Boundary checks for GitHub responses: every field the action reads is verified here, so the rest
// of the code works with checked plain data and a changed API fails with a clear message.

export class UnexpectedResponseError extends Error {
  constructor(what: string, detail: string) {
    super(`unexpected response from GitHub for ${what}: ${detail}`);
    this.name = 'UnexpectedResponseError';
  }
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function object(value: unknown, what: string, at = 'response'): Json {
  if (!isObject(value)) throw new UnexpectedResponseError(what, `${at} is not an object`);
  return value;
}

export function array(value: unknown, what: string, at = 'response'): unknown[] {
  if (!Array.isArray(value)) throw new UnexpectedResponseError(what, `${at} is not an array`);
  return value;
}

export function string(obj: Json, key: string, what: string): string {
  const value = obj[key];
  if (typeof value !== 'string') throw new UnexpectedResponseError(what, `field "${key}" is not a string`);
  return value;
}

export function nullableString(obj: Json, key: string, what: string): string | null {
  const value = obj[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new UnexpectedResponseError(what, `field "${key}" is not a string or null`);
  return value;
}

export function integer(obj: Json, key: string, what: string): number {
  const value = obj[key];
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new UnexpectedResponseError(what, `field "${key}" is not an integer`);
  }
  return value;
}

export function boolean(obj: Json, key: string, what: string): boolean {
  const value = obj[key];
  if (typeof value !== 'boolean') throw new UnexpectedResponseError(what, `field "${key}" is not a boolean`);
  return value;
}

export function child(obj: Json, key: string, what: string): Json {
  return object(obj[key], what, `field "${key}"`);
}

/** A 40-hex git object id. */
export function sha(obj: Json, key: string, what: string): string {
  const value = string(obj, key, what);
  if (!/^[0-9a-f]{40}$/.test(value)) throw new UnexpectedResponseError(what, `field "${key}" is not a git SHA`);
  return value;
}

/** `labels` of an issue or pull request: objects with a `name` (strings are accepted too). */
export function labelNames(obj: Json, what: string): string[] {
  const list = obj['labels'];
  if (list === undefined) return [];
  return array(list, what, 'field "labels"').map((label) => {
    if (typeof label === 'string') return label;
    return string(object(label, what, 'a label'), 'name', what);
  });
}

/** The login of the `user` of an issue, pull request or comment (`ghost` when the account is gone). */
export function userLogin(obj: Json, what: string): { login: string; type: string } {
  const user = obj['user'];
  if (user === null || user === undefined) return { login: 'ghost', type: 'User' };
  const checked = object(user, what, 'field "user"');
  return { login: string(checked, 'login', what), type: typeof checked['type'] === 'string' ? checked['type'] : 'User' };
}
