// Flavor registration scenarios, shared by the pure ingest() tests and the CLI tests.
//
// One folder per scenario in test/fixtures/flavor-intake/ (the `repo` folder is the spec repository
// they are filed against): `input.json` gives the author, the form values (overrides of
// flavorFormBody's defaults) and an optional title; `expected.json` the status, findings, errors and
// the files written, whose exact bytes are under `expected/`. Leak values are `{{kind}}` slots filled
// with seeded synthetic values (cases.ts `fill`), never stored.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Gen } from '../sanitize/helpers.ts';
import { fill } from './cases.ts';

export const FLAVOR_FIXTURES = join(import.meta.dirname, '../fixtures/flavor-intake');
export const FLAVOR_REPO = join(FLAVOR_FIXTURES, 'repo');

export type FlavorKey = 'id' | 'name' | 'url' | 'language' | 'maturity' | 'license' | 'planes' | 'basis' | 'derives' | 'notifyRepo' | 'notifyOptIn' | 'description';

/** The labels of .github/ISSUE_TEMPLATE/flavor_registration.yml, in template order. */
const SECTIONS: [FlavorKey, string][] = [
  ['id', 'Flavor id'],
  ['name', 'Display name'],
  ['url', 'Repository URL'],
  ['language', 'Language'],
  ['maturity', 'Maturity'],
  ['license', 'License (SPDX id)'],
  ['planes', 'Planes covered'],
  ['basis', 'Reconstructed from (techniques)'],
  ['derives', 'Derives from (flavors)'],
  ['notifyRepo', 'Repository for change notices'],
  ['notifyOptIn', 'Change notices'],
  ['description', 'Description'],
];

export const OPT_IN_LABEL = 'Open (and keep updating) one tracking issue in that repository when a spec part we implement changes';

/** The body GitHub renders for a submission of the Flavor registration form (template order). */
export function flavorFormBody(values: Partial<Record<FlavorKey, string>> = {}): string {
  const v: Record<FlavorKey, string> = {
    id: 'example-call-kit',
    name: 'Example Call Kit',
    url: 'https://git.example.org/example-call-kit',
    language: 'rust',
    maturity: 'partial',
    license: 'Apache-2.0',
    planes: 'signaling, media',
    basis: 'static-smali-analysis, wasm-analysis',
    derives: '_No response_',
    notifyRepo: '_No response_',
    notifyOptIn: `- [ ] ${OPT_IN_LABEL}`,
    description: 'A synthetic example implementation of call signalling and the media path.',
    ...values,
  };
  return SECTIONS.flatMap(([key, label]) => [`### ${label}`, '', v[key], '']).join('\n');
}

export interface FlavorCase {
  name: string;
  description: string;
  author: string;
  body: string;
  title?: string;
  expected: {
    status: 'accepted' | 'rejected' | 'invalid';
    findings?: { rule: string; field: string }[];
    errors?: { field?: string; match: string }[];
    /** Accepted: every path written, in order; the bytes are in `expected/<path>`. */
    files?: string[];
  };
  /** path → expected bytes (accepted only). */
  contents: Map<string, string>;
  secrets: string[];
}

function seedOf(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
  return h;
}

export function loadFlavorCases(): FlavorCase[] {
  return readdirSync(FLAVOR_FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FLAVOR_FIXTURES, d.name, 'input.json')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(FLAVOR_FIXTURES, name);
      const input = JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8')) as {
        description: string;
        author: string;
        values?: Partial<Record<FlavorKey, string | string[]>>;
        title?: string;
      };
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as FlavorCase['expected'];
      const gen = new Gen(seedOf(name));
      const values: Partial<Record<FlavorKey, string>> = {};
      for (const [k, v] of Object.entries(input.values ?? {})) values[k as FlavorKey] = fill(Array.isArray(v) ? v.join('\n') : v, gen);
      const contents = new Map((expected.files ?? []).map((p) => [p, readFileSync(join(dir, 'expected', p), 'utf8')]));
      const c: FlavorCase = { name, description: input.description, author: input.author, body: flavorFormBody(values), expected, contents, secrets: [] };
      if (input.title !== undefined) c.title = fill(input.title, gen);
      c.secrets = [...gen.secrets];
      return c;
    });
}
