// A small stand-in for the GitHub Actions runner, enough to run a workflow FILE (not a hand-made
// environment) against the loopback fake GitHub: it matches the trigger, evaluates the job's `if:`
// and the concurrency group, checks out the default branch, and runs our action's step as a runner
// does: every input of action.yml with its default, overridden by `with:`, becomes INPUT_<NAME>, the
// event payload goes to GITHUB_EVENT_PATH, and `runs.main` of action.yml runs on Node 24.
// Anything it does not understand (a `run:` step, another action, an unknown expression) fails the
// test instead of being skipped, so a snippet that only works "in principle" cannot pass.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { FakeGitHub, RequestRecord } from './fake-github.mjs';
import { REPO_ROOT, runAction, type RunResult } from './harness.mjs';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const CHECKOUT = /^actions\/checkout@[0-9a-f]{40}$/;
/** How the README names this action: `<owner>/<repo>@v1` (or a real owner/repo at the v1 tag). */
export const THIS_ACTION = /^[^\s/@]+\/[^\s/@]+@v1$/;

export interface Workflow {
  on: Json;
  permissions: unknown;
  concurrency: Json | undefined;
  env: Record<string, string>;
  jobs: [string, Json][];
}

/** Parses a workflow file's text; `on` is read as YAML 1.2 does (the key "on", not `true`). */
export function parseWorkflow(text: string): Workflow {
  const doc: unknown = parse(text);
  assert.ok(isObject(doc), 'the workflow is a mapping');
  const on = doc['on'];
  assert.ok(isObject(on), 'on: is a mapping of events');
  assert.ok(isObject(doc['jobs']), 'jobs: is a mapping');
  const jobs = Object.entries(doc['jobs']).map(([id, job]): [string, Json] => {
    assert.ok(isObject(job), `job ${id} is a mapping`);
    return [id, job];
  });
  return { on, permissions: doc['permissions'], concurrency: isObject(doc['concurrency']) ? doc['concurrency'] : undefined, env: stringMap(doc['env']), jobs };
}

function stringMap(value: unknown): Record<string, string> {
  if (value === undefined) return {};
  assert.ok(isObject(value), 'env: is a mapping');
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}

/** The value at a dotted path of the expression context (`github.event.issue.number`). */
function lookup(context: Json, path: string): unknown {
  let value: unknown = context;
  for (const key of path.split('.')) value = isObject(value) ? value[key] : undefined;
  return value;
}

/**
 * The expressions the snippets use, and nothing more: a context path, a quoted string, and
 * `contains(<path>.*.<field>, '<text>')` (GitHub's object filter), joined by `||` or `&&`.
 */
export function evaluate(expression: string, context: Json): unknown {
  const text = expression.trim();
  const or = text.split('||');
  if (or.length > 1) return or.some((part) => truthy(evaluate(part, context)));
  const and = text.split('&&');
  if (and.length > 1) return and.every((part) => truthy(evaluate(part, context)));
  const contains = /^contains\(\s*([a-z_.]+)\.\*\.([a-z_]+)\s*,\s*'([^']*)'\s*\)$/.exec(text);
  if (contains) {
    const [, path = '', field = '', needle] = contains;
    const list = lookup(context, path);
    assert.ok(Array.isArray(list), `${path} is a list in the event`);
    return list.some((item) => isObject(item) && item[field] === needle);
  }
  const literal = /^'([^']*)'$/.exec(text);
  if (literal) return literal[1];
  if (/^[a-z_]+(\.[A-Za-z_]+)*$/.test(text)) return lookup(context, text);
  assert.fail(`the runner stand-in cannot evaluate \${{ ${text} }}: keep the snippet's expressions simple`);
}

const truthy = (v: unknown) => v !== undefined && v !== null && v !== false && v !== '' && v !== 0;

/** A string with `${{ … }}` parts replaced by their values. */
export function interpolate(value: string, context: Json): string {
  return value.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => String(evaluate(expression, context) ?? ''));
}

/** The `if:` of a job: a bare expression or one wrapped in `${{ }}`. */
function condition(value: unknown, context: Json): boolean {
  if (value === undefined) return true;
  const text = String(value).trim();
  const inner = /^\$\{\{(.*)\}\}$/s.exec(text);
  return truthy(evaluate(inner?.[1] ?? text, context));
}

export interface JobRun {
  job: string;
  permissions: Json;
  concurrencyGroup: string | undefined;
  result: RunResult;
  /** The requests this job made to the fake with the job's token (GITHUB_TOKEN), in order. */
  requests: RequestRecord[];
}

export interface WorkflowRun {
  /** Jobs that ran; a job whose `if:` was false is absent. */
  jobs: JobRun[];
  /** Jobs skipped by their `if:`. */
  skipped: string[];
  /** False when the workflow's `on:` does not match the event at all. */
  triggered: boolean;
}

/**
 * Does `on:` start this workflow for the event (name + payload `action` against `types:`, and for
 * `push` the pushed branch against `branches:`, exact names only)?
 */
function triggers(on: Json, eventName: string, payload: Json): boolean {
  if (!(eventName in on)) return false;
  const filter = on[eventName];
  if (!isObject(filter)) return true;
  if (Array.isArray(filter['branches'])) {
    assert.ok(filter['branches'].every((b) => typeof b === 'string' && !/[*?!]/.test(b)), 'the runner stand-in matches exact branch names only');
    if (!filter['branches'].some((b) => payload['ref'] === `refs/heads/${String(b)}`)) return false;
  }
  if (!Array.isArray(filter['types'])) return true;
  return filter['types'].includes(payload['action']);
}

/**
 * Runs the workflow for one event against the fake. `token` stands for the job's GITHUB_TOKEN;
 * the payload is what GitHub would put in the event file.
 */
export async function runWorkflow(options: { workflow: Workflow; gh: FakeGitHub; eventName: string; payload: Json; token?: string; secrets?: Record<string, string> }): Promise<WorkflowRun> {
  const { workflow, gh, eventName, payload } = options;
  const out: WorkflowRun = { jobs: [], skipped: [], triggered: triggers(workflow.on, eventName, payload) };
  if (!out.triggered) return out;
  const token = options.token ?? 'ghs_fakeTokenForTheLoopbackServer000000';
  const context: Json = { github: { token, event: payload, event_name: eventName, repository: gh.fullName, ref: `refs/heads/${gh.defaultBranch}` }, secrets: { ...options.secrets, GITHUB_TOKEN: token } };
  const group = workflow.concurrency?.['group'];
  for (const [id, job] of options.workflow.jobs) {
    if (!condition(job['if'], context)) {
      out.skipped.push(id);
      continue;
    }
    assert.ok(isObject(job['permissions']), `job ${id} declares its permissions`);
    assert.ok(Array.isArray(job['steps']), `job ${id} has steps`);
    const env = { ...workflow.env, ...stringMap(job['env']) };
    const workspace = await mkdtemp(join(tmpdir(), 'wacrg-runner-'));
    try {
      let result: RunResult | undefined;
      const since = gh.requests.length;
      for (const step of job['steps']) {
        assert.ok(isObject(step), 'a step is a mapping');
        assert.equal(step['run'], undefined, 'the runner stand-in runs no shell steps');
        const uses = String(step['uses'] ?? '');
        if (CHECKOUT.test(uses)) {
          // actions/checkout: the pull request's head for pull_request, else the default branch.
          const pull = payload['pull_request'];
          const ref = eventName === 'pull_request' && isObject(pull) && isObject(pull['head']) ? String(pull['head']['ref']) : gh.defaultBranch;
          for (const [path, text] of gh.branchFiles(ref) ?? []) {
            await mkdir(dirname(join(workspace, path)), { recursive: true });
            await writeFile(join(workspace, path), text);
          }
          continue;
        }
        assert.match(uses, THIS_ACTION, `step uses ${uses}: only actions/checkout and this action are known here`);
        assert.equal(result, undefined, 'the action runs once per job');
        const stepEnv = Object.fromEntries(Object.entries({ ...env, ...stringMap(step['env']) }).map(([k, v]) => [k, interpolate(v, context)]));
        result = await runThisAction({ gh, workspace, eventName, payload, with: isObject(step['with']) ? step['with'] : {}, env: stepEnv, context });
      }
      assert.ok(result, `job ${id} runs the action`);
      out.jobs.push({
        job: id,
        permissions: job['permissions'],
        concurrencyGroup: typeof group === 'string' ? interpolate(group, context) : undefined,
        result,
        // Requests made with another token (a secret such as the notify token) are not the job's.
        requests: gh.requests.slice(since).filter((r) => r.token === token),
      });
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  }
  return out;
}

/** action.yml's inputs with their defaults evaluated, then `with:`; each becomes INPUT_<NAME>. */
async function runThisAction(o: { gh: FakeGitHub; workspace: string; eventName: string; payload: Json; with: Json; env: Record<string, string>; context: Json }): Promise<RunResult> {
  const action: unknown = parse(await readFile(join(REPO_ROOT, 'action.yml'), 'utf8'));
  assert.ok(isObject(action) && isObject(action['inputs']) && isObject(action['runs']));
  const runs = action['runs'];
  assert.equal(runs['using'], 'node24');
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action['inputs'])) {
    const fallback = isObject(spec) && spec['default'] !== undefined ? String(spec['default']) : '';
    inputs[name] = interpolate(fallback, o.context);
  }
  for (const [name, value] of Object.entries(o.with)) {
    assert.ok(name in inputs, `with: ${name} is not an input of action.yml`);
    inputs[name] = interpolate(String(value), o.context);
  }
  return runAction({ server: o.gh, workspace: o.workspace, eventName: o.eventName, payload: o.payload, inputs, env: o.env, dist: join(REPO_ROOT, String(runs['main'])) });
}

/**
 * The permission a request needs, as GitHub documents it per endpoint: git data and contents →
 * `contents`, pulls → `pull-requests`, issue comments and labels → `issues` (on a pull request's
 * number, `pull-requests` also does), the repository itself → `metadata` (always granted).
 */
export function permissionOf(request: RequestRecord, pullNumbers: Set<number>): { scope: string; alternatives: string[]; write: boolean } {
  const route = request.route ?? request.path;
  const write = request.method !== 'GET';
  if (/^\/repos\/\{owner\}\/\{repo\}\/(git|contents|branches|commits|compare)\b/.test(route)) return { scope: 'contents', alternatives: [], write };
  if (/^\/repos\/\{owner\}\/\{repo\}\/pulls\b/.test(route)) return { scope: 'pull-requests', alternatives: [], write };
  if (/^\/repos\/\{owner\}\/\{repo\}\/issues\b/.test(route)) {
    const number = Number(/\/issues\/(\d+)/.exec(request.path)?.[1]);
    return { scope: 'issues', alternatives: pullNumbers.has(number) ? ['pull-requests'] : [], write };
  }
  if (route === '/repos/{owner}/{repo}') return { scope: 'metadata', alternatives: [], write };
  assert.fail(`no permission known for ${request.method} ${route}`);
}

/** Grants the job's requests needed that `permissions:` does not give ("write" covers "read"). */
export function missingGrants(run: JobRun, pullNumbers: Set<number>): string[] {
  const missing: string[] = [];
  for (const request of run.requests) {
    const need = permissionOf(request, pullNumbers);
    if (need.scope === 'metadata') continue;
    const ok = [need.scope, ...need.alternatives].some((scope) => {
      const grant = run.permissions[scope];
      return grant === 'write' || (!need.write && grant === 'read');
    });
    if (!ok) missing.push(`${request.method} ${request.route ?? request.path} needs ${need.scope}: ${need.write ? 'write' : 'read'}`);
  }
  return missing;
}

/** Write grants the job has but never used: the snippet would grant more than the mode needs. */
export function unusedWrites(run: JobRun, pullNumbers: Set<number>): string[] {
  const used = new Set<string>();
  for (const request of run.requests) {
    const need = permissionOf(request, pullNumbers);
    if (!need.write) continue;
    // A write allowed under either scope counts for the one the job granted.
    for (const scope of [need.scope, ...need.alternatives]) if (run.permissions[scope] === 'write') used.add(scope);
  }
  return Object.entries(run.permissions).filter(([scope, grant]) => grant === 'write' && !used.has(scope)).map(([scope]) => scope);
}
