import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { StaticServer } from '../helpers/static-server';
import { SEARCH_QUERIES } from '../search-queries';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The result links a search shows, in order, as paths after the base path. */
async function search(page: Page, base: string, query: string): Promise<string[]> {
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /result|No results/.test(document.querySelector('[data-status]')?.textContent ?? ''), undefined, { timeout: 30_000 });
  const links = await page.locator('.app-search__result a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  const prefix = new URL(base).pathname;
  return links.map((l) => l.slice(prefix.length));
}

describe.each([
  ['at the root', 'siteDir', '/'],
  ['under /trust/cyber/', 'subPathSiteDir', '/trust/cyber/'],
] as const)('search %s', (_label, key, basePath) => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    server = await new StaticServer([{ basePath, dir: inject(key) }]).start();
    context = await browser.newContext({ serviceWorkers: 'block' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await server?.stop();
  });

  it.each(SEARCH_QUERIES)('"$query" finds $expect in the top 3', async ({ query, expect: expected }) => {
    const results = await search(page, server.url(basePath), query);
    expect(results.slice(0, 3), `"${query}" gave: ${results.slice(0, 5).join(', ')}`).toContain(expected);
  });

  it('shows the urgent guide and the service desk above the results for an urgent query', async () => {
    await search(page, server.url(basePath), 'hacked');
    const urgent = page.locator('[data-urgent-box]');
    expect(await urgent.isVisible()).toBe(true);
    expect(await urgent.locator('a[href$="guides/someone-knows-my-password/"]').count()).toBe(1);
    expect(await urgent.locator('a[href^="tel:"]').count()).toBe(1);
  });

  it('works from the header search box, by keyboard, with no axe violations', async () => {
    await page.goto(server.url(basePath));
    await page.locator('#site-search-q').focus();
    await page.keyboard.type('password manager');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\/\?q=password/);
    await page.waitForFunction(() => /results? for/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(await page.locator('[data-status]').getAttribute('role')).toBe('status');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('runs nothing from an injection attempt', async () => {
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    await search(page, server.url(basePath), '<img src=x onerror=alert(1)>');
    await page.waitForTimeout(300);
    expect(dialog).toBe(false);
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
  });
});
