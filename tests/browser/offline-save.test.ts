// Saving the offline copy down a weak signal (issue #28): every file, the urgent core first, progress
// a screen reader hears, an interrupted save that resumes, and a cleared copy saved again. The link is
// slowed at the server (tests/helpers/throttled-link.ts), so the worker's requests are slow too. These
// assert what happens, never how long it takes: the times are in the bench (tests/bench/offline-save.ts).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { waitUntilOffline } from '../helpers/offline';
import { ThrottledLink, WEAK_SIGNAL } from '../helpers/throttled-link';
import { precacheURLs } from '../bench/offline-save';

const SLOW = 300_000;

let browser: Browser;
let dir: string;
let manifest: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  dir = inject('siteDir');
  manifest = precacheURLs(dir);
});
afterAll(async () => browser?.close());

/** A context that records every line the footer's live region is given. */
async function recordingContext(): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    addEventListener('DOMContentLoaded', () => {
      const status = document.getElementById('offline-status');
      const said: string[] = [];
      Object.assign(window, { said });
      if (status)
        new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
    });
  });
  return context;
}

/** nhsuk-frontend's green (#007f3b), as the browser reports a colour. */
const NHS_GREEN = 'rgb(0, 127, 59)';

const said = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said);

/**
 * Astro's scripts and styles, named after their bytes. The hosting configs let browsers keep them for
 * a year, and the worker, as Workbox's own install does, takes them from the browser's HTTP cache when
 * it holds them (the page or an earlier save loaded them): the cache gets them without a request.
 */
const isHashed = (path: string) => path.startsWith('/_astro/');

/** The offline copy's files that the worker took off the link (its fetches, not the page's own). */
const workerFetched = (link: ThrottledLink) => {
  const inCopy = new Set(manifest);
  return link.sent.filter((s) => s.dest === 'empty' && inCopy.has(s.path)).map((s) => s.path);
};

/**
 * The most of the worker's requests the server was answering at one time. Chromium lets a worker that is
 * still installing have only 3 in flight (its ThrottleInstallingServiceWorker feature); the save's 6
 * lanes run side by side only once the worker has activated.
 */
const mostInFlight = (link: ThrottledLink) => {
  const inCopy = new Set(manifest);
  const edges = link.sent
    .filter((s) => s.dest === 'empty' && inCopy.has(s.path))
    .flatMap((s) => [
      { at: s.startMs, step: 1 },
      { at: s.doneMs, step: -1 },
    ])
    .sort((a, b) => a.at - b.at || a.step - b.step);
  let now = 0;
  return Math.max(...edges.map(({ step }) => (now += step)));
};

/** What this copy's cache holds, as paths. */
const savedPaths = (page: Page) =>
  page.evaluate(async () => {
    const name = (await caches.keys()).find((n) => n.includes('-pages-'));
    if (!name) return [];
    return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
  });

/**
 * A first visit down the weak signal, left to save everything; `then` runs on that page, and the
 * context and the link close after, whatever happens.
 */
async function afterFirstSave(then: (page: Page, link: ThrottledLink) => Promise<void>): Promise<void> {
  const link = await new ThrottledLink(dir, WEAK_SIGNAL).start();
  const context = await recordingContext();
  try {
    const page = await context.newPage();
    await page.goto(link.url('/'));
    await waitUntilOffline(page);
    await then(page, link);
  } finally {
    await context.close();
    await link.stop();
  }
}

describe('saving the offline copy down a weak signal', () => {
  it(
    'saves every file once, shows how far it has got to screen readers a few times, and ends "Available offline"',
    async () => {
      const link = await new ThrottledLink(dir, WEAK_SIGNAL).start();
      const context = await recordingContext();
      try {
        const page = await context.newPage();
        await page.goto(link.url('/'));
        expect(await page.locator('#offline-status').getAttribute('aria-live')).toBe('polite');
        // While it saves, a bar in the guide's green (not the browser's default blue) shows how far.
        const bar = page.locator('#offline-progress');
        await expect.poll(() => bar.isVisible(), { timeout: SLOW, interval: 20 }).toBe(true);
        const shown = await bar.evaluate((el: HTMLProgressElement) => ({
          max: el.max,
          label: el.getAttribute('aria-label'),
          colour: getComputedStyle(el).accentColor,
        }));
        expect(shown).toEqual({ max: manifest.length, label: expect.stringMatching(/\w/), colour: NHS_GREEN });
        await waitUntilOffline(page);

        const fetched = workerFetched(link);
        expect(new Set(fetched).size).toBe(fetched.length);
        expect(mostInFlight(link)).toBeGreaterThan(3);
        // Nor does the page ask the server whether it answers, which would take a connection from the
        // save: the server has just sent the page and sw.js.
        expect(link.sent.filter((s) => s.method !== 'GET').map((s) => `${s.method} ${s.path}`)).toEqual([]);
        expect(new Set(await savedPaths(page))).toEqual(new Set(manifest));

        const lines = await said(page);
        const total = manifest.length;
        const saving = lines.filter((l) => new RegExp(`^Saving for offline: \\d+ of ${total} files`).test(l));
        expect(saving.length).toBeGreaterThan(0);
        // The urgent core is ready before the rest, and the count reaches the end.
        const coreAt = lines.findIndex((l) => l.startsWith('Urgent help is saved for offline'));
        expect(coreAt).toBeGreaterThan(-1);
        expect(lines.some((l) => l.includes(`${total} of ${total} files`))).toBe(true);
        expect(lines.at(-1)).toMatch(/^Available offline/);
        // A few lines, not one for each of the files.
        expect(lines.length).toBeLessThan(12);
        expect(await page.locator('#offline-progress').isHidden()).toBe(true);
      } finally {
        await context.close();
        await link.stop();
      }
    },
    SLOW,
  );

  it(
    'resumes a save cut off half way at the next visit, without fetching again what it had saved',
    async () => {
      const link = await new ThrottledLink(dir, WEAK_SIGNAL).start();
      const context = await recordingContext();
      try {
        const page = await context.newPage();
        await page.goto(link.url('/'));
        // The signal goes at about half way, and the tab is closed.
        await expect
          .poll(() => workerFetched(link).length, { timeout: SLOW, interval: 20 })
          .toBeGreaterThanOrEqual(manifest.length / 2);
        await link.stop();
        const firstVisit = new Set(workerFetched(link));
        await page.close();
        expect(firstVisit.size).toBeLessThan(manifest.length);

        await link.start();
        link.restartClock();
        const again = await context.newPage();
        await again.goto(link.url('/'));
        await waitUntilOffline(again);
        const secondVisit = workerFetched(link);
        expect(secondVisit.filter((path) => firstVisit.has(path))).toEqual([]);
        const fetched = new Set([...firstVisit, ...secondVisit]);
        expect(manifest.filter((path) => !fetched.has(path) && !isHashed(path))).toEqual([]);
        expect(new Set(await savedPaths(again))).toEqual(new Set(manifest));
        // A first save that goes on is still a first save: nothing was deleted.
        const lines = await said(again);
        expect(lines.some((l) => /^Saving for offline: \d+ of/.test(l))).toBe(true);
        expect(lines.filter((l) => l.includes('deleted'))).toEqual([]);
      } finally {
        await context.close();
        await link.stop();
      }
    },
    SLOW,
  );

  it(
    'says so when the device has cleared the saved files, and saves them again on the next visit online',
    () =>
      afterFirstSave(async (page, link) => {
        // Storage pressure: the browser deletes the saved files and leaves the worker.
        await page.evaluate(async () => {
          const name = (await caches.keys()).find((n) => n.includes('-pages-'));
          await caches.delete(name!);
        });
        link.restartClock();
        await page.reload();
        await page.waitForFunction(
          () =>
            (window as unknown as { said: string[] }).said.some((l) =>
              l.startsWith('This device deleted part of the offline copy. Saving it again'),
            ),
          undefined,
          { timeout: SLOW },
        );
        await page.waitForFunction(
          () => document.getElementById('offline-status')?.textContent?.startsWith('Available offline'),
          undefined,
          { timeout: SLOW },
        );
        // Every file came down again (the page the reload opened was saved again as it was served), but
        // Astro's hashed scripts and styles: the browser's HTTP cache still held those (see isHashed).
        const fetched = new Set(workerFetched(link));
        expect(manifest.filter((path) => !fetched.has(path) && path !== '/index.html' && !isHashed(path))).toEqual([]);
        expect(new Set(await savedPaths(page))).toEqual(new Set(manifest));
      }),
    SLOW,
  );

  it(
    'never says "Available offline" for a copy whose files are gone, and says it is not saved when offline',
    () =>
      afterFirstSave(async (page, link) => {
        // Half the files go, the page stays (the browser can drop any of them).
        await page.evaluate(async () => {
          const cache = await caches.open((await caches.keys()).find((n) => n.includes('-pages-'))!);
          const requests = await cache.keys();
          await Promise.all(
            requests
              .filter((r, i) => i % 2 === 1 && !/\/(index\.html|_astro\/)/.test(r.url))
              .map((r) => cache.delete(r)),
          );
        });
        await link.stop();
        await page.reload();
        await page.waitForFunction(
          () =>
            document.getElementById('offline-status')?.textContent ===
            'This device deleted part of the offline copy. It will be saved again next time you are online.',
          undefined,
          { timeout: SLOW },
        );
        expect(
          (await said(page)).some(
            (l) => l.startsWith('Available offline') || l.startsWith('You are offline. The whole guide'),
          ),
        ).toBe(false);
      }),
    SLOW,
  );
});
