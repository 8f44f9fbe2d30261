import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { launchBrowser } from './browser';
import { StaticServer } from './static-server';

export interface SiteSession {
  browser: Browser;
  /** The root build (inject('siteDir')), served at /. */
  server: StaticServer;
  /** A fresh browser context, closed after the test. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Something to close after the test (newest first). */
  later(close: () => Promise<unknown>): void;
}

/**
 * For a browser test file: one browser and the root build served at /, started once for the file.
 * Contexts and servers a test opens are closed after it, so no test sees another's storage.
 */
export function browserOnRootSite(): SiteSession {
  const cleanup: (() => Promise<unknown>)[] = [];
  const session: SiteSession = {
    browser: undefined as unknown as Browser,
    server: undefined as unknown as StaticServer,
    async context(options = {}) {
      const context = await session.browser.newContext(options);
      cleanup.push(() => context.close());
      return context;
    },
    later: (close) => void cleanup.push(close),
  };
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.server = await new StaticServer([{ basePath: '/', dir: inject('siteDir') }]).start();
  });
  afterEach(async () => {
    for (const close of cleanup.splice(0).reverse()) await close();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
