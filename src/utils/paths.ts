import { languageFolder, pageLanguages } from './language';

const base = (): string => import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * A page of the site in the language of the page being made, with the base path in front:
 * href('guides/x/') → '/trust/cyber/guides/x/' on an English page, '/trust/cyber/cy/guides/x/' on a Welsh one.
 */
export function href(path = ''): string {
  return `${base()}${languageFolder(pageLanguages().menus)}${path.replace(/^\//, '')}`;
}

/** A file both languages share (the logo, the manifest), with the base path in front. */
export function assetHref(path: string): string {
  return `${base()}${path.replace(/^\//, '')}`;
}
