import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { buildOrThrow, ROOT } from '../helpers/build';
import { h1, waitUntilOffline } from '../helpers/offline';
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
    .filter((f) => f.endsWith('index.html') && !f.startsWith('offline/'))
    .map((f) => {
      const html = readFileSync(join(dir, f), 'utf8');
      const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1].replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim() ?? '';
      return { path: `${basePath}${f.replace(/index\.html$/, '')}`, heading };
    });
}

describe.each([
  ['at the root', 'siteDir', '/'],
  ['under /trust/cyber/', 'subPathSiteDir', '/trust/cyber/'],
  ['for the example trust under /trust/cyber/', 'exampleSiteDir', '/trust/cyber/'],
] as const)('offline %s', (_label, key, basePath) => {
  const dir = inject(key);
  let server: StaticServer;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await new StaticServer([{ basePath, dir }]).start();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
    await server?.stop();
  });

  it('opens every page with its real content after the server has gone, and the offline page for the rest', async () => {
    const page = await context.newPage();
    await page.goto(server.url(basePath));
    await waitUntilOffline(page);
    await server.stop();

    const pages = pagesWithHeadings(dir, basePath);
    expect(pages.length).toBeGreaterThan(20);
    for (const { path, heading } of pages) {
      await page.goto(server.url(path));
      expect(await h1(page), path).toBe(heading);
    }
    // The same page by other addresses people use.
    const guide = pages.find((p) => p.path.includes('/guides/'))!;
    for (const variant of [guide.path.replace(/\/$/, ''), `${guide.path}index.html`, `${guide.path}?utm_source=email`, `${guide.path}#sources`]) {
      await page.goto(server.url(variant));
      expect(await h1(page), variant).toBe(guide.heading);
    }
    await page.goto(server.url(`${basePath}guides/never-published/`));
    expect(await h1(page)).toBe('You are offline');
    await page.waitForFunction(() => /offline/i.test(document.getElementById('offline-status')?.textContent ?? ''));
  });
});

/** Builds a second version of the site, with one guide's title changed, through an overlay. */
async function buildV2(basePath: string, title: string): Promise<string> {
  const overlay = mkdtempSync(join(tmpdir(), 'v2-overlay-'));
  mkdirSync(join(overlay, 'guides'));
  const original = readFileSync(join(ROOT, 'content/guides/three-random-words.mdx'), 'utf8');
  writeFileSync(join(overlay, 'guides/three-random-words.mdx'), original.replace(/^title: .*$/m, `title: ${title}`));
  return buildOrThrow({ overlay, basePath });
}

describe('updates', () => {
  const basePath = '/trust/cyber/';
  const v1 = inject('subPathSiteDir');
  let v2: string;
  const V2_TITLE = 'Three random words (version 2)';
  const guide = `${basePath}guides/three-random-words/`;
  const V1_TITLE = /<h1[^>]*>([^<]*)<\/h1>/.exec(readFileSync(join(v1, 'guides/three-random-words/index.html'), 'utf8'))![1];
  beforeAll(async () => {
    v2 = await buildV2(basePath, V2_TITLE);
  });

  async function visitV1(context: BrowserContext, server: StaticServer): Promise<Page> {
    const page = await context.newPage();
    await page.goto(server.url(guide));
    await waitUntilOffline(page);
    expect(await h1(page)).toBe(V1_TITLE);
    return page;
  }

  async function navigateWithinSite(page: Page): Promise<void> {
    await page.locator(`a[href="${basePath}a-z/"]`).first().click();
    await page.waitForURL(/a-z/);
  }

  it('shows an accessible banner on an open page, and the new version after Reload, even when sw.js is cached for a year', async () => {
    const server = await new StaticServer([{ basePath, dir: v1 }]).start();
    server.extraHeaders.set(`${basePath}sw.js`, { 'Cache-Control': 'public, max-age=31536000' });
    const context = await browser.newContext();
    const page = await visitV1(context, server);
    server.mounts[0].dir = v2;
    await navigateWithinSite(page);
    const banner = page.locator('#update-banner');
    await banner.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await banner.getAttribute('role')).toBe('status');
    expect(await banner.innerText()).toContain('This guide has been updated');
    await banner.getByRole('button', { name: 'Reload' }).press('Enter');
    await page.waitForEvent('load');
    await page.goto(server.url(guide));
    expect(await h1(page)).toBe(V2_TITLE);
    await context.close();
    await server.stop();
  });

  it('gives a fresh visit the new version without a banner', async () => {
    const server = await new StaticServer([{ basePath, dir: v1 }]).start();
    const context = await browser.newContext();
    (await visitV1(context, server)).close();
    server.mounts[0].dir = v2;
    const page = await context.newPage();
    await page.goto(server.url(guide));
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, V2_TITLE, { timeout: 60_000 });
    expect(await page.locator('#update-banner').isVisible()).toBe(false);
    await context.close();
    await server.stop();
  });

  it('keeps the old version working, online and offline, while a file of the new one is missing, then installs it', async () => {
    const server = await new StaticServer([{ basePath, dir: v1 }]).start();
    const context = await browser.newContext();
    const page = await visitV1(context, server);
    server.mounts[0].dir = v2;
    server.failing.add(`${basePath}guides/three-random-words/index.html`);
    await navigateWithinSite(page);
    await page.waitForTimeout(1500);
    await page.goto(server.url(`${basePath}guides/updates/`));
    expect(await h1(page)).toBeTruthy();
    await page.goto(server.url(guide));
    expect(await h1(page)).toBe(V1_TITLE);
    expect(await page.locator('#update-banner').isVisible()).toBe(false);
    // The upload finishes: the next visit finds the new version.
    server.failing.clear();
    await navigateWithinSite(page);
    await page.locator('#update-banner').waitFor({ state: 'visible', timeout: 60_000 });
    await context.close();
    await server.stop();
  });

  it('keeps a second open tab working during an update', async () => {
    const server = await new StaticServer([{ basePath, dir: v1 }]).start();
    const context = await browser.newContext();
    const first = await visitV1(context, server);
    const second = await context.newPage();
    await second.goto(server.url(`${basePath}guides/updates/`));
    const secondHeading = await h1(second);
    // Someone is reading the second tab: it must not be reloaded under them.
    await second.keyboard.press('Tab');
    server.mounts[0].dir = v2;
    await navigateWithinSite(first);
    await first.locator('#update-banner').waitFor({ state: 'visible', timeout: 60_000 });
    await first.locator('#update-banner button').click();
    await first.waitForEvent('load');
    // The other tab was not reloaded under the reader, and says a reload will show the new version.
    expect(await h1(second)).toBe(secondHeading);
    await second.locator('#update-banner').waitFor({ state: 'visible', timeout: 30_000 });
    await second.goto(server.url(guide));
    expect(await h1(second)).toBe(V2_TITLE);
    await context.close();
    await server.stop();
  });

  it('works again after the browser wipes its storage between visits', async () => {
    const server = await new StaticServer([{ basePath, dir: v1 }]).start();
    const context = await browser.newContext();
    const page = await visitV1(context, server);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: server.origin, storageTypes: 'all' });
    await page.goto(server.url(guide));
    expect(await h1(page)).toBe(V1_TITLE);
    await waitUntilOffline(page);
    await server.stop();
    await page.goto(server.url(`${basePath}a-z/`));
    expect(await h1(page)).toBe('A to Z');
    await context.close();
  });
});

describe('two copies of the guide on one origin', () => {
  it('keep separate caches, and retiring one leaves the other working offline', async () => {
    const other = await buildOrThrow({ basePath: '/other/guide/' });
    const retired = await buildOrThrow({ basePath: '/other/guide/', env: { SITE_RETIRE: '1' } });
    const server = await new StaticServer([
      { basePath: '/trust/cyber/', dir: inject('subPathSiteDir') },
      { basePath: '/other/guide/', dir: other },
    ]).start();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url('/trust/cyber/'));
    await waitUntilOffline(page);
    await page.goto(server.url('/other/guide/'));
    await waitUntilOffline(page);
    const names = await page.evaluate(() => caches.keys());
    expect(names.some((n) => n.startsWith('cyber-guide-trust-cyber-'))).toBe(true);
    expect(names.some((n) => n.startsWith('cyber-guide-other-guide-'))).toBe(true);

    // The second copy is retired: its worker deletes its own caches only and unregisters.
    server.mounts[1].dir = retired;
    await page.goto(server.url('/other/guide/'));
    // The retire worker reloads its pages, so ask again after each navigation.
    await expect
      .poll(async () => page.evaluate(async () => ({
        otherCaches: (await caches.keys()).filter((n) => n.startsWith('cyber-guide-other-guide-')).length,
        registrations: (await navigator.serviceWorker.getRegistrations()).length,
      })).catch(() => undefined), { timeout: 60_000 })
      .toEqual({ otherCaches: 0, registrations: 1 });
    expect((await page.evaluate(() => caches.keys())).some((n) => n.startsWith('cyber-guide-trust-cyber-'))).toBe(true);

    await server.stop();
    await page.goto(server.url('/trust/cyber/a-z/'));
    expect(await h1(page)).toBe('A to Z');
    await context.close();
  });
});
