// Action inputs: read once, checked, with the defaults of action.yml repeated for local runs.
import * as core from '@actions/core';
import { DEFAULT_TEMPLATE_PATH } from '../form/template-path.ts';

export interface ActionInputs {
  token: string;
  template: string;
  branchPrefix: string;
  labels: string[];
  captureLabel: string;
  needsSanitizationLabel: string;
  /** Raw `issues` input (workflow_dispatch), possibly empty. */
  issues: string;
  /** Raw `dry-run` input (workflow_dispatch), possibly empty. */
  dryRun: string;
  /** Spec repository root inside the workspace, POSIX, `''` for the workspace itself. */
  root: string;
  /** Issues with this label are Flavor registrations (read with `flavorTemplate`). */
  flavorLabel: string;
  /** The Flavor registration issue form, relative to root. */
  flavorTemplate: string;
  /** Prefix of the registration branches (`flavor/issue-<N>`). */
  flavorBranchPrefix: string;
  /** push mode: token with issues write access to the flavors' notify repositories; `''` = plan only. */
  notifyToken: string;
  /** Slug of the GitHub App whose token the action uses (`github-actions` for the workflow token). */
  appSlug: string;
}

/** Defaults of the label → form inputs (the group's labels and form files). */
export const DEFAULT_FLAVOR_LABEL = 'type/flavor-registration';
export const DEFAULT_FLAVOR_TEMPLATE = '.github/ISSUE_TEMPLATE/flavor_registration.yml';

/** A wrong input or event: the message is ours and safe to print. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

function input(name: string, fallback: string): string {
  const value = core.getInput(name);
  return value === '' ? fallback : value;
}

export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A relative POSIX path inside the workspace (no `..`, not absolute). */
export function relativePath(name: string, value: string): string {
  const path = value.replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '');
  if (path === '.' || path === '') return '';
  if (path.startsWith('/') || path.split('/').some((seg) => seg === '..')) {
    throw new InputError(`input ${name} must be a path relative to the repository, without ".."`);
  }
  return path;
}

export function checkBranchPrefix(value: string, name = 'branch-prefix'): string {
  // A ref fragment we can safely append `issue-<N>` to (git check-ref-format, simplified and stricter).
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/.test(value) || value.includes('..') || value.includes('//') || /\.lock(\/|$)/.test(value)) {
        // The message names the input as written in the workflow.
    if (name === 'branch-prefix') throw new InputError('input branch-prefix must be letters, digits, ".", "_", "-" and "/" (for example "capture/")');
    throw new InputError(`input ${name} must be letters, digits, ".", "_", "-" and "/" (for example "flavor/")`);
  }
  return value;
}

function checkLabel(name: string, value: string): string {
  if (value.length > 50 || /[\u0000-\u001f,]/.test(value)) throw new InputError(`input ${name} must be a label name of at most 50 characters`);
  return value;
}

function secret(value: string): string {
  if (value !== '') core.setSecret(value);
  return value;
}

/** A GitHub App slug: lower-case letters, digits and hyphens (the part before `[bot]` of its bot login). */
export function checkAppSlug(value: string): string {
  const slug = value.trim();
  if (!/^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/.test(slug)) {
    throw new InputError('input app-slug must be a GitHub App slug: lower-case letters, digits and hyphens (for example "github-actions", or "my-intake-app" for the app whose bot is my-intake-app[bot])');
  }
  return slug;
}

export function readInputs(): ActionInputs {
  const token = input('token', process.env['GITHUB_TOKEN'] ?? '');
  if (token === '') throw new InputError('input token is empty: pass `token: ${{ github.token }}` or leave the default');
  core.setSecret(token);
  return {
    token,
    template: relativePath('template', input('template', DEFAULT_TEMPLATE_PATH)),
    branchPrefix: checkBranchPrefix(input('branch-prefix', 'capture/')),
    labels: splitList(input('labels', 'type/stanza-capture')).map((l) => checkLabel('labels', l)),
    captureLabel: checkLabel('capture-label', input('capture-label', 'type/stanza-capture')),
    needsSanitizationLabel: checkLabel('needs-sanitization-label', input('needs-sanitization-label', 'status/needs-sanitization')),
    issues: core.getInput('issues'),
    dryRun: core.getInput('dry-run'),
    root: relativePath('root', input('root', '.')),
    flavorLabel: checkLabel('flavor-label', input('flavor-label', DEFAULT_FLAVOR_LABEL)),
    flavorTemplate: relativePath('flavor-template', input('flavor-template', DEFAULT_FLAVOR_TEMPLATE)),
    flavorBranchPrefix: checkBranchPrefix(input('flavor-branch-prefix', 'flavor/'), 'flavor-branch-prefix'),
    notifyToken: secret(core.getInput('notify-token')),
    appSlug: checkAppSlug(input('app-slug', 'github-actions')),
  };
}

/** At most this many issues per re-ingest run: each costs API requests (about 1,000 per hour). */
export const MAX_REINGEST = 250;

export type IssueSelection = { all: true } | { all: false; numbers: number[] };

/** `all`, or comma-separated issue numbers (`3, 7,12`). Anything else is a clear error. */
export function parseIssueSelection(value: string): IssueSelection {
  const text = value.trim();
  if (text === '') throw new InputError('input issues is empty: give comma-separated issue numbers (e.g. "3,7,12") or "all"');
  if (text.toLowerCase() === 'all') return { all: true };
  const items = text.split(',').map((s) => s.trim());
  const numbers: number[] = [];
  items.forEach((item, i) => {
    if (!/^#?[1-9][0-9]{0,9}$/.test(item)) {
      throw new InputError(`input issues: item ${i + 1} of ${items.length} is not an issue number (use comma-separated positive numbers like "3,7,12", or "all")`);
    }
    const n = Number(item.replace('#', ''));
    if (numbers.includes(n)) throw new InputError(`input issues: issue ${n} is listed twice`);
    numbers.push(n);
  });
  if (numbers.length > MAX_REINGEST) throw new InputError(`input issues: ${numbers.length} issues, at most ${MAX_REINGEST} per run; split the list`);
  return { all: false, numbers };
}

export function parseDryRun(value: string): boolean {
  const text = value.trim().toLowerCase();
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  throw new InputError('input dry-run must be "true" or "false"');
}
