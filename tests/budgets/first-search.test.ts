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

  it(`finds results for "${FIRST_SEARCH_QUERY}", loading the index, one term chunk and one entry per result shown after the page`, () => {
    expect(search.status).toMatch(/[1-9]\d* results?/);
    const after = search.transfers.filter((t) => !t.beforeLoad).map((t) => t.path);
    expect(after).toContain('/search-index/index.json');
    expect(after.filter((path) => /^\/search-index\/terms\/\d+\.json$/.test(path))).toHaveLength(1);
    expect(after.filter((path) => /^\/search-index\/pages\/\d+\.json$/.test(path))).toHaveLength(5);
  });

  it(`downloads at most ${FIRST_SEARCH_TARGET_KIB} KiB after the page's load event (0.85 × Starlight's first search)`, () => {
    const files = search.transfers.filter((t) => !t.beforeLoad).map((t) => `${t.path} ${kib(t.served)}`).join(', ');
    expect(search.afterLoad, `a first search for "${FIRST_SEARCH_QUERY}" downloads ${kib(search.afterLoad)} KiB; budget ${FIRST_SEARCH_TARGET_KIB} KiB (${files})`).toBeLessThanOrEqual(
      FIRST_SEARCH_TARGET_KIB * KiB,
    );
  });
});
