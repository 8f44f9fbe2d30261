import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { buildInTest, builtHeading, h1, waitUntilOffline } from '../helpers/offline';
import { StaticServer } from '../helpers/static-server';

// Two copies of the guide on one intranet origin: /trust/cyber/ and /trust/cyber-old/, whose cache names
// start alike ("cyber-guide-trust-cyber-…"). Neither may read or delete the other's offline copy, and
// retiring one must leave the other working.
const MAIN = '/trust/cyber/';
const OLD = '/trust/cyber-old/';

let browser: Browser;
let oldCopy: string;
let retiredMain: string;
beforeAll(async () => {
  // One after the other: two Astro builds at once share .astro/ in the project and trip over each other.
  oldCopy = await buildInTest({ basePath: OLD });
  retiredMain = await buildInTest({ basePath: MAIN, env: { SITE_RETIRE: '1' } });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

interface Copies {
  registrations: string[];
  caches: string[];
  /** Whether a worker controls the page. */
  controlled: boolean;
}

/** The workers and caches on the origin, as scope → what is there. */
const onDevice = (page: Page): Promise<Copies> =>
  page.evaluate(async () => ({
    registrations: (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname).sort(),
    caches: (await caches.keys()).sort(),
    controlled: Boolean(navigator.serviceWorker.controller),
  }));

describe('two copies of the guide on one origin', () => {
  it('keep separate offline copies, and retiring one deletes its own and leaves the other working offline', async () => {
    const main = inject('subPathSiteDir');
    const server = await new StaticServer([
      { basePath: MAIN, dir: main },
      { basePath: OLD, dir: oldCopy },
    ]).start();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url(MAIN));
    await waitUntilOffline(page);
    await page.goto(server.url(OLD));
    await waitUntilOffline(page);

    const before = await onDevice(page);
    expect(before.registrations).toEqual([MAIN, OLD].sort());
    const ownedBy = (names: string[], basePath: string) =>
      names.filter((name) => name.endsWith(`-${server.url(basePath)}`));
    // Each copy's saved files, and the note that they have been complete once.
    expect(ownedBy(before.caches, MAIN)).toEqual([
      `cyber-guide-trust-cyber-notes-${server.url(MAIN)}`,
      `cyber-guide-trust-cyber-pages-${server.url(MAIN)}`,
    ]);
    expect(ownedBy(before.caches, OLD)).toEqual([
      `cyber-guide-trust-cyber-old-notes-${server.url(OLD)}`,
      `cyber-guide-trust-cyber-old-pages-${server.url(OLD)}`,
    ]);
    // Each reads only its own: a page of one copy, offline, comes from that copy's cache.
    await server.stop();
    for (const basePath of [MAIN, OLD]) {
      await page.goto(server.url(`${basePath}a-z/`));
      expect(await h1(page)).toBe(builtHeading(main, 'a-z/index.html'));
      expect(await page.locator(`a[href="${basePath}"]`).count()).toBeGreaterThan(0);
    }
    await server.start();

    // The trust stops hosting /trust/cyber/: it deploys the retire build there.
    server.mounts[0].dir = retiredMain;
    await page.goto(server.url(`${MAIN}guides/three-random-words/`));
    // The retire worker reloads the pages it had, from the server: ask again until that has happened.
    await expect
      .poll(async () => onDevice(page).catch(() => undefined), { timeout: 60_000 })
      .toEqual({ registrations: [OLD], caches: ownedBy(before.caches, OLD), controlled: false });
    await page.waitForLoadState('load');

    // The other copy still works with no signal; the retired one is gone from the device.
    await server.stop();
    await page.goto(server.url(`${OLD}a-z/`));
    expect(await h1(page)).toBe(builtHeading(oldCopy, 'a-z/index.html'));
    await expect(page.goto(server.url(`${MAIN}a-z/`))).rejects.toThrow(/ERR_CONNECTION_REFUSED/);
    await context.close();
  });

  it('a retire build opened directly removes a worker left behind, and only its own', async () => {
    const server = await new StaticServer([
      { basePath: MAIN, dir: inject('subPathSiteDir') },
      { basePath: OLD, dir: oldCopy },
    ]).start();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url(OLD));
    await waitUntilOffline(page);
    await page.goto(server.url(MAIN));
    await waitUntilOffline(page);
    const before = await onDevice(page);

    // The retire build's own page script, served without the old worker in the way (a hard reload).
    server.mounts[0].dir = retiredMain;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setBypassServiceWorker', { bypass: true });
    await page.goto(server.url(`${MAIN}about/`));
    await expect
      .poll(async () => onDevice(page), { timeout: 30_000 })
      .toEqual({
        registrations: [OLD],
        caches: before.caches.filter((name) => name.endsWith(`-${server.url(OLD)}`)),
        controlled: false,
      });
    await context.close();
    await server.stop();
  });
});
