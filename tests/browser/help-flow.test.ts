/**
 * The "Something's wrong" helper as staff use it in a hurry: from the home page, by keyboard, with no
 * signal. Every path is walked to its end page, in the central site and in the example trust's copy.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadContentSet } from '../../src/checks/content-set';
import { loadSiteConfig } from '../../src/config/site';
import { toTelUri } from '../../src/schemas/contact';
import { flowContentOf } from '../../src/help-flow/content-files';
import { HELP_FLOW } from '../../src/help-flow/flow';
import { isEndPage, isQuestionPage, resolveFlow, type ResolvedPage } from '../../src/help-flow/resolve';
import strings from '../../src/ui-strings/en.json';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { ROOT } from '../helpers/build';
import { h1, visitedThenOffline } from '../helpers/offline';
import { StaticServer } from '../helpers/static-server';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each([
  ['at the root', 'siteDir', '/', undefined],
  ['for the example trust under /trust/cyber/', 'exampleSiteDir', '/trust/cyber/', 'examples/northshire'],
] as const)('the helper, offline, %s', (_label, key, basePath, overlay) => {
  const site = loadSiteConfig({ root: ROOT, cwd: ROOT, overlay });
  // What this build should show: the flow checked against the content as this copy publishes it.
  const { pages } = resolveFlow(HELP_FLOW, flowContentOf(loadContentSet(ROOT, site)));
  const ends = pages.filter(isEndPage);
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const checkedByAxe = new Map<string, unknown[]>();
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ server, context, page } = await visitedThenOffline(browser, basePath, inject(key)));
  });
  afterAll(async () => context?.close());

  /** Focuses the link with exactly these words, checks it has focus, and presses Enter: one tap. */
  async function press(words: string, to: string): Promise<void> {
    // By its text, not its accessible name: CSS may add an arrow before the words.
    const link = page.locator('main a').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(words)}\\s*$`) });
    expect(await link.count(), `a link "${words}" on ${page.url()}`).toBe(1);
    await link.focus();
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(words);
    await page.keyboard.press('Enter');
    await page.waitForURL(server.url(to));
  }

  /** The page's own h1, title, Back link and axe check, the first time the walk meets it. */
  async function checkStep(step: ResolvedPage): Promise<void> {
    expect(await h1(page)).toBe(step.node.title);
    expect(await page.title()).toBe(`${step.node.title} - ${strings['help.caption']} - ${site.name}`);
    const back = page.getByRole('link', { name: strings['help.back'], exact: true });
    expect(await back.getAttribute('href')).toBe(step.parentPath === undefined ? basePath : `${basePath}help/${step.parentPath}`);
    if (!checkedByAxe.has(step.path)) checkedByAxe.set(step.path, await axeViolations(page));
    expect(checkedByAxe.get(step.path), `axe on help/${step.path}`).toEqual([]);
  }

  it('has a path for every situation, each at most three taps deep', () => {
    expect(ends.length).toBeGreaterThanOrEqual(10);
    for (const end of ends) expect(1 + end.answers.length).toBeLessThanOrEqual(3);
  });

  it.each(ends.map((end) => [end.path, end] as const))('walks from the home page to help/%s by keyboard, with no signal', async (_path, end) => {
    await page.goto(server.url(basePath));
    let taps = 0;
    await press(strings['home.helper'], `${basePath}help/`);
    taps++;
    await checkStep(byPath.get('')!);
    // Follow the answers that lead to this end, one page at a time.
    let at = byPath.get('')!;
    for (const answer of end.answers) {
      if (!isQuestionPage(at)) throw new Error(`help/${at.path} is not a question`);
      const chosen = at.node.answers.find((a) => a.label === answer)!;
      const next = byPath.get(`${at.path}${chosen.next.slug}/`)!;
      await press(answer, `${basePath}help/${next.path}`);
      taps++;
      await checkStep(next);
      at = next;
    }
    expect(taps).toBeLessThanOrEqual(3);
    expect(at.path).toBe(end.path);

    // The end page: what to do now, the exact steps, and whom to call, by the numbers in site.yaml.
    const main = page.locator('main');
    expect(await main.innerText()).toContain(end.node.now);
    expect(await page.locator('.app-help-steps li').allInnerTexts()).toEqual(end.node.steps);
    const cards = page.locator('.app-contact');
    expect(await cards.locator('.app-contact__name').allInnerTexts()).toEqual(end.node.contacts.map((name) => site.contacts[name].label));
    for (const [index, name] of end.node.contacts.entries()) {
      const contact = site.contacts[name];
      const tels = await cards.nth(index).locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(tels, `${name} on help/${end.path}`).toEqual(contact.phone ? [toTelUri(contact.phone)] : []);
    }
    const fullGuide = page.locator('a[data-full-guide]');
    if (end.node.guideLink) expect(await fullGuide.getAttribute('href')).toBe(`${basePath}guides/${end.node.guideLink.slug}/`);
    else expect(await fullGuide.count()).toBe(0);
  });

  it('sends people to the right team with the right number on the paths that matter most', async () => {
    const desk = toTelUri(site.contacts.serviceDesk.phone);
    const ig = toTelUri(site.contacts.informationGovernance.phone!);
    await page.goto(server.url(`${basePath}help/systems-are-down/`));
    expect(await page.locator('.app-contact a[href^="tel:"]').first().getAttribute('href')).toBe(desk);
    await page.goto(server.url(`${basePath}help/sent-to-the-wrong-person/`));
    expect(await page.locator('.app-contact a[href^="tel:"]').first().getAttribute('href')).toBe(ig);
    if (overlay) {
      // The trust's own procedure and numbers, not the central ones.
      expect(desk).toBe('tel:+441632960000');
      await page.goto(server.url(`${basePath}help/systems-are-down/`));
      expect(await page.locator('.app-help-steps').innerText()).toContain('red downtime box');
      expect(await page.locator('main').innerText()).not.toContain('0306 999 0001');
      expect(await page.locator('a[href*="ai-chatbots-and-online-tools"]').count()).toBe(0);
    }
  });
});
