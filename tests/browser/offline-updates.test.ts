import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { ROOT } from '../helpers/build';
import { buildInTest, builtHeading, copyOfSite, h1, rebuildServiceWorker, waitUntilOffline } from '../helpers/offline';
import { StaticServer } from '../helpers/static-server';

// Every test serves version 1 of the guide under /trust/cyber/, visits it, then deploys version 2 (one
// guide's title changed, through an overlay) and checks what staff see.
const basePath = '/trust/cyber/';
const GUIDE_FILE = 'guides/three-random-words/index.html';
const guide = `${basePath}guides/three-random-words/`;
const V2_TITLE = 'Three random words (version 2)';
/** A script only version 1 has, as a page opened before an update may still ask for (a lazy chunk, a search index part). */
const ONLY_IN_V1 = '_astro/only-in-v1.js';

let browser: Browser;
let v1: string;
let v2: string;
let V1_TITLE: string;
/** Open servers and contexts, closed after each test. */
const cleanup: (() => Promise<unknown>)[] = [];

/** Builds version 2 of the site, with one guide's title changed, through an overlay. */
async function buildV2(): Promise<string> {
  const overlay = mkdtempSync(join(tmpdir(), 'v2-overlay-'));
  mkdirSync(join(overlay, 'guides'));
  const original = readFileSync(join(ROOT, 'content/guides/three-random-words.mdx'), 'utf8');
  writeFileSync(join(overlay, 'guides/three-random-words.mdx'), original.replace(/^title: .*$/m, `title: ${V2_TITLE}`));
  return buildInTest({ overlay, basePath });
}

beforeAll(async () => {
  browser = await launchBrowser();
  v1 = copyOfSite(inject('subPathSiteDir'));
  writeFileSync(join(v1, ONLY_IN_V1), 'export const version = 1;\n');
  await rebuildServiceWorker(v1, basePath);
  V1_TITLE = builtHeading(v1, GUIDE_FILE);
  v2 = await buildV2();
  expect(builtHeading(v2, GUIDE_FILE)).toBe(V2_TITLE);
  expect(readFileSync(join(v2, 'index.html'), 'utf8')).toContain(`href="${basePath}a-z/"`);
});
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});
afterAll(async () => browser?.close());

/** Serves version 1 (and any other copies), to be swapped for version 2 by changing the mount. */
async function serve(...others: { basePath: string; dir: string }[]): Promise<StaticServer> {
  const server = await new StaticServer([...others, { basePath, dir: v1 }]).start();
  cleanup.push(() => server.stop());
  return server;
}

async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext();
  cleanup.push(() => context.close());
  return context;
}

const guideMount = (server: StaticServer) => server.mounts.find((m) => m.basePath === basePath)!;

/** The first visit: version 1, saved for offline use. */
async function visitV1(context: BrowserContext, server: StaticServer): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url(guide));
  await waitUntilOffline(page);
  expect(await h1(page)).toBe(V1_TITLE);
  return page;
}

/** Goes to another page of the guide by its link, as staff do (the browser then looks for a new sw.js). */
async function navigateWithinSite(page: Page): Promise<void> {
  await page.locator(`a[href="${basePath}a-z/"]`).first().click();
  await page.waitForURL(/a-z\/$/);
}

const banner = (page: Page) => page.locator('#update-banner');

/** Waits until the browser has tried the new version and given up on it (no worker installing or waiting). */
async function waitForFailedUpdate(page: Page, server: StaticServer, path: string): Promise<void> {
  await expect.poll(() => server.requests.includes(path), { timeout: 30_000 }).toBe(true);
  await page.waitForFunction(
    async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return Boolean(registration?.active && !registration.installing && !registration.waiting);
    },
    undefined,
    { timeout: 30_000 },
  );
}

describe('a new version', () => {
  it('shows an accessible banner on an open page, and Reload shows it, even with sw.js cached for a year and another copy at the root', async () => {
    const root = inject('siteDir');
    const server = await serve({ basePath: '/', dir: root });
    for (const path of ['/sw.js', `${basePath}sw.js`])
      server.extraHeaders.set(path, { 'Cache-Control': 'public, max-age=31536000' });
    const context = await newContext();
    // The other copy, at the root of the origin, is saved first: its worker's scope covers /trust/cyber/ too.
    const other = await context.newPage();
    await other.goto(server.url('/'));
    await waitUntilOffline(other);
    await other.close();

    const page = await visitV1(context, server);
    expect(await banner(page).isVisible()).toBe(false);
    guideMount(server).dir = v2;
    server.requests.length = 0;
    await navigateWithinSite(page);
    await banner(page).waitFor({ state: 'visible', timeout: 60_000 });
    expect(await banner(page).innerText()).toMatch(/^This guide has been updated\.\s+Reload$/);
    expect(await page.locator('[role="status"]:has(#update-banner)').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // At 320 px the banner fits without sideways scrolling.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Only what changed is downloaded again: a page whose bytes are the same is not.
    expect(server.requests).toContain(`${basePath}${GUIDE_FILE}`);
    expect(server.requests).not.toContain(`${basePath}privacy/index.html`);

    // Keyboard: the button comes straight after the skip link.
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reload');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await page.goto(server.url(guide));
    expect(await h1(page)).toBe(V2_TITLE);
    expect(await banner(page).isVisible()).toBe(false);

    // The copy at the root kept its own worker and its offline copy.
    const rootCaches = await page.evaluate(async () =>
      (await caches.keys()).filter((name) => name.startsWith('cyber-guide-root-')),
    );
    expect(rootCaches.length).toBeGreaterThan(0);
    await server.stop();
    await page.goto(server.url('/a-z/'));
    expect(await h1(page)).toBe(builtHeading(root, 'a-z/index.html'));
    await page.goto(server.url(guide));
    expect(await h1(page)).toBe(V2_TITLE);
  });

  it('reaches a fresh visit without any banner', async () => {
    const server = await serve();
    const context = await newContext();
    await (await visitV1(context, server)).close();
    guideMount(server).dir = v2;
    const page = await context.newPage();
    await page.goto(server.url(guide));
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, V2_TITLE, {
      timeout: 60_000,
    });
    expect(await banner(page).isVisible()).toBe(false);
  });
});

describe('a half-finished upload', () => {
  it.each([
    [
      'one file of the new version missing (404)',
      (server: StaticServer) => {
        guideMount(server).dir = v2;
        server.failing.add(`${basePath}${GUIDE_FILE}`);
      },
    ],
    [
      'the new sw.js beside an old page (a mixed upload)',
      (server: StaticServer) => {
        const mixed = copyOfSite(v2);
        copyFileSync(join(v1, GUIDE_FILE), join(mixed, GUIDE_FILE));
        guideMount(server).dir = mixed;
      },
    ],
  ])(
    'with %s: the old version keeps working online and offline, and the new one installs once the upload is complete',
    async (_label, halfUpload) => {
      const server = await serve();
      const context = await newContext();
      const page = await visitV1(context, server);
      halfUpload(server);
      server.requests.length = 0;
      await navigateWithinSite(page);
      await waitForFailedUpdate(page, server, `${basePath}${GUIDE_FILE}`);
      expect(await banner(page).isVisible()).toBe(false);

      // Online: version 1 as a whole, nothing blank.
      await page.goto(server.url(guide));
      expect(await h1(page)).toBe(V1_TITLE);
      // Offline: still the whole of version 1.
      await server.stop();
      for (const path of [guide, `${basePath}a-z/`, `${basePath}privacy/`]) {
        await page.goto(server.url(path));
        expect(await h1(page), path).toBe(builtHeading(v1, `${path.slice(basePath.length)}index.html`));
      }

      // The upload finishes: the next page visited finds the new version.
      await server.start();
      server.failing.clear();
      guideMount(server).dir = v2;
      await navigateWithinSite(page);
      await banner(page).waitFor({ state: 'visible', timeout: 60_000 });
      await Promise.all([page.waitForEvent('load'), banner(page).getByRole('button', { name: 'Reload' }).click()]);
      await page.goto(server.url(guide));
      expect(await h1(page)).toBe(V2_TITLE);
    },
  );
});

describe('pages open during an update', () => {
  it('keep working in a second tab, with the files only the old version had, until that tab is reloaded', async () => {
    const server = await serve();
    const context = await newContext();
    const first = await visitV1(context, server);
    const second = await context.newPage();
    await second.goto(server.url(`${basePath}privacy/`));
    const secondHeading = await h1(second);
    // Someone is reading the second tab: it must not be reloaded under them.
    await second.keyboard.press('Tab');
    const loads: string[] = [];
    second.on('load', () => loads.push(second.url()));

    guideMount(server).dir = v2;
    await navigateWithinSite(first);
    await banner(first).waitFor({ state: 'visible', timeout: 60_000 });
    await Promise.all([first.waitForEvent('load'), banner(first).getByRole('button', { name: 'Reload' }).click()]);
    await first.goto(server.url(guide));
    expect(await h1(first)).toBe(V2_TITLE);

    // The second tab was not reloaded, says a reload will show the new version, and still gets what it
    // asks for from version 1, online (the server no longer has it) and offline.
    expect(loads).toEqual([]);
    expect(await h1(second)).toBe(secondHeading);
    await banner(second).waitFor({ state: 'visible', timeout: 30_000 });
    const fetchOld = () =>
      second.evaluate(async (url) => {
        const response = await fetch(url);
        return `${response.status} ${(await response.text()).trim()}`;
      }, `${basePath}${ONLY_IN_V1}`);
    expect(await fetchOld()).toBe('200 export const version = 1;');
    await server.stop();
    expect(await fetchOld()).toBe('200 export const version = 1;');
    await server.start();

    // Reloaded, it shows version 2.
    await second.goto(server.url(guide));
    expect(await h1(second)).toBe(V2_TITLE);
  });

  it('work again after the browser wipes its storage between visits (as Safari does after seven days)', async () => {
    const server = await serve();
    const context = await newContext();
    const page = await visitV1(context, server);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: server.origin, storageTypes: 'all' });
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
    await page.goto(server.url(guide));
    expect(await h1(page)).toBe(V1_TITLE);
    await waitUntilOffline(page);
    await server.stop();
    await page.goto(server.url(`${basePath}a-z/`));
    expect(await h1(page)).toBe(builtHeading(v1, 'a-z/index.html'));
  });
});
