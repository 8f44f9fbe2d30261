import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, onePerKind } from '../helpers/browser';
import { builtHeading, copyOfSite, h1, visitedThenOffline } from '../helpers/offline';
import { siteFiles } from '../helpers/site-files';
import { StaticServer } from '../helpers/static-server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Every page of a built site with the h1 it should show. */
function pagesWithHeadings(dir: string, basePath: string): { path: string; heading: string }[] {
  return siteFiles(dir)
    .filter((f) => f.endsWith('index.html') && !f.startsWith('offline/') && !f.startsWith('pagefind/'))
    .map((f) => ({ path: `${basePath}${f.replace(/index\.html$/, '')}`, heading: builtHeading(dir, f) }));
}

/** The URLs this copy's worker has saved. */
const savedURLs = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const own = (await caches.keys()).find((name) => name.includes('-pages-') && name.endsWith(registration.scope));
    const cache = await caches.open(own!);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  });

describe.each([
  ['at the root', 'siteDir', '/'],
  ['under /trust/cyber/', 'subPathSiteDir', '/trust/cyber/'],
  ['for the example trust under /trust/cyber/', 'exampleSiteDir', '/trust/cyber/'],
] as const)('offline %s', (_label, key, basePath) => {
  let dir: string;
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dir = inject(key);
    ({ server, context, page } = await visitedThenOffline(browser, basePath, dir));
  });
  afterAll(async () => context?.close());

  it("has saved every file of the build, Pagefind's whole bundle included", async () => {
    const saved = new Set(await savedURLs(page));
    const shipped = siteFiles(dir).filter((f) => !['sw.js', 'sitemap.xml'].includes(f) && !f.startsWith('.'));
    expect(shipped.filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThan(5);
    expect(shipped.filter((f) => !saved.has(`${basePath}${f}`))).toEqual([]);
  });

  it('opens every page with its real content, by link and by address', async () => {
    const all = pagesWithHeadings(dir, basePath);
    expect(all.length).toBeGreaterThan(20);
    // Under a sub-path the root site's pages come again, differing only in their links (every one of
    // them is checked saved above): one of each kind shows the sub-path's addresses work offline. The
    // example trust's copy adds its own pages to those: each page the root site has not, or has with
    // another heading (a guide the trust replaced).
    const kinds = new Set(
      onePerKind(
        all.map((p) => p.path),
        basePath,
      ),
    );
    const rootHeadings = new Map(pagesWithHeadings(inject('siteDir'), '/').map((p) => [p.path, p.heading]));
    const trustsOwn = (p: { path: string; heading: string }) =>
      rootHeadings.get(`/${p.path.slice(basePath.length)}`) !== p.heading;
    const pages = {
      siteDir: all,
      subPathSiteDir: all.filter((p) => kinds.has(p.path)),
      exampleSiteDir: all.filter((p) => kinds.has(p.path) || trustsOwn(p)),
    }[key];
    for (const { path, heading } of pages) {
      // The words are there once the document is: waiting for its pictures and scripts too would only
      // slow the walk (what they do offline is checked below and in offline-save.test.ts).
      await page.goto(server.url(path), { waitUntil: 'domcontentloaded' });
      expect(await h1(page), path).toBe(heading);
    }
    // Following a link, as staff do.
    await page.goto(server.url(basePath));
    await page.locator(`a[href="${basePath}a-z/"]`).first().click();
    await page.waitForURL(/a-z\/$/);
    expect(await h1(page)).toBe(builtHeading(dir, 'a-z/index.html'));
  });

  it('finds the saved page by every address people use for it', async () => {
    const guide = pagesWithHeadings(dir, basePath).find((p) => p.path.includes('/guides/'))!;
    for (const variant of [
      guide.path.replace(/\/$/, ''),
      guide.path,
      `${guide.path}index.html`,
      `${guide.path}?utm_source=email&utm_medium=poster`,
      `${guide.path}#sources`,
    ]) {
      await page.goto(server.url(variant));
      expect(await h1(page), variant).toBe(guide.heading);
    }
    await page.goto(server.url(`${basePath}search/?q=password`));
    expect(await h1(page)).toBe(builtHeading(dir, 'search/index.html'));
  });

  it('shows the offline page for an address that was never saved, and says plainly that the device is offline', async () => {
    await page.goto(server.url(`${basePath}guides/never-published/`));
    expect(await h1(page)).toBe('You are offline');
    await page.goto(server.url(`${basePath}privacy/`));
    await page.waitForFunction(() =>
      document
        .getElementById('offline-status')
        ?.textContent?.startsWith('You are offline. The whole guide still works on this device'),
    );
  });

  it('shows a labelled placeholder for a picture that was never saved', async () => {
    await page.goto(server.url(basePath));
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return `${image.naturalWidth}x${image.naturalHeight}`;
    }, `${basePath}images/never-saved.png`);
    expect(size).toBe('320x180');
  });

  it('searches with no signal, from the box to the page with the words marked', async () => {
    await page.goto(server.url(`${basePath}search/`));
    await page.locator('#search-page-q').focus();
    await page.keyboard.type('pasword');
    await page.waitForFunction(
      () =>
        /Showing results for “password”\. \d+ results/.test(document.querySelector('[data-status]')?.textContent ?? ''),
      undefined,
      { timeout: 30_000 },
    );
    const first = page.locator('#search-results [role="option"]').first();
    const target = new URL((await first.getAttribute('data-href'))!, page.url());
    expect(target.pathname.startsWith(basePath)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(target.href);
    expect(await h1(page)).not.toBe('You are offline');
    expect(await page.locator('main mark.app-highlight').count()).toBeGreaterThan(0);
  });
});

describe('the footer on the first visit', () => {
  let server: StaticServer;
  beforeAll(async () => {
    // A slow phone: the worker is active (navigator.serviceWorker.ready) well before it takes the page
    // over. Nothing else in the worker changes.
    const dir = copyOfSite(inject('siteDir'));
    const worker = join(dir, 'sw.js');
    const lateClaim =
      'const claim = Clients.prototype.claim; Clients.prototype.claim = function () { return new Promise((done) => setTimeout(done, 1500)).then(() => claim.call(this)); };\n';
    writeFileSync(worker, lateClaim + readFileSync(worker, 'utf8'));
    server = await new StaticServer([{ basePath: '/', dir }]).start();
  });
  afterAll(async () => server?.stop());

  it('says "Available offline" once the guide is saved, however late the worker takes the page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url('/'));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    await page.waitForFunction(
      () => document.getElementById('offline-status')?.textContent?.startsWith('Available offline · content updated'),
      undefined,
      { timeout: 10_000 },
    );
    await context.close();
  });
});
