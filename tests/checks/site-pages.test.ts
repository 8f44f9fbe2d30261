/**
 * The site pages (content/pages) are content, so npm run check reads them as it reads guides: their
 * fields, their file names, their links. A trust's overlay replaces one by its file name.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/checks/reporter';
import { fieldsCheck } from '../../src/checks/rules/fields';
import { linksCheck } from '../../src/checks/rules/links';
import { runChecks } from '../../src/checks/runner';
import { formatGuide, parseGuide } from '../../src/cms/file-formats';
import { SITE_PAGES } from '../../src/schemas/page';
import { ROOT } from '../helpers/build';

/** An overlay holding only pages/<name> files with the given text, and what the fields and links checks say. */
function problemsWith(pages: Record<string, string>): string[] {
  const overlay = mkdtempSync(join(tmpdir(), 'site-pages-'));
  mkdirSync(join(overlay, 'pages'));
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(overlay, 'pages', name), text);
  return runChecks({ root: ROOT, overlay, checks: [fieldsCheck, linksCheck] })
    .problems.filter((p) => p.file.includes('pages/'))
    .map((p) => `${p.severity} ${formatProblem({ ...p, file: p.file.replace(/^.*\/pages\//, 'pages/') })}`);
}

describe('the site pages in npm run check', () => {
  it('finds nothing wrong with the central pages, or with a trust copy made from one', () => {
    expect(problemsWith({})).toEqual([]);
    expect(problemsWith({ 'privacy.mdx': readFileSync(join(ROOT, 'content/pages/privacy.mdx'), 'utf8') })).toEqual([]);
  });

  it('names a page file with another name, a wrong field, and a link or #anchor that goes nowhere', () => {
    expect(
      problemsWith({
        'abuot.mdx': '---\ntitle: About us\n---\n\nText.\n',
        'about.mdx':
          '---\ntitel: About us\n---\n\nSee [the help](/hlep/) and [how to clear it](/privacy/#how-to-clear).\n',
      }),
    ).toEqual([
      'error pages/about.mdx:2 — title: is missing; expected a title, like "Privacy notice" — see "Site pages" in content/README.md',
      'error pages/about.mdx:2 — titel: unknown field; did you mean "title"? — see "Site pages" in content/README.md',
      'error pages/about.mdx:5 — the link /hlep/ goes to a page that does not exist — did you mean /help/?',
      'error pages/about.mdx:5 — the link /privacy/#how-to-clear goes to a heading "#how-to-clear" that is not on /privacy/ — did you mean #how-to-clear-it?',
      'error pages/abuot.mdx:1 — content/pages holds only about.mdx, accessibility.mdx, privacy.mdx — did you mean about.mdx?',
    ]);
  });

  it("reports a trust's page's wrong component, prop, image, heading and link with file and line, as in guides", () => {
    const overlay = 'tests/fixtures/site-pages/planted';
    const file = `${overlay}/pages/about.mdx`;
    expect(
      runChecks({ root: ROOT, overlay })
        .problems.filter((p) => p.file === file)
        .map((p) => `${p.check} ${p.line}: ${p.message} — ${p.fix}`),
    ).toEqual([
      'components 6: <Phone> name is "serviceDsk" — did you mean name="serviceDesk"?',
      'components 8: <Phnoe> is not a component you can use — did you mean <Phone>?',
      `images 10: the image ./team.png is not there (looked for ${overlay}/pages/team.png) — put the image in an images/ folder beside the guide and write its place from the guide, like ./images/its-name.png`,
      'headings 12: "Who we are" is a level 4 heading straight after the title, which skips level 2 — start it with ##, or put a ## heading above it',
      'links 14: the link /hlep/ goes to a page that does not exist — did you mean /help/?',
    ]);
  });

  it('are written back by the browser editor exactly as they are, value components and all', () => {
    for (const page of SITE_PAGES) {
      const text = readFileSync(join(ROOT, 'content/pages', `${page}.mdx`), 'utf8');
      expect(formatGuide(parseGuide(text)), page).toBe(text);
    }
  });
});
