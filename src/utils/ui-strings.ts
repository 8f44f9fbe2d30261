import site from 'virtual:cyber-guide/site';
import type { UiKey } from '../schemas/strings';
import { pageLanguages, type Language } from './language';

export type { UiKey };

const wordsIn = (language: Language) => (language === 'cy' && site.welsh ? site.welsh.strings : site.strings);

/**
 * Interface text by key, in the language of the words in <main>. Every word the interface shows lives in
 * content/strings.yaml (content/cy/strings.yaml in Welsh), and a trust's overlay may change any of them
 * (its own strings.yaml), so no page or component holds words of its own.
 */
export function t(key: UiKey): string {
  return wordsIn(pageLanguages().words)[key];
}

/**
 * Interface text for the page's frame (header, menus, footer, the skip link), in the page's language:
 * Welsh on every /cy/ page, also one that shows English words in <main> for want of a Welsh version.
 */
export function tMenu(key: UiKey): string {
  return wordsIn(pageLanguages().menus)[key];
}
