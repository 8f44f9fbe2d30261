/**
 * Injection attempts are inert: what someone types or puts in a link (a search, a highlight parameter)
 * never becomes markup or script. Content with onerror=, javascript: or <iframe> is refused at build
 * time by the content checks (issue 8), not here.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { startShippedNginx, type ShippedNginx } from '../hosting/nginx';

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '<iframe src="javascript:alert(1)"></iframe>',
];

const CSP_RECORDER = () => {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
};

interface Evidence {
  dialogs: string[];
  requests: string[];
}

/** Everything that would show a payload ran or became markup. */
async function injected(page: Page) {
  return page.evaluate(() => ({
    elements: [
      ...document.querySelectorAll('img[src="x"], img[src$="/x"], svg[onload], iframe, [onerror], [onload]'),
    ].map((e) => e.outerHTML.slice(0, 120)),
    javascriptLinks: [...document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i]')].map((e) =>
      e.outerHTML.slice(0, 120),
    ),
    csp: (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
  }));
}

let shipped: ShippedNginx;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  shipped = await startShippedNginx(inject('siteDir'), inject('subPathSiteDir'));
  browser = await launchBrowser();
  context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(CSP_RECORDER);
});
afterAll(async () => {
  await browser?.close();
  await shipped?.close();
});

/** Opens a page, watching for dialogs (alert) and for the payload's own requests (img src=x). */
async function open(url: string): Promise<{ page: Page; evidence: Evidence }> {
  const page = await context.newPage();
  const evidence: Evidence = { dialogs: [], requests: [] };
  page.on('dialog', (dialog) => {
    evidence.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (/\/x$|javascript:/.test(request.url())) evidence.requests.push(request.url());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, evidence };
}

/**
 * Waits until the search page has answered (its status says how many results, or none): the payload
 * has then been searched for and every result drawn, so anything it could do has had its chance.
 */
async function searched(page: Page): Promise<void> {
  await page.waitForFunction(
    () => /\bresults?\b/i.test(document.querySelector('[data-status]')?.textContent ?? ''),
    null,
    {
      timeout: 30_000,
    },
  );
  // A request an injected element started (an image's src) has finished, and its error handler run.
  await page.waitForLoadState('networkidle');
}

async function expectInert(page: Page, evidence: Evidence, what: string): Promise<void> {
  expect(evidence.dialogs, `${what}: no alert()`).toEqual([]);
  expect(evidence.requests, `${what}: no request the payload would make`).toEqual([]);
  expect(await injected(page), what).toEqual({ elements: [], javascriptLinks: [], csp: [] });
}

describe.each(PAYLOADS)('the payload %s', (payload) => {
  it('is inert on the search page, given in the address (?q=)', async () => {
    const { origin, basePath } = shipped.served[0];
    const { page, evidence } = await open(`${origin}${basePath}search/?q=${encodeURIComponent(payload)}`);
    await searched(page);
    await expectInert(page, evidence, `search/?q=${payload}`);
    await page.close();
  });

  it('is inert when typed into the search box on a page and sent', async () => {
    const { origin, basePath } = shipped.served[0];
    const { page, evidence } = await open(`${origin}${basePath}`);
    await page.locator('#site-search-q').fill(payload);
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\//);
    await searched(page);
    await expectInert(page, evidence, `sent ${payload}`);
    // Typed again into the search page's own box, which searches as someone types.
    const live = page.locator('site-search input[data-search-primary]');
    expect(await live.count(), 'the search page has its search box').toBe(1);
    await live.fill('');
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent === '');
    await live.fill(payload);
    await searched(page);
    await expectInert(page, evidence, `typed ${payload}`);
    await page.close();
  });

  it("is inert in a guide's search-highlight parameter", async () => {
    const { origin, basePath, dir } = shipped.served[0];
    const guide = readdirSync(join(dir, 'guides')).sort()[0];
    const { page, evidence } = await open(
      `${origin}${basePath}guides/${guide}/?highlight=${encodeURIComponent(payload)}#${encodeURIComponent(payload)}`,
    );
    await expectInert(page, evidence, `highlight ${payload}`);
    await page.close();
  });
});

describe('the checks above', () => {
  it('notice a payload that does get into a page: the element, its request and the blocked handler', async () => {
    const { origin, basePath } = shipped.served[0];
    const { page, evidence } = await open(`${origin}${basePath}search/`);
    await page.evaluate((html) => document.querySelector('main')!.insertAdjacentHTML('beforeend', html), PAYLOADS[0]);
    // The image's request has been made and its error handler refused.
    await expect.poll(() => evidence.requests.length).toBe(1);
    await expect.poll(async () => (await injected(page)).csp.length).toBeGreaterThan(0);
    const found = await injected(page);
    expect(found.elements.length).toBe(1);
    expect(evidence.requests).toEqual([`${origin}${basePath}search/x`]);
    // The page's own policy stops the handler: what would have been an alert is a recorded violation.
    expect(evidence.dialogs).toEqual([]);
    expect(found.csp.length).toBeGreaterThan(0);
    await page.close();
  });
});
