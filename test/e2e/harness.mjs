// Runs the committed bundle exactly as a runner would: a separate Node process, the runner's
// environment variables, an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = process.env.WACRG_E2E_DIST ?? join(REPO_ROOT, 'dist', 'index.js');
const COPIED = ['spec', 'corpus', join('.github', 'ISSUE_TEMPLATE')];

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * A temp copy of this repository's spec/, corpus/ and .github/ISSUE_TEMPLATE/: the checkout.
 * @returns {Promise<{ dir: string; files: { path: string; text: string }[]; remove: () => Promise<void> }>}
 */
export async function makeWorkspace(source = REPO_ROOT) {
  const dir = await mkdtemp(join(tmpdir(), 'wacrg-ws-'));
  for (const part of COPIED) await cp(join(source, part), join(dir, part), { recursive: true }).catch(() => {});
  const files = [];
  for (const abs of await listFiles(dir)) files.push({ path: relative(dir, abs).split(sep).join('/'), text: await readFile(abs, 'utf8') });
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { dir, files, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** GITHUB_OUTPUT as written by @actions/core: `name<<delimiter\nvalue\ndelimiter`. */
export function parseOutputs(text) {
  /** @type {Record<string, string>} */
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      if (name) out[name] = value.join('\n');
      continue;
    }
    const simple = /^([^=]+)=(.*)$/.exec(lines[i] ?? '');
    if (simple?.[1]) out[simple[1]] = simple[2] ?? '';
  }
  return out;
}

/**
 * @param {{
 *   server: { url: string; fullName: string };
 *   workspace: string;
 *   eventName: string;
 *   payload: unknown;
 *   inputs?: Record<string, string>;
 *   env?: Record<string, string>;
 *   node?: string;
 *   dist?: string;
 * }} options
 * @returns {Promise<{ code: number | null; stdout: string; stderr: string; outputs: Record<string, string>; summary: string }>}
 */
export async function runAction(options) {
  const scratch = await mkdtemp(join(tmpdir(), 'wacrg-run-'));
  try {
    const eventPath = join(scratch, 'event.json');
    const outputPath = join(scratch, 'output.txt');
    const summaryPath = join(scratch, 'summary.md');
    await writeFile(eventPath, JSON.stringify(options.payload));
    await writeFile(outputPath, '');
    await writeFile(summaryPath, '');
    /** @type {Record<string, string>} */
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? scratch,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_API_URL: options.server.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_GRAPHQL_URL: `${options.server.url}/graphql`,
      GITHUB_REPOSITORY: options.server.fullName,
      GITHUB_REPOSITORY_OWNER: options.server.fullName.split('/')[0] ?? '',
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_STATE: join(scratch, 'state.txt'),
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_NUMBER: '7',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'intake',
      GITHUB_ACTION: 'intake',
      GITHUB_ACTOR: 'contributor-a',
      GITHUB_WORKFLOW: 'intake',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      RUNNER_TEMP: scratch,
      RUNNER_OS: 'Linux',
      // What the runner sets for `with:` (names upper-cased, hyphens kept) and the defaults of action.yml.
      'INPUT_TOKEN': 'ghs_fakeTokenForTheLoopbackServer000000',
      ...Object.fromEntries(Object.entries(options.inputs ?? {}).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])),
      ...(options.env ?? {}),
    };
    const child = spawn(options.node ?? process.execPath, [options.dist ?? DIST], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => child.on('close', (c) => resolve(c)));
    return { code, stdout, stderr, outputs: parseOutputs(await readFile(outputPath, 'utf8')), summary: await readFile(summaryPath, 'utf8') };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The body GitHub renders for a submission of the Stanza capture form (template order). */
export function formBody(values) {
  const v = {
    tag: 'call',
    direction: 'outgoing',
    platform: 'WhatsApp Web 2.3000.x',
    technique: 'baileys-instrumentation',
    tools: 'baileys',
    confidence: 'probable',
    raw: [
      '<call from="Caller@s.whatsapp.net" to="Callee@s.whatsapp.net" id="STANZAID1" t="TIMESTAMP1">',
      '  <offer call-id="CALLID1" call-creator="Caller:1@s.whatsapp.net">',
      '    <audio enc="opus" rate="16000"/>',
      '    <enc v="2" type="pkmsg" count="0">CIPHERTEXTPLACEHOLDER</enc>',
      '  </offer>',
      '</call>',
    ].join('\n'),
    decoded: 'An offer with one audio codec and one prekey message.',
    attributes: 'call-id = CALLID1 — same id on the later accept',
    provenance: 'Logged by an instrumented Baileys client between two synthetic test accounts.',
    notes: '_No response_',
    ...values,
  };
  return [
    '### Stanza tag', '', v.tag, '',
    '### Direction', '', v.direction, '',
    '### Client / platform', '', v.platform, '',
    '### Capture technique', '', v.technique, '',
    '### Tools used', '', v.tools, '',
    '### Confidence', '', v.confidence, '',
    '### Raw stanza', '', '```text', v.raw, '```', '',
    '### Decoded structure', '', v.decoded, '',
    '### Observed attributes', '', v.attributes, '',
    '### Provenance', '', v.provenance, '',
    '### Notes / open questions', '', v.notes,
  ].join('\n');
}
