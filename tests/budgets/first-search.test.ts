import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { waitUntilOffline } from '../helpers/offline';
import { StaticServer } from '../helpers/static-server';
import { KiB, kib, weighFirstSearch, type Visit } from '../helpers/weigh';
import { FIRST_SEARCH_QUERY, FIRST_SEARCH_TARGET_KIB } from '../bench/targets';

describe('byte budget of a first search (cold cache, service workers blocked)', () => {
  let server: StaticServer;
  let browser: Browser;
  let search: Visit & { status: string };

  beforeAll(async () => {
    server = await new StaticServer([{ basePath: '/', dir: inject('siteDir') }]).start();
    browser = await launchBrowser();
    const context = await browser.newContext({ serviceWorkers: 'block' });
    search = await weighFirstSearch(context, server.url('/search/'), FIRST_SEARCH_QUERY);
    await context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const after = () => search.transfers.filter((t) => !t.beforeLoad).map((t) => t.path);

  it(`finds results for "${FIRST_SEARCH_QUERY}" with Pagefind: its engine, the English WebAssembly, the entry and meta files, the index chunk for the word and one fragment per result shown`, () => {
    expect(search.status).toMatch(/[1-9]\d* results?/);
    expect(after()).toEqual(
      expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind']),
    );
    expect(after().filter((path) => /^\/pagefind\/pagefind\.en_\w+\.pf_meta$/.test(path))).toHaveLength(1);
    expect(after().filter((path) => /^\/pagefind\/index\/.+\.pf_index$/.test(path)).length).toBeGreaterThanOrEqual(1);
    // Five results at a time: a fragment for each result shown, never one for every page found.
    expect(after().filter((path) => /^\/pagefind\/fragment\//.test(path))).toHaveLength(5);
  });

  it("never loads the bundle files the build leaves out: Pagefind's own interfaces, highlighter, worker or other languages", () => {
    expect(
      after().filter((path) => /pagefind-(ui|component-ui|modular-ui|highlight|worker)|wasm\.unknown/.test(path)),
    ).toEqual([]);
  });

  it(`downloads at most ${FIRST_SEARCH_TARGET_KIB} KiB after the page's load event (Starlight's first search)`, () => {
    const files = search.transfers
      .filter((t) => !t.beforeLoad)
      .map((t) => `${t.path} ${kib(t.served)}`)
      .join(', ');
    expect(
      search.afterLoad,
      `a first search for "${FIRST_SEARCH_QUERY}" downloads ${kib(search.afterLoad)} KiB; budget ${FIRST_SEARCH_TARGET_KIB} KiB (${files})`,
    ).toBeLessThanOrEqual(FIRST_SEARCH_TARGET_KIB * KiB);
  });
});

describe('searches once the guide is saved on the device (server still answering)', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await new StaticServer([{ basePath: '/', dir: inject('siteDir') }]).start();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A fresh browser that has opened the guide and saved its offline copy; `then` runs on that page. */
  async function onSavedCopy(then: (page: Page) => Promise<void>): Promise<void> {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(server.url('/'));
      await waitUntilOffline(page);
      await then(page);
    } finally {
      await context.close();
    }
  }

  it('start on the search page once it is idle, before anything is typed: Pagefind, its WebAssembly, its filter index and the urgent words', () =>
    onSavedCopy(async (page) => {
      const loaded = new Set<string>();
      page.on('response', (response) => loaded.add(new URL(response.url()).pathname));
      await page.goto(server.url('/search/'));
      const ready = () => [
        loaded.has('/pagefind/pagefind.js'),
        loaded.has('/pagefind/wasm.en.pagefind'),
        [...loaded].some((path) => /^\/pagefind\/filter\/.+\.pf_filter$/.test(path)),
        loaded.has('/search/urgent.json'),
      ];
      await expect.poll(ready, { timeout: 30_000 }).toEqual([true, true, true, true]);
      expect(await page.locator('#search-page-q').inputValue()).toBe('');
    }));

  it('download nothing from the network: the offline copy answers every file a search asks for', () =>
    onSavedCopy(async (page) => {
      const fromNetwork: string[] = [];
      const searchFiles: string[] = [];
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (!/^\/(pagefind\/|search\/\w+\.json)/.test(path)) return;
        searchFiles.push(path);
        if (!response.fromServiceWorker()) fromNetwork.push(path);
      });
      await page.goto(server.url('/search/'));
      for (const query of [FIRST_SEARCH_QUERY, 'ransom', 'pasword manger', 'clicked a link']) {
        await page.locator('#search-page-q').fill(query);
        await page.waitForFunction(
          (q) =>
            new RegExp(`results? for “${q}”|Showing results for`).test(
              document.querySelector('[data-status]')?.textContent ?? '',
            ),
          query,
          { timeout: 30_000 },
        );
      }
      expect(searchFiles.length, "the searches asked for Pagefind's files and the word lists").toBeGreaterThan(5);
      expect(fromNetwork).toEqual([]);
    }));
});
