/**
 * Every word of the interface is content: an overlay that changes every key of content/strings.yaml
 * gets a site where none of the central words is left (outside the guides' own text).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { placeholdersOf } from '../../src/schemas/strings';
import { buildOrThrow, newBuildFolder, ROOT } from '../helpers/build';
import { siteFiles } from '../helpers/site-files';

const CENTRAL = parse(readFileSync(join(ROOT, 'content/strings.yaml'), 'utf8')) as Record<string, string>;
/** The overlay's words for a key: a word found nowhere else, with the {placeholders} the page fills in. */
const trustWords = (index: number, key: string) => [`Trustword${index}x`, ...placeholdersOf(CENTRAL[key]).map((p) => `{${p}}`)].join(' ');

/** The text of every file an editor writes under `dir`, except strings.yaml and the editors' guide. */
function textUnder(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => !/strings\.yaml$|README|\.(png|svg|jpe?g)$/.test(path))
    .map((path) => (statSync(path).isDirectory() ? textUnder(path) : readFileSync(path, 'utf8')))
    .join('\n');
}

/** Words found in content (the helper's content/help.yaml included) may rightly show on pages as that content's own text. */
const contentText = () => textUnder(join(ROOT, 'content'));

const decode = (html: string) =>
  html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');

const whole = (fragment: string) => new RegExp(`(?<![\\p{L}\\p{N}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

/** The parts of each central string between its {placeholders}, that hold a letter. */
const fragments = [...new Set(Object.values(CENTRAL).flatMap((words) => words.split(/\{\w+\}/).map((part) => part.trim().replace(/^[\s:,.“”"]+|[\s:,.“”"]+$/g, ''))))].filter((part) => /\p{L}/u.test(part));

let siteDir: string;
let built: { file: string; text: string }[];
beforeAll(async () => {
  const overlay = join(newBuildFolder('every-string-'), 'trust');
  mkdirSync(overlay);
  writeFileSync(join(overlay, 'strings.yaml'), stringify(Object.fromEntries(Object.keys(CENTRAL).map((key, i) => [key, trustWords(i, key)]))));
  siteDir = await buildOrThrow({ overlay });
  // What staff's browsers get: every page, the worker (its offline picture text) and the scripts.
  built = siteFiles(siteDir)
    .filter((f) => /\.html$|^sw\.js$|^_astro\/.*\.js$/.test(f))
    // Addresses and file names (like _astro/Checklist.astro…js) are not words anyone reads.
    .map((f) => ({ file: f, text: decode(readFileSync(join(siteDir, f), 'utf8')).replace(/"[^"\s]*\/[^"\s]*"/g, '""') }));
});

describe('an overlay that changes every word of the interface', () => {
  it('shows its own words in place of the central ones', () => {
    const home = built.find((f) => f.file === 'index.html')!.text;
    const keys = Object.keys(CENTRAL);
    for (const key of ['skipLink', 'nav.topics', 'nav.label', 'footer.about', 'home.callServiceDesk', 'search.results']) expect(home, key).toContain(`Trustword${keys.indexOf(key)}x`);
    expect(built.find((f) => f.file === 'sw.js')?.text).toContain(`Trustword${keys.indexOf('offline.imagePlaceholder')}x`);
  });

  it('leaves none of the central words on any page, in the worker or in a script', () => {
    const content = contentText();
    // A word a guide, checklist, tip or site.yaml uses may show on a page as that content's own text.
    const interfaceOnly = fragments.filter((fragment) => !whole(fragment).test(content));
    expect(interfaceOnly.length).toBeGreaterThan(fragments.length / 2);
    const left = interfaceOnly.flatMap((fragment) => built.filter((f) => whole(fragment).test(f.text)).map((f) => `${f.file}: "${fragment}"`));
    expect(left).toEqual([]);
  });
});
