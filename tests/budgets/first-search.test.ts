import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { StaticServer } from '../helpers/static-server';
import { KiB, kib, weighFirstSearch, type Visit } from '../helpers/weigh';
import { FIRST_SEARCH_BUDGET_KIB, FIRST_SEARCH_QUERY, FIRST_SEARCH_TARGET_KIB } from '../bench/targets';

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

  it(`finds results for "${FIRST_SEARCH_QUERY}", loading Pagefind, its index and result fragments after the page`, () => {
    expect(search.status).toMatch(/[1-9]\d* results?/);
    const after = search.transfers.filter((t) => !t.beforeLoad).map((t) => t.path);
    expect(after).toContain('/pagefind/pagefind.js');
    expect(after.some((path) => path.endsWith('.pagefind'))).toBe(true);
    expect(after.some((path) => path.endsWith('.pf_index'))).toBe(true);
    expect(after.some((path) => path.endsWith('.pf_fragment'))).toBe(true);
  });

  it(`downloads at most ${FIRST_SEARCH_BUDGET_KIB} KiB after the page's load event (held at today's figure; the target is ${FIRST_SEARCH_TARGET_KIB} KiB)`, () => {
    const files = search.transfers.filter((t) => !t.beforeLoad).map((t) => `${t.path} ${kib(t.served)}`).join(', ');
    expect(search.afterLoad, `a first search for "${FIRST_SEARCH_QUERY}" downloads ${kib(search.afterLoad)} KiB; budget ${FIRST_SEARCH_BUDGET_KIB} KiB (${files})`).toBeLessThanOrEqual(
      FIRST_SEARCH_BUDGET_KIB * KiB,
    );
  });
});
