import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
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
    expect(after()).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind']));
    expect(after().filter((path) => /^\/pagefind\/pagefind\.en_\w+\.pf_meta$/.test(path))).toHaveLength(1);
    expect(after().filter((path) => /^\/pagefind\/index\/.+\.pf_index$/.test(path)).length).toBeGreaterThanOrEqual(1);
    // Five results at a time: a fragment for each result shown, never one for every page found.
    expect(after().filter((path) => /^\/pagefind\/fragment\//.test(path))).toHaveLength(5);
  });

  it("never loads the bundle files the build leaves out: Pagefind's own interfaces, highlighter, worker or other languages", () => {
    expect(after().filter((path) => /pagefind-(ui|component-ui|modular-ui|highlight|worker)|wasm\.unknown/.test(path))).toEqual([]);
  });

  it(`downloads at most ${FIRST_SEARCH_TARGET_KIB} KiB after the page's load event (Starlight's first search)`, () => {
    const files = search.transfers.filter((t) => !t.beforeLoad).map((t) => `${t.path} ${kib(t.served)}`).join(', ');
    expect(search.afterLoad, `a first search for "${FIRST_SEARCH_QUERY}" downloads ${kib(search.afterLoad)} KiB; budget ${FIRST_SEARCH_TARGET_KIB} KiB (${files})`).toBeLessThanOrEqual(
      FIRST_SEARCH_TARGET_KIB * KiB,
    );
  });
});
