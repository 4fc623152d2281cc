// `npm run docs:shots`: full-page screenshots of the built site for reviewers, desktop and 390 px
// (and the stanza page in dark mode), written to docs-shots/ (gitignored, never committed).
// Same offline browser as `npm run docs:check`; build the site first with `mkdocs build --strict`.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DESKTOP, launch, offlinePage, PHONE, ROOT, serveSite } from './docs-browser.mjs';

const OUT = join(ROOT, 'docs-shots');
const PAGES = [
  ['home', ''],
  ['stanza', 'spec/stanzas/call-offer/'],
  ['flow', 'spec/flows/incoming-audio-call/'],
  ['coverage', 'spec/coverage/'],
];

const server = await serveSite();
const { browser, close } = await launch();
await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const written = [];
try {
  const shots = [
    ...PAGES.flatMap(([name, path]) => [
      [name, path, DESKTOP, 'light', `${name}-desktop.png`],
      [name, path, PHONE, 'light', `${name}-390.png`],
    ]),
    ['stanza', 'spec/stanzas/call-offer/', DESKTOP, 'dark', 'stanza-desktop-dark.png'],
    ['flow', 'spec/flows/incoming-audio-call/', PHONE, 'dark', 'flow-390-dark.png'],
  ];
  for (const [, path, viewport, scheme, file] of shots) {
    const { page, problems } = await offlinePage(browser, server.origin);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.setViewport(viewport);
    await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('pre.mermaid').length === 0, { timeout: 15000 }).catch(() => undefined);
    await page.screenshot({ path: join(OUT, file), fullPage: true });
    for (const p of [...problems.requests, ...problems.scripts]) console.error(`${file}: ${p}`);
    written.push(file);
    await page.close();
  }
} finally {
  await close();
  await server.close();
}
console.log(`docs-shots/: ${written.join(', ')}`);
