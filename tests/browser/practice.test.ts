/**
 * "Spot the scam" practice in the real built site, in Chromium: every scenario answered with the keyboard
 * alone, the red flags marked, the feedback focused and announced, a round of five to a score that
 * matches the answers, the score kept on the device (and bad saved values ignored), and the answers
 * still there without JavaScript.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, preloadAxe } from '../helpers/axe';
import { launchBrowser, watchProblems, type PageProblems } from '../helpers/browser';
import { ROOT } from '../helpers/build';
import { StaticServer } from '../helpers/static-server';
import { STORE_VERSION } from '../../src/utils/device-store';
import { stringsForPages } from '../../src/config/strings';

type Choice = 'report' | 'fine' | 'unsure';
interface Scenario {
  slug: string;
  verdict: 'report' | 'fine';
  explanation: string;
  redFlags: { quote: string; why: string }[];
  related?: string[];
}

const KEY = `cyber-guide:v${STORE_VERSION}:/:practice`;
const PAGE = '/practice/';
const CHOICE_ORDER: Choice[] = ['report', 'fine', 'unsure'];

const siteDir = inject('siteDir');
/** The central words: this file tests the central site. */
const words = stringsForPages({ contentDir: join(ROOT, 'content') }, ROOT);
const builtPage = readFileSync(join(siteDir, 'practice/index.html'), 'utf8');
/** Every scenario the built page carries, in page order, with what its content file says. */
const scenarios: Scenario[] = [
  ...builtPage.matchAll(/<section class="app-scenario" id="([^"]+)" data-scenario="\1" data-verdict="(report|fine)"/g),
].map(([, slug, verdict]) => ({
  slug,
  verdict: verdict as Scenario['verdict'],
  ...(parse(readFileSync(join(ROOT, 'content/scenarios', `${slug}.yaml`), 'utf8')) as Omit<
    Scenario,
    'slug' | 'verdict'
  >),
}));
const contentFiles = readdirSync(join(ROOT, 'content/scenarios')).filter((f) => f.endsWith('.yaml'));

// The English count words are one set of words (content/strings.yaml), not form by form.
const fill = (template: unknown, values: Record<string, string | number>) =>
  String(template).replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
const scoreLine = (answered: number, right: number) =>
  fill(words['practice.score'], { answered, right, total: scenarios.length });
const wrongChoice = (s: Scenario): Choice => (s.verdict === 'report' ? 'fine' : 'report');
const headingFor = (s: Scenario, choice: Choice) =>
  choice === 'unsure'
    ? words['practice.unsureAnswer']
    : choice === s.verdict
      ? words['practice.right']
      : words['practice.wrong'];
const verdictText = (s: Scenario) =>
  words[s.verdict === 'report' ? 'practice.verdict.report' : 'practice.verdict.fine'];

let browser: Browser;
let server: StaticServer;
const open: { close(): Promise<unknown> }[] = [];
/** One tab for the tests that start from empty storage with JavaScript on; see `revisit`. */
let tab: { page: Page; problems: PageProblems };

beforeAll(async () => {
  browser = await launchBrowser();
  server = await new StaticServer([{ basePath: '/', dir: siteDir }]).start();
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await preloadAxe(context);
  const page = await context.newPage();
  tab = { page, problems: watchProblems(page, server.origin) };
});
afterEach(async () => {
  for (const context of open.splice(0)) await context.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * The shared tab, as a first visit finds `path`: this copy's storage emptied, the page loaded anew
 * and only its own problems watched. Much quicker than a new profile for each test; the tests of
 * what a profile holds before the page loads use `visit`.
 */
async function revisit(path = PAGE): Promise<{ page: Page; problems: PageProblems }> {
  const { page, problems } = tab;
  if (page.url().startsWith(server.origin))
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  // An address that differs from the open one only after "#" would just scroll: leave the page first.
  if (path.includes('#')) await page.goto('about:blank');
  for (const list of Object.values(problems)) list.length = 0;
  await page.goto(server.url(path));
  return tab;
}

/** A fresh browser profile (empty storage), with `saved` put under the practice key before any script runs. */
async function visit(
  path = PAGE,
  options: { saved?: string; javaScriptEnabled?: boolean; refuseSaving?: boolean } = {},
): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  open.push(context);
  if (options.saved !== undefined)
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, options.saved] as const);
  if (options.refuseSaving) {
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
  }
  const page = await context.newPage();
  const problems = watchProblems(page, server.origin);
  await page.goto(server.url(path));
  return { page, problems };
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase(),
      name: el?.getAttribute('name'),
      value: el?.value,
      type: el?.getAttribute('type'),
      result: el?.hasAttribute('data-scenario-result'),
      scenario: el?.closest('[data-scenario]')?.getAttribute('data-scenario'),
    };
  });

/**
 * Answers the scenario whose choices come next in the Tab order, with keys only: Tab into the radios,
 * Space to pick the first, arrows to move to the choice, Tab to "Check my answer" and Enter.
 */
async function answerByKeyboard(page: Page, slug: string, choice: Choice): Promise<void> {
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'input', type: 'radio', name: `${slug}-choice`, value: 'report' });
  await page.keyboard.press('Space');
  for (let i = 0; i < CHOICE_ORDER.indexOf(choice); i += 1) await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatchObject({ name: `${slug}-choice`, value: choice });
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'button', type: 'submit', scenario: slug });
  await page.keyboard.press('Enter');
}

/** Answers a scenario on the practice page, starting the Tab order at its anchor as a link to it would. */
async function answerInPlace(page: Page, slug: string, choice: Choice): Promise<void> {
  await page.goto(server.url(`${PAGE}#${slug}`));
  await answerByKeyboard(page, slug, choice);
}

async function saved(page: Page): Promise<unknown> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), KEY);
  return raw === null ? null : JSON.parse(raw);
}

describe('spot the scam: the practice page', () => {
  it('carries every scenario in content/scenarios, and the built mocks hold no link, phone link or email link', () => {
    expect(scenarios.map((s) => `${s.slug}.yaml`).sort()).toEqual(contentFiles.sort());
    const mocks = [...builtPage.matchAll(/<figure class="app-mock[\s\S]*?<\/figure>/g)].map((m) => m[0]);
    expect(mocks).toHaveLength(scenarios.length);
    for (const mock of mocks) {
      expect(mock).not.toMatch(/<a[\s>]|href=|tel:|mailto:|<mark/i);
      expect(mock).toMatch(/aria-label="Practice example: /);
    }
  });

  it.each(
    scenarios.map(
      (s, i) =>
        [
          s.slug,
          s,
          CHOICE_ORDER[i % 3] === 'report' ? s.verdict : CHOICE_ORDER[i % 3] === 'fine' ? wrongChoice(s) : 'unsure',
        ] as const,
    ),
  )(
    '%s: answered by keyboard alone, the feedback is focused and announced, the red flags marked, no axe violation in the answered example',
    async (slug, scenario, choice) => {
      const { page, problems } = await revisit();
      const section = page.locator(`#${slug}`);
      const mock = section.getByRole('figure', { name: /^Practice example: / });
      expect(await mock.count()).toBe(1);
      expect(await section.locator('mark').count()).toBe(0);

      await answerInPlace(page, slug, choice);

      const result = section.locator('[data-scenario-result]');
      await result.waitFor();
      const heading = headingFor(scenario, choice);
      expect(await result.textContent()).toBe(heading);
      expect(await result.evaluate((el) => /^H[3-6]$/.test(el.tagName))).toBe(true);
      expect(await focused(page)).toMatchObject({ result: true, scenario: slug });
      const announced = await section.locator('[role="status"]').textContent();
      expect(announced).toContain(heading);
      expect(announced).toContain(verdictText(scenario));
      if (choice === 'unsure')
        expect(await section.locator('[data-scenario-note]').textContent()).toBe(words['practice.unsureNote']);
      if (choice !== 'unsure' && choice !== scenario.verdict) {
        expect(await section.locator('[data-scenario-note]').textContent()).toBe(
          words[scenario.verdict === 'fine' ? 'practice.wrongGenuine' : 'practice.wrongScam'],
        );
      }

      // Each flag marked once in the mock, numbered as in the list of reasons below it.
      const marks = mock.locator('mark');
      expect(await marks.count()).toBe(scenario.redFlags.length);
      const marked = await marks.evaluateAll((els) =>
        els.map((m) => ({
          text: m.firstChild?.textContent ?? '',
          number: m.querySelector('.app-flag__number')?.textContent?.replace(/\D/g, ''),
        })),
      );
      const reasons = await section.locator('[data-scenario-feedback] .app-flag-list li').allTextContents();
      expect(reasons).toHaveLength(scenario.redFlags.length);
      scenario.redFlags.forEach((flag, i) => {
        expect(marked.find((m) => m.number === String(i + 1))?.text).toBe(flag.quote);
        expect(reasons[i]).toContain(flag.why);
      });
      const feedback = section.locator('[data-scenario-feedback]');
      expect(await feedback.isVisible()).toBe(true);
      expect(await feedback.textContent()).toContain(scenario.explanation);
      expect(await feedback.locator('a[href^="/guides/"]').count()).toBe(scenario.related?.length ?? 0);
      expect(await mock.locator('a, [href]').count()).toBe(0);
      expect(await mock.innerHTML()).not.toMatch(/tel:|mailto:/i);

      // The page as it loads is checked whole by tests/browser/pages.test.ts; here, what answering changed.
      expect(await axeViolations(page, `#${slug}`)).toEqual([]);
      expect(await saved(page)).toEqual({ answers: { [slug]: { choice, correct: choice === scenario.verdict } } });
      expect(await page.locator('[data-practice-score]').textContent()).toBe(
        scoreLine(1, choice === scenario.verdict ? 1 : 0),
      );
      expect(problems.consoleErrors).toEqual([]);
    },
  );

  it('asks for a choice, and keeps the focus in the question, when "Check my answer" is pressed with none', async () => {
    const [first] = scenarios;
    const { page } = await revisit(`${PAGE}#${first.slug}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', scenario: first.slug });
    await page.keyboard.press('Enter');
    expect(await page.locator(`#${first.slug} [data-scenario-pick]`).isVisible()).toBe(true);
    expect(await focused(page)).toMatchObject({ type: 'radio', name: `${first.slug}-choice` });
    expect(await page.locator(`#${first.slug} [data-scenario-feedback]`).isVisible()).toBe(false);
    expect(await saved(page)).toBeNull();
  });
});

describe('spot the scam: a practice round', () => {
  /** Plays one round to its score with the keyboard; `pattern` says, question by question, how to answer. */
  async function playRound(
    page: Page,
    pattern: ('right' | 'wrong' | 'unsure')[],
  ): Promise<{ asked: string[]; right: number }> {
    const asked: string[] = [];
    let right = 0;
    for (let n = 1; n <= 5; n += 1) {
      const progress = page.locator('[data-round-progress]');
      expect(await progress.textContent()).toBe(fill(words['practice.questionOf'], { n, total: 5 }));
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-round-progress'))).toBe(true);
      const visible = page.locator('[data-scenario]:visible');
      expect(await visible.count()).toBe(1);
      const slug = (await visible.getAttribute('data-scenario'))!;
      const scenario = scenarios.find((s) => s.slug === slug)!;
      const how = pattern[n - 1];
      const choice = how === 'right' ? scenario.verdict : how === 'wrong' ? wrongChoice(scenario) : 'unsure';
      if (how === 'right') right += 1;
      asked.push(slug);
      await answerByKeyboard(page, slug, choice);
      expect(await page.locator(`#${slug} [data-scenario-result]`).textContent()).toBe(headingFor(scenario, choice));
      // On from the feedback to the button, with Tab.
      const next = page.locator('[data-round-next]');
      expect(await next.textContent()).toBe(words[n === 5 ? 'practice.finish' : 'practice.next']);
      for (let tabs = 0; tabs < 15 && !(await next.evaluate((el) => el === document.activeElement)); tabs += 1)
        await page.keyboard.press('Tab');
      expect(await next.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
    }
    expect(new Set(asked).size).toBe(5);
    return { asked, right };
  }

  it('asks five, one at a time, to a score that matches the answers; the next round asks new ones; the score stays after a reload', async () => {
    const { page, problems } = await revisit();
    const start = page.getByRole('link', { name: words['practice.startRound'] });
    await start.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?round=5$/);
    await page.locator('[data-round-progress]:visible').waitFor();

    const first = await playRound(page, ['right', 'wrong', 'right', 'unsure', 'right']);
    const score = page.locator('[data-round-score]');
    const expected = fill(words['practice.roundScore'], { right: first.right, total: 5 });
    expect(first.right).toBe(3);
    expect(await score.textContent()).toBe(expected);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-round-score'))).toBe(true);
    expect(await page.locator('[data-round-status]').textContent()).toBe(expected);
    expect(await page.locator('[data-scenario]:visible').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    const again = page.getByRole('link', { name: words['practice.again'] });
    await again.focus();
    await page.keyboard.press('Enter');
    await page.waitForLoadState('load');
    await page.locator('[data-round-progress]:visible').waitFor();
    const second = await playRound(page, ['right', 'right', 'right', 'right', 'right']);
    expect(await score.textContent()).toBe(fill(words['practice.roundScore'], { right: 5, total: 5 }));
    // Enough examples were left untried, so the second round asked none of the first round's.
    expect(scenarios.length - 5).toBeGreaterThanOrEqual(5);
    expect(second.asked.filter((slug) => first.asked.includes(slug))).toEqual([]);

    await page.goto(server.url(PAGE));
    expect(await page.locator('[data-practice-score]').textContent()).toBe(scoreLine(10, first.right + second.right));
    const kept = (await saved(page)) as { answers: Record<string, { choice: Choice; correct: boolean }> };
    expect(Object.keys(kept)).toEqual(['answers']);
    expect(Object.keys(kept.answers).sort()).toEqual([...first.asked, ...second.asked].sort());
    for (const [slug, answer] of Object.entries(kept.answers)) {
      expect(Object.keys(answer).sort()).toEqual(['choice', 'correct']);
      expect(answer.correct).toBe(answer.choice === scenarios.find((s) => s.slug === slug)!.verdict);
    }
    expect(problems.consoleErrors).toEqual([]);
  });
});

describe('spot the scam: saved values it does not understand', () => {
  const [first] = scenarios;
  it.each([
    ['bad JSON', '{"answers": {'],
    ['a list', '[{"choice": "report", "correct": true}]'],
    ['a string', '"report"'],
    ['null', 'null'],
    ['answers as a list', '{"answers": [1, 2, 3]}'],
    [
      'answers of the wrong types',
      JSON.stringify({ answers: { [first.slug]: { choice: 5, correct: 'yes' }, other: 'report' } }),
    ],
    ['an unknown choice', JSON.stringify({ answers: { [first.slug]: { choice: 'maybe', correct: true } } })],
    ['a prototype key', '{"answers": {"__proto__": {"choice": "report", "correct": true}}}'],
    ['a huge string', JSON.stringify('x'.repeat(60_000))],
    [
      'a huge value of the right shape',
      JSON.stringify({
        answers: { [first.slug]: { choice: first.verdict, correct: true } },
        padding: 'x'.repeat(50_001),
      }),
    ],
  ])('ignores %s: the page works and answering still works and saves', async (_label, value) => {
    const { page, problems } = await visit(PAGE, { saved: value });
    expect(await page.locator('[data-practice-score]').textContent()).toBe(words['practice.scoreNone']);
    expect(await page.locator('[data-scenario-form]:visible').count()).toBe(scenarios.length);
    await answerInPlace(page, first.slug, first.verdict);
    expect(await page.locator(`#${first.slug} [data-scenario-result]`).textContent()).toBe(words['practice.right']);
    expect(await page.locator(`#${first.slug} mark`).count()).toBe(first.redFlags.length);
    const kept = (await saved(page)) as { answers: Record<string, unknown> };
    expect(kept.answers[first.slug]).toEqual({ choice: first.verdict, correct: true });
    expect(await page.locator('[data-practice-score]').textContent()).toBe(scoreLine(1, 1));
    expect(problems.consoleErrors).toEqual([]);
  });

  it('keeps the good answers of a value that is only partly bad', async () => {
    const [a, b] = scenarios;
    const value = JSON.stringify({
      answers: { [a.slug]: { choice: 'unsure', correct: false }, [b.slug]: { choice: 'nope' } },
    });
    const { page } = await visit(PAGE, { saved: value });
    expect(await page.locator('[data-practice-score]').textContent()).toBe(scoreLine(1, 0));
  });

  it('still answers when the browser refuses to save, and says the score is not kept', async () => {
    const { page, problems } = await visit(PAGE, { refuseSaving: true });
    expect(await page.locator('[data-practice-score]').textContent()).toBe(
      `${words['practice.scoreNone']} ${words['practice.notSaved']}`,
    );
    await answerInPlace(page, first.slug, 'unsure');
    expect(await page.locator(`#${first.slug} [data-scenario-result]`).textContent()).toBe(
      words['practice.unsureAnswer'],
    );
    expect(await saved(page)).toBeNull();
    expect(problems.consoleErrors).toEqual([]);
  });
});

describe('spot the scam without JavaScript', () => {
  it('keeps every answer in an expander, opened with the keyboard', async () => {
    const { page } = await visit(PAGE, { javaScriptEnabled: false });
    expect(await page.locator('details[data-scenario-answer]').count()).toBe(scenarios.length);
    expect(await page.locator('[data-scenario-form]:visible').count()).toBe(0);
    for (const scenario of [scenarios[0], scenarios[scenarios.length - 1]]) {
      await page.goto(server.url(`${PAGE}#${scenario.slug}`));
      const details = page.locator(`#${scenario.slug} details`);
      const explanation = details.locator('[data-scenario-explanation]');
      expect(await explanation.isVisible()).toBe(false);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      await page.keyboard.press('Enter');
      expect(await explanation.isVisible()).toBe(true);
      expect(await explanation.textContent()).toContain(scenario.explanation);
      expect(await explanation.locator('li').count()).toBe(scenario.redFlags.length);
    }
  });

  it('shows every example on the round address too, rather than an empty round', async () => {
    const { page } = await visit(`${PAGE}?round=5`, { javaScriptEnabled: false });
    expect(await page.locator('[data-scenario]:visible').count()).toBe(scenarios.length);
    expect(await page.locator('[data-round-progress]').isVisible()).toBe(false);
  });
});
