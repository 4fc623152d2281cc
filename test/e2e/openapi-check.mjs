// Checks a request against GitHub's official OpenAPI description (@octokit/openapi): the method and
// path must match an operation, path and query parameters must be declared and fit their schemas,
// and the JSON body must validate against the operation's requestBody schema (converted from
// OpenAPI 3.0 to JSON Schema: `nullable` becomes a `null` type; nothing is loosened). Plain JS so
// the demo runs on Node 20 without a TypeScript loader.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {typeof import('ajv').default} */
const Ajv = require('ajv');

const SPEC_PATH = require.resolve('@octokit/openapi/generated/api.github.com.json');
const COMPONENTS_ID = 'https://api.github.invalid/components';

/**
 * @typedef {{ method: string; template: string; segments: string[]; literals: number; op: any }} Route
 * @typedef {{ template: string; operationId: string; problems: string[] }} CheckResult
 */

/** @type {{ routes: Route[]; spec: any; ajv: import('ajv').default; cache: Map<string, import('ajv').ValidateFunction> } | undefined} */
let loaded;

/** OpenAPI 3.0 schema object → JSON Schema (draft-07) for ajv. */
export function convertSchema(schema) {
  if (Array.isArray(schema)) return schema.map(convertSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-') || key === 'example' || key === 'examples' || key === 'discriminator' || key === 'xml' || key === 'externalDocs' || key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/')) {
      out[key] = `${COMPONENTS_ID}${value}`;
      continue;
    }
    if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertSchema(v)]));
      continue;
    }
    out[key] = convertSchema(value);
  }
  if (schema.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else {
      return { anyOf: [out, { type: 'null' }] };
    }
  }
  return out;
}

function load() {
  if (loaded) return loaded;
  const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, coerceTypes: false });
  ajv.addSchema({ $id: COMPONENTS_ID, components: { schemas: convertSchema(spec.components.schemas) } });
  /** @type {Route[]} */
  const routes = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete', 'head']) {
      const op = item[method];
      if (!op) continue;
      const segments = template.split('/').slice(1);
      routes.push({ method: method.toUpperCase(), template, segments, literals: segments.filter((s) => !s.startsWith('{')).length, op });
    }
  }
  // Most literal segments first: /issues/comments/{id} wins over /issues/{issue_number}/...
  routes.sort((a, b) => b.literals - a.literals || a.segments.length - b.segments.length);
  loaded = { routes, spec, ajv, cache: new Map() };
  return loaded;
}

/** Resolves `#/components/parameters/x` references of an operation. */
function parametersOf(spec, op) {
  return (op.parameters ?? []).map((p) => (p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p));
}

/**
 * Matches raw (still percent-encoded) path segments against a template. A parameter marked
 * `x-multi-segment` may swallow several segments.
 * @returns {Record<string, string> | null}
 */
function matchPath(route, rawSegments, params) {
  const multi = new Set(params.filter((p) => p.in === 'path' && p['x-multi-segment']).map((p) => p.name));
  /** @type {Record<string, string>} */
  const values = {};
  const go = (ti, si) => {
    if (ti === route.segments.length) return si === rawSegments.length;
    const t = route.segments[ti];
    if (si >= rawSegments.length) return false;
    if (!t.startsWith('{')) return t === rawSegments[si] && go(ti + 1, si + 1);
    const name = t.slice(1, -1);
    const maxTake = multi.has(name) ? rawSegments.length - si : 1;
    for (let take = maxTake; take >= 1; take--) {
      values[name] = rawSegments.slice(si, si + take).map(decodeURIComponent).join('/');
      if (go(ti + 1, si + take)) return true;
    }
    return false;
  };
  return go(0, 0) ? values : null;
}

function validator(key, schema) {
  const state = load();
  let fn = state.cache.get(key);
  if (!fn) {
    fn = state.ajv.compile(convertSchema(schema));
    state.cache.set(key, fn);
  }
  return fn;
}

function paramValue(schema, raw) {
  const type = schema?.type;
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

/**
 * @param {string} method
 * @param {string} rawPath  path without query, percent-encoded as sent
 * @param {URLSearchParams} query
 * @param {unknown} body    parsed JSON body, or undefined when there was none
 * @returns {{ template: string | null; operationId: string | null; params: Record<string, string>; problems: string[] }}
 */
export function checkRequest(method, rawPath, query, body) {
  const { routes, spec } = load();
  const rawSegments = rawPath.split('/').slice(1);
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = parametersOf(spec, route.op);
    const values = matchPath(route, rawSegments, params);
    if (!values) continue;
    /** @type {string[]} */
    const problems = [];
    const opId = route.op.operationId;
    for (const p of params.filter((p) => p.in === 'path')) {
      const fn = validator(`${opId}:path:${p.name}`, p.schema ?? {});
      if (!fn(paramValue(p.schema, values[p.name] ?? ''))) problems.push(`path parameter ${p.name}: ${state(fn)}`);
    }
    const declared = new Map(params.filter((p) => p.in === 'query').map((p) => [p.name, p]));
    for (const [name, raw] of query) {
      const p = declared.get(name);
      if (!p) {
        problems.push(`query parameter ${name} is not declared for ${opId}`);
        continue;
      }
      const fn = validator(`${opId}:query:${name}`, p.schema ?? {});
      if (!fn(paramValue(p.schema, raw))) problems.push(`query parameter ${name}: ${state(fn)}`);
    }
    for (const p of declared.values()) if (p.required && !query.has(p.name)) problems.push(`query parameter ${p.name} is required`);
    const rb = route.op.requestBody;
    const schema = rb?.content?.['application/json']?.schema;
    if (body === undefined) {
      if (rb?.required) problems.push('request body is required');
    } else if (!schema) {
      problems.push(`${opId} takes no JSON request body`);
    } else {
      const fn = validator(`${opId}:body`, schema);
      if (!fn(body)) problems.push(`request body: ${state(fn)}`);
      // GitHub ignores unknown top-level keys; flag them anyway, they are typos on our side.
      if (schema.type === 'object' && schema.properties && body && typeof body === 'object' && !Array.isArray(body)) {
        for (const key of Object.keys(body)) if (!(key in schema.properties)) problems.push(`request body: unknown property ${key}`);
      }
    }
    return { template: route.template, operationId: opId, params: values, problems };
  }
  return { template: null, operationId: null, params: {}, problems: [`no operation ${method} ${rawPath} in GitHub's OpenAPI description`] };
}

function state(fn) {
  return (fn.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message}`).join('; ');
}

/** Loads the description ahead of time (about 13 MB of JSON). */
export function preloadOpenApi() {
  load();
}
