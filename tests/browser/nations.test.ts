// A copy built for each UK nation shows that nation's routes and none of another's: one build per
// nation (its overlay only sets nation:), shared by that nation's cases. England is the root build.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { buildOrThrow } from '../helpers/build';
import { StaticServer } from '../helpers/static-server';

interface Expected {
  /** The contact cards on the invoice-fraud guide: its reportFraud and nhsCounterFraud cards. */
  fraudCards: string[];
  /** Names no card and no pocket card in this nation's copy may show. */
  never: string[];
  /** The police card's heading. */
  police: string;
}

const ENGLAND_ONLY = ['Cyber Security Operations Centre', '0300 303 5222'];
const NATIONS: Record<string, Expected & { breach?: string }> = {
  england: {
    fraudCards: ['Report Fraud', '0300 123 2040', 'NHS Counter Fraud Authority', '0800 028 4060'],
    never: ['Police Scotland', 'NHS Scotland Counter Fraud Services', 'HSC Counter Fraud'],
    police: 'Police (not an emergency)',
  },
  scotland: {
    fraudCards: ['Police Scotland', 'NHS Scotland Counter Fraud Services', '08000 15 16 28'],
    never: ['Report Fraud', 'NHS Counter Fraud Authority', '0300 123 2040', '0800 028 4060', ...ENGLAND_ONLY],
    police: 'Police Scotland (not an emergency)',
    breach:
      "The information governance team decides whether it must go to the Information Commissioner's Office (ICO), and reports it.",
  },
  wales: {
    fraudCards: ['Report Fraud', '0300 123 2040', 'NHS Counter Fraud Authority', '0800 028 4060'],
    never: ['Police Scotland', 'NHS Scotland Counter Fraud Services', ...ENGLAND_ONLY],
    police: 'Police (not an emergency)',
    breach:
      "The information governance team decides whether it must go to the Information Commissioner's Office (ICO), and reports it.",
  },
  'northern-ireland': {
    fraudCards: ['Report Fraud', '0300 123 2040', 'HSC Counter Fraud and Probity Services'],
    never: ['NHS Counter Fraud Authority', 'Police Scotland', 'NHS Scotland Counter Fraud Services', ...ENGLAND_ONLY],
    police: 'Police Service of Northern Ireland (not an emergency)',
    breach:
      "The information governance team decides whether it must go to the Information Commissioner's Office (ICO), and reports it.",
  },
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The text of every contact card on a page, one string per card. */
const cards = (page: Page) => page.locator('.app-contact').allInnerTexts();

for (const [nation, expected] of Object.entries(NATIONS)) {
  describe(`a copy built with nation: ${nation}`, () => {
    let server: StaticServer;
    let page: Page;
    beforeAll(async () => {
      const dir =
        nation === 'england'
          ? inject('siteDir')
          : await buildOrThrow({ overlay: `tests/fixtures/overlays/nation-${nation}` });
      server = await new StaticServer([{ basePath: '/', dir }]).start();
      page = await browser.newPage();
    }, 300_000);
    afterAll(async () => {
      await page?.close();
      await server?.stop();
    });

    it("shows this nation's fraud routes on the invoice-fraud guide, and no other nation's", async () => {
      await page.goto(server.url('/guides/urgent-requests-and-invoice-fraud/'));
      const text = (await cards(page)).join('\n');
      for (const name of expected.fraudCards) expect(text).toContain(name);
      for (const name of expected.never) expect(text).not.toContain(name);
      expect(await axeViolations(page)).toEqual([]);
    });

    // The CSOC serves organisations, not staff (issue #26): after a report, staff see their own service desk.
    it("shows the service desk's card after a report, never the CSOC's", async () => {
      await page.goto(server.url('/guides/what-happens-after-you-report/'));
      const text = (await cards(page)).join('\n');
      expect(text).toContain('IT service desk');
      expect(text).not.toContain('Cyber Security Operations Centre');
      expect(await page.locator('a[href="tel:+443003035222"]').count()).toBe(0);
    });

    it("names this nation's police on the lost-device guide and the helper's lost-device page", async () => {
      for (const path of ['/guides/lost-or-stolen-device/', '/help/lost-a-device/work-device/']) {
        await page.goto(server.url(path));
        await expect(page.getByRole('heading', { name: expected.police, exact: true }).count()).resolves.toBe(1);
      }
    });

    it("puts no other nation's body on the pocket card", async () => {
      await page.goto(server.url('/pocket-card/'));
      const text = await page.locator('main').innerText();
      expect(text).toContain('IT service desk');
      for (const name of expected.never) expect(text).not.toContain(name);
    });

    if (expected.breach) {
      it("shows this nation's sentence with <NationWords>, and nothing where its file says none", async () => {
        await page.goto(server.url('/guides/nation-words/'));
        const paragraphs = (await page.locator('main p').allInnerTexts()).map((p) => p.replace(/\s+/g, ' ').trim());
        expect(paragraphs).toContain(`Breach: ${expected.breach}`);
        expect(paragraphs).toContain('Serious attacks: End.');
      });
    }
  });
}
