import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, launchPersistent } from '../helpers/browser';
import { waitUntilOffline } from '../helpers/offline';
import { startShippedNginx, type ShippedNginx } from './nginx';

/** Records CSP violations in the page itself, from before its first script runs. */
const CSP_RECORDER = () => {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
};

interface Watched {
  problems: string[];
  foreign: string[];
}

/**
 * Console errors, and the warnings Chromium gives for a header it cannot use (CSP, Permissions-Policy).
 * The one error expected is the 404 status of a missing page itself.
 */
function watch(page: Page, origin: string): Watched {
  const watched: Watched = { problems: [], foreign: [] };
  page.on('console', (msg) => {
    const missingPageItself = /status of 404/.test(msg.text()) && msg.location().url === page.url();
    if (missingPageItself) return;
    if (msg.type() === 'error' || /Permissions-Policy|Content.Security.Policy|Cross-Origin|Refused/i.test(msg.text()))
      watched.problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => watched.problems.push(String(error)));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !/^(data|blob):/.test(request.url())) watched.foreign.push(request.url());
  });
  return watched;
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);

let shipped: ShippedNginx;
let browser: Browser;

beforeAll(async () => {
  shipped = await startShippedNginx(inject('siteDir'), inject('subPathSiteDir'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await shipped?.close();
});

describe.each([
  ['nginx example 1, at /', 0],
  ['nginx example 2, under /trust/cyber/', 1],
] as const)('the guide through %s, in Chromium', (_label, index) => {
  let context: BrowserContext;
  const at = () => shipped.served[index];

  beforeAll(async () => {
    context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(CSP_RECORDER);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('opens pages of every kind with every header applied and no CSP violation, console error, header warning or foreign request', async () => {
    const { origin, basePath, dir } = at();
    const guide = readdirSync(join(dir, 'guides')).sort()[0];
    const paths = ['', `guides/${guide}/`, 'search/?q=password', 'privacy/', 'practice/', 'help/', 'no-such-page/'];
    for (const path of paths) {
      const page = await context.newPage();
      const watched = watch(page, origin);
      const response = await page.goto(`${origin}${basePath}${path}`, { waitUntil: 'networkidle' });
      expect(response!.status(), path).toBe(path === 'no-such-page/' ? 404 : 200);
      expect(await response!.headerValue('content-security-policy'), path).toBe("frame-ancestors 'none'");
      expect(await page.locator('h1').count(), path).toBeGreaterThan(0);
      expect(await violations(page), path).toEqual([]);
      expect(watched.problems, path).toEqual([]);
      expect(watched.foreign, path).toEqual([]);
      await page.close();
    }
  });

  it("searches with Pagefind under the headers' own policy: results, its files as they are (no second compression), no CSP violation", async () => {
    const { origin, basePath } = at();
    const page = await context.newPage();
    const watched = watch(page, origin);
    const pagefindFiles: { path: string; type: string; encoding: string | undefined }[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (/\.(pagefind|pf_\w+)$/.test(path))
        pagefindFiles.push({
          path,
          type: response.headers()['content-type'] ?? '',
          encoding: response.headers()['content-encoding'],
        });
    });
    await page.goto(`${origin}${basePath}search/`);
    await page.locator('#search-page-q').fill('password manager');
    await page.waitForFunction(
      () => /\d+ results? for “password manager”/.test(document.querySelector('[data-status]')?.textContent ?? ''),
      undefined,
      { timeout: 30_000 },
    );
    expect(await page.locator('#search-results [role="option"]').count()).toBeGreaterThan(0);
    expect(pagefindFiles.map((f) => f.path)).toEqual(expect.arrayContaining([`${basePath}pagefind/wasm.en.pagefind`]));
    for (const file of pagefindFiles)
      expect(file, file.path).toMatchObject({ type: 'application/octet-stream', encoding: undefined });
    expect(await violations(page)).toEqual([]);
    expect(watched.problems).toEqual([]);
    await page.close();
  });

  it('cannot be framed, not even by one of its own pages', async () => {
    const { origin, basePath } = at();
    const page = await context.newPage();
    await page.goto(`${origin}${basePath}`);
    const name = (await page.locator('h1').first().innerText()).trim();
    // A page of the guide framing the guide: allowed by its own frame-src, refused by frame-ancestors.
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
      return new Promise((done) => frame.addEventListener('load', done, { once: true }));
    }, `${origin}${basePath}about/`);
    const framed = page.frames().find((frame) => frame !== page.mainFrame())!;
    expect(framed).toBeDefined();
    // Chromium puts its own error page in a frame it refused to render.
    expect(framed.url()).toMatch(/^chrome-error:/);
    const framedHeading = await framed.evaluate(() => document.querySelector('h1')?.textContent ?? '').catch(() => '');
    expect(framedHeading).not.toContain('About');
    expect(framedHeading).not.toContain(name);
    await page.close();
  });
});

describe('the service worker through the shipped nginx config', () => {
  it('registers, controls the page, leaves the guide installable, and keeps it working once nginx stops', async () => {
    expect(existsSync(join(inject('siteDir'), 'sw.js')), 'the build makes sw.js').toBe(true);
    // A persistent profile, as on a phone: Chromium does not offer to install from an incognito context.
    const context = await launchPersistent();
    await context.addInitScript(CSP_RECORDER);
    const opened: { page: Page; origin: string; basePath: string; guide: string }[] = [];
    for (const index of [0, 1]) {
      const { origin, basePath, dir } = shipped.served[index];
      const page = await context.newPage();
      const watched = watch(page, origin);
      await page.goto(`${origin}${basePath}`);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(`${origin}${basePath}`);
      await page.reload();
      // Controlled, and the footer says the copy is saved: the worker saves it once it has taken the page.
      await waitUntilOffline(page);
      expect(await violations(page)).toEqual([]);
      expect(watched.problems).toEqual([]);
      // The headers (nosniff, CORP, COOP) leave the guide installable: manifest, icons and worker all load.
      const cdp = await context.newCDPSession(page);
      expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
      const guide = readdirSync(join(dir, 'guides')).sort()[0];
      opened.push({ page, origin, basePath, guide });
    }
    await shipped.nginx.stop();
    for (const { page, origin, basePath, guide } of opened) {
      await page.goto(`${origin}${basePath}guides/${guide}/`);
      const expected = readFileSync(join(shipped.served[0].dir, 'guides', guide, 'index.html'), 'utf8').match(
        /<h1[^>]*>([^<]+)</,
      )![1];
      expect((await page.locator('h1').first().innerText()).trim()).toBe(expected.trim());
    }
    await context.close();
  });
});
