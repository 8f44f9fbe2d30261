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

const STATUS = '[data-status]';
const RESULTS = '#search-results [role="option"]';
const POPUP = '#site-search-listbox';

/**
 * Waits until the search has answered: a count, "No results", or a correction with its count. Given the
 * words typed, until the answer names them: typed a letter at a time, the first answer can be for "p".
 */
async function answered(page: Page, selector: string, typed?: string): Promise<string> {
  await page.waitForFunction(
    ([s, words]) => {
      const text = document.querySelector(s)?.textContent ?? '';
      return /\bresults?\b/i.test(text) && (words === '' || text.includes(`“${words}”`));
    },
    [selector, typed ?? ''] as const,
    { timeout: 30_000 },
  );
  return (await page.locator(selector).textContent()) ?? '';
}

/** Where each option in a list goes, as paths after the base path. */
async function destinations(page: Page, selector: string, basePath: string): Promise<string[]> {
  const hrefs = await page
    .locator(selector)
    .evaluateAll((options) => options.map((o) => new URL((o as HTMLElement).dataset.href!, location.href).pathname));
  return hrefs.map((h) => h.slice(basePath.length));
}

/** The search page's results for a query typed into it. */
async function search(page: Page, base: string, basePath: string, query: string): Promise<string[]> {
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
  await answered(page, STATUS);
  return destinations(page, RESULTS, basePath);
}

/**
 * The same, typed into the box of the search page already open, as someone searching again does:
 * Pagefind stays loaded, so a long list of queries costs one page load. Answered once the address
 * carries the new query (set as the search starts) and the status has its count.
 */
async function searchAgain(page: Page, base: string, basePath: string, query: string): Promise<string[]> {
  if (new URL(page.url()).pathname !== `${basePath}search/`) return search(page, base, basePath, query);
  const box = page.locator('[data-search-primary]');
  await box.fill(query);
  await box.press('Enter');
  await page.waitForFunction(
    ([q, s]) =>
      location.search === `?q=${encodeURIComponent(q)}` &&
      /\bresults?\b/i.test(document.querySelector(s)?.textContent ?? ''),
    [query, STATUS] as const,
    { timeout: 30_000 },
  );
  return destinations(page, RESULTS, basePath);
}

describe.each([
  ['at the root', 'siteDir', '/', false],
  ['under /trust/cyber/', 'subPathSiteDir', '/trust/cyber/', false],
  ['for the example trust under /trust/cyber/', 'exampleSiteDir', '/trust/cyber/', true],
] as const)('search %s', (_label, key, basePath, isExample) => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  beforeAll(async () => {
    server = await new StaticServer([{ basePath, dir: inject(key) }]).start();
    base = server.url(basePath);
    context = await browser.newContext({ serviceWorkers: 'block' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await server?.stop();
  });

  it.each(SEARCH_QUERIES)(
    '"$query" finds $expect in the top 3',
    async ({ query, expect: expected, hiddenInExample }) => {
      const results = await searchAgain(page, base, basePath, query);
      if (isExample && hiddenInExample)
        expect(results, `"${query}" must not find a page the trust hides`).not.toContain(expected);
      else expect(results.slice(0, 3), `"${query}" gave: ${results.slice(0, 5).join(', ')}`).toContain(expected);
    },
  );

  it("finds a trust's own added guide in that trust's copy only", async () => {
    const results = await search(page, base, basePath, 'downtime box');
    if (isExample) expect(results.slice(0, 3)).toContain('guides/downtime-boxes/');
    else expect(results).not.toContain('guides/downtime-boxes/');
  });

  it('shows the urgent guide and the service desk above the results for an urgent query', async () => {
    await search(page, base, basePath, 'hacked');
    const urgent = page.locator('[data-urgent-box]');
    expect(await urgent.isVisible()).toBe(true);
    expect(await urgent.locator('a[href$="guides/someone-knows-my-password/"]').count()).toBe(1);
    expect(await urgent.locator('a[href^="tel:"]').count()).toBe(1);
    // Above the ordinary results, in reading order as on screen.
    const [box, list] = await Promise.all([urgent.boundingBox(), page.locator('#search-results').boundingBox()]);
    expect(box!.y).toBeLessThan(list!.y);
  });

  it('announces how many results there are, puts a typo right, and offers the words as typed', async () => {
    await search(page, base, basePath, 'pasword manger');
    const status = page.locator(STATUS);
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toMatch(
      /^Did you mean “password manager”\? Showing results for “password manager”\. \d+ results for “password manager”/,
    );
    expect(await page.locator(RESULTS).count()).toBeGreaterThan(0);
    const exact = page.locator('[data-exact-button]');
    expect(await exact.textContent()).toBe('Search for “pasword manger” instead');
    await exact.click();
    await page.waitForFunction(() =>
      /for “pasword manger”/.test(document.querySelector('[data-status]')?.textContent ?? ''),
    );
    expect(await page.locator(STATUS).textContent()).not.toMatch(/Did you mean/);
    expect(await exact.isHidden()).toBe(true);
  });

  it('from any page: "/" focuses the search, arrows choose a result, Enter opens it with the words marked', async () => {
    await page.goto(`${base}tips/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('password manager');
    await page.waitForSelector(`${POPUP} [role="option"]`);
    const input = page.locator('#site-search-q');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await answered(page, '[data-search-status]', 'password manager')).toMatch(
      /\d+ results? for “password manager”/,
    );
    await page.keyboard.press('ArrowDown');
    const first = page.locator(`${POPUP} [role="option"]`).first();
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    const target = (await first.getAttribute('data-href'))!;
    expect(target).toContain('highlight=password');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href === new URL(target, base).href);
    await page.waitForSelector('main mark.app-highlight');
    expect((await page.locator('main mark.app-highlight').first().textContent())?.toLowerCase()).toMatch(
      /^password|^manager/,
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('closes the list with Escape, and empties the box with a second Escape', async () => {
    await page.goto(base);
    await page.locator('#site-search-q').focus();
    await page.keyboard.type('wifi');
    await page.waitForSelector(`${POPUP} [role="option"]`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    const input = page.locator('#site-search-q');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator(POPUP).isHidden()).toBe(true);
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();
    expect(await input.inputValue()).toBe('wifi');
    await page.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('');
  });

  // Results for the last letters typed can arrive after Escape has closed the list: it stays closed.
  it('keeps the list closed when results arrive after Escape', async () => {
    await page.goto(base);
    const input = page.locator('#site-search-q');
    await input.focus();
    await page.keyboard.type('wi');
    await page.waitForSelector(`${POPUP} [role="option"]`);
    await page.keyboard.type('fi');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => /“wifi”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator(POPUP).isHidden()).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('');
  });

  it('on the search page, arrows move through the results and Enter opens the one chosen', async () => {
    await page.goto(`${base}search/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-q');
    await page.keyboard.type('phishing');
    await answered(page, STATUS, 'phishing');
    const targets = await page.locator(RESULTS).evaluateAll((o) => o.map((x) => (x as HTMLElement).dataset.href!));
    expect(targets.length).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search-page-q').getAttribute('aria-activedescendant')).toBe('search-results-1');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href === new URL(targets[1], base).href);
  });

  it('narrows the results with filter chips, by keyboard, and says so', async () => {
    await search(page, base, basePath, 'password');
    const chip = page.locator('button.app-chip[data-filter="type"][data-value="Checklist"]');
    expect(await chip.getAttribute('aria-pressed')).toBe('false');
    const count = async () => Number(/(\d+) results? for/.exec((await page.locator(STATUS).textContent()) ?? '')?.[1]);
    const before = await count();
    await chip.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      /Showing only: Checklist/.test(document.querySelector('[data-status]')?.textContent ?? ''),
    );
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-value'))).toBe('Checklist');
    const types = await page.locator(`${RESULTS} .app-search__option-type`).allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(await count()).toBeLessThan(before);
    expect(new Set(types)).toEqual(new Set(['Checklist']));
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      /\d+ results for “password”\.?$/.test(document.querySelector('[data-status]')?.textContent ?? ''),
    );
    expect(await chip.getAttribute('aria-pressed')).toBe('false');
    expect(await count()).toBe(before);
  });

  it('shows five results at first, and five more at a time on request', async () => {
    await search(page, base, basePath, 'password');
    expect(await page.locator(RESULTS).count()).toBe(5);
    const more = page.locator('[data-more]');
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(RESULTS).count()).toBe(10);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-more'))).toBe(true);
  });

  it('runs nothing from an injection attempt', async () => {
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    // search() waits until the results are drawn; then until any request an injected image made has ended.
    await search(page, base, basePath, '<img src=x onerror=alert(1)>');
    await page.waitForLoadState('networkidle');
    expect(dialog).toBe(false);
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
  });

  it('without JavaScript, points to the A to Z of every page', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    const plain = await noScript.newPage();
    await plain.goto(`${base}search/?q=password`);
    const link = plain.locator('main a[href$="a-z/"]').first();
    expect(await link.isVisible()).toBe(true);
    await noScript.close();
  });
});
