// What a Welsh page of the shared English-and-Welsh build must be, for the Welsh browser test files: Welsh,
// axe-clean, with no English interface words and no English title or summary of a guide or checklist
// that has a Welsh one, outside an element marked as English.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { ROOT } from './build';
import { splitFrontmatter } from '../../src/content/files';

type Words = Record<string, string | Record<string, string>>;
/** content/strings.yaml: every interface word in English. */
export const ENGLISH_STRINGS = parse(readFileSync(join(ROOT, 'content/strings.yaml'), 'utf8')) as Words;
/** content/cy/strings.yaml: every interface word in Welsh. */
export const WELSH_STRINGS = parse(readFileSync(join(ROOT, 'content/cy/strings.yaml'), 'utf8')) as Words;

/** The title and summary of a guide (.mdx frontmatter) or checklist (.yaml) file. */
export const wordsOf = (path: string): { title: string; summary: string } => {
  const text = readFileSync(path, 'utf8');
  const yaml = path.endsWith('.mdx') ? (splitFrontmatter(text).frontmatter ?? '') : text;
  const { title, summary } = parse(yaml) as { title: string; summary: string };
  return { title: String(title), summary: String(summary) };
};

/** Each guide's and checklist's English words, and its Welsh title when content/cy/ has it, by address below the base. */
export const ENTRIES = new Map<string, { english: string; englishSummary: string; welsh?: string }>(
  (['guides', 'checklists'] as const).flatMap((folder) =>
    readdirSync(join(ROOT, 'content', folder))
      .filter((name) => /\.(mdx|yaml)$/.test(name))
      .map((name) => {
        const welsh = join(ROOT, 'content/cy', folder, name);
        const english = wordsOf(join(ROOT, 'content', folder, name));
        return [
          `${folder}/${name.replace(/\.\w+$/, '')}/`,
          {
            english: english.title,
            englishSummary: english.summary,
            welsh: existsSync(welsh) ? wordsOf(welsh).title : undefined,
          },
        ] as const;
      }),
  ),
);

/**
 * English interface words: each piece of every English string between its {placeholders}, where the
 * Welsh words differ, and the English title and summary of every guide and checklist that has a Welsh one.
 */
const ENGLISH_WORDS = [
  ...new Set([
    ...Object.entries(ENGLISH_STRINGS)
      .filter(([key, words]) => JSON.stringify(words) !== JSON.stringify(WELSH_STRINGS[key]))
      .flatMap(([, words]) => (typeof words === 'string' ? [words] : Object.values(words)))
      .flatMap((words) => words.split(/\{\w+\}/))
      .map((piece) => piece.trim())
      .filter((piece) => piece.replace(/[^\p{L}]/gu, '').length >= 3),
    ...[...ENTRIES.values()]
      .filter((e) => e.welsh && e.welsh !== e.english)
      .flatMap((e) => [e.english, e.englishSummary]),
  ]),
];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The English words found in `text`, each as a whole phrase (not inside a Welsh word). */
export const englishIn = (text: string): string[] =>
  ENGLISH_WORDS.filter((words) => new RegExp(`(^|[^\\p{L}])${escape(words)}($|[^\\p{L}])`, 'u').test(text));

/** The page's words a reader meets as Welsh: text and labels outside any element marked as another language. */
export const welshText = (page: Page, withTitle: boolean): Promise<string> =>
  page.evaluate((withTitle) => {
    const welsh = (element: Element | null) => (element?.closest('[lang]')?.getAttribute('lang') ?? '') === 'cy';
    const texts: string[] = withTitle ? [document.title] : [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && welsh(parent) && parent.closest('script, style, [hidden]') === null)
        texts.push(node.textContent ?? '');
    }
    for (const element of document.querySelectorAll('[aria-label]'))
      if (welsh(element)) texts.push(element.getAttribute('aria-label') ?? '');
    return texts.join('\n');
  }, withTitle);

/**
 * Opens a Welsh page (`url`, the whole address) and checks what every Welsh page made from Welsh words
 * must be: Welsh, not a fallback to English, with no English interface words, and axe-clean. A page
 * whose title names it in both languages passes `bilingualTitle`.
 */
export async function expectWelshPage(page: Page, url: string, { bilingualTitle = false } = {}): Promise<void> {
  const path = new URL(url).pathname;
  await page.goto(url);
  expect(await page.locator('html').getAttribute('lang'), path).toBe('cy');
  expect(await page.locator('main').getAttribute('lang'), `${path}: <main> is not marked English`).toBeNull();
  expect(
    await page.getByText(String(WELSH_STRINGS['language.fallbackLink'])).count(),
    `${path}: no fallback notice`,
  ).toBe(0);
  const text = await welshText(page, !bilingualTitle);
  expect(englishIn(text), `${path}: English words outside an English-marked element`).toEqual([]);
  expect(await axeViolations(page), path).toEqual([]);
}
