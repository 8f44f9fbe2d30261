// Which language a page is in. English pages are at the site's own address and Welsh ones at /cy/, with
// the same page names. Astro makes pages several at a time, so the language of the page being made
// cannot sit in a module variable: the middleware (src/integration/language-middleware.ts) runs each
// /cy/ page inside its own store, and t() and href() read it there. Outside any store (every English
// page, and every page of an English-only copy) they behave exactly as before there was Welsh.
import { AsyncLocalStorage } from 'node:async_hooks';

export type Language = 'en' | 'cy';

/** A page's two languages: the menus, header and footer, and the words in <main>. */
export interface PageLanguages {
  /** The page's address and its interface: cy for every page under /cy/. */
  menus: Language;
  /** The words in <main>: en on a Welsh page that has no Welsh version yet (it shows the English text). */
  words: Language;
}

const ENGLISH: PageLanguages = { menus: 'en', words: 'en' };
const current = new AsyncLocalStorage<PageLanguages>();

/** The languages of the page being made. */
export const pageLanguages = (): PageLanguages => current.getStore() ?? ENGLISH;

/** Runs `make` (the making of one page) with its languages. */
export const inLanguages = <T>(languages: PageLanguages, make: () => T): T => current.run(languages, make);

/** The `lang` attribute for each language: British English, and Welsh as Pagefind's index is named. */
export const HTML_LANG: Record<Language, string> = { en: 'en-GB', cy: 'cy' };

/** The folder a language's pages are in, below the base path: '' for English, 'cy/' for Welsh. */
export const languageFolder = (language: Language): string => (language === 'en' ? '' : `${language}/`);

/**
 * A page's address split into its language and its path below the base path and the language folder:
 * '/trust/cy/guides/x/' with base '/trust/' → { language: 'cy', path: 'guides/x/' }.
 */
export function splitLanguage(pathname: string, basePath: string): { language: Language; path: string } {
  const base = basePath.replace(/\/?$/, '/');
  const below = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return below === 'cy' || below.startsWith('cy/')
    ? { language: 'cy', path: below.slice(3) }
    : { language: 'en', path: below };
}
