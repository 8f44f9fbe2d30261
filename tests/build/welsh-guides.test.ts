// Every Welsh guide in content/cy/guides shows its own Welsh words at /cy/guides/<slug>/ in the shared
// English-and-Welsh build, not the English fallback; it pairs with its English guide heading for heading
// and step for step (the helper and the checks pair them); and a Welsh urgent guide has Welsh urgent
// phrases, so a search in Welsh can show it. The guides are read from the content, not listed here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { frontmatterOfFile } from '../../src/content/files';
import { ROOT } from '../helpers/build';

const WELSH = join(ROOT, 'content/cy/guides');
const slugs = readdirSync(WELSH)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.slice(0, -'.mdx'.length));
const FALLBACK = (parse(readFileSync(join(ROOT, 'content/cy/strings.yaml'), 'utf8')) as Record<string, string>)[
  'language.fallback'
];

type Front = { title: string; urgent?: boolean; urgentPhrases?: string[] };
const front = (path: string) => parse(frontmatterOfFile(path)) as Front;

/** Typography makes quotes curly on the way to the page; compare the words, not the quote marks. */
const plain = (html: string) =>
  html
    .replace(/[‘’]/g, "'")
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The `## ` headings of a guide's source and the number of steps in each <Steps> block, in order. */
function shape(source: string): { headings: number; steps: number[] } {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const steps = [...body.matchAll(/<Steps>([\s\S]*?)<\/Steps>/g)].map(
    ([, inside]) => inside.split('\n').filter((line) => /^\d+\. /.test(line)).length,
  );
  return { headings: body.split('\n').filter((line) => line.startsWith('## ')).length, steps };
}

describe('the Welsh guides in the English-and-Welsh build', () => {
  it('has Welsh guides to check', () => {
    expect(slugs).toContain('clicked-a-link');
  });

  it.each(slugs)('/cy/guides/%s/ shows the Welsh guide, in Welsh, with no fallback notice', (slug) => {
    const html = plain(readFileSync(join(inject('welshSiteDir'), 'cy/guides', slug, 'index.html'), 'utf8'));
    const { title } = front(join(WELSH, `${slug}.mdx`));
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain(`<h1 data-pagefind-weight="10">${title}</h1>`);
    expect(html).not.toContain(FALLBACK);
    expect(html).not.toMatch(/<main[^>]*lang="en-GB"/);
  });

  it.each(slugs)('%s has the English guide’s headings and steps, and Welsh urgent phrases if it is urgent', (slug) => {
    const welsh = readFileSync(join(WELSH, `${slug}.mdx`), 'utf8');
    const englishPath = join(ROOT, 'content/guides', `${slug}.mdx`);
    expect(shape(welsh)).toEqual(shape(readFileSync(englishPath, 'utf8')));
    const phrases = front(join(WELSH, `${slug}.mdx`)).urgentPhrases ?? [];
    if (front(englishPath).urgent) expect(phrases.length, `${slug}: urgentPhrases`).toBeGreaterThan(0);
    else expect(phrases).toEqual([]);
  });
});
