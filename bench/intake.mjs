// Intake end to end: dist/index.js on an `issues.opened` event with a clean capture, against the e2e
// suite's loopback fake GitHub (test/e2e/fake-github.mjs) and run by its harness (test/e2e/harness.mjs)
// exactly as a runner would. Each run gets a fresh fake server and workspace (setup not timed), so
// every run does the same work: branch, commit, pull request, two comments.
import { startFakeGitHub } from '../test/e2e/fake-github.mjs';
import { formBody, makeWorkspace, runAction } from '../test/e2e/harness.mjs';
import { newRssFile, nodeWrapper, readRss } from './lib.mjs';

const CAPTURE_LABEL = 'type/stanza-capture';

async function once(indexJs, { checkOpenApi, node }) {
  const ws = await makeWorkspace();
  const gh = await startFakeGitHub({ files: ws.files, checkOpenApi });
  const rssFile = await newRssFile();
  try {
    const issue = gh.addIssue({ title: '[capture]: call offer', body: formBody(), labels: [CAPTURE_LABEL, 'status/needs-review'] });
    const payload = { action: 'opened', issue, repository: gh.repositoryJson(), sender: issue.user };
    const start = process.hrtime.bigint();
    const run = await runAction({ server: gh, workspace: ws.dir, eventName: 'issues', payload, dist: indexJs, node, env: { WACRG_BENCH_RSS_FILE: rssFile } });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const ok = run.code === 0 && run.outputs['result'] === 'accepted' && gh.pulls().length === 1 && gh.violations.length === 0;
    return {
      ms,
      rssKiB: await readRss(rssFile),
      ok,
      requests: gh.requests.length,
      detail: ok
        ? ''
        : `exit ${run.code}, result ${run.outputs['result'] ?? '(none)'}, ${gh.pulls().length} pull(s), ${gh.violations.length} OpenAPI violation(s)${gh.violations[0] ? ` (first: ${gh.violations[0].slice(0, 160)})` : ''}`,
    };
  } finally {
    await gh.close();
    await ws.remove();
  }
}

/**
 * The harness times more than the child: it writes the event, output and summary files and reads two
 * of them back. `harnessFloor` runs the same harness on an empty module, so that share can be seen.
 */
export async function measureIntake(indexJs, { runs, emptyModule }) {
  const node = await nodeWrapper();
  // The fake server routes requests through its OpenAPI matcher, so every run checks them. The first
  // run (not timed) loads the 13 MB description and compiles the request validators; afterwards the
  // per-request check is a cached ajv call, a negligible share of the timed runs.
  const check = await once(indexJs, { checkOpenApi: true, node });
  if (!check.ok) return { ok: false, detail: check.detail, samples: [], floor: [] };
  const samples = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    const r = await once(indexJs, { checkOpenApi: true, node });
    if (!r.ok) return { ok: false, detail: r.detail, samples, floor };
    samples.push(r);
    const f = await once(emptyModule, { checkOpenApi: true, node }).catch(() => null);
    if (f) floor.push(f);
  }
  return { ok: true, detail: '', requests: check.requests, samples, floor };
}
