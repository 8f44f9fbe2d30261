import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { ROOT } from '../helpers/build';
import { StaticServer } from '../helpers/static-server';

const checklists = readdirSync(join(ROOT, 'content/checklists')).map((f) => f.replace(/\.yaml$/, '')).sort();

let browser: Browser;
let server: StaticServer;
const cleanup: (() => Promise<unknown>)[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  server = await new StaticServer([{ basePath: '/', dir: inject('siteDir') }]).start();
});
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(path: string, init?: () => void): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ serviceWorkers: 'block' });
  cleanup.push(() => context.close());
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  await page.goto(server.url(path));
  return page;
}

/** Pages in a PDF Chromium printed. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('My progress', () => {
  const seed = () => {
    localStorage.setItem('cyber-guide:v1:/:checklist:end-of-shift', JSON.stringify({ ticked: ['log-out', 'smartcard'] }));
    localStorage.setItem('cyber-guide:v1:/:practice', JSON.stringify({ answers: { 'director-gift-cards': { choice: 'report', correct: true }, 'usb-stick-in-car-park': { choice: 'unsure', correct: false } } }));
    localStorage.setItem('someone-else', 'kept');
  };

  it('sums up the checklists and practice saved on this device, and says it is stored only here', async () => {
    const page = await open('/progress/', seed);
    expect(await page.locator('[data-progress-checklist="end-of-shift"] [data-progress-count]').textContent()).toBe('2 of 6 done');
    expect(await page.locator('[data-progress-checklist="working-from-home"] [data-progress-count]').textContent()).toBe('Not started');
    expect(await page.locator('[data-progress-practice]').textContent()).toMatch(/^You have tried 2 of \d+ examples on this device, and got 1 right\./);
    expect(await page.locator('main').textContent()).toContain('stored only on this device');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('clears everything of ours after a confirmation, by keyboard, and nothing else', async () => {
    const page = await open('/progress/', seed);
    await page.locator('[data-progress-clear]').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-progress-confirm-text'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-progress-status]').textContent()).toBe('All your progress has been cleared from this device.');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['someone-else']);
    expect(await page.locator('[data-progress-checklist="end-of-shift"] [data-progress-count]').textContent()).toBe('Not started');
  });

  it('prints a summary with no navigation or buttons', async () => {
    const page = await open('/progress/', seed);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.app-nav', '.app-header__search', '.app-footer', '[data-progress-actions]']) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    expect(await page.locator('[data-progress-date]').isVisible()).toBe(true);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
  });
});

describe('printing', () => {
  it.each(checklists)('the %s checklist fits one A4 page, with no navigation, and every item and its why', async (slug) => {
    const page = await open(`/checklists/${slug}/`);
    await page.locator('[data-item] input[type="checkbox"]').first().check();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.app-nav', '.app-header__search', '.app-footer', '.app-breadcrumb', '[data-checklist-controls]']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    const whys = page.locator('.app-checklist__why .nhsuk-details__text');
    for (const why of await whys.all()) expect(await why.isVisible()).toBe(true);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
  });
});
