// The shared Welsh build (inject('welshSiteDir'): tests/fixtures/overlays/cymraeg, languages [en, cy])
// served under /trust/cyber/ as Welsh health boards host it, with one browser and one page, for a Welsh
// browser test file. Every Welsh test serves this one build: none makes its own.
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { StaticServer } from './static-server';

/** Where the Welsh build is served: a sub-path, so every link is tested with a base path. */
export const WELSH_BASE = '/trust/cyber/';

export interface WelshSite {
  /** The built site's folder. */
  dir: string;
  server: StaticServer;
  browser: Browser;
  /** A page in a context of its own. */
  page: Page;
}

/**
 * For a Welsh browser test file: serves the Welsh build and opens a browser and a page before its tests,
 * and closes them after. `ready` gets them once they are up (and may add its own set-up, such as
 * more contexts).
 */
export function welshSite(ready: (site: WelshSite) => unknown): void {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const dir = inject('welshSiteDir');
    server = await new StaticServer([{ basePath: WELSH_BASE, dir }]).start();
    browser = await launchBrowser();
    await ready({ dir, server, browser, page: await browser.newPage() });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
}
