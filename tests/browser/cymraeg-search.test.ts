// Searching in Welsh on the built English-and-Welsh copy (the shared welshSiteDir build, served under
// /trust/cyber/): the Welsh index alone, Welsh urgent phrases, "Did you mean" with Welsh words, and
// mutated words ("nghyfrinair", "ddolen") found from their unmutated forms and back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from '../helpers/build';
import type { StaticServer } from '../helpers/static-server';
import { welshSite, WELSH_BASE } from '../helpers/welsh-site';

const BASE = WELSH_BASE;
const STATUS = '[data-status]';
const RESULTS = '#search-results [role="option"]';
/** The Welsh password guide, and the urgent guide for a clicked link: both say "ddolen", never "dolen". */
const PASSWORD_GUIDE = 'cy/guides/three-random-words/';
const CLICKED_GUIDE = 'cy/guides/clicked-a-link/';

describe('searching in Welsh at /cy/search/', () => {
  let server: StaticServer;
  let page: Page;
  /** Every address the page asked for with /pagefind/ in it. */
  const index: string[] = [];

  welshSite((site) => {
    ({ server, page } = site);
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/pagefind/')) index.push(path);
    });
  });

  /** Types a query into the Welsh search page (opening it first), and the results' paths after the base path, once answered. */
  async function search(query: string): Promise<string[]> {
    if (new URL(page.url()).pathname !== `${BASE}cy/search/`) await page.goto(server.url(`${BASE}cy/search/`));
    const box = page.locator('[data-search-primary]');
    await box.fill(query);
    await box.press('Enter');
    await page.waitForFunction(
      ([q, s]) =>
        location.search === `?q=${encodeURIComponent(q)}` &&
        /[cg]h?anlyniad/.test(document.querySelector(s)?.textContent ?? ''),
      [query, STATUS] as const,
      { timeout: 30_000 },
    );
    const hrefs = await page
      .locator(RESULTS)
      .evaluateAll((options) => options.map((o) => new URL((o as HTMLElement).dataset.href!, location.href).pathname));
    return hrefs.map((href) => href.slice(BASE.length));
  }

  it('lists the Welsh password guide in the top 3 for "cyfrinair", loading only the Welsh index', async () => {
    await page.goto(server.url(`${BASE}cy/search/?q=cyfrinair`));
    await page.waitForFunction((s) => /[cg]h?anlyniad/.test(document.querySelector(s)?.textContent ?? ''), STATUS, {
      timeout: 30_000,
    });
    const results = await page
      .locator(RESULTS)
      .evaluateAll((options) => options.map((o) => new URL((o as HTMLElement).dataset.href!, location.href).pathname));
    expect(results.slice(0, 3)).toContain(`${BASE}${PASSWORD_GUIDE}`);
    expect(index.length).toBeGreaterThan(0);
    expect(index.filter((path) => !path.startsWith(`${BASE}cy/pagefind/`))).toEqual([]);
  });

  it('finds a Welsh guide by a word only content/cy/synonyms.yaml gives it: "linc", with dolen and link', async () => {
    // No Welsh page says "linc": only the group [dolen, dolenni, linc, link, links] puts it in their keywords lines.
    expect(await search('linc')).toContain(CLICKED_GUIDE);
  });

  it('shows the urgent box with the service desk\'s number for "cliciais ar ddolen"', async () => {
    await search('cliciais ar ddolen');
    const urgent = page.locator('[data-urgent-box]');
    expect(await urgent.isVisible()).toBe(true);
    const link = urgent.locator(`[data-urgent-links] a[href="${BASE}${CLICKED_GUIDE}"]`);
    expect(await link.textContent()).toBe('Rydw i wedi clicio ar ddolen neu agor atodiad');
    expect(await urgent.locator('a[href^="tel:"]').textContent()).toBe('0306 999 0001');
    // A Welsh search with no urgent phrase in it has no urgent box.
    await search('tri gair');
    expect(await urgent.isVisible()).toBe(false);
  });

  it('offers "cyfrinair" for "cyfrinar", and shows its results', async () => {
    const results = await search('cyfrinar');
    expect(await page.locator(STATUS).textContent()).toMatch(
      /^Oeddech chi'n golygu “cyfrinair”\? Yn dangos canlyniadau ar gyfer “cyfrinair”\. \d+ [cg]h?anlyniad ar gyfer “cyfrinair”/,
    );
    expect(results).toContain(PASSWORD_GUIDE);
  });

  it('finds a mutated word from its unmutated form: "dolen" finds the guides that say "ddolen"', async () => {
    // The clicked-a-link guide says only "ddolen": without the unmutated forms, Pagefind matched English
    // pages with "do". Every page listed is a Welsh page whose words say it in one of its forms.
    const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u);
    const written = wordsOf(readFileSync(join(ROOT, 'content/cy/guides/clicked-a-link.mdx'), 'utf8'));
    expect(written).toContain('ddolen');
    expect(written).not.toContain('dolen');
    const words = (path: string) =>
      wordsOf(/<main[\s\S]*<\/main>/.exec(readFileSync(join(inject('welshSiteDir'), path, 'index.html'), 'utf8'))![0]);
    const results = await search('dolen');
    expect(results).toContain(CLICKED_GUIDE);
    for (const path of results) {
      expect(path.startsWith('cy/'), path).toBe(true);
      expect(
        words(path).some((w) => /^(d|dd|n)olen(ni)?$/.test(w)),
        path,
      ).toBe(true);
    }
    // Found through the hidden index lines, a result shows its summary, not a list of words.
    const clicked = page.locator(`${RESULTS}[data-href^="${BASE}${CLICKED_GUIDE}"]`);
    expect(await clicked.locator('.app-search__option-summary').textContent()).toBeTruthy();
    expect(await clicked.locator('.app-search__option-excerpt').textContent()).toBe('');
  });

  it('finds an unmutated word from a mutated form: "fy nghyfrinair" finds the password guide, which says "cyfrinair"', async () => {
    // The password guide never says "nghyfrinair"; the clicked-a-link guide does, and is found too.
    const results = await search('fy nghyfrinair');
    expect(results).toContain(PASSWORD_GUIDE);
    expect(results).toContain(CLICKED_GUIDE);
  });

  it('keeps Welsh letters in "Did you mean": "ffôm" offers "ffôn"', async () => {
    // With only a to z as letters, "ffôm" was "ff" and "m", too short to put right.
    const results = await search('ffôm');
    expect(await page.locator(STATUS).textContent()).toMatch(/^Oeddech chi'n golygu “ffôn”\? .* \d+ [cg]h?anlyniad/);
    expect(results.length).toBeGreaterThan(0);
  });
});
