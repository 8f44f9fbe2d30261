// Scam alerts on the Welsh pages of the shared English-and-Welsh build, served under a sub-path: the test
// trust (tests/fixtures/overlays/cymraeg) has two current alerts, one with Welsh words in its
// cy/alerts.yaml and one without. A Welsh page shows the Welsh words, and the English words of the other
// marked lang="en-GB" (it never waits for a translation); the English pages are as they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import { axeViolations } from '../helpers/axe';
import { ukDate } from '../helpers/alerts-fixture';
import { ROOT } from '../helpers/build';
import type { StaticServer } from '../helpers/static-server';
import { welshSite, WELSH_BASE } from '../helpers/welsh-site';
import { WELSH_STRINGS } from '../helpers/welsh-words';

const BASE = WELSH_BASE;
const OVERLAY = join(ROOT, 'tests/fixtures/overlays/cymraeg');
type Words = { title: string; body: string };
const ENGLISH = Object.fromEntries(
  (parse(readFileSync(join(OVERLAY, 'alerts.yaml'), 'utf8')) as { alerts: (Words & { id: string })[] }).alerts.map(
    (alert) => [alert.id, alert],
  ),
);
const WELSH = (parse(readFileSync(join(OVERLAY, 'cy/alerts.yaml'), 'utf8')) as { alerts: Record<string, Words> })
  .alerts;
/** The alert with Welsh words, and the one shown in English on Welsh pages. */
const TRANSLATED = 'fake-payslip-email';
const UNTRANSLATED = 'parcel-text';

/** Waits (as long as Playwright waits for an element) until a value from the page matches. */
const settled = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000 });

/** An alert's box on the page, by its id (the home page, the alerts page, the search page's box). */
const alertIn = (page: Page, id: string, list = '[data-alerts]'): Locator =>
  page.locator(`${list} [data-alert-id="${id}"]`);

/** What a reader (and a screen reader) is given of an alert: its title and text, and the language of each. */
async function shown(alert: Locator): Promise<{ title: string; body: string; lang: (string | null)[] }> {
  const title = alert.locator('.app-alert__title');
  const body = alert.locator('.app-alert__body');
  const langOf = (part: Locator) => part.evaluate((element) => element.closest('[lang]')?.getAttribute('lang') ?? null);
  return {
    title: (await title.innerText()).trim(),
    body: (await body.innerText()).trim(),
    lang: [await langOf(title), await langOf(body)],
  };
}

/** An alert's Markdown text as it reads: a link's words without its address, and typographic apostrophes. */
const plain = (markdown: string) => markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replaceAll("'", '’');

describe('scam alerts on the Welsh pages (languages: [en, cy])', () => {
  let server: StaticServer;
  let page: Page;
  welshSite((site) => ({ server, page } = site));

  it('shows on /cy/alerts/ an alert’s Welsh words, and the English words of one without, marked English', async () => {
    await page.goto(server.url(`${BASE}cy/alerts/`));
    // A Welsh page: no "not yet in Welsh" English <main>.
    expect(await page.locator('main').getAttribute('lang')).toBeNull();
    expect(await page.locator('h1').innerText()).toBe(WELSH_STRINGS['alerts.title']);
    await settled(() => alertIn(page, TRANSLATED).isVisible()).toBe(true);
    expect(await shown(alertIn(page, TRANSLATED))).toEqual({
      title: WELSH[TRANSLATED].title,
      body: plain(WELSH[TRANSLATED].body),
      lang: ['cy', 'cy'],
    });
    expect(await shown(alertIn(page, UNTRANSLATED))).toEqual({
      title: ENGLISH[UNTRANSLATED].title,
      body: plain(ENGLISH[UNTRANSLATED].body),
      lang: ['en-GB', 'en-GB'],
    });
    // The link in the Welsh words goes to the Welsh guide; the day it ends is written in Welsh.
    expect(await alertIn(page, TRANSLATED).locator('.app-alert__body a').getAttribute('href')).toBe(
      `${BASE}cy/guides/reporting-suspicious-messages/`,
    );
    const until = new Intl.DateTimeFormat('cy', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(await alertIn(page, TRANSLATED).locator('.app-alert__until').innerText()).toBe(
      `${WELSH_STRINGS['alerts.until']} ${until.format(new Date(`${ukDate(Date.now(), 7)}T00:00:00Z`))}`,
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the same on the Welsh home page’s alerts, the hidden words of each “hide” button too', async () => {
    await page.goto(server.url(`${BASE}cy/`));
    await settled(() => page.locator('[data-alerts] [data-alert]:visible').count()).toBe(2);
    expect((await shown(alertIn(page, TRANSLATED))).title).toBe(WELSH[TRANSLATED].title);
    expect((await shown(alertIn(page, UNTRANSLATED))).lang).toEqual(['en-GB', 'en-GB']);
    const hidden = (id: string) => alertIn(page, id).locator('[data-alert-dismiss] .nhsuk-u-visually-hidden');
    expect(await hidden(TRANSLATED).innerText()).toBe(`: ${WELSH[TRANSLATED].title}`);
    expect(await hidden(UNTRANSLATED).getAttribute('lang')).toBe('en-GB');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds an alert in a Welsh search by its Welsh words (or English ones), and one without them by its English words', async () => {
    await page.goto(server.url(`${BASE}cy/search/?q=${encodeURIComponent('slip cyflog')}`));
    const found = (id: string) => alertIn(page, id, '[data-alerts-search]');
    await settled(() => found(TRANSLATED).isVisible()).toBe(true);
    expect((await shown(found(TRANSLATED))).title).toBe(WELSH[TRANSLATED].title);
    expect(await found(UNTRANSLATED).isVisible()).toBe(false);
    // Staff search Welsh pages with English words too.
    await page.goto(server.url(`${BASE}cy/search/?q=payslip`));
    await settled(() => found(TRANSLATED).isVisible()).toBe(true);
    await page.goto(server.url(`${BASE}cy/search/?q=parcel`));
    await settled(() => found(UNTRANSLATED).isVisible()).toBe(true);
    expect((await shown(found(UNTRANSLATED))).lang).toEqual(['en-GB', 'en-GB']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the English alerts page in English, whatever the Welsh file says', async () => {
    await page.goto(server.url(`${BASE}alerts/`));
    await settled(() => alertIn(page, TRANSLATED).isVisible()).toBe(true);
    for (const id of [TRANSLATED, UNTRANSLATED])
      expect(await shown(alertIn(page, id))).toEqual({
        title: ENGLISH[id].title,
        body: plain(ENGLISH[id].body),
        lang: ['en-GB', 'en-GB'],
      });
    expect(await alertIn(page, TRANSLATED).locator('[lang]').count()).toBe(0);
  });
});
