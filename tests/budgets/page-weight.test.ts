import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, pagePaths } from '../helpers/browser';
import { siteFiles } from '../helpers/site-files';
import { StaticServer } from '../helpers/static-server';
import { KiB, kib, weighEach, type Visit } from '../helpers/weigh';
import { TARGETS } from '../bench/targets';

/** What a visit downloaded, file by file, for a message that says where the bytes went. */
const breakdown = (visit: Visit, early: boolean) =>
  visit.transfers
    .filter((t) => !early || t.beforeLoad)
    .map((t) => `${t.path} ${kib(t.served)}`)
    .join(', ');

describe('byte budget of a guide page (every guide, cold cache, served gzip like a CDN)', () => {
  const dir = inject('siteDir');
  const guides = pagePaths(siteFiles(dir), '/').filter((path) => /^\/guides\/[^/]+\/$/.test(path));
  const visits: Visit[] = [];
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await new StaticServer([{ basePath: '/', dir }]).start();
    browser = await launchBrowser();
    visits.push(...(await weighEach(browser, guides.map((path) => server.url(path)))));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('weighs every guide page, with its HTML and stylesheet', () => {
    expect(guides.length).toBeGreaterThan(10);
    expect(visits.length).toBe(guides.length);
    for (const visit of visits) {
      const early = visit.transfers.filter((t) => t.beforeLoad).map((t) => t.type);
      expect(early, visit.url).toContain('document');
      expect(early, visit.url).toContain('stylesheet');
    }
  });

  it(`downloads at most ${TARGETS.guideBeforeLoadKiB} KiB before the load event, on the heaviest guide`, () => {
    const heaviest = visits.reduce((a, b) => (b.beforeLoad > a.beforeLoad ? b : a));
    expect(
      heaviest.beforeLoad,
      `the heaviest guide page, ${new URL(heaviest.url).pathname}, is ${kib(heaviest.beforeLoad)} KiB before load; budget ${TARGETS.guideBeforeLoadKiB} KiB (${breakdown(heaviest, true)})`,
    ).toBeLessThanOrEqual(TARGETS.guideBeforeLoadKiB * KiB);
  });

  it(`ships at most ${TARGETS.guideJsKiB} KiB of JavaScript, before and after load, not counting the service worker`, () => {
    const most = visits.reduce((a, b) => (b.js > a.js ? b : a));
    expect(most.js, 'a guide page loads page.ts: no JavaScript at all means the measuring missed it').toBeGreaterThan(0);
    expect(
      most.js,
      `the guide page with most JavaScript, ${new URL(most.url).pathname}, has ${kib(most.js)} KiB; budget ${TARGETS.guideJsKiB} KiB (${most.transfers.filter((t) => t.isScript).map((t) => `${t.path} ${kib(t.served)}`).join(', ')})`,
    ).toBeLessThanOrEqual(TARGETS.guideJsKiB * KiB);
  });
});
