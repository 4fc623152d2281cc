// Preloaded (`node --import bench/probe.mjs …`) into a measured run: where the run's time goes and what
// it loads, written as JSON to $WACRG_BENCH_PROBE_FILE when the process exits. Not part of the product.
//
// - files: every module file the run loads (ESM and CommonJS, through module.registerHooks) and their
//   bytes: what the run actually evaluates, not what the bundle contains.
// - loadMs: from this preload (Node's bootstrap done) to the product's `performance.mark('wacrg:loaded')`
//   (its entry module has imported the code it runs).
// - requests: each fetch() call's start and end (response headers received), ms since the time origin;
//   inFlightMs is their union.
// - activeMs / idleMs: event-loop utilisation between the mark and exit (Node's own accounting: idle =
//   waiting in the poll phase for I/O or timers, active = running JavaScript and callbacks).
import { statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const out = process.env.WACRG_BENCH_PROBE_FILE;
const preloadAt = performance.now();
const urls = new Set();
module.registerHooks?.({
  load(url, context, nextLoad) {
    if (url.startsWith('file:')) urls.add(url);
    return nextLoad(url, context);
  },
});

let loadedAt = null;
let eluAtLoad = null;
const mark = performance.mark.bind(performance);
performance.mark = (name, options) => {
  if (name === 'wacrg:loaded' && loadedAt === null) {
    loadedAt = performance.now();
    eluAtLoad = performance.eventLoopUtilization();
  }
  return mark(name, options);
};

const requests = [];
const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const entry = { method: init?.method ?? 'GET', start: performance.now(), end: null };
  requests.push(entry);
  try {
    return await realFetch(input, init);
  } finally {
    entry.end = performance.now();
  }
};

process.on('exit', () => {
  if (!out) return;
  const exitAt = performance.now();
  const elu = eluAtLoad ? performance.eventLoopUtilization(performance.eventLoopUtilization(), eluAtLoad) : null;
  let inFlightMs = 0;
  let until = -Infinity;
  for (const r of [...requests].sort((a, b) => a.start - b.start)) {
    const end = r.end ?? exitAt;
    if (end <= until) continue;
    inFlightMs += end - Math.max(r.start, until);
    until = end;
  }
  const files = [...urls].map((url) => {
    const path = fileURLToPath(url);
    let bytes = 0;
    try {
      bytes = statSync(path).size;
    } catch {}
    return { path, bytes };
  });
  writeFileSync(
    out,
    JSON.stringify({
      preloadAt,
      loadedAt,
      exitAt,
      loadMs: loadedAt === null ? null : loadedAt - preloadAt,
      activeMs: elu?.active ?? null,
      idleMs: elu?.idle ?? null,
      inFlightMs,
      requests: requests.length,
      files,
      bytes: files.reduce((n, f) => n + f.bytes, 0),
    }),
  );
});
