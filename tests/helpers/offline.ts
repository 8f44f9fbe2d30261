import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadSiteConfig } from '../../src/config/site';
import { serviceWorkerStep } from '../../src/build-steps/service-worker/generate';
import { BUILDS_FOLDER, buildOrThrow, ROOT, type BuildOptions } from './build';
import { StaticServer } from './static-server';

/** Waits until this copy's service worker controls the page and its precache is complete. */
export async function waitUntilOffline(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const registration = await navigator.serviceWorker.ready;
      return Boolean(
        registration.active && navigator.serviceWorker.controller?.scriptURL === registration.active.scriptURL,
      );
    },
    undefined,
    { timeout: 120_000 },
  );
  await page.waitForFunction(
    () => document.getElementById('offline-status')?.textContent?.startsWith('Available offline'),
    undefined,
    { timeout: 120_000 },
  );
}

/**
 * A page that opened this copy once online and let the worker save it; then the signal goes: the
 * server stops answering at all. The server is returned only to build addresses with.
 */
export async function visitedThenOffline(browser: Browser, basePath: string, dir: string) {
  const server = await new StaticServer([{ basePath, dir }]).start();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url(basePath));
    await waitUntilOffline(page);
    return { server, context, page };
  } finally {
    await server.stop();
  }
}

/** The text of the page's first heading. */
export const h1 = (page: Page) => page.locator('h1').first().innerText();

/** The first heading of a built page, as the browser shows it. */
export function builtHeading(dir: string, file: string): string {
  const html = readFileSync(join(dir, file), 'utf8');
  return (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

const quietLogger = { info: () => undefined, warn: () => undefined } as never;

/** Runs the service worker build step again over a built site (after a test changed its files). */
export async function rebuildServiceWorker(dir: string, basePath: string): Promise<void> {
  await serviceWorkerStep.run({ site: loadSiteConfig({ root: ROOT, basePath }), outDir: dir, logger: quietLogger });
}

/** A copy of a built site, to change without touching the shared build. */
export function copyOfSite(dir: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'cyber-guide-copy-')), 'dist');
  cpSync(dir, copy, { recursive: true });
  return copy;
}

/**
 * Builds the site from inside a test file. Vitest sets BASE_URL=/ in its workers, and Astro would take
 * that over the base path (every link would point at the root), so the child gets the right one.
 */
export function buildInTest(options: BuildOptions & { basePath: string }): Promise<string> {
  return buildOrThrow({ ...options, env: { ...options.env, BASE_URL: options.basePath } });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * A build of an overlay that several test files read and none changes, made once in a test run: the
 * first file to ask builds it, the others wait for it. Outside a test run with its own builds folder
 * (tests/global-setup.ts), it is simply built, so a stale copy is never reused.
 */
export async function sharedBuildInTest(overlay: string, basePath: string): Promise<string> {
  const builds = process.env[BUILDS_FOLDER];
  if (!builds) return buildInTest({ overlay, basePath });
  const folder = join(
    builds,
    `shared-${createHash('sha256').update(`${overlay}\n${basePath}`).digest('hex').slice(0, 12)}`,
  );
  const done = join(folder, 'done');
  const failed = join(folder, 'failed');
  try {
    mkdirSync(folder);
  } catch {
    // Another file is building it (or has): wait for its answer.
    for (;;) {
      if (existsSync(done)) return readFileSync(done, 'utf8');
      if (existsSync(failed)) throw new Error(readFileSync(failed, 'utf8'));
      await sleep(500);
    }
  }
  try {
    const site = await buildInTest({ overlay, basePath });
    writeFileSync(done, site);
    return site;
  } catch (error) {
    writeFileSync(failed, String(error));
    throw error;
  }
}
