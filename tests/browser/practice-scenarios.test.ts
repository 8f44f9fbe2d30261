import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchBrowser, watchProblems } from '../helpers/browser';
import { ROOT } from '../helpers/build';
import { StaticServer } from '../helpers/static-server';

const KEY = 'cyber-guide:v1:/:practice';
const dir = join(ROOT, 'content/scenarios');
const scenarios = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ slug: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(dir, f), 'utf8')) as { verdict: 'report' | 'fine'; redFlags: unknown[] }) }))
  .sort((a, b) => a.slug.localeCompare(b.slug));

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

async function open(path = '/practice/', init?: () => void, javaScriptEnabled = true): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ serviceWorkers: 'block', javaScriptEnabled });
  cleanup.push(() => context.close());
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  await page.goto(server.url(path));
  return page;
}

/** Answers a scenario with the keyboard only: Tab into the choices, arrows to pick, Enter to check. */
async function answerByKeyboard(page: Page, slug: string, choice: 'report' | 'fine' | 'unsure'): Promise<void> {
  const order = ['report', 'fine', 'unsure'];
  await page.locator(`#${slug} h2, #${slug} .app-scenario__title`).first().evaluate((h) => {
    h.setAttribute('tabindex', '-1');
    (h as HTMLElement).focus();
  });
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('radio');
  await page.keyboard.press('Space');
  for (let i = 0; i < order.indexOf(choice); i += 1) await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(choice);
  await page.keyboard.press('Enter');
}

describe('spot the scam', () => {
  it('has every scenario on the practice page', async () => {
    const page = await open();
    expect(await page.locator('[data-scenario]').evaluateAll((s) => s.map((x) => x.getAttribute('data-scenario')))).toEqual(scenarios.map((s) => s.slug));
  });

  it('has no live link, phone link or email link inside any mock', async () => {
    const page = await open();
    expect(await page.locator('.app-mock a, .app-mock [href], .app-mock [onclick]').count()).toBe(0);
  });

  it.each(scenarios)('$slug: answered by keyboard alone, the feedback is announced and the red flags are marked, with no axe violation before or after', async ({ slug, verdict, redFlags }) => {
    const page = await open();
    const problems = watchProblems(page, server.origin);
    const section = page.locator(`#${slug}`);
    expect(await section.locator('mark').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await answerByKeyboard(page, slug, verdict);
    const result = section.locator('[data-scenario-result]');
    await result.waitFor();
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-scenario-result'))).toBe(true);
    expect(await result.textContent()).toBe('Right.');
    const status = section.locator('[role="status"]');
    expect(await status.textContent()).toMatch(verdict === 'report' ? /^Right\. Report it: this is a scam\.$/ : /^Right\. This one is genuine\.$/);
    expect(await section.locator('mark.app-flag').count()).toBe(redFlags.length);
    expect(await axeViolations(page)).toEqual([]);
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!)).toEqual({ answers: { [slug]: { choice: verdict, correct: true } } });
    expect(problems.consoleErrors).toEqual([]);
  });

  it('treats "not sure" kindly, counts it as not right, and keeps the score through a reload', async () => {
    const page = await open();
    const [first, second] = scenarios;
    await answerByKeyboard(page, first.slug, 'unsure');
    expect(await page.locator(`#${first.slug} [data-scenario-result]`).textContent()).toMatch(/^Not sure is fine\. When in doubt, report it/);
    await answerByKeyboard(page, second.slug, second.verdict === 'report' ? 'fine' : 'report');
    expect(await page.locator(`#${second.slug} [data-scenario-result]`).textContent()).toBe('Not this time.');
    await page.reload();
    expect(await page.locator('[data-practice-score]').textContent()).toBe(`You have tried 2 of ${scenarios.length} examples on this device, and got 0 right.`);
  });

  it('runs a round of five, one at a time, to a score that matches the answers given', async () => {
    const page = await open('/practice/?round=5');
    const given: boolean[] = [];
    for (let n = 1; n <= 5; n += 1) {
      const progress = page.locator('[data-round-progress]');
      expect(await progress.textContent()).toBe(`Question ${n} of 5`);
      const visible = page.locator('[data-scenario]:visible');
      expect(await visible.count()).toBe(1);
      const slug = (await visible.getAttribute('data-scenario'))!;
      const scenario = scenarios.find((s) => s.slug === slug)!;
      const right = n % 2 === 1;
      const wrong = scenario.verdict === 'report' ? 'fine' : 'report';
      await answerByKeyboard(page, slug, right ? scenario.verdict : wrong);
      given.push(right);
      const next = page.locator('[data-round-next]');
      expect(await next.textContent()).toBe(n === 5 ? 'See my score' : 'Next question');
      await next.focus();
      await page.keyboard.press('Enter');
    }
    const score = page.locator('[data-round-score]');
    expect(await score.textContent()).toBe(`You spotted ${given.filter(Boolean).length} of 5.`);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-round-score'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!) as { answers: Record<string, unknown> };
    expect(Object.keys(saved.answers)).toHaveLength(5);
  });

  it('picks examples not tried yet for the next round', async () => {
    const tried = Object.fromEntries(scenarios.slice(0, scenarios.length - 5).map((s) => [s.slug, { choice: s.verdict, correct: true }]));
    const page = await open('/practice/?round=5', new Function(`localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(JSON.stringify({ answers: tried }))})`) as () => void);
    const slug = await page.locator('[data-scenario]:visible').getAttribute('data-scenario');
    expect(Object.keys(tried)).not.toContain(slug);
  });

  it.each([
    ['bad JSON', '{"answers": '],
    ['a list', '[1, 2]'],
    ['answers of the wrong shape', '{"answers": {"x": {"choice": "maybe", "correct": "yes"}}}'],
    ['a huge value', JSON.stringify({ answers: { x: { choice: 'report', correct: true, note: 'x'.repeat(60_000) } } })],
  ])('ignores %s saved for practice, and still works', async (_label, value) => {
    const page = await open('/practice/', new Function(`localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(value)})`) as () => void);
    expect(await page.locator('[data-practice-score]').textContent()).toBe('You have not tried any examples on this device yet.');
    await answerByKeyboard(page, scenarios[0].slug, scenarios[0].verdict);
    expect(await page.locator(`#${scenarios[0].slug} [data-scenario-result]`).textContent()).toBe('Right.');
  });

  it('without JavaScript, keeps every answer in an expander', async () => {
    const page = await open('/practice/', undefined, false);
    expect(await page.locator('[data-scenario-answer] summary').count()).toBe(scenarios.length);
    expect(await page.locator('[data-scenario-form]').first().isVisible()).toBe(false);
    await page.locator(`#${scenarios[0].slug} summary`).click();
    expect(await page.locator(`#${scenarios[0].slug} [data-scenario-explanation]`).isVisible()).toBe(true);
  });
});
