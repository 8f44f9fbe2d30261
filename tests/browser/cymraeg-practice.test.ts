// Welsh checklists, practice and tips on the shared English-and-Welsh build, served under a sub-path:
// ticks shared across the two languages (same item ids, same device store), Welsh progress and score
// sentences in the plural form each number takes in Welsh, and Welsh words where a Welsh file exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { axeViolations } from '../helpers/axe';
import { ROOT } from '../helpers/build';
import type { StaticServer } from '../helpers/static-server';
import { welshSite, WELSH_BASE } from '../helpers/welsh-site';

const BASE = WELSH_BASE;
const CHECKLIST = 'checklists/end-of-shift/';
const WELSH_CHECKLIST = parse(readFileSync(join(ROOT, 'content/cy/checklists/end-of-shift.yaml'), 'utf8')) as {
  title: string;
  items: { id: string; action: string }[];
};
const ENGLISH_IDS = (
  parse(readFileSync(join(ROOT, 'content/checklists/end-of-shift.yaml'), 'utf8')) as { items: { id: string }[] }
).items.map((item) => item.id);
const SCENARIOS = readdirSync(join(ROOT, 'content/scenarios')).filter((file) => file.endsWith('.yaml')).length;
/** A practice example with a Welsh file, and one without (shown in English, marked so). */
const WELSH_SCENARIO = 'it-support-call-mfa-code';
const ENGLISH_SCENARIO = 'wrong-chat-colleague-message';

const box = (page: Page, id: string) => page.locator(`[data-item="${id}"] input[type="checkbox"]`);
const progress = (page: Page) => page.locator('[data-checklist-count]').textContent();

/** Answers an example in place: picks the choice and checks it, as the practice test does by keyboard. */
async function answer(page: Page, slug: string, choice: string): Promise<void> {
  await page.locator(`#${slug}-${choice}`).check();
  await page.locator(`[data-scenario="${slug}"] [data-scenario-form] button[type="submit"]`).click();
}

describe('Welsh checklists, practice and tips (languages: [en, cy])', () => {
  let server: StaticServer;
  let page: Page;
  welshSite((site) => ({ server, page } = site));

  it('shows ticks made on the English checklist on its Welsh page, which has the same item ids', async () => {
    expect(WELSH_CHECKLIST.items.map((item) => item.id)).toEqual(ENGLISH_IDS);
    await page.goto(server.url(`${BASE}${CHECKLIST}`));
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
    await box(page, 'smartcard').check();
    await box(page, 'printer').check();
    expect(await progress(page)).toBe('2 of 6 done');

    await page.goto(server.url(`${BASE}cy/${CHECKLIST}`));
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await page.locator('h1').textContent()).toBe(WELSH_CHECKLIST.title);
    const checked = await page
      .locator('[data-item]')
      .evaluateAll((items) =>
        items.flatMap((item) =>
          item.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked
            ? [(item as HTMLElement).dataset.item]
            : [],
        ),
      );
    expect(checked).toEqual(['smartcard', 'printer']);
    // The Welsh words of each item, as the tick box's label; none marked English.
    const smartcard = WELSH_CHECKLIST.items.find((item) => item.id === 'smartcard')!.action;
    await expect(page.getByLabel(smartcard, { exact: true }).isChecked()).resolves.toBe(true);
    expect(await page.locator('main [lang="en-GB"]').count()).toBe(0);
    expect(await progress(page)).toBe('Wedi ticio 2 gam o 6');

    // A tick on the Welsh page shows on the English one.
    await box(page, 'log-out').check();
    await page.goto(server.url(`${BASE}${CHECKLIST}`));
    expect(await progress(page)).toBe('3 of 6 done');
    expect(await box(page, 'log-out').isChecked()).toBe(true);
  });

  it('says the Welsh progress in the plural form Welsh gives each number (0, 1, 2, 3, 4, 6 ticked)', async () => {
    await page.goto(server.url(`${BASE}cy/${CHECKLIST}`));
    for (const id of ENGLISH_IDS) await box(page, id).uncheck();
    // The count is also announced, in the same words, when someone ticks.
    const status = page.locator('[data-checklist-status]');
    expect(await progress(page)).toBe('Wedi ticio 0 cam o 6');
    const seen: string[] = [];
    for (const id of ENGLISH_IDS) {
      await box(page, id).check();
      seen.push((await progress(page))!);
      expect(await status.textContent()).toBe(seen.at(-1));
    }
    expect(seen).toEqual([
      'Wedi ticio 1 cam o 6', // one
      'Wedi ticio 2 gam o 6', // two: soft mutation
      'Wedi ticio 3 cham o 6', // few: aspirate mutation
      'Wedi ticio 4 cam o 6', // other
      'Wedi ticio 5 cam o 6', // other
      'Wedi ticio 6 cham o 6', // many
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a Welsh practice example in Welsh, with the score sentence in Welsh, and one not yet in Welsh marked English', async () => {
    await page.goto(server.url(`${BASE}cy/practice/`));
    const welsh = page.locator(`[data-scenario="${WELSH_SCENARIO}"]`);
    expect(await welsh.locator('h2').textContent()).toContain('Galwad gan "gymorth TG"');
    expect(await welsh.locator('.app-mock__body').textContent()).toContain("Dan sydd yma o'r ddesg gwasanaeth TG");
    expect(await welsh.locator('[lang="en-GB"]').count()).toBe(0);
    const english = page.locator(`[data-scenario="${ENGLISH_SCENARIO}"]`);
    expect(await english.locator('h2').getAttribute('lang')).toBe('en-GB');
    expect(await english.locator('.app-mock__body').getAttribute('lang')).toBe('en-GB');

    const score = page.locator('[data-practice-score]');
    expect(await score.textContent()).toBe(
      'Dydych chi ddim wedi rhoi cynnig ar unrhyw enghraifft ar y ddyfais hon eto.',
    );
    await answer(page, WELSH_SCENARIO, 'report');
    expect(await welsh.locator('[data-scenario-result]').textContent()).toContain('Cywir.');
    expect(await score.textContent()).toBe(
      `Rydych chi wedi ateb 1 cwestiwn o ${SCENARIOS} ar y ddyfais hon, ac wedi cael 1 yn gywir.`,
    );
    await answer(page, 'director-gift-cards', 'fine');
    expect(await score.textContent()).toBe(
      `Rydych chi wedi ateb 2 gwestiwn o ${SCENARIOS} ar y ddyfais hon, ac wedi cael 1 yn gywir.`,
    );
    await answer(page, 'parcel-redelivery-text', 'report');
    expect(await score.textContent()).toBe(
      `Rydych chi wedi ateb 3 chwestiwn o ${SCENARIOS} ar y ddyfais hon, ac wedi cael 2 yn gywir.`,
    );
    // The red flags of the Welsh example are marked in its Welsh words.
    expect(await welsh.locator('mark.app-flag').first().textContent()).toContain("Rhif wedi'i guddio");
    expect(await axeViolations(page)).toEqual([]);

    // The same answers count on the English page, in its English sentence.
    await page.goto(server.url(`${BASE}practice/`));
    expect(await page.locator('[data-practice-score]').textContent()).toBe(
      `You have tried 3 of ${SCENARIOS} examples on this device, and got 2 right.`,
    );
  });

  it('shows the Welsh tips in Welsh', async () => {
    await page.goto(server.url(`${BASE}cy/tips/`));
    expect(await page.locator('#tip-three-random-words').textContent()).toContain('tegell llusern cwmwl');
    expect(await page.locator('main [lang="en-GB"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
