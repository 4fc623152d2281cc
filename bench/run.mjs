// `npm run bench`: measures the bundles and the scanner, prints ONE table, writes bench/results.json.
//
//   node bench/run.mjs [--fresh] [--quick] [--keep] [--skip=intake,cli,scale,scanner,bundle]
//
// --fresh  build the bundles from the working tree into a temp dir (default: dist/ when present)
// --quick  fewer repetitions and no 100,000-capture corpus (a smoke run, not for comparison)
// --keep   keep the generated corpora (their directory is printed)
//
// Every figure is the median of repeated runs with min and max. Each timing is also shown as a ratio to
// a bare `node -e 0` start measured in this same run, interleaved with the other cold starts: the
// machine is shared and noisy, the ratios are what we compare between runs. See bench/README.md.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleScanner, REPO_ROOT, resolveBundles } from './bundles.mjs';
import { generateCorpus } from './corpus.mjs';
import { ajvCliArgs, AJV_CLI_VERSION, ensureAjvCli } from './ajv-cli.mjs';
import { measureIntake, measureIntakeColdCache } from './intake.mjs';
import { cleanupScratch, envWithoutRunner, MEMORY_METHOD, NODE, runNode, stats } from './lib.mjs';

const args = process.argv.slice(2);
const FRESH = args.includes('--fresh');
const QUICK = args.includes('--quick');
const KEEP = args.includes('--keep');
const SKIP = new Set((args.find((a) => a.startsWith('--skip='))?.slice(7) ?? '').split(',').filter(Boolean));
const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

const R = QUICK
  ? { cold: 5, intake: 3, intakeLarge: 2, small: 2, large: 1, huge: 0, scanner: 5 }
  : { cold: 15, intake: 10, intakeLarge: 9, small: 3, large: 2, huge: 3, scanner: 20 };

const rows = [];
const started = Date.now();
const log = (message) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${message}\n`);

/** One table row. `s` = stats of a timing in ms (ratio to bare node added), or a plain value. */
function row(group, name, { s, unit = 'ms', mem, target, pass, note, ratio = true }) {
  rows.push({ group, name, unit, median: s?.median ?? null, min: s?.min ?? null, max: s?.max ?? null, n: s?.n ?? 0, ratioToNode: ratio && unit === 'ms' && s ? null : undefined, peakMiB: mem ?? null, target: target ?? '', pass: pass ?? null, note: note ?? '' });
}

let bare = null;
const ratio = (ms) => (bare?.median && ms != null ? ms / bare.median : null);
const mib = (kib) => (kib == null ? null : kib / 1024);
const peak = (samples) => stats(samples.map((r) => r.rssKiB)).max;

async function timed(label, args, { cwd = REPO_ROOT, env = process.env, runs, expectCode = 0 } = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const r = await runNode(args, { cwd, env });
    if (expectCode !== null && r.code !== expectCode) {
      throw new Error(`${label}: exit ${r.code}, expected ${expectCode}\n${r.stderr.split('\n').slice(0, 5).join('\n')}`);
    }
    samples.push(r);
  }
  return samples;
}

const bundles = await resolveBundles({ fresh: FRESH });
log(`bundles: ${bundles.origin} (${bundles.dir})`);
const work = await mkdtemp(join(tmpdir(), 'wacrg-bench-'));
const meta = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? '',
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  bundles: bundles.origin,
  memoryMethod: MEMORY_METHOD,
  repetitions: R,
  quick: QUICK,
};

/**
 * `wacrg validate` on a corpus, and (from 10,000 captures) ajv-cli on the same captures (capture schema
 * only) in the same rounds: one run of each per round, wacrg first in odd rounds and ajv-cli first in
 * even ones, so that drift and load hit both alike. Returns wacrg's samples.
 */
async function validateAgainstAjvCli(c, dir) {
  const ours = (runs = 1) => timed(`validate ${c.label}`, [bundles.cli, 'validate', '--root', dir], { runs });
  const bin = c.captures >= 10_000 ? await ensureAjvCli(log) : null;
  if (c.captures >= 10_000 && !bin) row('3 scale', `ajv-cli, capture schema only, ${c.label}`, { note: 'ajv-cli could not be installed (offline?): not compared' });
  if (!bin) return ours(c.runs);
  const theirs = () => timed(`ajv-cli ${c.label}`, ajvCliArgs(bin, dir), { runs: 1, expectCode: 0 });
  const validate = [];
  const ajv = [];
  for (let i = 0; i < c.runs; i++) {
    if (i % 2 === 0) {
      validate.push(...(await ours()));
      ajv.push(...(await theirs()));
    } else {
      ajv.push(...(await theirs()));
      validate.push(...(await ours()));
    }
  }
  const a = stats(ajv.map((r) => r.ms));
  const o = stats(validate.map((r) => r.ms));
  row('3 scale', `ajv-cli ${AJV_CLI_VERSION}, capture schema only, ${c.label}`, { s: a, mem: mib(peak(ajv)), note: 'same files, same rounds; wacrg also checks every other schema and the cross-file rules' });
  row('3 scale', `validate ÷ ajv-cli, ${c.label}`, {
    s: { median: o.median / a.median, min: null, max: null, n: 1 },
    unit: '×',
    ratio: false,
    target: '≤ 1.00×',
    pass: o.median <= a.median,
    note: `medians of ${c.runs} round(s), runs alternately first`,
  });
  return validate;
}

/**
 * The intake on a checkout holding this corpus (its spec and captures plus this repository's issue
 * form), against the intake on this repository run in the same rounds (alternately before and after:
 * drift hits both alike). `smallWall` (stats in ms), the intake section's wall on this repository,
 * is shown beside it. The fake server runs in this process and writes a new 10,000-entry captures
 * tree on the intake's tree request (spliced from the base tree, as git does: a few ms), so the wall
 * carries a server cost that grows with the corpus; the own overhead (wall − requests in flight) is
 * the action's alone.
 */
async function intakeAtScale(c, dir, smallWall) {
  await cp(join(REPO_ROOT, '.github', 'ISSUE_TEMPLATE'), join(dir, '.github', 'ISSUE_TEMPLATE'), { recursive: true });
  log(`intake on ${c.label}: ${R.intakeLarge} rounds, each with a run on this repository`);
  const large = await measureIntake(bundles.index, { runs: R.intakeLarge, source: dir, pairWithThisRepository: true });
  if (!large.ok) {
    row('1 intake', `intake with ${c.label}`, { note: `FAILED: ${large.detail}`, pass: false, target: '≤ 1.2× small repository' });
    return;
  }
  const s = stats(large.samples.map((r) => r.ms));
  const pairedSmall = stats(large.paired.map((r) => r.ms));
  row('1 intake', `intake with ${c.label}: wall`, { s, mem: mib(peak(large.samples)), note: `${large.requests} API requests` });
  row('1 intake', `intake with ${c.label} ÷ this repository, same rounds`, {
    s: { median: s.median / pairedSmall.median, min: null, max: null, n: 1 },
    unit: '×',
    ratio: false,
    target: '≤ 1.2×',
    pass: s.median / pairedSmall.median <= 1.2,
    note: `${s.median?.toFixed(0)} ms ÷ ${pairedSmall.median?.toFixed(0)} ms (walls, medians; the intake section's run on this repository: ${smallWall.median?.toFixed(0)} ms); JavaScript after load ${stats(large.probes.map((x) => x.activeMs)).median?.toFixed(0)} ms, in flight ${stats(large.probes.map((x) => x.inFlightMs)).median?.toFixed(0)} ms (probed runs)`,
  });
  const inFlight = stats(large.probes.map((x) => x.inFlightMs)).median ?? 0;
  const own = stats(large.samples.map((r) => r.ms - inFlight));
  const pairedInFlight = stats(large.paired.map((r) => r.inFlightMs).filter((x) => x !== null)).median ?? 0;
  const ownPaired = stats(large.paired.map((r) => r.ms - pairedInFlight));
  row('1 intake', `intake with ${c.label}, own overhead (wall − requests in flight) ÷ this repository's`, {
    s: { median: own.median / ownPaired.median, min: null, max: null, n: 1 },
    unit: '×',
    ratio: false,
    note: `${own.median?.toFixed(0)} ms ÷ ${ownPaired.median?.toFixed(0)} ms (in flight ${inFlight.toFixed(0)} ÷ ${pairedInFlight.toFixed(0)} ms); the fake server's writing of the captures folder is in flight, not here`,
  });
}

try {
  // --- 0 + 2 + 5: cold starts, interleaved round by round so drift hits them all alike -----------------
  const emptyModule = join(work, 'empty.mjs');
  await writeFile(emptyModule, '');
  const cold = { bare: [], validate: [], coverage: [], cliHelp: [], indexLoad: [] };
  const noRunner = envWithoutRunner();
  log(`cold starts: ${R.cold} rounds`);
  for (let i = 0; i < R.cold; i++) {
    cold.bare.push(...(await timed('node -e 0', ['-e', '0'], { runs: 1 })));
    if (!SKIP.has('cli')) {
      cold.validate.push(...(await timed('cli validate', [bundles.cli, 'validate'], { runs: 1 })));
      cold.coverage.push(...(await timed('cli coverage', [bundles.cli, 'coverage'], { runs: 1 })));
    }
    if (!SKIP.has('bundle')) {
      cold.cliHelp.push(...(await timed('cli --help', [bundles.cli, '--help'], { runs: 1 })));
      // Outside a runner the action stops at its first input (no token): load + one failed input read.
      cold.indexLoad.push(...(await timed('index.js load', [bundles.index], { runs: 1, env: noRunner, expectCode: 1 })));
    }
  }
  bare = stats(cold.bare.map((r) => r.ms));
  row('baseline', 'bare `node -e 0` start', { s: bare, mem: mib(peak(cold.bare)) });

  // --- 1: intake end to end --------------------------------------------------------------------------
  let intakeSmall = null;
  if (!SKIP.has('intake')) {
    log(`intake: ${R.intake} rounds (plain + probed) against the loopback fake GitHub`);
    const intake = await measureIntake(bundles.index, { runs: R.intake, emptyModule });
    if (!intake.ok) {
      row('1 intake', 'issues.opened → PR + comments', { note: `FAILED: ${intake.detail}`, pass: false, target: '≤ 3× node' });
    } else {
      intakeSmall = stats(intake.samples.map((r) => r.ms));
      const s = intakeSmall;
      const p = (key) => stats(intake.probes.map((x) => x[key]));
      const inFlight = p('inFlightMs');
      const active = p('activeMs');
      const idle = stats(intake.probes.map((x) => Math.max(0, (x.idleMs ?? 0) - x.inFlightMs)));
      const load = p('loadMs');
      const probedWall = stats(intake.probes.map((x) => x.ms));
      const loaded = intake.probes[0];
      row('1 intake', `issues.opened → PR + 2 comments: wall`, { s, mem: mib(peak(intake.samples)), note: `${intake.requests} API requests (counted by the fake server)` });
      row('1 intake', 'API requests, accepted new issue', {
        s: { median: intake.requests, min: intake.requests, max: intake.requests, n: 1 },
        unit: 'requests',
        ratio: false,
        target: '≤ 9',
        pass: intake.requests <= 9,
        note: `requests seen in the process (node:http and fetch): ${loaded?.requests ?? '?'}`,
      });
      // Own overhead: wall time minus the time the requests were in flight (server and network included).
      const own = stats(intake.samples.map((r) => r.ms - inFlight.median));
      row('1 intake', 'own overhead = wall − requests in flight', { s: own, target: '≤ 3× node', pass: ratio(own.median) <= 3, note: `in flight: median ${inFlight.median?.toFixed(0)} ms (probed runs)` });
      const phase = (name, st, note) => row('1 intake', `  phase: ${name}`, { s: st, note });
      phase('start: bare `node -e 0` (this run)', bare, 'process creation + Node bootstrap + exit: the floor');
      phase('start in the intake process', p('preloadAt'), 'time origin → the preload runs (Node bootstrap)');
      phase('load (bundle → event wacrg:loaded)', load, 'from the preload to the end of the entry module’s import');
      phase('JavaScript after load', active, 'event loop active: event, ingest, request building, response parsing, outputs');
      phase('requests in flight', inFlight, `union of ${loaded?.requests ?? '?'} requests, call → response headers`);
      phase('idle, no request in flight', idle, 'event loop waiting (timers, file I/O) while no request is out');
      const rest = stats(intake.probes.map((x) => x.ms - x.exitAt));
      phase('rest: spawn and exit, seen from the harness', rest, `probed wall ${probedWall.median?.toFixed(0)} ms minus the child's time origin → exit`);
      if (loaded) {
        row('1 intake', 'bundle bytes loaded by the intake', {
          s: { median: loaded.bytes / 1024, min: loaded.bytes / 1024, max: loaded.bytes / 1024, n: 1 },
          unit: 'KiB',
          ratio: false,
          note: `${loaded.files.length} files: ${loaded.files.map((f) => f.path.split('/').pop()).join(', ')}`.slice(0, 300),
        });
      }
      row('1 intake', 'harness floor: same harness, empty module', { s: stats(intake.floor.map((r) => r.ms)), mem: mib(peak(intake.floor)), note: 'included in the wall above' });
      log(`intake with an empty compile cache: ${R.intake} runs`);
      const cold = await measureIntakeColdCache(bundles.index, { runs: R.intake, scratch: work });
      if (cold.ok) {
        const coldOwn = stats(cold.samples.map((r) => r.ms - inFlight.median));
        row('1 intake', 'own overhead, empty compile cache (a GitHub-hosted runner)', { s: coldOwn, note: `wall median ${stats(cold.samples.map((r) => r.ms)).median?.toFixed(0)} ms; the bundle compiled from source, no code cache read or made` });
      } else {
        row('1 intake', 'own overhead, empty compile cache (a GitHub-hosted runner)', { note: `FAILED: ${cold.detail}` });
      }
    }
  }

  // --- 2: CLI cold start on this repository ---------------------------------------------------------
  if (!SKIP.has('cli')) {
    const v = stats(cold.validate.map((r) => r.ms));
    row('2 cli', '`wacrg validate` on this repository', { s: v, mem: mib(peak(cold.validate)), target: '≤ 2× node', pass: ratio(v.median) <= 2 });
    row('2 cli', '`wacrg coverage` on this repository', { s: stats(cold.coverage.map((r) => r.ms)), mem: mib(peak(cold.coverage)) });
  }

  // --- 3: scale --------------------------------------------------------------------------------------
  const scale = {};
  if (!SKIP.has('scale')) {
    const corpora = [
      { key: 'c1k', label: '1,000 captures', captures: 1_000, stanzas: 0, runs: R.small },
      { key: 'c10k', label: '10,000 captures', captures: 10_000, stanzas: 0, runs: R.large },
      ...(R.huge > 0 ? [{ key: 'c100k', label: '100,000 captures', captures: 100_000, stanzas: 0, runs: R.huge }] : []),
      { key: 's100', label: '100 stanza files', captures: 0, stanzas: 100, runs: R.small },
      { key: 's1k', label: '1,000 stanza files', captures: 0, stanzas: 1_000, runs: R.large },
    ];
    for (const c of corpora) {
      const dir = join(work, c.key);
      const t0 = Date.now();
      const g = await generateCorpus(dir, { captures: c.captures, stanzas: c.stanzas, seed: 0x5eed });
      log(`scale: ${c.label} generated in ${((Date.now() - t0) / 1000).toFixed(1)} s (${(g.bytes / 2 ** 20).toFixed(1)} MiB), ${c.runs} run(s) each of validate and coverage`);
      const validate = await validateAgainstAjvCli(c, dir);
      if (c.key === 'c10k' && intakeSmall && !SKIP.has('intake')) await intakeAtScale(c, dir, intakeSmall);
      const coverage = await timed(`coverage ${c.label}`, [bundles.cli, 'coverage', '--root', dir], { runs: c.runs });
      const vs = stats(validate.map((r) => r.ms));
      const cs = stats(coverage.map((r) => r.ms));
      // validate + coverage as one figure: the sum of the two runs of the same round.
      const sum = stats(validate.map((r, i) => r.ms + (coverage[i]?.ms ?? NaN)));
      const memMax = Math.max(peak(validate) ?? 0, peak(coverage) ?? 0);
      scale[c.key] = { validate: vs, coverage: cs, sum, peakMiB: mib(memMax), bytes: g.bytes };
      const memTarget = c.key === 'c100k' ? { target: 'peak ≤ 300 MiB', pass: mib(peak(validate)) <= 300 } : {};
      row('3 scale', `validate, ${c.label}`, { s: vs, mem: mib(peak(validate)), ...memTarget });
      row('3 scale', `coverage, ${c.label}`, { s: cs, mem: mib(peak(coverage)) });
      const target = c.key === 'c10k' ? { target: '≤ 2000 ms', pass: sum.median <= 2000 } : {};
      row('3 scale', `validate + coverage, ${c.label}`, { s: sum, mem: mib(memMax), ...target });
      if (!KEEP) await rm(dir, { recursive: true, force: true });
    }
    // Growth per ×10 data: the data-dependent time (this run's time on the corpus minus the same two
    // commands on this repository, i.e. minus start-up, module load and the 25 base files).
    const base = cold.validate.length ? stats(cold.validate.map((r, i) => r.ms + (cold.coverage[i]?.ms ?? NaN))).median : 0;
    const growth = (small, large, label) => {
      if (!scale[small] || !scale[large]) return;
      const a = scale[small].sum.median - base;
      const b = scale[large].sum.median - base;
      const r = b / a;
      row('3 scale', `growth ×10 ${label} (net of start-up)`, {
        s: { median: r, min: null, max: null, n: 1 },
        unit: '×',
        ratio: false,
        target: '≤ 11.5× (1.15× linear)',
        pass: r <= 11.5,
        note: `exponent ${Math.log10(r).toFixed(2)}; raw ${(scale[large].sum.median / scale[small].sum.median).toFixed(1)}×`,
      });
    };
    growth('c1k', 'c10k', 'captures 1k → 10k');
    growth('c10k', 'c100k', 'captures 10k → 100k');
    growth('s100', 's1k', 'stanzas 100 → 1k');
  }

  // --- 4: scanner ------------------------------------------------------------------------------------
  if (!SKIP.has('scanner')) {
    log(`scanner: bundling src/sanitize/scan.ts, ${R.scanner} runs per input`);
    const scanner = await bundleScanner();
    try {
      const r = await runNode([fileURLToPath(new URL('./scanner.mjs', import.meta.url)), scanner.file, String(R.scanner)]);
      if (r.code !== 0) throw new Error(`scanner benchmark failed: ${r.stderr.split('\n').slice(0, 5).join('\n')}`);
      const out = JSON.parse(r.stdout);
      const real = out.realistic;
      row('4 scanner', `realistic ${(real.bytes / 1024).toFixed(0)} KiB body, throughput`, {
        s: real.mbPerS,
        unit: 'MB/s',
        target: '≥ 20 MB/s',
        pass: real.mbPerS.median >= 20,
        note: `${real.ms.median.toFixed(1)} ms per body warm, ${real.coldMs.toFixed(1)} ms first call; findings ${real.findings.join('/')}`,
      });
      for (const [name, a] of Object.entries(out.adversarial)) {
        row('4 scanner', `adversarial 64 KiB: ${name}`, { s: a.ms, unit: 'ms', ratio: false, target: '≤ 50 ms', pass: a.ms.median <= 50, note: `first call ${a.first.toFixed(1)} ms` });
      }
    } finally {
      await scanner.remove();
    }
  }
  // Recall and false positives of the scanner (bench/scanner-quality.mjs, i12).
  if (!SKIP.has('scanner')) {
    const q = await runNode([fileURLToPath(new URL('./scanner-quality.mjs', import.meta.url))]);
    if (q.code !== 0) throw new Error(`scanner quality failed: ${q.stderr.split('\n').slice(0, 5).join('\n')}`);
    const { recall, precision } = JSON.parse(q.stdout);
    const kinds = Object.values(recall.perKind);
    row('4 scanner', `recall: generated leak corpus (${kinds.length} kinds × 5 fields × 4 layers × variants)`, { s: { median: 100 * recall.rate, min: 100 * recall.rate, max: 100 * recall.rate, n: 1 }, unit: '% blocked', ratio: false, target: '100%, 0 echoed', pass: recall.blocked === recall.cases && recall.echoes === 0, note: `${recall.blocked}/${recall.cases} blocked, ${recall.echoes} echoed; per kind ${Object.entries(recall.perKind).map(([k, v]) => `${k} ${v.blocked}/${v.cases}`).join(', ')}` });
    row('4 scanner', `false positives: benign technical prose (${precision.lines} lines)`, { s: { median: precision.falsePositives, min: precision.falsePositives, max: precision.falsePositives, n: 1 }, unit: 'blocking', ratio: false, target: '0', pass: precision.falsePositives === 0, note: `rate ${(precision.ratePerLine * 1000).toFixed(1)} per 1,000 lines; ${precision.warnings} warning(s)` });
  }

  // --- 5: bundle -------------------------------------------------------------------------------------
  if (!SKIP.has('bundle')) {
    for (const [name, file, samples, args, env, code] of [
      ['dist/index.js', bundles.index, cold.indexLoad, [bundles.index], noRunner, 1],
      ['dist/cli.js', bundles.cli, cold.cliHelp, [bundles.cli, '--help'], process.env, 0],
      ['dist/cli.js validate', bundles.cli, null, [bundles.cli, 'validate'], process.env, 0],
    ]) {
      // What the run really loads (bench/probe.mjs records every module file), not what dist/ holds.
      const probed = await runNode(args, { env, probe: true });
      if (probed.code !== code || !probed.probe) throw new Error(`${name}: probed run exited ${probed.code}`);
      const kib = probed.probe.bytes / 1024;
      const { bytes: all } = await distBytes(dirname(resolve(file)));
      row('5 bundle', `${name}: bytes loaded on a run${name === 'dist/index.js' ? ' outside a runner (exits at the token input)' : ''}`, {
        s: { median: kib, min: kib, max: kib, n: 1 },
        unit: 'KiB',
        ratio: false,
        note: `${probed.probe.files.length} file(s); dist/ holds ${(all / 1024).toFixed(0)} KiB in all`,
      });
      if (!samples) continue;
      const s = stats(samples.map((r) => r.ms));
      const load = s.median - bare.median;
      row('5 bundle', `${name} load in a fresh process${name.includes('cli') ? ' (--help)' : ' (no inputs: exits at once)'}`, {
        s,
        mem: mib(peak(samples)),
        note: `load ≈ ${load.toFixed(0)} ms over bare node`,
      });
    }
  }
} finally {
  if (KEEP) log(`corpora kept under ${work}`);
  else await rm(work, { recursive: true, force: true });
  await bundles.remove();
  await cleanupScratch();
}

for (const r of rows) if (r.ratioToNode === null) r.ratioToNode = ratio(r.median);

// --- the table ---------------------------------------------------------------------------------------
const fmt = (v, unit) => {
  if (v == null) return '';
  if (unit === 'ms') return v >= 100 ? v.toFixed(0) : v.toFixed(1);
  if (unit === '×') return v.toFixed(2);
  if (unit === 'KiB' || unit === 'requests') return v.toFixed(0);
  return v.toFixed(1);
};
const header = ['#', 'measure', 'median', 'min', 'max', 'unit', '× node', 'peak MiB', 'target', 'result', 'note'];
const lines = rows.map((r) => [
  r.group,
  r.name,
  fmt(r.median, r.unit),
  fmt(r.min, r.unit),
  fmt(r.max, r.unit),
  r.unit,
  r.ratioToNode == null ? '' : `${r.ratioToNode.toFixed(2)}×`,
  r.peakMiB == null ? '' : r.peakMiB.toFixed(0),
  r.target,
  r.pass == null ? '' : r.pass ? 'pass' : 'FAIL',
  r.note,
]);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
const right = new Set([2, 3, 4, 6, 7]);
const render = (cells) => cells.map((c, i) => (right.has(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join(' | ').trimEnd();
const table = [
  `wacrg benchmarks: node ${meta.node}, ${meta.cpus} CPU (${meta.cpuModel}), ${meta.memoryGiB} GiB; bundles: ${meta.bundles}${QUICK ? '; QUICK run' : ''}`,
  `each figure: median of n runs (min, max); × node = median / median bare \`node -e 0\` of this run; memory: ${meta.memoryMethod}`,
  '',
  render(header),
  widths.map((w) => '-'.repeat(w)).join('-|-'),
  ...lines.map(render),
  '',
  `${rows.filter((r) => r.pass === true).length} pass, ${rows.filter((r) => r.pass === false).length} fail; total ${((Date.now() - started) / 1000).toFixed(0)} s`,
].join('\n');
process.stdout.write(`${table}\n`);
await writeFile(RESULTS, `${JSON.stringify({ meta: { ...meta, totalSeconds: (Date.now() - started) / 1000 }, rows }, null, 2)}\n`);
log(`wrote ${RESULTS}`);

/** Bytes of every script of a dist/ directory (entries, bundles and the libraries beside them). */
async function distBytes(dir) {
  const { readdir, stat } = await import('node:fs/promises');
  let bytes = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && /\.c?js$/.test(e.name)) bytes += (await stat(join(e.parentPath, e.name))).size;
  }
  return { bytes };
}
