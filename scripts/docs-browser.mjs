// Shared by `npm run docs:check` and `npm run docs:shots`: serves the built site (site/, from
// `mkdocs build --strict`) on loopback and drives Debian's headless Chromium with puppeteer-core (no
// browser download). Every request that leaves the loopback server is aborted and recorded, so a page
// that needs a CDN fails the check exactly as it would for a reader offline.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import puppeteer from 'puppeteer-core';

export const ROOT = join(import.meta.dirname, '..');
export const SITE = join(ROOT, 'site');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** The viewports of the check and the screenshots: a desktop and a phone (CSS pixels). */
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/** A static server of site/ on 127.0.0.1 (random port); `/x/` serves `x/index.html`. */
export async function serveSite() {
  await stat(join(SITE, 'index.html')).catch(() => {
    throw new Error('site/index.html is missing: build the site first with `mkdocs build --strict`.');
  });
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(SITE, path));
    if (!file.startsWith(SITE + sep) && file !== SITE) {
      res.writeHead(403).end();
      return;
    }
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no server address');
  return { origin: `http://127.0.0.1:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}

/** Debian's Chromium, headless, with a fresh profile and nothing that phones home. */
export async function launch() {
  const profile = await mkdtemp(join(tmpdir(), 'wacrg-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A page that may only talk to `origin`: everything else is aborted and listed in `problems.requests`.
 * Script errors (uncaught exceptions and console errors) go to `problems.scripts`. The theme renders
 * each Mermaid diagram into a closed shadow root; the page keeps a list of the roots it attaches so
 * the check can look inside them.
 */
export async function offlinePage(browser, origin) {
  const page = await browser.newPage();
  const problems = { requests: [], scripts: [] };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) void request.continue();
    else {
      problems.requests.push(`blocked (not on the site): ${url}`);
      void request.abort('blockedbyclient');
    }
  });
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(`${origin}/`)) problems.requests.push(`failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.requests.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.scripts.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.scripts.push(`console error: ${message.text()}`);
  });
  await page.evaluateOnNewDocument(() => {
    const roots = [];
    Object.defineProperty(window, '__wacrgShadowRoots', { value: roots });
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    };
  });
  return { page, problems };
}
