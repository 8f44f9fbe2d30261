import type { Page } from 'playwright-core';

/** Waits until the service worker controls the page and its precache is complete. */
export async function waitUntilOffline(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return Boolean(registration.active && navigator.serviceWorker.controller);
  }, undefined, { timeout: 60_000 });
  await page.waitForFunction(() => document.getElementById('offline-status')?.textContent?.startsWith('Available offline'), undefined, { timeout: 60_000 });
}

/** The text of the page's first heading. */
export const h1 = (page: Page) => page.locator('h1').first().innerText();
