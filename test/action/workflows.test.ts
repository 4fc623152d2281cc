// actionlint is not packaged for Debian here, so the workflow rules we rely on are checked by
// parsing the files with `yaml`: permissions {} at the top, pinned actions, no event text in run:.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';

const dir = join(import.meta.dirname, '../../.github/workflows');
const CHECKOUT_V4_2_2 = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function load(name: string): Json {
  const doc: unknown = parse(readFileSync(join(dir, name), 'utf8'));
  assert.ok(isObject(doc), `${name} is a mapping`);
  return doc;
}

function jobs(doc: Json): [string, Json][] {
  assert.ok(isObject(doc['jobs']));
  return Object.entries(doc['jobs']).map(([id, job]) => {
    assert.ok(isObject(job), `job ${id}`);
    return [id, job];
  });
}

function steps(job: Json): Json[] {
  const list = job['steps'];
  assert.ok(Array.isArray(list));
  return list.map((s) => {
    assert.ok(isObject(s));
    return s;
  });
}

const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

test('the workflows exist: intake, review, re-ingest, notify, CI, docs, release', () => {
  assert.deepEqual([...files].sort(), ['ci.yml', 'docs.yml', 'intake.yml', 'notify.yml', 'reingest.yml', 'release.yml', 'review.yml']);
});

for (const name of files) {
  test(`${name}: permissions {} at the top, grants per job`, () => {
    const doc = load(name);
    assert.deepEqual(doc['permissions'], {});
    for (const [id, job] of jobs(doc)) assert.ok(isObject(job['permissions']), `job ${id} declares its permissions`);
  });

  test(`${name}: every action is local or pinned to a full commit SHA`, () => {
    for (const [, job] of jobs(load(name))) {
      for (const step of steps(job)) {
        const uses = step['uses'];
        if (typeof uses !== 'string') continue;
        if (uses.startsWith('./')) continue;
        assert.match(uses, /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/, `${uses} is pinned`);
      }
    }
  });

  test(`${name}: no event or input text inside run:`, () => {
    for (const [, job] of jobs(load(name))) {
      for (const step of steps(job)) {
        const run = step['run'];
        if (typeof run !== 'string') continue;
        assert.doesNotMatch(run, /\$\{\{[^}]*(github\.event|github\.head_ref|inputs\.)/, 'untrusted text would be interpolated into a shell');
      }
    }
  });

  test(`${name}: actions/checkout is the pinned v4.2.2 and does not keep the token`, () => {
    for (const [, job] of jobs(load(name))) {
      for (const step of steps(job)) {
        const uses = step['uses'];
        if (typeof uses !== 'string' || !uses.startsWith('actions/checkout@')) continue;
        assert.equal(uses, CHECKOUT_V4_2_2);
        assert.ok(isObject(step['with']) && step['with']['persist-credentials'] === false);
      }
    }
  });
}

function on(doc: Json): Json {
  // `on` may parse as the key "on" (YAML 1.2, which the yaml library follows).
  const trigger = doc['on'];
  assert.ok(isObject(trigger));
  return trigger;
}

test('intake.yml: issues opened/edited only, write grants, concurrency per issue, checkout then ./', () => {
  const doc = load('intake.yml');
  assert.deepEqual(Object.keys(on(doc)), ['issues']);
  const issues = on(doc)['issues'];
  assert.ok(isObject(issues));
  assert.deepEqual(issues['types'], ['opened', 'edited']);
  assert.ok(isObject(doc['concurrency']));
  assert.match(String(doc['concurrency']['group']), /github\.event\.issue\.number/);
  const [[, job]] = jobs(doc) as [[string, Json]];
  assert.deepEqual(job['permissions'], { contents: 'write', 'pull-requests': 'write', issues: 'write' });
  const list = steps(job);
  assert.equal(list[0]?.['uses'], CHECKOUT_V4_2_2);
  assert.equal(list.at(-1)?.['uses'], './');
});

test('intake.yml: the job runs for both intake forms (capture and flavor registration labels)', () => {
  const [[, job]] = jobs(load('intake.yml')) as [[string, Json]];
  assert.match(String(job['if']), /'type\/stanza-capture'/);
  assert.match(String(job['if']), /'type\/flavor-registration'/);
});

test('notify.yml: push to main touching spec/**, contents read only, the notify token from a secret, checkout then ./', () => {
  const doc = load('notify.yml');
  assert.deepEqual(Object.keys(on(doc)), ['push']);
  const push = on(doc)['push'];
  assert.ok(isObject(push));
  assert.deepEqual(push['branches'], ['main']);
  assert.deepEqual(push['paths'], ['spec/**']);
  const [[, job]] = jobs(doc) as [[string, Json]];
  assert.deepEqual(job['permissions'], { contents: 'read' });
  const list = steps(job);
  assert.equal(list[0]?.['uses'], CHECKOUT_V4_2_2);
  const last = list.at(-1);
  assert.equal(last?.['uses'], './');
  assert.ok(isObject(last?.['with']));
  assert.match(String(last['with']['notify-token']), /^\$\{\{ secrets\.[A-Z_]+ \}\}$/);
});

test('review.yml: pull_request (never pull_request_target) on spec/** and corpus/**', () => {
  const doc = load('review.yml');
  assert.deepEqual(Object.keys(on(doc)), ['pull_request']);
  const pr = on(doc)['pull_request'];
  assert.ok(isObject(pr));
  assert.deepEqual(pr['paths'], ['spec/**', 'corpus/**']);
  const [[, job]] = jobs(doc) as [[string, Json]];
  assert.deepEqual(job['permissions'], { contents: 'read', 'pull-requests': 'write' });
  assert.equal(steps(job).at(-1)?.['uses'], './');
});

test('reingest.yml: workflow_dispatch with issues and dry-run inputs', () => {
  const doc = load('reingest.yml');
  const dispatch = on(doc)['workflow_dispatch'];
  assert.ok(isObject(dispatch) && isObject(dispatch['inputs']));
  assert.deepEqual(Object.keys(dispatch['inputs']).sort(), ['dry-run', 'issues']);
  const [[, job]] = jobs(doc) as [[string, Json]];
  assert.equal(steps(job).at(-1)?.['uses'], './');
});

test('ci.yml: npm ci, typecheck, test, build, dist/ must not differ, then the generated files are checked', () => {
  const runs = jobs(load('ci.yml')).flatMap(([, job]) => steps(job).map((s) => s['run']).filter((r) => typeof r === 'string'));
  const index = (pattern: RegExp) => runs.findIndex((r) => pattern.test(String(r)));
  const order = [/^npm ci$/, /typecheck|tsc --noEmit/, /npm test/, /npm run build/, /git status --porcelain --untracked-files=all -- dist\//, /generate --check/, /coverage --check/].map(index);
  assert.ok(order.every((i) => i >= 0), 'every step is present');
  assert.deepEqual([...order].sort((a, b) => a - b), order, 'in this order');
});

test('action.yml: node24 bundle, safe defaults, the documented outputs', () => {
  const doc: unknown = parse(readFileSync(join(import.meta.dirname, '../../action.yml'), 'utf8'));
  assert.ok(isObject(doc) && isObject(doc['runs']) && isObject(doc['inputs']) && isObject(doc['outputs']));
  assert.deepEqual(doc['runs'], { using: 'node24', main: 'dist/index.js' });
  assert.ok(isObject(doc['branding']));
  const defaults = Object.fromEntries(Object.entries(doc['inputs']).map(([k, v]) => [k, isObject(v) ? v['default'] : undefined]));
  assert.deepEqual(defaults, {
    token: '${{ github.token }}',
    template: '.github/ISSUE_TEMPLATE/stanza_capture.yml',
    'branch-prefix': 'capture/',
    labels: 'type/stanza-capture',
    'capture-label': 'type/stanza-capture',
    'needs-sanitization-label': 'status/needs-sanitization',
    issues: '',
    'dry-run': '',
    root: '.',
    'flavor-label': 'type/flavor-registration',
    'flavor-template': '.github/ISSUE_TEMPLATE/flavor_registration.yml',
    'flavor-branch-prefix': 'flavor/',
    'notify-token': '',
    'app-slug': 'github-actions',
  });
  for (const [name, spec] of Object.entries(doc['inputs'])) assert.ok(isObject(spec) && spec['required'] !== true, `${name} is not required`);
  assert.deepEqual(Object.keys(doc['outputs']).sort(), ['capture-path', 'coverage', 'coverage-delta', 'notifications', 'pull-request-number', 'pull-request-url', 'result']);
});
