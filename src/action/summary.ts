// The job summary, written as the runner reads it (GitHub docs, "Workflow commands for GitHub Actions:
// Adding a job summary"; what @actions/core's summary.write does): Markdown appended to the file named
// by GITHUB_STEP_SUMMARY, which the runner shows on the run's page once the step ends.
//
// Why not core.summary: its module takes `fs.promises` when it is loaded, which loads Node's
// internal/fs/promises (≈3 ms of CPU in a run that otherwise uses only synchronous files, issue #14),
// and the action writes one block of Markdown per run, at its end.
import { accessSync, appendFileSync, constants } from 'node:fs';

/**
 * Appends `markdown` to the job summary. Errors, with core.summary's messages: GITHUB_STEP_SUMMARY is
 * not set, or names a file this process cannot read and write; the file cannot be appended to.
 */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env['GITHUB_STEP_SUMMARY'];
  if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  appendFileSync(file, markdown, { encoding: 'utf8' });
}
