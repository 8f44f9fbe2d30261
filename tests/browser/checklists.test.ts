import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { watchProblems } from '../helpers/browser';
import { ROOT } from '../helpers/build';
import { sharedBuildInTest, waitUntilOffline } from '../helpers/offline';
import { browserOnRootSite } from '../helpers/site-session';
import { StaticServer } from '../helpers/static-server';

const SLUG = 'end-of-shift';
const PATH = `/checklists/${SLUG}/`;
const KEY = `cyber-guide:v1:/:checklist:${SLUG}`;
const base = parse(readFileSync(join(ROOT, `content/checklists/${SLUG}.yaml`), 'utf8')) as { items: { id: string }[] };
const ids = base.items.map((item) => item.id);
const slugs = readdirSync(join(ROOT, 'content/checklists'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();
// This checklist minus one item, and a guide that shows it: built once, for the tests that need it.
const OVERLAY = join(ROOT, 'tests/fixtures/overlays/checklist-item-removed');
const GUIDE = '/guides/before-you-go-home/';
let nextBuild: Promise<string> | undefined;
const nextSite = () => (nextBuild ??= sharedBuildInTest(OVERLAY, '/'));

const site = browserOnRootSite();

async function open(options: { serviceWorkers?: 'allow' | 'block'; init?: () => void } = {}): Promise<Page> {
  const context = await site.context({ serviceWorkers: options.serviceWorkers ?? 'block' });
  if (options.init) await context.addInitScript(options.init);
  return context.newPage();
}

const box = (page: Page, id: string) => page.locator(`[data-item="${id}"] input[type="checkbox"]`);
const ticked = (page: Page) =>
  page
    .locator('[data-item] input[type="checkbox"]')
    .evaluateAll((boxes) =>
      boxes
        .filter((b) => (b as HTMLInputElement).checked)
        .map((b) => b.closest('[data-item]')!.getAttribute('data-item')),
    );
const progress = (page: Page) => page.locator('[data-checklist-count]').textContent();

describe('an interactive checklist', () => {
  it('keeps three ticks through a reload and then offline, with the server gone', async () => {
    const own = await new StaticServer([{ basePath: '/', dir: inject('siteDir') }]).start();
    site.later(() => own.stop());
    const page = await open({ serviceWorkers: 'allow' });
    await page.goto(own.url(PATH));
    for (const id of ids.slice(0, 3)) await box(page, id).check();
    expect(await progress(page)).toBe(`3 of ${ids.length} done`);
    await page.reload();
    expect(await ticked(page)).toEqual(ids.slice(0, 3));
    expect(await progress(page)).toBe(`3 of ${ids.length} done`);
    expect(await page.locator('[data-checklist-status]').textContent(), 'a reload announces nothing').toBe('');
    await waitUntilOffline(page);
    await own.stop();
    await page.reload();
    expect(await ticked(page)).toEqual(ids.slice(0, 3));
    expect(await progress(page)).toBe(`3 of ${ids.length} done`);
  });

  it('keeps the ticks of items that still exist when a new version removes one, on its page and in a guide', async () => {
    // tests/fixtures/overlays/checklist-item-removed is this checklist minus one item, and a guide showing it.
    const next = parse(readFileSync(join(OVERLAY, 'checklists', `${SLUG}.yaml`), 'utf8')) as {
      items: { id: string }[];
    };
    const removed = ids.filter((id) => !next.items.some((item) => item.id === id));
    expect(removed, 'the fixture takes exactly one item out of the central checklist').toHaveLength(1);
    expect(next.items.map((item) => item.id)).toEqual(ids.filter((id) => id !== removed[0]));
    const gone = removed[0];
    const kept = ids.filter((id) => id !== gone).slice(0, 2);
    const v2 = await nextSite();

    const deploy = await new StaticServer([{ basePath: '/', dir: inject('siteDir') }]).start();
    site.later(() => deploy.stop());
    const page = await open();
    await page.goto(deploy.url(PATH));
    for (const id of [kept[0], gone, kept[1]]) await box(page, id).check();
    expect(await progress(page)).toBe(`3 of ${ids.length} done`);

    deploy.mounts[0].dir = v2;
    await page.reload();
    expect(await page.locator(`[data-item="${gone}"]`).count()).toBe(0);
    expect(await ticked(page)).toEqual(kept);
    expect(await progress(page)).toBe(`2 of ${ids.length - 1} done`);
    // The stale id is dropped from the device at the next tick, not kept for ever.
    await box(page, next.items.at(-1)!.id).check();
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).ticked).toEqual([
      ...kept,
      next.items.at(-1)!.id,
    ]);

    // The same checklist inside a guide is interactive and shares the ticks saved on its own page.
    await page.goto(deploy.url(GUIDE));
    expect(await ticked(page)).toEqual([...kept, next.items.at(-1)!.id]);
    await box(page, kept[0]).uncheck();
    await page.goto(deploy.url(PATH));
    expect(await ticked(page)).toEqual([kept[1], next.items.at(-1)!.id]);
  });

  it.each([
    ['bad JSON', '{"ticked": ['],
    ['a number', '42'],
    ['a list', '["check-sender"]'],
    ['the wrong fields', '{"done": ["x"]}'],
    ['ticks as text, not a list', '{"ticked": "log-out"}'],
    ['null', 'null'],
    ['ids that are not text', '{"ticked": [1, null, {"a": 1}]}'],
    ['a huge value', JSON.stringify({ ticked: ['x'.repeat(60_000)] })],
  ])('ignores %s saved under its key, and still works', async (_label, value) => {
    const page = await open({
      init: new Function(`localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(value)})`) as () => void,
    });
    const problems = watchProblems(page, site.server.origin);
    await page.goto(site.server.url(PATH));
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await page.locator('[data-item] input[type="checkbox"]').count()).toBe(ids.length);
    expect(await ticked(page)).toEqual([]);
    await box(page, ids[0]).check();
    expect(await progress(page)).toBe(`1 of ${ids.length} done`);
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!)).toEqual({ ticked: [ids[0]] });
    expect(problems.consoleErrors).toEqual([]);
  });

  it('still ticks when the browser refuses to save, and says the ticks will not be kept', async () => {
    const page = await open({
      init: () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
      },
    });
    const problems = watchProblems(page, site.server.origin);
    await page.goto(site.server.url(PATH));
    expect(await page.locator('[data-checklist-note]').isVisible()).toBe(true);
    expect(await page.locator('[data-checklist-device]').isVisible()).toBe(false);
    await box(page, ids[0]).check();
    await box(page, ids[1]).check();
    expect(await ticked(page)).toEqual(ids.slice(0, 2));
    expect(await progress(page)).toBe(`2 of ${ids.length} done`);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('says so, once, when the device fills up during a visit, and keeps ticking', async () => {
    // The first check (a tiny probe) succeeds; saving this checklist's ticks is refused.
    const page = await open({
      init: () => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key: string, value: string) {
          if (key.includes(':checklist:')) throw new DOMException('full', 'QuotaExceededError');
          setItem.call(this, key, value);
        };
      },
    });
    await page.goto(site.server.url(PATH));
    const note = page.locator('[data-checklist-note]');
    expect(await note.isVisible()).toBe(false);
    await box(page, ids[0]).check();
    expect(await note.isVisible()).toBe(true);
    const words = (await note.textContent())!;
    expect(await page.locator('[data-checklist-status]').textContent()).toBe(`1 of ${ids.length} done ${words}`);
    await box(page, ids[1]).check();
    expect(await page.locator('[data-checklist-status]').textContent()).toBe(`2 of ${ids.length} done`);
    expect(await ticked(page)).toEqual(ids.slice(0, 2));
  });

  it('works by keyboard alone, announces progress, confirms before clearing, and has no axe violation', async () => {
    const page = await open();
    await page.goto(site.server.url(PATH));
    expect(await page.locator('[data-checklist-status]').textContent(), 'nothing announced on load').toBe('');
    expect(await axeViolations(page)).toEqual([]);
    // From the top of the main content, Tab reaches the first tick box; Space ticks it.
    await page.locator('#maincontent').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-item]')?.getAttribute('data-item'))).toBe(
      ids[0],
    );
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
    await page.keyboard.press('Space');
    expect(await page.locator('[data-checklist-status]').textContent()).toBe(`1 of ${ids.length} done`);
    expect(await page.locator('[data-checklist-status]').getAttribute('role')).toBe('status');
    // Tab goes to its "why", which opens with Enter, then on to the next tick box.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.locator(`[data-item="${ids[0]}"] details`).getAttribute('open')).toBe('');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await ticked(page)).toEqual(ids.slice(0, 2));
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('[data-checklist-reset]').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-checklist-confirm-text'))).toBe(true);
    expect(await page.locator('[data-checklist-reset]').isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    // "No, keep them" (the second button) keeps every tick and puts focus back on the reset button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await ticked(page)).toEqual(ids.slice(0, 2));
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-checklist-reset'))).toBe(true);
    // "Yes, clear them" clears the ticks here and on the device.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await ticked(page)).toEqual([]);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    expect(await page.locator('[data-checklist-status]').textContent()).toBe(`Ticks cleared. 0 of ${ids.length} done`);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-checklist-reset'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is a readable list without JavaScript, with no tick boxes that do nothing', async () => {
    const context = await site.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url(PATH));
    expect(await page.locator('input[type="checkbox"]').count()).toBe(0);
    expect(await page.locator('[data-item] [data-action]').count()).toBe(ids.length);
    expect(await page.locator('[data-checklist-reset]').isVisible()).toBe(false);
    // No room kept for tick boxes or progress that will never come.
    expect(await page.locator('[data-checklist-progress]').boundingBox()).toBeNull();
    expect(
      await page
        .locator('[data-action]')
        .first()
        .evaluate((action) => getComputedStyle(action).paddingLeft),
    ).toBe('0px');
  });

  it('gives back the room kept for tick boxes when the script cannot start', async () => {
    const page = await open({
      init: () => {
        const create = Document.prototype.createElement;
        Document.prototype.createElement = function (this: Document, name: string, ...rest: [ElementCreationOptions?]) {
          if (name === 'input') throw new Error('no inputs here');
          return create.call(this, name, ...rest);
        } as typeof create;
      },
    });
    await page.goto(site.server.url(PATH));
    await expect.poll(() => page.locator('.app-checklist--static').count()).toBe(1);
    expect(await page.locator('[data-checklist-progress]').boundingBox()).toBeNull();
    expect(
      await page
        .locator('[data-action]')
        .first()
        .evaluate((action) => getComputedStyle(action).paddingLeft),
    ).toBe('0px');
  });
});

describe('a checklist page as the script arrives', () => {
  // Lighthouse counts whatever moves after the first paint as layout shift. The script is held back
  // here, as on a slow phone, so the page is painted without it first; three ticks are saved, so the
  // progress has something to show.
  const saved = Object.fromEntries(
    slugs.map((slug) => {
      const { items } = parse(readFileSync(join(ROOT, `content/checklists/${slug}.yaml`), 'utf8')) as {
        items: { id: string }[];
      };
      return [
        `cyber-guide:v1:/:checklist:${slug}`,
        JSON.stringify({ ticked: items.slice(0, 3).map((item) => item.id) }),
      ];
    }),
  );

  it.each([360, 320])(
    'keeps every checklist still when its tick boxes and progress appear, %i px wide',
    async (width) => {
      const context = await site.context({ viewport: { width, height: 640 }, serviceWorkers: 'block' });
      await context.addInitScript((ticks) => {
        for (const [key, value] of Object.entries(ticks)) localStorage.setItem(key, value);
        const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      }, saved);
      await context.route('**/_astro/*.js', async (route) => {
        await new Promise((wait) => setTimeout(wait, 300));
        await route.continue();
      });
      const page = await context.newPage();
      for (const slug of slugs) {
        await page.goto(site.server.url(`/checklists/${slug}/`));
        await page.locator('[data-checklist-progress]').waitFor();
        expect(await progress(page), slug).toMatch(/^3 of \d+ done$/);
        // A layout shift is reported after the frame that shows it.
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))),
        );
        const shift = await page.evaluate(() =>
          (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
        );
        expect(shift, slug).toBeLessThan(0.01);
      }
    },
  );
});

describe('a checklist inside a guide', () => {
  let guideSite: StaticServer;
  const items = (
    parse(readFileSync(join(OVERLAY, 'checklists', `${SLUG}.yaml`), 'utf8')) as { items: { id: string }[] }
  ).items.map((item) => item.id);

  beforeAll(async () => {
    guideSite = await new StaticServer([{ basePath: '/', dir: await nextSite() }]).start();
  });
  afterAll(async () => {
    await guideSite?.stop();
  });

  it('stays still as its stylesheet, tick boxes and progress arrive', async () => {
    // The guide links the checklist's stylesheet next to the checklist, not in the head: both it and the
    // script are held back, as on a slow phone, with three ticks saved so the progress has something to show.
    const context = await site.context({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
    await context.addInitScript(
      ([key, value]) => {
        localStorage.setItem(key, value);
        const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      },
      [KEY, JSON.stringify({ ticked: items.slice(0, 3) })],
    );
    await context.route(/\/_astro\/(.*\.js|checklists\..*\.css)$/, async (route) => {
      await new Promise((wait) => setTimeout(wait, 300));
      await route.continue();
    });
    const page = await context.newPage();
    const problems = watchProblems(page, guideSite.origin);
    await page.goto(guideSite.url(GUIDE));
    await page.locator('[data-checklist-progress]').waitFor();
    // A shift counts only where it can be seen: the checklist starts on the first screen.
    expect((await page.locator('[data-checklist]').boundingBox())!.y).toBeLessThan(800 - 200);
    expect(await progress(page)).toBe(`3 of ${items.length} done`);
    expect(await ticked(page)).toEqual(items.slice(0, 3));
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))),
    );
    const shift = await page.evaluate(() =>
      (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
    );
    expect(shift).toBeLessThan(0.01);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is a readable list without JavaScript, with no room kept for tick boxes', async () => {
    const context = await site.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(guideSite.url(GUIDE));
    expect(await page.locator('input[type="checkbox"]').count()).toBe(0);
    expect(await page.locator('[data-item] [data-action]').count()).toBe(items.length);
    expect(await page.locator('[data-checklist-reset]').isVisible()).toBe(false);
    expect(await page.locator('[data-checklist-progress]').boundingBox()).toBeNull();
    expect(
      await page
        .locator('[data-action]')
        .first()
        .evaluate((action) => getComputedStyle(action).paddingLeft),
    ).toBe('0px');
  });
});
