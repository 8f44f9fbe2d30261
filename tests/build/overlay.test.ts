import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadSiteConfig } from '../../src/config/site';
import { problemLine } from '../../src/schemas/problem';
import { buildSite, ROOT } from '../helpers/build';
import { siteFiles } from '../helpers/site-files';

const dir = inject('exampleSiteDir');
const html = (path: string) => readFileSync(join(dir, path), 'utf8');
const pages = siteFiles(dir).filter((f) => f.endsWith('.html'));

describe('the example trust overlay (examples/northshire)', () => {
  it('shows the trust name, organisation and logo on every page', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const text = html(page);
      expect(text, page).toContain('<span class="app-header__name">Northshire Cyber Guide</span>');
      expect(text, page).toContain('Northshire Health NHS Foundation Trust');
      expect(text, page).toContain('src="/trust/cyber/logo.svg"');
    }
    expect(readFileSync(join(dir, 'logo.svg'), 'utf8')).toContain('aria-label="Northshire Health"');
  });

  it("uses the trust's colour for the theme and the stylesheet", () => {
    expect(html('index.html')).toContain('<meta name="theme-color" content="#7c2855">');
    const css = siteFiles(dir)
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('');
    expect(css).toMatch(/#7c2855/i);
    expect(css).not.toMatch(/#005eb8/i);
  });

  it("dials the trust's own numbers and keeps upstream contacts it did not change", () => {
    const help = html('help/index.html');
    expect(help).toContain('href="tel:+441632960000"');
    expect(help).not.toContain('tel:+443069990001');
    expect(html('guides/reporting-suspicious-messages/index.html')).toContain('spamreports@nhs.net');
  });

  it("uses the trust's own word for the service desk (its strings.yaml), and the central copy keeps its own", () => {
    expect(html('index.html')).toContain('>Call the IT Helpdesk: 01632 960000<');
    expect(html('posters/downtime/index.html')).toContain('Something&#39;s wrong? Call the IT Helpdesk: <a');
    const central = readFileSync(join(inject('siteDir'), 'index.html'), 'utf8');
    expect(central).toContain('>Call the IT service desk: 0306 999 0001<');
    expect(central).not.toContain('Helpdesk');
  });

  it('adds its own path to the helper and changes a central page, where the central copy has neither', () => {
    const smartcard = html('help/lost-a-device/smartcard/index.html');
    expect(smartcard).toContain('<h1 class="app-help-title">You lost your NHS smartcard</h1>');
    expect(smartcard).toContain('Northshire Registration Authority (smartcards)');
    expect(smartcard).toContain('href="tel:+441632960004"');
    expect(smartcard).toContain('href="/trust/cyber/guides/lost-smartcard/"');
    const badge = html('help/lost-a-device/smartcard-or-badge/index.html');
    expect(badge).toContain('<h1 class="app-help-title">You lost an ID badge or keys</h1>');
    expect(badge).toContain('They can cancel your badge and check the doors it opens.');
    const question = html('help/lost-a-device/index.html');
    expect(question.indexOf('>My NHS smartcard<')).toBeGreaterThan(0);
    expect(question.indexOf('>My NHS smartcard<')).toBeLessThan(question.indexOf('>An ID badge or keys<'));

    const centralDir = inject('siteDir');
    const central = (path: string) => readFileSync(join(centralDir, path), 'utf8');
    expect(siteFiles(centralDir).filter((f) => f.startsWith('help/lost-a-device/smartcard/'))).toEqual([]);
    expect(central('help/lost-a-device/index.html')).not.toContain('My NHS smartcard');
    expect(central('help/lost-a-device/smartcard-or-badge/index.html')).toContain(
      '<h1 class="app-help-title">You lost a smartcard or ID badge</h1>',
    );
    // The central page names the Registration Authority in its steps (the guide's), but never the trust's team.
    expect(central('help/lost-a-device/smartcard-or-badge/index.html')).not.toMatch(/Northshire|01632 960004/);
  });

  it("shows the trust's text on the replaced guide", () => {
    const page = html('guides/systems-are-down/index.html');
    expect(page).toContain('Systems are down: what to do at Northshire');
    expect(page).toContain('red downtime box');
  });

  it('adds the local guide to its topic, the A to Z and the sitemap, with links under the sub-path', () => {
    expect(html('guides/downtime-boxes/index.html')).toContain('Northshire&#39;s red downtime boxes');
    expect(html('topics/downtime/index.html')).toContain('href="/trust/cyber/guides/downtime-boxes/"');
    expect(html('a-z/index.html')).toContain('href="/trust/cyber/guides/downtime-boxes/"');
    expect(readFileSync(join(dir, 'sitemap.xml'), 'utf8')).toContain(
      'https://intranet.northshire.example/trust/cyber/guides/downtime-boxes/',
    );
    expect(html('guides/systems-are-down/index.html')).toContain('href="/trust/cyber/guides/downtime-boxes/"');
  });

  it('removes the hidden page everywhere', () => {
    const hidden = 'ai-chatbots-and-online-tools';
    expect(siteFiles(dir).filter((f) => f.includes(hidden))).toEqual([]);
    for (const page of pages) expect(html(page), page).not.toContain(`/guides/${hidden}/`);
    expect(readFileSync(join(dir, 'sitemap.xml'), 'utf8')).not.toContain(hidden);
    // Not in the offline copy: the worker's precache list names every file it saves.
    const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(worker).toContain('guides/downtime-boxes/');
    expect(worker).not.toContain(hidden);
  });
});

describe('bad overlays fail with a message naming the file, the field and the fix', () => {
  const fixture = (name: string) => resolve(ROOT, 'tests/fixtures/overlays', name);
  const load = (name: string) => () => loadSiteConfig({ root: ROOT, overlay: fixture(name), cwd: ROOT });

  it('a mistyped field', () => {
    expect(load('unknown-field')).toThrow(
      'tests/fixtures/overlays/unknown-field/site.yaml:1 — organisaton: unknown field; did you mean "organisation"?',
    );
  });
  it('a colour with too little contrast', () => {
    expect(load('low-contrast')).toThrow(
      /tests\/fixtures\/overlays\/low-contrast\/site\.yaml:2 — colours\.primary: expected a colour dark enough for white text and for links on white \(contrast at least 4\.5:1\), but #41b6e6 gives 2\.\d\d:1; try a darker shade/,
    );
  });
  it('a logo that is not there', () => {
    expect(load('missing-logo')).toThrow(
      'tests/fixtures/overlays/missing-logo/site.yaml — logo: the file brand/our-logo.svg was not found next to site.yaml; add it, or point logo at your SVG or PNG',
    );
  });
  it('a PNG logo too small for app icons', () => {
    expect(load('short-png-logo')).toThrow(
      'tests/fixtures/overlays/short-png-logo/site.yaml — logo: brand/small.png is 200×100 px; a PNG logo must be square and at least 512×512 px for app icons (or use an SVG)',
    );
  });
  it('an SVG logo that could run code', () => {
    expect(load('scripted-logo')).toThrow(
      'tests/fixtures/overlays/scripted-logo/site.yaml — logo: brand/logo.svg contains an event handler attribute (on…=), which could run code or load things from elsewhere on every page; export it again as a plain SVG (shapes and text only), or use a square PNG',
    );
  });
  it('a phone number nobody can dial', () => {
    expect(load('bad-phone')).toThrow(
      'tests/fixtures/overlays/bad-phone/site.yaml:4 — contacts.serviceDesk.phone: expected a UK number people can dial, like "0306 999 0001", "+44 20 7946 0000" or "7726", but found "ext. 4444"',
    );
  });
  it('warns, without failing, when the short name will be cut under the icon', () => {
    expect(
      load('long-short-name')()
        .warnings.map(problemLine)
        .filter((w) => w.includes('shortName')),
    ).toEqual([
      'tests/fixtures/overlays/long-short-name/site.yaml — shortName: "Northshire Cyber Guide" has 22 characters; phones cut names longer than 12 under the icon, so try a shorter one',
    ]);
  });
  it("warns, without failing, when a trust's copy publishes the central example numbers unchanged", () => {
    // The overlay changes no contact, so every example number from content/site.yaml would be published.
    const warned = load('long-short-name')()
      .warnings.map(problemLine)
      .filter((w) => w.includes('example number'));
    expect(warned).toHaveLength(4);
    expect(warned[0]).toMatch(
      /^content\/site\.yaml:\d+ — contacts\.serviceDesk\.phone: "0306 999 0001" is the central content's example number, which rings no real line, and this copy publishes it unchanged; set your own number under contacts\.serviceDesk in tests\/fixtures\/overlays\/long-short-name\/site\.yaml$/,
    );
    // National numbers (Report Fraud, CSOC) are real, and stay as they are.
    expect(warned.join('\n')).not.toMatch(/reportFraud|csoc|nhsCounterFraud/);
    // The example trust sets its own numbers, and the central build is the example itself.
    expect(loadSiteConfig({ root: ROOT, overlay: 'examples/northshire', cwd: ROOT }).warnings).toEqual([]);
    expect(loadSiteConfig({ root: ROOT, cwd: ROOT }).warnings).toEqual([]);
  });
  it('an overlay folder that does not exist', () => {
    expect(() => loadSiteConfig({ root: ROOT, overlay: 'examples/nowhere', cwd: ROOT })).toThrow(
      'SITE_OVERLAY — the folder examples/nowhere does not exist',
    );
  });

  // The content checks run before the content loads, so they are what says so, with the line.
  it('hiding a page that does not exist fails the real build', async () => {
    const result = await buildSite({ overlay: fixture('hide-missing') });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'tests/fixtures/overlays/hide-missing/site.yaml:2 — hide: "guides/no-such-guide" is not in content/guides — check the spelling against the file names there',
    );
  });

  it('a replaced guide with invalid frontmatter fails the real build', async () => {
    const result = await buildSite({ overlay: fixture('bad-frontmatter') });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'tests/fixtures/overlays/bad-frontmatter/guides/clicked-a-link.mdx:4 — topic: expected one of email-and-phishing, passwords-and-accounts, devices, data-and-confidentiality, incidents-and-reporting, downtime, working-safely, but found "phishing"',
    );
  });

  // A value the checks cannot read (read from the frontmatter) is checked by the component as it is
  // drawn, with the same schema, and the build names the guide's file rather than the page's address.
  it("a component's prop that only the build can read fails the build, naming the guide file", async () => {
    const result = await buildSite({ overlay: fixture('prop-from-frontmatter') });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'tests/fixtures/overlays/prop-from-frontmatter/guides/prop-from-frontmatter.mdx — <DoDont> do is [{"title":"NCSC","url":"https://www.ncsc.gov.uk/"}] — use a list of sentences in double quotes, like do={["Check the sender"]}',
    );
  });
});
