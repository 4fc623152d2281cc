import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { describeFinding } from '../capture/check.ts';
import { corroborationJson } from '../corroborate/json.ts';
import { percent, points } from '../coverage/coverage.ts';
import { captureId } from '../capture/build.ts';
import { ingest } from '../intake/ingest.ts';
import type { IntakeResult } from '../intake/types.ts';
import { DEFAULT_TEMPLATE_PATH } from '../form/template-path.ts';
import { openRoot, readTextInside, resolveInside, RootLinkError, writeTextAtomic, type Root } from '../fs/root.ts';
import { readRepoListingCaptures } from '../spec/read-files.ts';
import { Failure, parse, ROOT_OPTION, specRoot, UsageError, type Output } from './io.ts';

export const usage = 'wacrg ingest --body FILE|- [--issue N] [--title T] [--author LOGIN] [--root DIR] [--template FILE] [--write] [--json]';

/** GitHub's own cap on an issue body; anything larger is refused before it is parsed. */
const MAX_INPUT_BYTES = 1024 * 1024;

export async function ingestCommand(args: string[], io: Output): Promise<number> {
  const { values } = parse(args, {
    body: { type: 'string' },
    issue: { type: 'string' },
    title: { type: 'string' },
    author: { type: 'string' },
    ...ROOT_OPTION,
    template: { type: 'string' },
    write: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  });
  if (values.body === undefined) throw new UsageError('--body FILE (or - for standard input) is required');
  let issue = values.issue === undefined ? undefined : parseIssueNumber(values.issue);

  const input = await readInput(values.body);
  // An `issues` event payload (as examples/issue-capture.json) stands for its issue: body, and the
  // number, title and author the options do not give.
  const event = eventIssue(input);
  const body = event?.body ?? input;
  issue ??= event?.number;
  const title = values.title ?? event?.title;
  const author = values.author ?? event?.author;
  if (author !== undefined && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(author)) {
    throw new UsageError(`${values.author !== undefined ? '--author' : 'the event\'s issue.user.login'} must be a GitHub login (letters, digits, hyphens)`);
  }
  // The spec and the schema files; the captures listed, not read (only one of the new capture's id).
  const rootDir = specRoot(values.root, io);
  const { files, captureNames } = await readRepoListingCaptures(rootDir, [captureId(issue)]);
  const root = openRoot(rootDir);
  const templateText = await readTemplate(root, values.template);
  const result = ingest({ body, title, issue, author, templateText, repoFiles: files, captureNames });
  // A capture file is named after the issue: writing one without a number would be a guess.
  if (values.write && issue === undefined && result.kind !== 'flavor') throw new UsageError('--write needs --issue N: the capture file is named after the issue');

  if (values.write && result.status === 'accepted' && result.files) {
    // A link out of the root on the way to any file: refused before anything is written (exit 2, naming it).
    for (const file of result.files) {
      try {
        resolveInside(root, file.path);
      } catch (error) {
        // Any other error (a file where a folder should be) is reported by the write below.
        if (error instanceof RootLinkError) throw error;
      }
    }
    const written: string[] = [];
    for (const file of result.files) {
      try {
        writeTextAtomic(root, file.path, file.yaml);
        written.push(file.path);
      } catch (error) {
        if (error instanceof RootLinkError) throw error;
        // Not an input problem: say which file could not be written (exit 2, like unreadable input).
        const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'error';
        const what = result.kind === 'flavor' ? 'registration' : 'capture';
        throw new Failure(`the ${what} was accepted but ${file.path} cannot be written under ${rootDir} (${code}); ${written.length === 0 ? 'nothing was written' : `${written.join(', ')} was written`}`);
      }
    }
  }
  if (values.json) io.out(JSON.stringify(jsonOf(result), null, 2));
  else io.out(textOf(result, values.write));
  return result.status === 'accepted' ? 0 : 1;
}

/** The corroboration in a few lines; `--json` has every fact path. */
function corroborationLines({ corroboration: c, projection }: NonNullable<IntakeResult['corroboration']>): string[] {
  const before = projection.before.overall.coverage;
  const after = projection.projected.overall.coverage;
  return [
    c.stanza ? `matches ${c.stanza}: ${c.corroborated.length} corroborated, ${c.new.length} new, ${c.conflicts.length} conflicting, ${c.missing.length} missing` : `matches no stanza of the spec (${c.unmatched ?? 'unmatched'})`,
    `${projection.promotions.length} promotion(s) supported: coverage ${percent(before)} → ${percent(after)} (${points(before, after)}) if accepted`,
    ...(projection.notWeighed === undefined ? [] : [`evidence: each fact's provenance + this capture; ${projection.notWeighed} other capture(s) of corpus/captures/ not weighed (wacrg corroborate weighs the whole corpus)`]),
  ];
}

/** The issue of an `issues` event payload: its body and what the payload says of it. */
export interface EventIssue {
  body: string;
  number?: number;
  title?: string;
  author?: string;
}

/**
 * The issue of `text` when it is an `issues` event payload (the JSON GitHub writes to
 * GITHUB_EVENT_PATH; examples/issue-capture.json): an object with an `issue` object whose `body` is
 * a string or null (an issue without a description), with `number` (positive integer), `title`
 * (string) and `user.login` (string) read when present. null when `text` is not such JSON: it is
 * then an issue body as is. Errors: UsageError naming the field when `issue` is there but a field
 * has the wrong type.
 */
export function eventIssue(text: string): EventIssue | null {
  if (!text.trimStart().startsWith('{')) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || !isRecord(data['issue'])) return null;
  const issue = data['issue'];
  const wrong = (field: string, expected: string): UsageError =>
    new UsageError(`the --body file is an issues event payload, but its issue.${field} is not ${expected}`);
  const { body, number, title, user } = issue;
  if (body !== null && typeof body !== 'string') throw wrong('body', 'a string or null');
  const out: EventIssue = { body: body ?? '' };
  if (number !== undefined) {
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) throw wrong('number', 'a positive whole number');
    out.number = number;
  }
  if (title !== undefined) {
    if (typeof title !== 'string') throw wrong('title', 'a string');
    out.title = title;
  }
  if (user !== undefined && user !== null) {
    if (!isRecord(user) || typeof user['login'] !== 'string') throw wrong('user.login', 'a string');
    out.author = user['login'];
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseIssueNumber(text: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(text)) throw new UsageError('--issue must be a positive whole number');
  return Number(text);
}

/**
 * The issue-form template: `--template` (relative paths are relative to the root, as the action's
 * `template` input; an absolute path is read as given), else the repository's default one.
 * Errors: UsageError when it does not exist, RootLinkError for a link out of the root.
 */
async function readTemplate(root: Root, template: string | undefined): Promise<string> {
  const path = template ?? DEFAULT_TEMPLATE_PATH;
  const text = isAbsolute(path) ? await readFile(path, 'utf8').catch(notFound) : readTextInside(root, path);
  if (text === undefined) throw new UsageError(`no issue-form template at ${isAbsolute(path) ? path : `${path} under ${root.dir}`}: pass --template FILE`);
  return text;
}

function notFound(error: NodeJS.ErrnoException): undefined {
  if (error.code === 'ENOENT') return undefined;
  throw error;
}

async function readInput(source: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = source === '-' ? process.stdin : (await import('node:fs')).createReadStream(resolve(source));
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.byteLength;
    // Far past GitHub's 65,536-character limit: stop reading; the parser reports the size.
    if (size > MAX_INPUT_BYTES) break;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function jsonOf(result: IntakeResult): object {
  const { yaml: _yaml, capture: _capture, flavor: _flavor, files, corroboration, ...rest } = result;
  if (files && files.length > 1) Object.assign(rest, { paths: files.map((f) => f.path) });
  return corroboration ? { ...rest, ...corroborationJson(corroboration.corroboration, corroboration.projection, corroboration.implementations) } : rest;
}

function textOf(result: IntakeResult, wrote: boolean): string {
  const lines: string[] = [];
  if (result.status === 'accepted') {
    const files = result.files ?? [];
    if (wrote) lines.push(`accepted: wrote ${files.map((f) => f.path).join(', ')}`);
    else for (const f of files) lines.push(`accepted (dry run, nothing written; --write writes ${f.path}):`, '', f.yaml);
  } else {
    lines.push(result.status === 'rejected' ? 'rejected: the submission contains personal data or key material; nothing was written.' : 'invalid: the submission cannot be ingested as it is; nothing was written.');
  }
  if (result.corroboration) lines.push(...corroborationLines(result.corroboration));
  for (const finding of result.findings) lines.push(`  ${finding.field}: ${describeFinding(finding)}`);
  for (const error of result.errors) lines.push(`  ${error.field ? `${error.field}: ` : ''}${error.message}`);
  if (result.status === 'rejected') {
    lines.push('', 'What to do: replace each flagged value with a placeholder (see the README), then edit the issue.',
      'If the text was ever public, delete the old revision from the issue edit history, and rotate or re-register any real key or device that leaked.');
  }
  return lines.join('\n');
}
