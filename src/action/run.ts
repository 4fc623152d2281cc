// event → mode → the mode's function. Everything that can fail ends in one clear message.
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { createClient, GitHubError, tokenIdentity, UnexpectedResponseError } from '../github/index.ts';
import { makeDefaultBranch, type RunContext } from './context.ts';
import { readEvent, repoFromEnv } from './event.ts';
import { InputError, readInputs } from './inputs.ts';
import { runIntake } from './intake.ts';
import { runNotify } from './notify.ts';
import { runReingest } from './reingest.ts';
import { runReview } from './review.ts';

export { setFailed } from '@actions/core';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = readInputs();
  const repo = repoFromEnv(env['GITHUB_REPOSITORY']);
  const event = await readEvent(env['GITHUB_EVENT_NAME'] ?? '', env['GITHUB_EVENT_PATH'], repo);
  if (event.mode.kind === 'ignored') {
    core.info(event.mode.reason);
    return;
  }
  const workspace = resolve(env['GITHUB_WORKSPACE'] ?? process.cwd());
  const client = createClient(inputs.token, { log: (m) => core.info(m) });
  const ctx: RunContext = {
    client,
    repo,
    inputs,
    rootDir: resolve(workspace, inputs.root === '' ? '.' : inputs.root),
    defaultBranch: makeDefaultBranch(client, repo, event.defaultBranch),
    identity: tokenIdentity(client, inputs.appSlug),
    ...runUrlOf(env),
  };
  switch (event.mode.kind) {
    case 'intake':
      return runIntake(ctx, event.mode.issue);
    case 'review':
      return runReview(ctx, event.mode.pull);
    case 'reingest':
      return runReingest(ctx, event.mode.inputs);
    case 'notify':
      return runNotify(ctx, event.mode.push, (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, ''));
  }
}

/** The run's page (`<server>/<owner>/<repo>/actions/runs/<id>`), from the runner's variables. */
function runUrlOf(env: NodeJS.ProcessEnv): { runUrl?: string } {
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  const id = env['GITHUB_RUN_ID'];
  if (!server || !repository || !id || !/^\d+$/.test(id) || !/^https:\/\/[^\s()<>]+$/.test(server)) return {};
  return { runUrl: `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${id}` };
}

/** The message printed for a failure: ours, GitHub's (explained), or the first line of a bug's. */
export function failureMessage(error: unknown): string {
  if (error instanceof GitHubError || error instanceof InputError || error instanceof UnexpectedResponseError) return error.message;
  if (error instanceof Error) {
    // First line only: some library errors append a code frame of the text they were reading.
    const first = error.message.split('\n')[0] ?? '';
    return `internal error (${error.name}): ${first.slice(0, 300)}`;
  }
  return 'internal error';
}
