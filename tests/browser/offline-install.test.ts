import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, launchPersistent } from '../helpers/browser';
import { StaticServer } from '../helpers/static-server';
import { h1 } from '../helpers/offline';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

interface ManifestIcon {
  src: string;
  sizes: string;
  purpose: string;
}

describe.each([
  ['at the root', 'siteDir', '/', 'Cyber Pocket Guide'],
  ['under /trust/cyber/', 'subPathSiteDir', '/trust/cyber/', 'Cyber Pocket Guide'],
  ['for the example trust under /trust/cyber/', 'exampleSiteDir', '/trust/cyber/', 'Northshire Cyber Guide'],
] as const)('installing the guide %s', (_label, key, basePath, name) => {
  const dir = inject(key);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8'));

  it('has a manifest from site.yaml, scoped to the base path', () => {
    expect(manifest).toMatchObject({
      name,
      lang: 'en-GB',
      display: 'standalone',
      start_url: basePath,
      scope: basePath,
    });
    expect(manifest.icons.map((i: ManifestIcon) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    expect(manifest.icons.every((i: ManifestIcon) => i.src.startsWith(`${basePath}icons/`))).toBe(true);
  });

  it('ships every icon at the size the manifest says, and the Apple touch icon', async () => {
    for (const icon of manifest.icons as ManifestIcon[]) {
      const meta = await sharp(join(dir, icon.src.slice(basePath.length))).metadata();
      expect(`${meta.width}x${meta.height}`, icon.src).toBe(icon.sizes);
      expect(meta.format).toBe('png');
    }
    const apple = await sharp(join(dir, 'icons/apple-touch-icon.png')).metadata();
    expect(`${apple.width}x${apple.height}`).toBe('180x180');
    // iOS shows transparency as black: the touch icon is opaque.
    expect((await sharp(join(dir, 'icons/apple-touch-icon.png')).stats()).isOpaque).toBe(true);
  });

  it('links the manifest and the touch icon from every page under the base path', () => {
    const html = readFileSync(join(dir, 'guides/three-random-words/index.html'), 'utf8');
    expect(html).toContain(`<link rel="manifest" href="${basePath}manifest.webmanifest">`);
    expect(html).toContain(`<link rel="apple-touch-icon" href="${basePath}icons/apple-touch-icon.png">`);
    expect(html).toMatch(/<meta name="apple-mobile-web-app-title" content="[^"]+">/);
  });

  it('has no installability errors in Chromium, and its worker is scoped to the base path', async () => {
    const server = await new StaticServer([{ basePath, dir }]).start();
    // Chromium never offers to install from an incognito-like context, so this uses a real profile.
    const context = await launchPersistent();
    const page = await context.newPage();
    await page.goto(server.url(basePath));
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(server.url(basePath));
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(server.url(`${basePath}manifest.webmanifest`));
    expect(errors).toEqual([]);
    await context.close();
    await server.stop();
  });
});

describe('when the device will not keep the offline copy', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await new StaticServer([{ basePath: '/', dir: inject('siteDir') }]).start();
  });
  afterAll(async () => server?.stop());

  /** Opens two pages and checks they work, with no script errors, and what the footer says. */
  async function worksOnlineOnly(page: Page): Promise<void> {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url('/'));
    await page.waitForFunction(
      () => document.getElementById('offline-status')?.textContent === 'Not available offline on this device.',
      undefined,
      { timeout: 60_000 },
    );
    await page.goto(server.url('/guides/clicked-a-link/'));
    expect(await h1(page)).toBe('I clicked a link or opened an attachment');
    await page.waitForFunction(
      () => document.getElementById('offline-status')?.textContent === 'Not available offline on this device.',
      undefined,
      { timeout: 60_000 },
    );
    expect(await page.locator('#update-banner').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  }

  it('still works online and says plainly that it is not available offline, when storage is full', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // Like a full phone: almost no room for this site.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin, quotaSize: 1024 });
    await worksOnlineOnly(page);
    await context.close();
  });

  it('says the same where the browser has no service workers (some private browsing modes)', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    });
    await worksOnlineOnly(await context.newPage());
    await context.close();
  });
});
