// Intake end to end: dist/index.js on an `issues.opened` event with a clean capture, against the e2e
// suite's loopback fake GitHub (test/e2e/fake-github.mjs) and run by its harness (test/e2e/harness.mjs)
// exactly as a runner would. Each run gets a fresh fake server and workspace (setup not timed), so
// every run does the same work: branch, commit, pull request, two comments.
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startFakeGitHub } from '../test/e2e/fake-github.mjs';
import { formBody, makeWorkspace, runAction } from '../test/e2e/harness.mjs';
import { newProbeFile, newRssFile, nodeWrapper, readProbe, readRss } from './lib.mjs';

const CAPTURE_LABEL = 'type/stanza-capture';

async function once(indexJs, { checkOpenApi, node, source, probe = false, env = {} }) {
  const ws = await makeWorkspace(source);
  const gh = await startFakeGitHub({ files: ws.files, checkOpenApi });
  const rssFile = await newRssFile();
  const probeFile = probe ? await newProbeFile() : null;
  try {
    const issue = gh.addIssue({ title: '[capture]: call offer', body: formBody(), labels: [CAPTURE_LABEL, 'status/needs-review'] });
    const payload = { action: 'opened', issue, repository: gh.repositoryJson(), sender: issue.user };
    const start = process.hrtime.bigint();
    const run = await runAction({ server: gh, workspace: ws.dir, eventName: 'issues', payload, dist: indexJs, node, env: { ...env, WACRG_BENCH_RSS_FILE: rssFile, ...(probeFile ? { WACRG_BENCH_PROBE_FILE: probeFile } : {}) } });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const ok = run.code === 0 && run.outputs['result'] === 'accepted' && gh.pulls().length === 1 && gh.violations.length === 0;
    return {
      ms,
      rssKiB: await readRss(rssFile),
      probe: probeFile ? await readProbe(probeFile) : null,
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
 *
 * Each round runs the intake twice: once plain (the wall time reported) and once with bench/probe.mjs
 * preloaded (where the time goes: load, JavaScript after load, requests in flight, idle; the files
 * loaded). `source` is the checkout to copy (default this repository; a generated corpus for scale).
 * With `pairWithThisRepository`, each round also runs the intake on this repository, plain and probed
 * (returned as `paired`: the plain run with the probed run's `inFlightMs`), alternately before and
 * after the measured run: a ratio of the two is then taken from runs made side by side, not minutes
 * apart.
 */
export async function measureIntake(indexJs, { runs, emptyModule, source, pairWithThisRepository = false }) {
  const node = await nodeWrapper();
  const probed = await nodeWrapper({ probe: true });
  // The fake server routes requests through its OpenAPI matcher, so every run checks them. The first
  // run (not timed) loads the 13 MB description and compiles the request validators; afterwards the
  // per-request check is a cached ajv call, a negligible share of the timed runs.
  const check = await once(indexJs, { checkOpenApi: true, node, source });
  if (!check.ok) return { ok: false, detail: check.detail, samples: [], probes: [], floor: [] };
  const samples = [];
  const probes = [];
  const floor = [];
  const paired = [];
  for (let i = 0; i < runs; i++) {
    // Paired: a plain run on this repository in the same round, before the measured one in odd
    // rounds and after it in even ones, so that drift and order hit both sides alike.
    const pair = async () => {
      if (!pairWithThisRepository) return null;
      const q = await once(indexJs, { checkOpenApi: true, node });
      if (!q.ok) return q.detail;
      const p = await once(indexJs, { checkOpenApi: true, node: probed, probe: true });
      paired.push({ ...q, inFlightMs: p.ok && p.probe ? p.probe.inFlightMs : null });
      return null;
    };
    const failedBefore = i % 2 === 1 ? await pair() : null;
    if (failedBefore) return { ok: false, detail: failedBefore, samples, probes, floor, paired };
    const r = await once(indexJs, { checkOpenApi: true, node, source });
    if (!r.ok) return { ok: false, detail: r.detail, samples, probes, floor, paired };
    samples.push(r);
    const failedAfter = i % 2 === 0 ? await pair() : null;
    if (failedAfter) return { ok: false, detail: failedAfter, samples, probes, floor, paired };
    const p = await once(indexJs, { checkOpenApi: true, node: probed, source, probe: true });
    if (p.ok && p.probe) probes.push({ ...p.probe, ms: p.ms });
    if (emptyModule) {
      const f = await once(emptyModule, { checkOpenApi: true, node }).catch(() => null);
      if (f) floor.push(f);
    }
  }
  return { ok: true, detail: '', requests: check.requests, samples, probes, floor, paired };
}

/**
 * The intake as a GitHub-hosted runner runs it: every run with an empty compile cache (a fresh
 * NODE_COMPILE_CACHE folder), so the bundle is compiled from source, and RUNNER_ENVIRONMENT set to
 * github-hosted as such a runner sets it (the action then reads and makes no code cache).
 */
export async function measureIntakeColdCache(indexJs, { runs, source, scratch }) {
  const node = await nodeWrapper();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const cache = await mkdtemp(join(scratch, 'compile-cache-'));
    try {
      const r = await once(indexJs, { checkOpenApi: true, node, source, env: { NODE_COMPILE_CACHE: cache, RUNNER_ENVIRONMENT: 'github-hosted' } });
      if (!r.ok) return { ok: false, detail: r.detail, samples };
      samples.push(r);
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  }
  return { ok: true, detail: '', samples };
}
