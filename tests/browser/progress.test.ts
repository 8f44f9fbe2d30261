import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { watchProblems } from '../helpers/browser';
import { ROOT } from '../helpers/build';
import { browserOnRootSite } from '../helpers/site-session';

const PREFIX = 'cyber-guide:v1:/:';
const checklistSlugs = readdirSync(join(ROOT, 'content/checklists'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const itemIds = (slug: string) =>
  (parse(readFileSync(join(ROOT, `content/checklists/${slug}.yaml`), 'utf8')) as { items: { id: string }[] }).items.map(
    (i) => i.id,
  );
const scenarioCount = readdirSync(join(ROOT, 'content/scenarios')).filter((f) => f.endsWith('.yaml')).length;
const [first, second] = checklistSlugs.sort();
const firstIds = itemIds(first);
const secondIds = itemIds(second);
const [scenarioA, scenarioB, scenarioC] = readdirSync(join(ROOT, 'content/scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => f.replace(/\.yaml$/, ''));

const site = browserOnRootSite();

async function open(path: string, saved: Record<string, string> = {}, javaScriptEnabled = true): Promise<Page> {
  const context = await site.context({ serviceWorkers: 'block', javaScriptEnabled });
  // Seeds storage once, before the first page's scripts run, as an earlier visit would have left it.
  await context.addInitScript((values: Record<string, string>) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, saved);
  const page = await context.newPage();
  await page.goto(site.server.url(path));
  return page;
}

const countFor = (page: Page, slug: string) =>
  page.locator(`[data-progress-checklist="${slug}"] [data-progress-count]`).textContent();
const practiceLine = (page: Page) => page.locator('[data-progress-practice]').textContent();

const seeded = {
  [`${PREFIX}checklist:${first}`]: JSON.stringify({ ticked: [firstIds[0], firstIds[1], 'an-item-that-was-removed'] }),
  [`${PREFIX}practice`]: JSON.stringify({
    answers: {
      [scenarioA]: { choice: 'report', correct: true },
      [scenarioB]: { choice: 'unsure', correct: false },
      [scenarioC]: { choice: 'fine', correct: true },
    },
  }),
  'someone-else': 'kept',
};

describe('My progress', () => {
  it('sums up the ticks and practice answers saved on this device, and says they stay here', async () => {
    const page = await open('/progress/', seeded);
    expect(await countFor(page, first)).toBe(`2 of ${firstIds.length} done`);
    expect(await countFor(page, second)).toBe('Not started');
    expect(await page.locator('[data-progress-checklist]').count()).toBe(checklistSlugs.length);
    expect(await practiceLine(page)).toContain(
      `You have tried 3 of ${scenarioCount} examples on this device, and got 2 right.`,
    );
    expect(await page.locator(`[data-progress-checklist="${first}"] a`).getAttribute('href')).toBe(
      `/checklists/${first}/`,
    );
    expect(await page.locator('main').textContent()).toContain('stored only on this device. Nothing is sent anywhere');
    expect(await page.locator('[data-progress-noscript]').isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows ticks made on a checklist, and "not started" for practice not yet tried', async () => {
    const page = await open(`/checklists/${second}/`);
    for (const id of secondIds.slice(0, 3)) await page.locator(`[data-item="${id}"] input[type="checkbox"]`).check();
    await page.goto(site.server.url('/progress/'));
    expect(await countFor(page, second)).toBe(`3 of ${secondIds.length} done`);
    expect(await countFor(page, first)).toBe('Not started');
    expect(await practiceLine(page)).toContain('You have not tried any examples on this device yet.');
  });

  it('ignores saved values it does not understand, without an error', async () => {
    const page = await open('/progress/', {
      [`${PREFIX}checklist:${first}`]: '{"ticked": [',
      [`${PREFIX}checklist:${second}`]: JSON.stringify({ ticked: 'all' }),
      [`${PREFIX}practice`]: JSON.stringify({ answers: [1, 2, 3] }),
    });
    const problems = watchProblems(page, site.server.origin);
    await page.reload();
    expect(await countFor(page, first)).toBe('Not started');
    expect(await countFor(page, second)).toBe('Not started');
    expect(await practiceLine(page)).toContain('You have not tried any examples on this device yet.');
    expect(problems.consoleErrors).toEqual([]);
  });

  it('clears everything of ours after a confirmation in the page, by keyboard, and nothing else', async () => {
    const page = await open('/progress/', seeded);
    // "No" keeps everything and goes back to the button.
    await page.locator('[data-progress-clear]').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-progress-confirm-text'))).toBe(true);
    expect(await page.locator('[data-progress-confirm]').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-progress-clear'))).toBe(true);
    expect(await countFor(page, first)).toBe(`2 of ${firstIds.length} done`);
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toHaveLength(3);
    // "Yes" clears.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-progress-status]').textContent()).toBe(
      'All your progress has been cleared from this device.',
    );
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['someone-else']);
    expect(await countFor(page, first)).toBe('Not started');
    expect(await practiceLine(page)).toContain('You have not tried any examples on this device yet.');
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    expect(await countFor(page, first)).toBe('Not started');
  });

  it('without JavaScript, says progress shows when it is on, and links to every checklist', async () => {
    const page = await open('/progress/', {}, false);
    expect(await page.locator('[data-progress-noscript]').isVisible()).toBe(true);
    expect(await page.locator('[data-progress-noscript]').textContent()).toBe(
      'Your progress shows here when JavaScript is switched on.',
    );
    const links = await page
      .locator('[data-progress-checklist] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(checklistSlugs.map((slug) => `/checklists/${slug}/`).sort());
    expect(await page.locator('[data-progress-actions]').isVisible()).toBe(false);
  });

  it('still shows the page when the browser denies storage altogether', async () => {
    const context = await site.context({ serviceWorkers: 'block' });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const problems = watchProblems(page, site.server.origin);
    await page.goto(site.server.url('/progress/'));
    expect(await countFor(page, first)).toBe('Not started');
    expect(await page.locator('[data-progress-actions]').isVisible()).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
  });
});
