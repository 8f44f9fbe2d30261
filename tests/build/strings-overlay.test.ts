/**
 * Every word of the interface is content: an overlay that changes every key of content/strings.yaml,
 * and replaces every site page (content/pages: about, accessibility, privacy), gets a site where none
 * of the central words is left (outside the guides' own text). A sentence left in src/ would show.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { SITE_PAGES } from '../../src/schemas/page';
import { placeholdersOf } from '../../src/schemas/strings';
import { buildOrThrow, newBuildFolder, ROOT } from '../helpers/build';
import { siteFiles } from '../helpers/site-files';

const CENTRAL = parse(readFileSync(join(ROOT, 'content/strings.yaml'), 'utf8')) as Record<string, string>;
/** The overlay's words for a key: a word found nowhere else, with the {placeholders} the page fills in. */
const trustWords = (index: number, key: string) =>
  [`Trustword${index}x`, ...placeholdersOf(CENTRAL[key]).map((p) => `{${p}}`)].join(' ');

/** The text of every file an editor writes under `dir`, except strings.yaml, the site pages and the editors' guide. */
function textUnder(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => !/strings\.yaml$|README|\.(png|svg|jpe?g)$|content\/pages$/.test(path))
    .map((path) => (statSync(path).isDirectory() ? textUnder(path) : readFileSync(path, 'utf8')))
    .join('\n');
}

/** Words found in content (the helper's content/help.yaml included) may rightly show on pages as that content's own text. */
const contentText = () => textUnder(join(ROOT, 'content'));

/** Typography makes quotes curly on the way to the page; compare the words, not the quote marks. */
const straightQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

const decode = (html: string) =>
  straightQuotes(html)
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');

const whole = (fragment: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

const trimmed = (part: string) =>
  straightQuotes(part)
    .trim()
    .replace(/^[\s:,."]+|[\s:,."]+$/g, '');

/** The words of a site page (content/pages/<page>.mdx): its title and description, and its text between components, links and markup. */
function pageParts(page: string): string[] {
  const source = readFileSync(join(ROOT, 'content/pages', `${page}.mdx`), 'utf8');
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const fields = Object.values(parse(frontmatter) as Record<string, string>);
  const text = body
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]*>|[[\]*]/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^\s*(?:#+|-|\d+\.)\s+/, ''));
  return [...fields, ...text];
}

/** The parts of each central string between its {placeholders}, and of each site page's text, that hold a letter. */
const fragments = [
  ...new Set(
    [...Object.values(CENTRAL).flatMap((words) => words.split(/\{\w+\}/)), ...SITE_PAGES.flatMap(pageParts)].map(
      trimmed,
    ),
  ),
].filter((part) => /\p{L}/u.test(part));

let siteDir: string;
let built: { file: string; text: string }[];
beforeAll(async () => {
  const overlay = join(newBuildFolder('every-string-'), 'trust');
  mkdirSync(overlay);
  writeFileSync(
    join(overlay, 'strings.yaml'),
    stringify(Object.fromEntries(Object.keys(CENTRAL).map((key, i) => [key, trustWords(i, key)]))),
  );
  mkdirSync(join(overlay, 'pages'));
  for (const page of SITE_PAGES)
    writeFileSync(
      join(overlay, 'pages', `${page}.mdx`),
      `---\ntitle: Trustpage ${page}\n---\n\n<SiteName /> Trustpage${page}x text, from <ContactName name="serviceDesk" />.\n`,
    );
  siteDir = await buildOrThrow({ overlay });
  // What staff's browsers get: every page, the worker (its offline picture text) and the scripts.
  built = siteFiles(siteDir)
    .filter((f) => /\.html$|^sw\.js$|^_astro\/.*\.js$/.test(f))
    // Addresses and file names (like _astro/Checklist.astro…js) are not words anyone reads.
    .map((f) => ({
      file: f,
      text: decode(readFileSync(join(siteDir, f), 'utf8')).replace(/"[^"\s]*\/[^"\s]*"/g, '""'),
    }));
});

describe('an overlay that changes every word of the interface', () => {
  it('shows its own words in place of the central ones', () => {
    const home = built.find((f) => f.file === 'index.html')!.text;
    const keys = Object.keys(CENTRAL);
    for (const key of ['skipLink', 'nav.topics', 'nav.label', 'footer.about', 'home.callServiceDesk', 'search.results'])
      expect(home, key).toContain(`Trustword${keys.indexOf(key)}x`);
    expect(built.find((f) => f.file === 'sw.js')?.text).toContain(
      `Trustword${keys.indexOf('offline.imagePlaceholder')}x`,
    );
    for (const page of SITE_PAGES)
      expect(built.find((f) => f.file === `${page}/index.html`)?.text, page).toContain(`Trustpage${page}x text`);
  });

  it('leaves none of the central words on any page, in the worker or in a script', () => {
    const content = contentText();
    // A word a guide, checklist, tip or site.yaml uses may show on a page as that content's own text.
    const interfaceOnly = fragments.filter((fragment) => !whole(fragment).test(content));
    expect(interfaceOnly.length).toBeGreaterThan(fragments.length / 2);
    const left = interfaceOnly.flatMap((fragment) =>
      built.filter((f) => whole(fragment).test(f.text)).map((f) => `${f.file}: "${fragment}"`),
    );
    expect(left).toEqual([]);
  });
});
