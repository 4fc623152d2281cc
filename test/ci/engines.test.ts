// `engines` says what the code needs: the lowest Node it allows satisfies the `engines.node` of every
// package `npm ci` installs (else npm prints EBADENGINE there), and the Node the README names
// (the runners' Node 24) is allowed and warns for no package either.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import semver from 'semver';

const ROOT = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines?: { node?: string } };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean; os?: string[] }>;
};

/** Each installed package's `engines.node` range (the lockfile keeps it as npm read it). */
function dependencyRanges(): [string, string][] {
  const out: [string, string][] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || Array.isArray(entry.engines)) continue;
    const range = entry.engines?.node;
    if (typeof range === 'string') out.push([path.replace(/^.*node_modules\//, ''), range]);
  }
  return out;
}

/** The Node major the README tells people to use ("Node 24 is what runners use"). */
function readmeNode(): string {
  const match = /Node (\d+) is what runners use/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  assert.ok(match?.[1], 'the README names its Node version');
  return `${match[1]}.0.0`;
}

test('package.json engines.node is a valid range with a lower bound, and the lockfile root agrees', () => {
  const range = pkg.engines?.node;
  assert.ok(typeof range === 'string' && semver.validRange(range), 'engines.node is a semver range');
  assert.ok(semver.minVersion(range), 'it has a lowest version');
  assert.equal(lock.packages['']?.engines && !Array.isArray(lock.packages['']?.engines) ? lock.packages['']?.engines.node : undefined, range);
});

test('the lowest allowed Node satisfies every installed package: no EBADENGINE on any allowed Node', () => {
  const lowest = semver.minVersion(String(pkg.engines?.node));
  assert.ok(lowest);
  const ranges = dependencyRanges();
  assert.ok(ranges.length > 10, 'the lockfile lists engines');
  const unmet = ranges.filter(([, range]) => !semver.satisfies(lowest, range));
  assert.deepEqual(unmet, [], `Node ${lowest.version} is allowed by engines but these packages need more`);
});

test("the README's Node is allowed and satisfies every installed package", () => {
  const node = readmeNode();
  assert.ok(semver.satisfies(node, String(pkg.engines?.node)), `Node ${node} is allowed`);
  assert.deepEqual(dependencyRanges().filter(([, range]) => !semver.satisfies(node, range)), []);
});
