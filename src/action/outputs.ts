// Step outputs, written as the runner reads them (GitHub docs, "Workflow commands for GitHub Actions:
// Setting an output parameter"; the format of @actions/core's setOutput): appended to the file named
// by GITHUB_OUTPUT as `name<<DELIMITER`, the value, `DELIMITER`, each on its own line.
//
// Why not core.setOutput: it draws its delimiter from node:crypto's randomUUID, and loading
// node:crypto is ≈11 ms of CPU in a run that otherwise does not need it (issue #14). What keeps a
// value from ending the block early is that the delimiter occurs in neither the name nor the value,
// which this checks (as core does), so a delimiter from Math.random is as safe.
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * The lines for one output, with a delimiter `ghadelimiter_<token>` that occurs in neither `name`
 * nor `value` (`token()` is asked again until it does not). Pure.
 */
export function outputCommand(name: string, value: string, token: () => string): string {
  let delimiter = `ghadelimiter_${token()}`;
  while (name.includes(delimiter) || value.includes(delimiter)) delimiter = `ghadelimiter_${token()}`;
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

const randomToken = (): string => `${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;

/**
 * Sets the step output `name`. Outside a runner (no GITHUB_OUTPUT) nothing is written. Errors: the
 * file named by GITHUB_OUTPUT is missing (as core.setOutput), or cannot be appended to.
 */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env['GITHUB_OUTPUT'];
  if (!file) return;
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, outputCommand(name, value, randomToken), { encoding: 'utf8' });
}
