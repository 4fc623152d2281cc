// `npm run docs:check`: the built site as a reader sees it, in headless Chromium with no network.
// For every page, desktop and 390 px wide:
//   - no request leaves the site and none fails; no script error;
//   - every Mermaid block became an SVG (and not Mermaid's "Syntax error" picture);
//   - the page never scrolls sideways;
// and on the generated reference pages (spec/) at 390 px:
//   - a table wider than the screen sits in a scroll container that fits the screen and shows the
//     start of its description column;
//   - every fact row carries a confidence badge, and there is one fact row per fact of the spec.
// Exit 1 with one line per problem. Run `mkdocs build --strict` first.
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { DESKTOP, launch, offlinePage, PHONE, ROOT, serveSite, SITE } from './docs-browser.mjs';

const CONFIDENCES = ['confirmed', 'probable', 'speculative', 'unknown'];

async function pages() {
  const entries = await readdir(SITE, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => relative(SITE, join(e.parentPath, e.name)).split(sep).join('/').replace(/index\.html$/, ''))
    .sort();
}

/** Facts of the spec as `wacrg coverage` counts them (every attribute and child of every stanza). */
function expectedFacts() {
  const out = execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'coverage', '--root', ROOT, '--json'], { encoding: 'utf8' });
  return JSON.parse(out).overall.total;
}

async function checkPage(page, path, html, viewport) {
  const problems = [];
  const diagrams = (html.match(/<pre class="mermaid"/g) ?? []).length;
  if (diagrams > 0) {
    try {
      await page.waitForFunction((n) => window.__wacrgShadowRoots.filter((r) => r.querySelector('svg') !== null).length >= n, { timeout: 15000 }, diagrams);
    } catch {
      problems.push(`Mermaid: fewer than ${diagrams} diagram(s) became an SVG`);
    }
    const bad = await page.evaluate(() => window.__wacrgShadowRoots.filter((r) => /Syntax error/i.test(r.textContent ?? '')).length);
    if (bad > 0) problems.push(`Mermaid: ${bad} diagram(s) rendered as a syntax error`);
    const left = await page.evaluate(() => document.querySelectorAll('pre.mermaid').length);
    if (left > 0) problems.push(`Mermaid: ${left} block(s) still shown as source`);
  }
  const sideways = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
  if (sideways > 1) problems.push(`the page scrolls sideways by ${sideways} px`);
  if (!path.startsWith('spec/')) return { problems, facts: 0 };

  const result = await page.evaluate((confidences, phone) => {
    const found = [];
    const width = window.innerWidth;
    if (phone) {
      document.querySelectorAll('article table').forEach((table, t) => {
        const box = table.getBoundingClientRect();
        if (box.right <= width + 1) return;
        let scroller = table.parentElement;
        while (scroller !== null && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
        if (scroller === null || scroller.getBoundingClientRect().right > width + 1) {
          found.push(`table ${t + 1} is ${Math.round(box.width)} px wide and overflows the screen outside a scroll container`);
          return;
        }
        const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim().toLowerCase());
        const column = headers.findIndex((h) => h.includes('description'));
        if (column < 0) return;
        const cell = table.querySelector(`tbody tr td:nth-child(${column + 1})`);
        const visibleUntil = scroller.getBoundingClientRect().right;
        if (cell !== null && cell.getBoundingClientRect().left > visibleUntil - 120) {
          found.push(`table ${t + 1}: its description column starts off-screen (scroll needed to read it)`);
        }
      });
    }
    let facts = 0;
    document.querySelectorAll('article tr').forEach((row) => {
      const fact = row.querySelector('.fact');
      if (fact === null) return;
      facts += 1;
      const badge = row.querySelector('.conf');
      const word = badge?.textContent.trim().split(/\s+/).pop();
      if (badge === null || !confidences.includes(word)) found.push(`fact row ${fact.textContent.trim()} has no confidence badge`);
    });
    return { found, facts };
  }, CONFIDENCES, viewport === PHONE);
  problems.push(...result.found);
  return { problems, facts: result.facts };
}

async function main() {
  const started = Date.now();
  const server = await serveSite();
  const { browser, close } = await launch();
  const failures = [];
  let factRows = 0;
  let checked = 0;
  try {
    const list = await pages();
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, problems } = await offlinePage(browser, server.origin);
      await page.setViewport(viewport);
      for (const path of list) {
        problems.requests.length = 0;
        problems.scripts.length = 0;
        const html = await readFile(join(SITE, path, 'index.html'), 'utf8');
        await page.goto(`${server.origin}/${path}`, { waitUntil: 'load', timeout: 30000 });
        const result = await checkPage(page, path, html, viewport);
        if (viewport === DESKTOP && path.startsWith('spec/stanzas/')) factRows += result.facts;
        const where = `/${path} at ${viewport.width} px`;
        for (const p of [...problems.requests, ...problems.scripts, ...result.problems]) failures.push(`${where}: ${p}`);
        checked += 1;
      }
      await page.close();
    }
    const facts = expectedFacts();
    if (factRows !== facts) failures.push(`${factRows} fact rows on the stanza pages, but the spec has ${facts} facts`);
  } finally {
    await close();
    await server.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failures.length > 0) {
    for (const f of failures) console.error(f);
    console.error(`docs check: ${failures.length} problem(s) in ${checked} page loads (${seconds} s)`);
    process.exitCode = 1;
    return;
  }
  console.log(`docs check: ${checked} page loads (desktop and 390 px), offline, no failed request, no script error, every diagram an SVG, ${factRows} fact rows with a badge (${seconds} s)`);
}

await main();
