import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/integration/content-layers';
import { guideToHtml, needsAstroMdx } from '../../src/integration/guide-html';
import { guideBody } from '../../src/integration/guide-html-cache';
import { ROOT } from '../helpers/build';

const contacts = { serviceDesk: { label: 'IT service desk', phone: '0306 999 0001', tel: 'tel:+443069990001', email: 'desk@example.nhs.uk', hours: '24 hours' } };
const html = async (body: string, basePath = '/') => (await guideToHtml(body, { basePath, contacts, file: 'content/guides/test.mdx', frontmatter: {} })).html;

describe('a guide made into HTML as it loads', () => {
  it('gives headings the ids links use, and keeps them for the page', async () => {
    const made = await guideToHtml('## Why it matters\n\nText.\n\n## Why it matters\n', { basePath: '/', contacts, file: 'x.mdx', frontmatter: {} });
    expect(made.html).toBe('<h2 id="why-it-matters">Why it matters</h2>\n<p>Text.</p>\n<h2 id="why-it-matters-1">Why it matters</h2>');
    expect(made.metadata.headings.map((h) => h.slug)).toEqual(['why-it-matters', 'why-it-matters-1']);
  });

  it('writes curly quotes, tables and escaped text as the Markdown build does', async () => {
    expect(await html(`Don't "click" & go > now`)).toBe('<p>Don’t “click” &amp; go &gt; now</p>');
    expect(await html('| A | B |\n| --- | --- |\n| 1 | 2 |')).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>A<\/th>\s*<th>B<\/th>/);
  });

  it('puts the base path in front of links from the site root, and leaves other links alone', async () => {
    const made = await html('[a](/guides/x/) [b](https://www.ncsc.gov.uk/) [c](#here)', '/trust/cyber/');
    expect(made).toContain('href="/trust/cyber/guides/x/"');
    expect(made).toContain('href="https://www.ncsc.gov.uk/"');
    expect(made).toContain('href="#here"');
  });

  it('draws the components with their markup, Markdown inside them included', async () => {
    const made = await html('<Callout type="urgent" title="Do this now">\nCall the **desk**.\n</Callout>\n\n<ContactCard name="serviceDesk" />\n\n<DoDont do={["Check"]} dont={["Reply"]} />\n\n<Details summary="Why?">\nBecause.\n</Details>');
    expect(made).toContain('<div class="app-callout app-callout--urgent" role="note"><p class="app-callout__title"><span class="nhsuk-u-visually-hidden">Act now: </span>Do this now</p><p>Call the <strong>desk</strong>.</p></div>');
    expect(made).toContain('<dt>Call</dt><dd><a href="tel:+443069990001">0306 999 0001</a></dd>');
    expect(made).toMatch(/<ul class="nhsuk-list nhsuk-list--tick"><li><svg[^]*<\/svg>Check<\/li><\/ul>/);
    expect(made).toContain('<span class="nhsuk-details__summary-text">Why?</span></summary><div class="nhsuk-details__text"><p>Because.</p></div></details>');
  });

  it('fails naming the file, the component, the prop and what it takes', async () => {
    await expect(html('<Callout type="loud">x</Callout>')).rejects.toThrow('<Callout> on content/guides/test.mdx: type is "loud"; expected info, warning, urgent');
    await expect(html('<ContactCard name="helpdesk" />')).rejects.toThrow('<ContactCard> on content/guides/test.mdx: name is "helpdesk"; expected one of the contacts in site.yaml: serviceDesk');
  });

  it('leaves guides with a checklist or an image to Astro, which builds their assets', () => {
    expect(needsAstroMdx('<Checklist name="end-of-shift" />')).toBe(true);
    expect(needsAstroMdx('![A fake email](./images/fake.png)')).toBe(true);
    expect(needsAstroMdx('<img src="./images/a.png" alt="x" />')).toBe(true);
    expect(needsAstroMdx('<Callout>Text</Callout>\n\n[a link](/guides/x/)')).toBe(false);
  });
});

describe("a guide's MDX read from its own file", () => {
  // A guide made into HTML keeps its MDX out of Astro's store; the help flow and the search's word list
  // read it from the file, and must get exactly what Astro's `body` would have been.
  const guidesIn = (folder: string) => listFiles(join(ROOT, folder), '.mdx').map((name) => join(ROOT, folder, name));
  const files = [...guidesIn('content/guides'), ...guidesIn('examples/northshire/guides')];
  const astroBody = (source: string) => parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content.trim();
  const madeEntry = (sourceFile: string) => ({ id: 'x', rendered: { metadata: { sourceFile } } });

  it('is the body Astro gives, for every guide of the central content and the example trust', () => {
    expect(files.length).toBeGreaterThan(35);
    for (const file of files) expect(guideBody(madeEntry(file)), file).toBe(astroBody(readFileSync(file, 'utf8')));
  });

  it('follows a byte-order mark, blank lines before the frontmatter, and a "---" rule in the text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guide-body-'));
    const file = join(dir, 'x.mdx');
    for (const source of ['\uFEFF---\ntitle: A\n---\n\nText.\n', '\n\n---\ntitle: A\n---\nText.\n\n---\n\nMore.\n', 'No frontmatter.\n']) {
      writeFileSync(file, source);
      expect(guideBody(madeEntry(file))).toBe(astroBody(source));
    }
  });

  it('comes from the store when Astro kept it there', () => {
    expect(guideBody({ id: 'x', body: 'Kept.' })).toBe('Kept.');
  });
});
