import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, launchPersistent } from '../helpers/browser';
import { StaticServer } from '../helpers/static-server';
import { h1 } from '../helpers/offline';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each([
  ['at the root', 'siteDir', '/', 'Cyber Pocket Guide'],
  ['for the example trust under /trust/cyber/', 'exampleSiteDir', '/trust/cyber/', 'Northshire Cyber Guide'],
] as const)('installing the guide %s', (_label, key, basePath, name) => {
  const dir = inject(key);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8'));

  it('has a manifest from site.yaml, scoped to the base path', () => {
    expect(manifest).toMatchObject({ name, lang: 'en-GB', display: 'standalone', start_url: basePath, scope: basePath });
    expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  });

  it('ships every icon at the size the manifest says', async () => {
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const meta = await sharp(join(dir, icon.src.slice(basePath.length))).metadata();
      expect(`${meta.width}x${meta.height}`, icon.src).toBe(icon.sizes);
      expect(meta.format).toBe('png');
    }
    expect((await sharp(join(dir, 'icons/apple-touch-icon.png')).metadata()).width).toBe(180);
  });

  it('has no installability errors in Chromium', async () => {
    const server = await new StaticServer([{ basePath, dir }]).start();
    // Chromium never offers to install from an incognito-like context, so this uses a real profile.
    const context = await launchPersistent();
    const page = await context.newPage();
    await page.goto(server.url(basePath));
    await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active));
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    await context.close();
    await server.stop();
  });
});

describe('when the device will not store the offline copy', () => {
  it('still works online and says plainly that it is not available offline', async () => {
    const server = await new StaticServer([{ basePath: '/', dir: inject('siteDir') }]).start();
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // Like private browsing or a full phone: almost no room for this site.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin, quotaSize: 1024 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url('/'));
    await page.waitForFunction(() => document.getElementById('offline-status')?.textContent === 'Not available offline on this device.', undefined, { timeout: 60_000 });
    await page.goto(server.url('/guides/clicked-a-link/'));
    expect(await h1(page)).toBe('I clicked a link or opened an attachment');
    expect(await page.locator('#offline-status').innerText()).not.toMatch(/^Available offline/);
    expect(errors).toEqual([]);
    await context.close();
    await server.stop();
  });
});
