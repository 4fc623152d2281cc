// Preloaded (`node --import bench/probe.mjs …`) into a measured run: where the run's time goes and what
// it loads, written as JSON to $WACRG_BENCH_PROBE_FILE when the process exits. Not part of the product.
//
// - files: every module file the run loads (ESM and CommonJS, through module.registerHooks), and every
//   script file it reads with fs.readFileSync (the bundles, src/boot/load-bundle.ts), with their
//   bytes: what the run actually reads, not what dist/ contains.
// - loadMs: from this preload (Node's bootstrap done) to the product's `process.emit('wacrg:loaded')`
//   (its entry module has imported the code it runs).
// - requests: each request's start and end (response headers received), ms since the time origin;
//   inFlightMs is their union. The product sends its requests with node:http's `request` (its
//   transport, src/github/transport.ts; the bench's GitHub is plain http on loopback) and, behind a
//   proxy, with fetch(): both are wrapped. node:https is not wrapped (loading it here would add TLS
//   set-up to every probed run).
// - activeMs / idleMs: event-loop utilisation between the mark and exit (Node's own accounting: idle =
//   waiting in the poll phase for I/O or timers, active = running JavaScript and callbacks).
import { statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const out = process.env.WACRG_BENCH_PROBE_FILE;
const preloadAt = performance.now();
const urls = new Set();
module.registerHooks?.({
  load(url, context, nextLoad) {
    if (url.startsWith('file:')) urls.add(url);
    return nextLoad(url, context);
  },
});
// The bundles themselves are not loaded as modules: src/boot/load-bundle.ts reads them with
// fs.readFileSync and runs them as scripts (with a code cache). Count the script files read so.
const fs = process.getBuiltinModule('node:fs');
const readFileSync = fs.readFileSync;
fs.readFileSync = function (path, ...rest) {
  if (typeof path === 'string' && /\.c?js$/.test(path)) urls.add(pathToFileURL(path).href);
  return readFileSync.call(this, path, ...rest);
};

let loadedAt = null;
let eluAtLoad = null;
process.once('wacrg:loaded', () => {
  loadedAt = performance.now();
  eluAtLoad = performance.eventLoopUtilization();
});

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

const http = process.getBuiltinModule('node:http');
const realRequest = http.request;
http.request = function request(...args) {
  const entry = { method: 'GET', start: performance.now(), end: null };
  requests.push(entry);
  const req = realRequest.apply(this, args);
  entry.method = req.method;
  req.once('response', () => (entry.end = performance.now()));
  req.once('close', () => (entry.end ??= performance.now()));
  return req;
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
