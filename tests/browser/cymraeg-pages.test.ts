// The Welsh site pages, helper, pocket card and site words, on the shared English-and-Welsh build
// (tests/fixtures/overlays/cymraeg, with a trust's own Welsh accessibility page in its cy/pages) served
// under a sub-path: Welsh words where content/cy/ has them, English marked as English where it does not.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { ROOT } from '../helpers/build';
import type { StaticServer } from '../helpers/static-server';
import { welshSite, WELSH_BASE } from '../helpers/welsh-site';
import { firstSteps } from '../../src/features/helper/guide-facts';
import { splitFrontmatter } from '../../src/content/files';

const BASE = WELSH_BASE;
/** The words of content/cy/guides/<slug>.mdx, or undefined while it has no Welsh version. */
const welshGuide = (slug: string): string | undefined => {
  const path = join(ROOT, 'content/cy/guides', `${slug}.mdx`);
  return existsSync(path) ? splitFrontmatter(readFileSync(path, 'utf8')).body : undefined;
};
const englishGuide = (slug: string) =>
  splitFrontmatter(readFileSync(join(ROOT, 'content/guides', `${slug}.mdx`), 'utf8')).body;
const FALLBACK_NOTICE = 'Agor y dudalen Saesneg';

describe('Welsh site pages, helper, pocket card and site words (languages: [en, cy], under a sub-path)', () => {
  let server: StaticServer;
  let page: Page;
  welshSite((site) => ({ server, page } = site));
  const open = async (path: string) => {
    await page.goto(server.url(`${BASE}${path}`));
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
  };
  const mainText = () => page.locator('main').innerText();

  it('shows the about, privacy and accessibility pages in Welsh, with no fallback notice, and the site words in Welsh', async () => {
    await open('cy/about/');
    expect(await page.locator('h1').textContent()).toBe("Ynglŷn â'r canllaw hwn");
    expect(await page.locator('main').getAttribute('lang')).toBeNull();
    expect(await page.getByText(FALLBACK_NOTICE).count()).toBe(0);
    // <SiteName />, <Organisation /> and <ContactName /> give content/cy/site.yaml's words.
    expect(await mainText()).toContain('Mae Canllaw Poced Seiber yn rhoi atebion byr a chlir');
    expect(await mainText()).toContain('staff Ymddiriedolaeth GIG Enghreifftiol');
    expect(await mainText()).toContain('Rhowch wybod i’r tîm hwn: Desg gwasanaeth TG.');
    expect(await page.locator('.app-header__name').textContent()).toBe('Canllaw Poced Seiber');
    expect(await page.title()).toBe("Ynglŷn â'r canllaw hwn - Canllaw Poced Seiber");

    await open('cy/privacy/');
    expect(await page.locator('h1').textContent()).toBe('Hysbysiad preifatrwydd');
    expect(await page.getByText(FALLBACK_NOTICE).count()).toBe(0);
    // The page's own link to a section reaches its Welsh heading.
    const section = await page.getByRole('link', { name: 'y gweinydd gwe', exact: true }).getAttribute('href');
    expect(await page.locator(section!).textContent()).toBe('Y gweinydd gwe');
    expect(await page.getByRole('link', { name: 'Fy nghynnydd', exact: true }).first().getAttribute('href')).toBe(
      `${BASE}cy/progress/`,
    );

    // The trust's own cy/pages/accessibility.mdx replaces the central Welsh page, as its English files do.
    await open('cy/accessibility/');
    expect(await page.locator('h1').textContent()).toBe('Datganiad hygyrchedd y bwrdd iechyd');
    expect(await page.getByText(FALLBACK_NOTICE).count()).toBe(0);
    expect(await mainText()).toContain('Cysylltwch â’r tîm hwn: Desg gwasanaeth TG.');
    // The English pages keep their English words.
    await page.goto(server.url(`${BASE}about/`));
    expect(await page.locator('h1').textContent()).toBe('About this guide');
    expect(await page.locator('.app-header__name').textContent()).toBe('Cyber Pocket Guide');
  });

  it("walks the Welsh helper from the home page to an end page in Welsh, with the Welsh guide's steps", async () => {
    await open('cy/');
    expect(await page.locator('h1').textContent()).toBe('Canllaw Poced Seiber');
    expect(await page.getByText(FALLBACK_NOTICE).count()).toBe(0);
    await page.getByRole('link', { name: "Ddim yn siŵr beth i'w wneud? Atebwch ychydig o gwestiynau" }).click();
    expect(new URL(page.url()).pathname).toBe(`${BASE}cy/help/`);
    expect(await page.locator('h1').textContent()).toBe('Beth ddigwyddodd?');
    expect(await page.getByText(FALLBACK_NOTICE).count()).toBe(0);
    await page.getByRole('link', { name: 'Fe wnes i glicio ar ddolen neu agor atodiad' }).click();
    expect(await page.locator('h1').textContent()).toBe('Wnaethoch chi deipio cyfrinair neu agor ffeil?');
    await page.getByRole('link', { name: 'Fe wnes i agor ffeil neu rywbeth a lawrlwythwyd' }).click();
    expect(new URL(page.url()).pathname).toBe(`${BASE}cy/help/clicked-a-link/opened-a-file/`);
    expect(await page.locator('h1').textContent()).toBe('Fe wnaethoch chi agor ffeil o neges');
    expect(await page.locator('.app-callout--urgent p, .app-callout p').allInnerTexts()).toContain(
      'Ffoniwch y ddesg gwasanaeth TG ar unwaith. Dywedwch wrthyn nhw beth wnaethoch chi ei agor a phryd.',
    );
    // The steps are the Welsh guide's first <Steps>, in Welsh (no English mark).
    const steps = page.locator('ol.app-help-steps');
    expect(await steps.getAttribute('lang')).toBeNull();
    expect(await steps.locator('li').allInnerTexts()).toEqual(firstSteps(welshGuide('clicked-a-link')!));
    expect(await page.locator('.app-help-note').innerText()).toMatch(/^Rhybudd neu nodyn pridwerth ar y sgrin\?/);
    // Its contact cards have Welsh labels; the full guide's link its Welsh title.
    expect(await page.locator('.app-contact__name').first().textContent()).toBe('Desg gwasanaeth TG');
    expect(await page.locator('[data-full-guide]').innerText()).toBe(
      'Darllenwch y canllaw llawn: Rydw i wedi clicio ar ddolen neu agor atodiad',
    );
    expect(await page.getByText(FALLBACK_NOTICE).count()).toBe(0);
  });

  it('shows a helper page whose guide has no Welsh version with the English steps, marked as English', async () => {
    const slug = 'systems-are-down';
    await open(`cy/help/${slug}/`);
    expect(await page.locator('h1').textContent()).toBe("Mae'r systemau i lawr");
    const steps = page.locator('ol.app-help-steps');
    const welsh = welshGuide(slug);
    expect(await steps.getAttribute('lang')).toBe(welsh ? null : 'en-GB');
    expect(await steps.locator('li').allInnerTexts()).toEqual(firstSteps(welsh ?? englishGuide(slug)));
  });

  it('prints the pocket card in Welsh: its heading, "Do this now", numbers and name', async () => {
    await open('cy/pocket-card/');
    expect(await page.getByText(FALLBACK_NOTICE).count()).toBe(0);
    const card = page.locator('.app-pocket-card').first();
    expect(await card.locator('h2').textContent()).toBe('Pan fydd systemau i lawr');
    expect(await card.locator('.app-pocket-card__now').innerText()).toMatch(/^Daliwch ati i ofalu am gleifion\./);
    expect(await card.locator('.app-pocket-card__numbers dt').allInnerTexts()).toEqual([
      'Desg gwasanaeth TG',
      'Tîm llywodraethu gwybodaeth',
      'Tîm diogelwch ac ystadau',
    ]);
    expect(await card.locator('.app-pocket-card__source').innerText()).toBe(
      'Canllaw Poced Seiber · Ymddiriedolaeth GIG Enghreifftiol',
    );
    // Its steps are the Welsh guide's once it has one; until then the English ones, marked as English.
    const welsh = welshGuide('systems-are-down');
    const steps = card.locator('.app-pocket-card__steps');
    expect(await steps.getAttribute('lang')).toBe(welsh ? null : 'en-GB');
    expect(await steps.locator('li').allInnerTexts()).toEqual(firstSteps(welsh ?? englishGuide('systems-are-down')));
  });

  it("gives a Welsh guide's contact card Welsh labels and hours, and marks a contact with no Welsh words as English", async () => {
    await open('cy/guides/clicked-a-link/');
    const desk = page.locator('.app-contact').first();
    expect(await desk.locator('.app-contact__name').textContent()).toBe('Desg gwasanaeth TG');
    expect(await desk.locator('dt').allInnerTexts()).toEqual(['Ffonio', 'E-bost', 'Oriau']);
    expect(await desk.locator('dd').last().innerText()).toBe('24 awr y dydd, 7 diwrnod yr wythnos');
    expect(await desk.locator('p').first().innerText()).toBe(
      "Ffoniwch yn gyntaf os oes rhywbeth o'i le nawr. Anfonwch e-bost am unrhyw beth sy'n gallu aros.",
    );
    expect(await desk.locator('.app-contact__name').getAttribute('lang')).toBeNull();
    // A contact from the nation file, with no Welsh words in cy/site.yaml yet, is marked as English.
    await open('cy/help/lost-a-device/work-device/');
    const police = page.locator('.app-contact__name', { hasText: 'Police (not an emergency)' });
    expect(await police.getAttribute('lang')).toBe('en-GB');
    expect(await page.locator('.app-contact__name', { hasText: 'Desg gwasanaeth TG' }).getAttribute('lang')).toBeNull();
  });

  it('on a page still in English, sends a link to a page that has Welsh words to its Welsh address', async () => {
    // An English guide with no Welsh version that links both to a guide in Welsh and to one not in Welsh.
    const slugs = readdirSync(join(ROOT, 'content/guides')).map((file) => file.replace(/\.mdx$/, ''));
    const linked = (s: string) => [...englishGuide(s).matchAll(/\]\(\/guides\/([a-z0-9-]+)\//g)].map((m) => m[1]);
    const slug = slugs.find(
      (s) => !welshGuide(s) && linked(s).some((t) => welshGuide(t)) && linked(s).some((t) => !welshGuide(t)),
    );
    expect(slug).toBeDefined();
    const target = linked(slug!).find((t) => welshGuide(t))!;
    const { frontmatter } = splitFrontmatter(readFileSync(join(ROOT, 'content/cy/guides', `${target}.mdx`), 'utf8'));
    const welshTitle = String((parse(frontmatter ?? '') as { title: unknown }).title);
    await open(`cy/guides/${slug}/`);
    expect(await page.getByText(FALLBACK_NOTICE).count()).toBe(1);
    const inText = page.locator(`main [data-pagefind-body] a[href*="guides/${target}/"]`).first();
    expect(await inText.getAttribute('href')).toBe(`${BASE}cy/guides/${target}/`);
    expect(await inText.getAttribute('hreflang')).toBe('cy');
    // A link to a page with no Welsh words stays English, and the notice still opens the English page.
    const english = page.locator('main [data-pagefind-body] a[href^="/trust/cyber/guides/"]');
    expect(await english.count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: FALLBACK_NOTICE }).getAttribute('href')).toBe(`${BASE}guides/${slug}/`);
    await inText.click();
    expect(await page.locator('h1').textContent()).toBe(welshTitle);
    // The same guide in English links to the English page.
    await page.goto(server.url(`${BASE}guides/${slug}/`));
    expect(
      await page.locator(`main [data-pagefind-body] a[href*="guides/${target}/"]`).first().getAttribute('href'),
    ).toBe(`${BASE}guides/${target}/`);
  });

  it('finds no accessibility problems on the Welsh pages (axe)', async () => {
    for (const path of [
      'cy/',
      'cy/about/',
      'cy/privacy/',
      'cy/accessibility/',
      'cy/help/',
      'cy/help/clicked-a-link/opened-a-file/',
      'cy/help/systems-are-down/',
      'cy/pocket-card/',
    ]) {
      await open(path);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
});
