/**
 * The "Something's wrong" helper as staff use it in a hurry: from the home page, by keyboard, with no
 * signal. Every path is walked to its end page, in the central site and in the example trust's copy,
 * whose own help.yaml adds a path and changes a page: those two are walked by Tab and Enter alone,
 * online and with the server stopped.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadContentSet } from '../../src/content/content-set';
import { loadSiteConfig } from '../../src/config/site';
import { stringsForPages } from '../../src/config/strings';
import { toTelUri } from '../../src/schemas/contact';
import { flowContentOf } from '../../src/features/helper/content-files';
import { loadHelp } from '../../src/features/helper/load';
import { isEndPage, isQuestionPage, resolveFlow, type ResolvedPage } from '../../src/features/helper/resolve';
import { axeViolations, preloadAxe } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { ROOT } from '../helpers/build';
import { h1, visitedThenOffline } from '../helpers/offline';
import { StaticServer } from '../helpers/static-server';

/** What a copy's helper should show: its help.yaml files, checked against the content it publishes. */
function helperOf(site: ReturnType<typeof loadSiteConfig>): ResolvedPage[] {
  const { root, problems } = loadHelp(site, ROOT);
  if (!root || problems.length) throw new Error(`the helper of this copy has problems: ${JSON.stringify(problems)}`);
  return resolveFlow(root, flowContentOf(loadContentSet(ROOT, site))).pages;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

type OfflineTab = Awaited<ReturnType<typeof visitedThenOffline>>;
const offlineTabs = new Map<string, Promise<OfflineTab>>();

/**
 * A tab that opened this copy once online, let the worker save it, and then lost the signal
 * (visitedThenOffline), with axe put in each page it opens. Made once per copy: the walks of the
 * example trust's copy, by Enter and by Tab, share it (saving a copy for offline takes seconds).
 */
function offlineTab(basePath: string, dir: string): Promise<OfflineTab> {
  const copy = `${basePath} ${dir}`;
  let tab = offlineTabs.get(copy);
  if (!tab) {
    tab = visitedThenOffline(browser, basePath, dir).then(async (opened) => {
      await preloadAxe(opened.context);
      return opened;
    });
    offlineTabs.set(copy, tab);
  }
  return tab;
}

describe.each([
  ['at the root', 'siteDir', '/', undefined],
  ['for the example trust under /trust/cyber/', 'exampleSiteDir', '/trust/cyber/', 'examples/northshire'],
] as const)('the helper, offline, %s', (_label, key, basePath, overlay) => {
  const site = loadSiteConfig({ root: ROOT, cwd: ROOT, overlay });
  // The words of this copy: the example trust changes some of them.
  const strings = stringsForPages(site, ROOT);
  // What this build should show: the helper checked against the content as this copy publishes it.
  const pages = helperOf(site);
  const ends = pages.filter(isEndPage);
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const checkedByAxe = new Map<string, unknown[]>();
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ server, context, page } = await offlineTab(basePath, inject(key)));
  });
  // The example trust's tab is walked again below, by Tab alone, and closed there.
  afterAll(async () => {
    if (!overlay) await context?.close();
  });

  /** A helper page's address, after the host. */
  const addressOf = (step: ResolvedPage) => `${basePath}help/${step.path}`;

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

  /** The page's own h1, title, Back link and axe check, when the walk reaches it by a link. */
  async function checkStep(step: ResolvedPage): Promise<void> {
    const back = page.getByRole('link', { name: strings['help.back'], exact: true });
    // Read together: each is one round trip to the browser.
    const [heading, title, backTo] = await Promise.all([h1(page), page.title(), back.getAttribute('href')]);
    expect(heading, `h1 of help/${step.path}`).toBe(step.node.title);
    expect(title, `title of help/${step.path}`).toBe(`${step.node.title} - ${strings['help.caption']} - ${site.name}`);
    expect(backTo, `Back link of help/${step.path}`).toBe(
      step.parentPath === undefined ? basePath : `${basePath}help/${step.parentPath}`,
    );
    if (!checkedByAxe.has(step.path)) checkedByAxe.set(step.path, await axeViolations(page));
    expect(checkedByAxe.get(step.path), `axe on help/${step.path}`).toEqual([]);
  }

  /** The helper pages from the first question down to this one. */
  function chainTo(step: ResolvedPage): ResolvedPage[] {
    const chain = [step];
    while (chain[0].parentPath !== undefined) chain.unshift(byPath.get(chain[0].parentPath)!);
    return chain;
  }

  /** The end page the tab shows after the last walk that passed: the next walk goes on from there. */
  let walkedTo: ResolvedPage | undefined;

  it('has a path for every situation, each at most three taps deep', () => {
    expect(ends.length).toBeGreaterThanOrEqual(10);
    for (const end of ends) expect(1 + end.answers.length).toBeLessThanOrEqual(3);
  });

  // The ends in the helper's order, which is depth first: each walk goes on from the question it shares
  // with the walk before (loaded again by its address), so every link from home to an end is pressed
  // once, and each page checked when a link reaches it. A walk alone, or after one that failed, starts
  // from the home page.
  it.each(ends.map((end) => [end.path, end] as const))(
    'walks from the home page to help/%s by keyboard, with no signal',
    async (_path, end) => {
      const from = walkedTo;
      walkedTo = undefined;
      const chain = chainTo(end);
      // One tap to open the helper, then one per answer.
      expect(chain.length, `taps from the home page to help/${end.path}`).toBeLessThanOrEqual(3);
      const shared =
        from && page.url() === server.url(addressOf(from))
          ? chain.findLastIndex((step) => from.path.startsWith(step.path))
          : -1;
      if (shared < 0) {
        await page.goto(server.url(basePath));
        await press(strings['home.helper'], addressOf(chain[0]));
        await checkStep(chain[0]);
      } else await page.goto(server.url(addressOf(chain[shared])));
      // Follow the answers that lead to this end, one page at a time.
      for (const [index, next] of chain.entries()) {
        if (index <= Math.max(shared, 0)) continue;
        const question = chain[index - 1];
        if (!isQuestionPage(question)) throw new Error(`help/${question.path} is not a question`);
        const answer = next.answers.at(-1)!;
        expect(question.node.answers.map((a) => a.label)).toContain(answer);
        await press(answer, addressOf(next));
        await checkStep(next);
      }
      expect(page.url()).toBe(server.url(addressOf(end)));

      // The end page: what to do now, the exact steps, and whom to call, by the numbers in site.yaml.
      const main = page.locator('main');
      expect(await main.innerText()).toContain(end.node.now);
      expect(await page.locator('.app-help-steps li').allInnerTexts()).toEqual(end.node.steps);
      const cards = page.locator('.app-contact');
      expect(await cards.locator('.app-contact__name').allInnerTexts()).toEqual(
        end.node.contacts.map((name) => site.contacts[name].label),
      );
      for (const [index, name] of end.node.contacts.entries()) {
        const contact = site.contacts[name];
        const tels = await cards
          .nth(index)
          .locator('a[href^="tel:"]')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(tels, `${name} on help/${end.path}`).toEqual(contact.phone ? [toTelUri(contact.phone)] : []);
      }
      const fullGuide = page.locator('a[data-full-guide]');
      if (end.node.guideLink)
        expect(await fullGuide.getAttribute('href')).toBe(`${basePath}guides/${end.node.guideLink.slug}/`);
      else expect(await fullGuide.count()).toBe(0);
      walkedTo = end;
    },
  );

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

describe.each([
  ['online', false],
  ['with the server stopped', true],
] as const)("the example trust's own helper paths, by Tab and Enter alone, %s", (_label, offline) => {
  const basePath = '/trust/cyber/';
  const site = loadSiteConfig({ root: ROOT, cwd: ROOT, overlay: 'examples/northshire' });
  const strings = stringsForPages(site, ROOT);
  const byPath = new Map(helperOf(site).map((p) => [p.path, p]));
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    if (offline) ({ server, context, page } = await offlineTab(basePath, inject('exampleSiteDir')));
    else {
      server = await new StaticServer([{ basePath, dir: inject('exampleSiteDir') }]).start();
      context = await browser.newContext();
      page = await context.newPage();
    }
  });
  afterAll(async () => {
    await context?.close();
    if (!offline) await server?.stop();
  });

  /** Presses Tab until the link with exactly these words has focus (as a keyboard user would), then Enter. */
  async function tabTo(words: string, to: string): Promise<void> {
    for (let tabs = 0; tabs < 60; tabs++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === words) {
        await page.keyboard.press('Enter');
        await page.waitForURL(server.url(to));
        return;
      }
    }
    throw new Error(`Tab never reached a link "${words}" on ${page.url()}`);
  }

  it.each([
    ['lost-a-device/smartcard/', 'registrationAuthority', 'Registration Authority'],
    ['lost-a-device/smartcard-or-badge/', 'securityTeam', 'security office'],
  ])('walks from the home page to help/%s, to its own steps and numbers', async (path, contact, inSteps) => {
    const end = byPath.get(path)!;
    if (!isEndPage(end)) throw new Error(`help/${path} is not an end page`);
    await page.goto(server.url(basePath));
    // The trust's own word for its service desk (its strings.yaml), on the page staff start from.
    expect(strings['home.callServiceDesk']).toContain('IT Helpdesk');
    expect(await page.locator('main').innerText()).toContain(strings['home.callServiceDesk']);
    await tabTo(strings['home.helper'], `${basePath}help/`);
    let at = '';
    for (const answer of end.answers) {
      const question = byPath.get(at)!;
      if (!isQuestionPage(question)) throw new Error(`help/${at} is not a question`);
      at = `${at}${question.node.answers.find((a) => a.label === answer)!.next.slug}/`;
      await tabTo(answer, `${basePath}help/${at}`);
      expect(await h1(page)).toBe(byPath.get(at)!.node.title);
    }
    expect(at).toBe(path);
    expect(await page.locator('main').innerText()).toContain(end.node.now);
    const steps = await page.locator('.app-help-steps li').allInnerTexts();
    expect(steps).toEqual(end.node.steps);
    expect(steps.join(' ')).toContain(inSteps);
    const card = page.locator('.app-contact').first();
    expect(await card.locator('.app-contact__name').innerText()).toBe(site.contacts[contact].label);
    expect(await card.locator('a[href^="tel:"]').getAttribute('href')).toBe(toTelUri(site.contacts[contact].phone!));
    expect(await axeViolations(page)).toEqual([]);
  });
});
