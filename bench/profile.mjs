// Summarises a V8 CPU profile (`node --cpu-prof`): self time per function and per source file, as a
// share of the sampled time. `node bench/profile.mjs <file.cpuprofile> [top=25] [filter-substring]`
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @returns {{ totalMs: number; totals: { name: string; where: string; totalMs: number; share: number }[]; functions: { name: string; where: string; selfMs: number; share: number }[]; files: { file: string; selfMs: number; share: number }[] }} */
export function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0)));
  const fn = new Map();
  const file = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const node = byId.get(id);
    const cf = node.callFrame;
    const url = cf.url ? cf.url.replace(/^file:\/\//, '') : `(${cf.functionName || 'native'})`;
    const key = `${cf.functionName || '(anonymous)'}\u0000${url}:${cf.lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    file.set(url, (file.get(url) ?? 0) + us);
    total += us;
  }
  const functions = [...fn]
    .map(([k, us]) => {
      const [name, where] = k.split('\u0000');
      return { name, where, selfMs: us / 1000, share: us / total };
    })
    .sort((a, b) => b.selfMs - a.selfMs);
  // Inclusive ("total") time: each sample counts once for every distinct function on its stack.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const cf = byId.get(at).callFrame;
      const key = `${cf.functionName || '(anonymous)'}\u0000${cf.url ? cf.url.replace(/^file:\/\//, '') : ''}:${cf.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (deltas[i] ?? 0));
    }
  });
  const totals = [...inclusive]
    .map(([k, us]) => {
      const [name, where] = k.split('\u0000');
      return { name, where, totalMs: us / 1000, share: us / total };
    })
    .sort((a, b) => b.totalMs - a.totalMs);
  const files = [...file].map(([f, us]) => ({ file: f, selfMs: us / 1000, share: us / total })).sort((a, b) => b.selfMs - a.selfMs);
  return { totalMs: total / 1000, functions, files, totals };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [path, top = '25', filter = ''] = process.argv.slice(2);
  const s = summarise(JSON.parse(readFileSync(path, 'utf8')));
  const pct = (x) => `${(x * 100).toFixed(1).padStart(5)}%`;
  console.log(`sampled ${s.totalMs.toFixed(0)} ms\n\nby file (self):`);
  for (const f of s.files.slice(0, 12)) console.log(`${pct(f.share)} ${f.selfMs.toFixed(1).padStart(8)} ms  ${f.file}`);
  console.log('\nby function (total, callees included):');
  for (const f of s.totals.filter((x) => x.where.includes(filter)).slice(0, Number(top))) {
    console.log(`${pct(f.share)} ${f.totalMs.toFixed(1).padStart(8)} ms  ${f.name}  ${f.where}`);
  }
  console.log('\nby function (self):');
  for (const f of s.functions.filter((x) => x.where.includes(filter)).slice(0, Number(top))) {
    console.log(`${pct(f.share)} ${f.selfMs.toFixed(1).padStart(8)} ms  ${f.name}  ${f.where}`);
  }
}
