// How long a first visit takes to save the offline copy down a weak mobile link, and what an update and
// the first search cost once it is saved. The link (tests/helpers/throttled-link.ts) slows the service
// worker's requests too; the page's CPU is 4× slower. Times go here, in the bench, never in a test.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { urgentCore } from '../../src/build-steps/service-worker/urgent-core.ts';
import { inUrgentCore } from '../../src/service-worker/save-plan.ts';
import { ThrottledLink, WEAK_SIGNAL, type Sent } from '../helpers/throttled-link.ts';
import { CPU_SLOWDOWN, timeSearchesOn, type SearchTiming } from './search-timing.ts';

/** The guide the update changes. */
const UPDATED_GUIDE = 'guides/three-random-words/index.html';

export interface OfflineSave {
  /** Files in the offline copy (sw.js's precache manifest). */
  precacheFiles: number;
  /** First visit to the last file of the offline copy off the link. */
  everythingMs: number;
  /** First visit to the last file of the urgent core off the link. */
  coreMs: number;
  coreFiles: number;
  /** First visit to the footer saying "Available offline". */
  readyMs: number;
  /** Everything the first visit took off the link, the page's own files included. */
  files: number;
  kib: number;
  /** Files the worker asked for more than once (a save should fetch each file once). */
  fetchedTwice: number;
  /** An update that changes one guide: what it downloads, and how long until the new version is ready. */
  update: { files: number; kib: number; ms: number; paths: string[] };
  /** The search page opened from the saved copy, then Enter to results with the CPU 4× slower. */
  searchAfterSaved: SearchTiming;
}

const toKiB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** The URLs of the precache manifest workbox-build wrote into sw.js. */
export function precacheURLs(dir: string): string[] {
  const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
  return [...worker.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
}

/** When the link finished sending each of `paths` the first time; NaN when one never went. */
function lastDone(sent: Sent[], paths: string[]): number {
  const first = new Map<string, number>();
  for (const s of sent) if (!first.has(s.path)) first.set(s.path, s.doneMs);
  return Math.max(...paths.map((p) => first.get(p) ?? Number.NaN));
}

/**
 * Changes one guide as a new build would: new bytes, and in sw.js its new revision and integrity (the
 * manifest entry as workbox-build and our integrity transform write it).
 */
function changeOneGuide(dir: string): void {
  const file = join(dir, UPDATED_GUIDE);
  const html = readFileSync(file, 'utf8').replace('</main>', '<p>Updated for the bench.</p></main>');
  writeFileSync(file, html);
  const revision = createHash('md5').update(html).digest('hex');
  const integrity = `sha384-${createHash('sha384').update(html).digest('base64')}`;
  const workerFile = join(dir, 'sw.js');
  const worker = readFileSync(workerFile, 'utf8');
  const entry = new RegExp(`\\{[^{}]*"url":"/${UPDATED_GUIDE.replace(/[/.]/g, '\\$&')}"[^{}]*\\}`);
  const old = entry.exec(worker)?.[0];
  if (!old) throw new Error(`sw.js has no precache entry for /${UPDATED_GUIDE}`);
  const updated = old
    .replace(/"revision":"[^"]*"/, `"revision":"${revision}"`)
    .replace(/"integrity":"[^"]*"/, `"integrity":"${integrity}"`);
  writeFileSync(workerFile, worker.replace(old, updated));
}

const footerSays = (page: Page, start: string) =>
  page.waitForFunction((text) => document.getElementById('offline-status')?.textContent?.startsWith(text), start, {
    timeout: 300_000,
    polling: 100,
  });

/** Asks for a new version and waits until it has installed (or failed to). */
const installUpdate = (page: Page) =>
  page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    await registration.update();
    const incoming = registration.installing;
    if (!incoming) return;
    await new Promise<void>((done) => {
      const settled = () => incoming.state === 'installed' || incoming.state === 'redundant';
      if (settled()) done();
      else incoming.addEventListener('statechange', () => settled() && done());
    });
  });

/** The first visit, an update and the first search, on a copy of the built site at `dir`. */
export async function measureOfflineSave(browser: Browser, dir: string): Promise<OfflineSave> {
  const work = mkdtempSync(join(tmpdir(), 'cyber-guide-offline-save-'));
  const site = join(work, 'dist');
  cpSync(dir, site, { recursive: true });
  const link = await new ThrottledLink(site, WEAK_SIGNAL).start();
  const context = await browser.newContext();
  try {
    const manifest = precacheURLs(site);
    const core = urgentCore(site, '/');
    const corePaths = manifest.filter((url) => inUrgentCore(url, '/', core));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    link.restartClock();
    await page.goto(link.url('/'));
    await footerSays(page, 'Available offline');
    const readyMs = link.now();
    const firstVisit = [...link.sent];
    const inCopy = new Set(manifest);
    const workerFetches = firstVisit.filter((s) => s.dest === 'empty' && inCopy.has(s.path)).map((s) => s.path);

    // The reader has touched the page, so the update waits for "Reload" instead of reloading it.
    await page.keyboard.press('Shift');
    changeOneGuide(site);
    link.restartClock();
    await installUpdate(page);
    const update = {
      files: link.sent.length,
      kib: toKiB(link.sent.reduce((n, s) => n + s.bytes, 0)),
      ms: Math.round(link.now()),
      paths: link.sent.map((s) => s.path),
    };

    await page.goto(link.url('/search/'));
    await footerSays(page, 'Available offline');
    // Whatever the page starts by itself (Pagefind, once saved) has finished: the search box is used once
    // the page has loaded nothing for half a second and is idle, as a person who reads it and types would.
    // One idle callback alone came while Pagefind was still starting, and the search then waited for it.
    await page.evaluate(
      () =>
        new Promise((done) => {
          let seen = -1;
          const settled = setInterval(() => {
            const now = performance.getEntriesByType('resource').length;
            if (now !== seen) seen = now;
            else {
              clearInterval(settled);
              requestIdleCallback(done, { timeout: 5000 });
            }
          }, 500);
        }),
    );
    const searchAfterSaved = await timeSearchesOn(page);

    return {
      precacheFiles: manifest.length,
      everythingMs: Math.round(lastDone(firstVisit, manifest)),
      coreMs: Math.round(lastDone(firstVisit, corePaths)),
      coreFiles: corePaths.length,
      readyMs: Math.round(readyMs),
      files: firstVisit.length,
      kib: toKiB(firstVisit.reduce((n, s) => n + s.bytes, 0)),
      fetchedTwice: workerFetches.length - new Set(workerFetches).size,
      update,
      searchAfterSaved,
    };
  } finally {
    await context.close();
    await link.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
