// The intake of the Flavor registration form: issue body → form values → findings → flavor record
// (+ the author's contributor record when they have none) → checks against the repository it joins.
// Pure: texts in, a result out. The maintainer is the issue author, never a value of the form.
import { serializeRecord } from '../capture/build.ts';
import { toFlavorSubmission, type FlavorSubmission } from '../form/flavor-submission.ts';
import { FLAVOR_FIELD_IDS } from '../form/flavor-fields.ts';
import { parseBody } from '../form/parse.ts';
import { submissionTexts } from '../form/submission.ts';
import type { FormTemplate } from '../form/types.ts';
import { scan } from '../sanitize/scan.ts';
import { kindOf } from '../spec/repo.ts';
import { formatProblem, validateRepo } from '../spec/validate.ts';
import type { Flavor } from '../spec/types.ts';
import type { IntakeError, IntakeInput, IntakeResult } from './types.ts';

/** Where a flavor's record lives (formats-head.md): the id is the file name. */
export function flavorPath(id: string): string {
  return `spec/flavors/${id}.yaml`;
}

/** Where a contributor's record lives: the id is the file name. */
export function contributorPath(id: string): string {
  return `spec/contributors/${id}.yaml`;
}

/** GitHub logins: letters, digits, single hyphens, at most 39 characters (no `[bot]` suffix: bots maintain nothing). */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;


/**
 * Ingest one Flavor registration. `input.author` (the issue author's login) is required: it becomes
 * the maintainer. Outcomes: `rejected` (a blocking scan finding in any field or the title: nothing
 * else matters), `invalid` (the form, the id rule, a taken id, an unknown upstream, or the records
 * failing validation), `accepted` with `files` (the flavor, then the contributor record if added).
 */
export function ingestFlavor(input: IntakeInput, template: FormTemplate): IntakeResult {
  const form = parseBody(input.body, template);
  const parsed = form.errors.length === 0 ? toFlavorSubmission(form, template) : { errors: [] };
  const errors: IntakeError[] = [...form.errors, ...parsed.errors];

  // Scan every field and the title whatever else is wrong: a leak decides the outcome.
  const texts = submissionTexts(form);
  if (input.title !== undefined && input.title !== '') texts.push({ field: 'title', text: input.title });
  const findings = scan({ texts });
  const base = { kind: 'flavor' as const, findings, errors };
  if (findings.some((f) => f.severity === 'block')) return { status: 'rejected', ...base };
  if (errors.length > 0 || parsed.submission === undefined) return { status: 'invalid', ...base };
  return finish(input, parsed.submission, base);
}

function finish(input: IntakeInput, submission: FlavorSubmission, base: Pick<IntakeResult, 'kind' | 'findings' | 'errors'>): IntakeResult {
  const invalid = (error: IntakeError): IntakeResult => ({ status: 'invalid', ...base, errors: [...base.errors, error] });
  const author = input.author ?? '';
  if (!LOGIN.test(author)) {
    return invalid({ message: 'the maintainer is the issue author, and the author is not a GitHub user login (a bot or an unknown author cannot maintain a flavor)' });
  }
  // No rule about a flavor or a contributor reads a capture: the spec and the schema files decide.
  const spec = input.repoFiles.filter((f) => kindOf(f.path) !== 'capture');
  const { repo } = validateRepo(spec, undefined, { warnings: false });
  const flavors = repo.flavors.map((f) => f.record);
  const contributors = repo.contributors.map((c) => c.record);

  // The author's contributor record: the one naming this login, else the one whose id is the login.
  const login = author.toLowerCase();
  const mine = contributors.find((c) => c.github?.toLowerCase() === login) ?? contributors.find((c) => c.id === login && c.github === undefined);
  if (!mine && contributors.some((c) => c.id === login)) {
    return invalid({ message: `the contributor id "${login}" belongs to another GitHub account: a maintainer must add your contributor record by hand, then edit this issue` });
  }
  const maintainer = mine?.id ?? login;

  const existing = flavors.find((f) => f.id === submission.id);
  if (existing && existing.maintainer !== maintainer) {
    return invalid({
      field: FLAVOR_FIELD_IDS.id,
      message: `the flavor id "${submission.id}" is already registered${existing.maintainer === undefined ? ' without a maintainer' : ` with the maintainer "${existing.maintainer}"`}: choose another id, or ask that maintainer to update it`,
    });
  }
  const known = new Set(flavors.map((f) => f.id));
  const unknown = submission.derives_from.filter((d) => !known.has(d));
  if (unknown.length > 0) {
    return invalid({
      field: FLAVOR_FIELD_IDS.derivesFrom,
      message: `${unknown.length === 1 ? 'this flavor is' : 'these flavors are'} not registered: ${unknown.map((u) => `"${u}"`).join(', ')}; register the upstream first, or leave it out`,
    });
  }

  const record = flavorRecord(submission, maintainer, existing);
  const path = flavorPath(submission.id);
  const files = [{ path, yaml: serializeRecord(record) }];
  if (!mine) files.push({ path: contributorPath(maintainer), yaml: serializeRecord({ id: maintainer, github: author, flavors: [submission.id] }) });

  // Check the records exactly as they would be written, in the repository they would join.
  const written = new Set(files.map((f) => f.path));
  const after = [...spec.filter((f) => !written.has(f.path)), ...files.map((f) => ({ path: f.path, text: f.yaml }))];
  const own = validateRepo(after, undefined, { warnings: false }).problems.filter((p) => written.has(p.file));
  if (own.length > 0) return { status: 'invalid', ...base, errors: [...base.errors, ...own.map((p) => ({ message: `flavor record: ${formatProblem(p)}` }))] };
  const first = files[0];
  return { status: 'accepted', ...base, path, yaml: first?.yaml ?? '', files, flavor: record, contributorAdded: !mine, flavorUpdate: existing !== undefined };
}

/**
 * The flavor record, keys in the schema's order. A re-registration by the same maintainer replaces
 * what the form says and keeps what the form cannot say (status; notifications when the template has
 * no such fields).
 */
export function flavorRecord(s: FlavorSubmission, maintainer: string, existing?: Flavor): Flavor {
  const keep = <K extends 'status' | 'notify_repo' | 'notify_opt_in'>(key: K): Pick<Flavor, K> | Record<string, never> =>
    existing !== undefined && existing[key] !== undefined ? ({ [key]: existing[key] } as Pick<Flavor, K>) : {};
  return {
    id: s.id,
    ...(s.name !== undefined ? { name: s.name } : {}),
    ...(s.url !== undefined ? { url: s.url } : {}),
    ...(s.language !== undefined ? { language: s.language } : {}),
    ...(s.maturity !== undefined ? { maturity: s.maturity } : {}),
    ...(s.license !== undefined ? { license: s.license } : {}),
    maintainer,
    ...keep('status'),
    ...(s.covers.length > 0 ? { covers: s.covers } : {}),
    ...(s.basis.length > 0 ? { basis: s.basis } : {}),
    ...(s.derives_from.length > 0 ? { derives_from: s.derives_from } : {}),
    ...(s.notify_repo !== undefined ? { notify_repo: s.notify_repo } : s.notify_opt_in === undefined ? keep('notify_repo') : {}),
    ...(s.notify_opt_in !== undefined ? { notify_opt_in: s.notify_opt_in } : keep('notify_opt_in')),
    ...(s.description !== undefined ? { description: s.description } : {}),
  };
}
