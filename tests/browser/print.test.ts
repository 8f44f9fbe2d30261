import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from '../helpers/build';
import { browserOnRootSite } from '../helpers/site-session';

const checklists = readdirSync(join(ROOT, 'content/checklists'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

/** The parts of the page frame that mean nothing on paper. */
const CHROME = [
  '.app-nav',
  '.app-header__search',
  '.app-footer',
  '.app-footer a',
  '.app-breadcrumb',
  '.nhsuk-skip-link',
  '.app-update-region',
];

const site = browserOnRootSite();

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await site.context({ serviceWorkers: 'block', javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(site.server.url(path));
  return page;
}

/** Pages in a PDF Chromium printed: one "/Type /Page" object each ("/Type /Pages" is the tree). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

async function expectNoChrome(page: Page): Promise<void> {
  for (const part of CHROME) {
    const found = page.locator(part);
    if ((await found.count()) === 0) continue;
    for (const one of await found.all()) expect(await one.isVisible(), `${part} on paper`).toBe(false);
  }
}

/** The colour of the text of every element matching the selector, as the browser computes it. */
const textColours = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).color))]);

describe('printing a checklist', () => {
  it.each(checklists)(
    '%s: one A4 page, no navigation, a box and the "why" for every item, black text',
    async (slug) => {
      const page = await open(`/checklists/${slug}/`);
      const items = await page.locator('[data-item]').count();
      await page.locator('[data-item] input[type="checkbox"]').first().check();
      await page.emulateMedia({ media: 'print' });
      await expectNoChrome(page);
      expect(await page.locator('[data-checklist-controls]').isVisible()).toBe(false);
      // Printers leave out backgrounds, so the bar would print empty; the words stay.
      expect(await page.locator('.app-checklist__bar').isVisible()).toBe(false);
      expect(await page.locator('.app-checklist__count').textContent()).toBe(`1 of ${items} done`);
      expect(await page.locator('h1').isVisible()).toBe(true);
      // A square to tick by hand (nhsuk draws the box before each label), and the reason, for every item.
      const squares = await page.locator('.app-checklist__label').evaluateAll((labels) =>
        labels.map((label) => {
          const box = getComputedStyle(label, '::before');
          return (
            box.borderTopStyle !== 'none' &&
            parseFloat(box.borderTopWidth) > 0 &&
            parseFloat(box.width) >= 20 &&
            box.borderTopColor === 'rgb(0, 0, 0)'
          );
        }),
      );
      expect(squares).toEqual(Array(items).fill(true));
      const whys = page.locator('.app-checklist__why .nhsuk-details__text');
      expect(await whys.count()).toBe(items);
      for (const why of await whys.all()) expect(await why.isVisible()).toBe(true);
      expect(
        await textColours(page, 'h1, .app-checklist__label, .app-checklist__why p, .app-checklist__count'),
      ).toEqual(['rgb(0, 0, 0)']);
      expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    },
  );

  it('prints a square before each action without JavaScript too', async () => {
    const page = await open(`/checklists/${checklists[0]}/`, false);
    await page.emulateMedia({ media: 'print' });
    const marks = await page
      .locator('[data-action]')
      .evaluateAll((actions) => actions.map((a) => getComputedStyle(a, '::before').content));
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toContain('☐');
    await expectNoChrome(page);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
  });

  it('counts pages truly: a long page prints on more than one', async () => {
    // Without this, "one page" above could pass with a counter that always says 1.
    const page = await open('/a-z/');
    await page.emulateMedia({ media: 'print' });
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
  });
});

describe('printing My progress', () => {
  it('gives a one-page summary with the date, and no buttons or navigation', async () => {
    const page = await open('/progress/');
    const date = page.locator('[data-progress-date]');
    expect(await date.isVisible(), 'the date is for paper only').toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expectNoChrome(page);
    expect(await page.locator('[data-progress-actions]').isVisible()).toBe(false);
    expect(await date.isVisible()).toBe(true);
    const today = await page.evaluate(() =>
      new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
    );
    expect(await date.textContent()).toBe(`Summary printed on ${today}.`);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
  });
});

describe('printing any page', () => {
  it('keeps the service desk number on the home page, prints addresses of other sites only, and hides the frame', async () => {
    const page = await open('/');
    await page.emulateMedia({ media: 'print' });
    await expectNoChrome(page);
    expect(await page.locator('a.app-call-button').isVisible()).toBe(true);
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(await after('main a[href^="/"]')).toBe('none');
    const guide = await open('/guides/how-to-report/');
    await guide.emulateMedia({ media: 'print' });
    await expectNoChrome(guide);
    const external = await guide
      .locator('main a[href^="https://"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(external).toMatch(/attr\(href\)|https:/);
  });
});
