// Scanner recall and precision, run in its own process: `node bench/scanner-quality.mjs`.
// Prints one JSON object. Recall: the generated leak corpus of test/sanitize/quality/recall.ts
// (every identifier and key kind × field × encoding layer × plain/glued/spaced/non-ASCII), scanned
// the way the intake scans a submission; a case counts as blocked when a blocking finding is
// reported, and as echoed when any finding holds a value or 4 characters of it. Precision: the
// benign technical prose of test/sanitize/quality/benign.md; every blocking finding there is a
// false positive. The sources are loaded as TypeScript (Node 24 strips the types).
import { readFile } from 'node:fs/promises';

const { recallCorpus, scanCase } = await import('../test/sanitize/quality/recall.ts');
const { scanText } = await import('../src/sanitize/scan.ts');

const echoed = (findings, secrets) => {
  const json = JSON.stringify(findings);
  return secrets.some((s) => {
    for (let i = 0; i + 4 <= s.length; i++) if (json.includes(s.slice(i, i + 4))) return true;
    return false;
  });
};

const cases = recallCorpus();
const perKind = {};
let blocked = 0;
let echoes = 0;
for (const c of cases) {
  const findings = scanCase(c);
  const ok = findings.some((f) => f.severity === 'block');
  const k = (perKind[c.kind] ??= { cases: 0, blocked: 0 });
  k.cases++;
  if (ok) {
    k.blocked++;
    blocked++;
  }
  if (echoed(findings, c.secrets)) echoes++;
}

const benign = await readFile(new URL('../test/sanitize/quality/benign.md', import.meta.url), 'utf8');
const findings = scanText('benign.md', benign);
const lines = benign.split('\n').length;
const falsePositives = findings.filter((f) => f.severity === 'block');

process.stdout.write(
  JSON.stringify({
    recall: { cases: cases.length, blocked, rate: blocked / cases.length, echoes, perKind },
    precision: {
      lines,
      bytes: Buffer.byteLength(benign),
      falsePositives: falsePositives.length,
      ratePerLine: falsePositives.length / lines,
      warnings: findings.length - falsePositives.length,
      rules: [...new Set(falsePositives.map((f) => f.rule))],
    },
  }),
);
