// A search result whose words are under a heading shows that section and opens there (issue #28):
// Pagefind's sub_results carry the heading's anchor, and the page marks the words as before.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { StaticServer } from '../helpers/static-server';

const GUIDE = '/guides/reporting-suspicious-messages/';
const SECTION = 'fake-qr-codes-quishing';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await new StaticServer([{ basePath: '/', dir: inject('siteDir') }]).start();
  context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 375, height: 667 } });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await server?.stop();
  await browser?.close();
});

describe('a search result for words under a heading', () => {
  it.each(['quishing', 'qr code'])('"%s" shows the section\'s excerpt and opens at its heading', async (query) => {
    await page.goto(server.url(`/search/?q=${encodeURIComponent(query)}`));
    await page.waitForFunction(() => /\bresults?\b/i.test(document.querySelector('[data-status]')?.textContent ?? ''));
    const option = page.locator(`#search-results [role="option"][data-href*="${GUIDE}"]`).first();
    const href = new URL((await option.getAttribute('data-href'))!, server.url('/'));
    expect(href.hash).toBe(`#${SECTION}`);
    expect(href.searchParams.getAll('highlight').length).toBeGreaterThan(0);
    expect((await option.locator('.app-search__option-excerpt').innerText()).toLowerCase()).toMatch(/qr|quishing/);
    expect(await option.locator('.app-search__option-excerpt mark').count()).toBeGreaterThan(0);

    await Promise.all([page.waitForURL((url) => url.hash === `#${SECTION}`), option.click()]);
    // Opened at the heading: scrolled down to it, the heading on screen (the section is near the end
    // of the guide, so the page may not scroll far enough to put it at the very top).
    await expect
      .poll(
        () =>
          page.locator(`#${SECTION}`).evaluate((h) => {
            const { top, bottom } = h.getBoundingClientRect();
            return scrollY > 0 && top >= 0 && bottom <= innerHeight;
          }),
        { timeout: 30_000 },
      )
      .toBe(true);
    await page.waitForFunction(() => document.querySelectorAll('main mark').length > 0);
  });
});
