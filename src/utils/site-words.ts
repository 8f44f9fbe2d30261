import site from 'virtual:cyber-guide/site';
import { pageLanguages, type Language } from './language';

/**
 * The site's name, organisation, description and contacts in a language: on a Welsh page, the words of
 * content/cy/site.yaml (a trust's too) over the English ones. By default in the language of the words in
 * <main>; the header and footer ask for the page's menus language.
 */
export const siteWords = (language: Language = pageLanguages().words) =>
  language === 'cy' && site.welsh ? site.welsh.site : site;
