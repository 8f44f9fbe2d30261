// The offline copy of a copy in English and Welsh, per language: a phone saves the shared files and its own
// language, opens in it from the home screen, switches language offline to a page in both languages when
// the other is not saved, and saves the other language too when it switches online. The shared Welsh
// build, served under /trust/cyber/, in one browser: a phone that starts in Welsh, one that starts in English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../helpers/build';
import { builtHeading, copyOfSite, h1 } from '../helpers/offline';
import { siteFiles } from '../helpers/site-files';
import { StaticServer } from '../helpers/static-server';
import { welshSite, WELSH_BASE } from '../helpers/welsh-site';
import { partOf } from '../../src/service-worker/languages';
import { loadSiteConfig } from '../../src/config/site';
import { serviceWorkerStep } from '../../src/build-steps/service-worker/generate';

const BASE = WELSH_BASE;
const WELSH_GUIDE = 'cy/guides/clicked-a-link/';

/** Waits until the worker has counted every file this device saves in the cache (src/features/offline/copy-saved.ts). */
async function waitUntilSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.offlineCopy === 'saved', undefined, {
    timeout: 120_000,
  });
}

/** The paths below the base path this copy's worker has saved. */
const savedPaths = (page: Page): Promise<string[]> =>
  page.evaluate(async (base) => {
    const registration = await navigator.serviceWorker.ready;
    const own = (await caches.keys()).find((name) => name.includes('-pages-') && name.endsWith(registration.scope));
    const cache = await caches.open(own!);
    return (await cache.keys()).map((request) => decodeURIComponent(new URL(request.url).pathname).slice(base.length));
  }, BASE);

/** The part (shared, en, cy) of each path, as the build and the worker split the offline copy. */
const partsOf = (paths: string[]) => new Set(paths.map((path) => partOf(path)));

describe('offline per language, in a copy in English and Welsh', () => {
  let dir: string;
  let browser: Browser;
  let server: StaticServer;
  let welshPhone: BrowserContext;
  let welsh: Page;
  let englishPhone: BrowserContext;
  let english: Page;
  /** Every file of the build the offline copy holds, by part. */
  let files: { shared: string[]; en: string[]; cy: string[] };

  welshSite(async (site) => {
    ({ dir, browser, server } = site);
    const precached = siteFiles(dir).filter(
      (f) => !f.startsWith('.') && !['sw.js', 'sitemap.xml'].includes(f) && !f.endsWith('.map'),
    );
    files = { shared: [], en: [], cy: [] };
    for (const file of precached) files[partOf(file)].push(file);
    welshPhone = await browser.newContext();
    welsh = await welshPhone.newPage();
    englishPhone = await browser.newContext();
    english = await englishPhone.newPage();
  });

  it('saves the shared files and the Welsh pages on a phone whose first page is Welsh, and downloads no English page', async () => {
    expect(files.cy.length).toBeGreaterThan(50);
    expect(files.en.length).toBeGreaterThan(50);
    const before = server.requests.length;
    await welsh.goto(server.url(`${BASE}${WELSH_GUIDE}`));
    await waitUntilSaved(welsh);
    const downloaded = server.requests.slice(before).map((path) => path.slice(BASE.length));
    // What the server sent includes the worker's downloads: every Welsh file, and no English page or index.
    expect(downloaded).toContain('cy/pagefind/pagefind-entry.json');
    expect(downloaded).toContain('cy/guides/lost-or-stolen-device/index.html');
    expect(downloaded.filter((path) => partOf(path) === 'en')).toEqual([]);
    const saved = await savedPaths(welsh);
    expect([...files.shared, ...files.cy].filter((file) => !saved.includes(file))).toEqual([]);
    expect(partsOf(saved)).toEqual(new Set(['shared', 'cy']));
    // The footer says so in Welsh.
    expect(await welsh.locator('#offline-status').textContent()).toMatch(/^Ar gael all-lein/);
  });

  it('saves English only on a phone whose first page is English, and never sends it to Welsh', async () => {
    await english.goto(server.url(BASE));
    await waitUntilSaved(english);
    expect(partsOf(await savedPaths(english))).toEqual(new Set(['shared', 'en']));
    for (const path of [BASE, `${BASE}index.html`, `${BASE}guides/clicked-a-link/`]) {
      await english.goto(server.url(path));
      expect(new URL(english.url()).pathname, path).toBe(path);
      expect(await english.locator('html').getAttribute('lang')).toBe('en-GB');
    }
  });

  it('saves Welsh too when the English phone switches to Cymraeg online, and then opens in Welsh', async () => {
    await english.goto(server.url(`${BASE}guides/clicked-a-link/`));
    await english.getByRole('link', { name: 'Cymraeg', exact: true }).click();
    await english.waitForURL(`**${BASE}${WELSH_GUIDE}`);
    await waitUntilSaved(english);
    const saved = await savedPaths(english);
    expect([...files.shared, ...files.en, ...files.cy].filter((file) => !saved.includes(file))).toEqual([]);
    await english.goto(server.url(BASE));
    expect(new URL(english.url()).pathname).toBe(`${BASE}cy/`);
  });

  it('opens every page of the Welsh A to Z with no signal, on the phone that chose Cymraeg', async () => {
    await server.stop();
    const az = readFileSync(join(dir, 'cy/a-z/index.html'), 'utf8');
    const main = az.slice(az.indexOf('<main'), az.indexOf('</main>'));
    const pages = [...new Set([...main.matchAll(/href="([^"#?]+)"/g)].map((m) => m[1]))].filter((href) =>
      href.startsWith(`${BASE}cy/`),
    );
    expect(pages.length).toBeGreaterThan(30);
    for (const path of [`${BASE}cy/a-z/`, ...pages]) {
      await welsh.goto(server.url(path), { waitUntil: 'domcontentloaded' });
      expect(await h1(welsh), path).toBe(builtHeading(dir, `${path.slice(BASE.length)}index.html`));
    }
  });

  it('searches in Welsh with no signal, from the Welsh index', async () => {
    await welsh.goto(server.url(`${BASE}cy/search/?q=ddolen`));
    await welsh.waitForFunction(
      () => /[cg]h?anlyniad/.test(document.querySelector('[data-status]')?.textContent ?? ''),
      {
        timeout: 30_000,
      },
    );
    const results = await welsh
      .locator('#search-results [role="option"]')
      .evaluateAll((options) => options.map((o) => new URL((o as HTMLElement).dataset.href!, location.href).pathname));
    expect(results).toContain(`${BASE}${WELSH_GUIDE}`);
    expect(results.every((path) => path.startsWith(`${BASE}cy/`))).toBe(true);
  });

  it('opens the installed app in Welsh on the phone that chose Cymraeg, from the one manifest', async () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8')) as { start_url: string };
    expect(manifest.start_url).toBe(BASE);
    await welsh.goto(server.url(manifest.start_url));
    expect(new URL(welsh.url()).pathname).toBe(`${BASE}cy/`);
    expect(await welsh.locator('html').getAttribute('lang')).toBe('cy');
    expect(await h1(welsh)).toBe(builtHeading(dir, 'cy/index.html'));
  });

  it('shows a page in Welsh and English for English with no signal, linking back to the Welsh page', async () => {
    await welsh.goto(server.url(`${BASE}${WELSH_GUIDE}`));
    await welsh.getByRole('link', { name: 'English', exact: true }).click();
    await welsh.waitForURL(`**${BASE}guides/clicked-a-link/`);
    const heading = welsh.locator('h1');
    expect(await heading.getAttribute('lang')).toBe('cy');
    expect(await heading.textContent()).toBe("Dydy'r iaith hon ddim wedi'i chadw ar y ddyfais hon");
    expect(await welsh.locator('h2[lang="en-GB"]').textContent()).toBe('This language is not saved on this device');
    const back = welsh.getByRole('link', { name: 'Go back to the saved page' });
    expect(await back.getAttribute('href')).toBe(`${BASE}${WELSH_GUIDE}`);
    await welsh.getByRole('link', { name: "Yn ôl i'r dudalen sydd wedi'i chadw" }).click();
    await welsh.waitForURL(`**${BASE}${WELSH_GUIDE}`);
    expect(await h1(welsh)).toBe(builtHeading(dir, `${WELSH_GUIDE}index.html`));
    // The tap on "English" with no signal does not leave the app opening on a page it does not have.
    await welsh.goto(server.url(BASE));
    expect(new URL(welsh.url()).pathname).toBe(`${BASE}cy/`);
  });

  it('opens both languages with no signal on the phone that switched online', async () => {
    for (const path of [`${BASE}guides/lost-or-stolen-device/`, `${BASE}cy/guides/lost-or-stolen-device/`]) {
      await english.goto(server.url(path), { waitUntil: 'domcontentloaded' });
      expect(await h1(english), path).toBe(builtHeading(dir, `${path.slice(BASE.length)}index.html`));
    }
  });

  it('saves both languages on a shared ward device (offline.languages: all), whichever page it opens first', async () => {
    // The same build with the worker a ward's site.yaml gives (offline: { languages: all }, a budget raised for it).
    const wardDir = copyOfSite(dir);
    const site = loadSiteConfig({ root: ROOT, cwd: ROOT, overlay: 'tests/fixtures/overlays/cymraeg', basePath: BASE });
    const offline = { ...site.offline, languages: 'all' as const, precacheBudgetKiB: 8192 };
    const quiet = { info: () => undefined, warn: () => undefined } as never;
    await serviceWorkerStep.run({ site: { ...site, offline }, outDir: wardDir, logger: quiet });
    const ward = await new StaticServer([{ basePath: BASE, dir: wardDir }]).start();
    const device = await browser.newContext();
    try {
      const page = await device.newPage();
      await page.goto(ward.url(`${BASE}${WELSH_GUIDE}`));
      await waitUntilSaved(page);
      const saved = await savedPaths(page);
      expect([...files.shared, ...files.en, ...files.cy].filter((file) => !saved.includes(file))).toEqual([]);
    } finally {
      await device.close();
      await ward.stop();
    }
  });
});
