// Which files of a collection a build uses: the central ones, the overlay's (which replace or add by
// file name) and site.yaml's `hide`. Shared by the content loader and the content checks.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import { ContentError, suggest } from '../config/errors';
import { retiredPages } from './retired-pages';
import type { SiteConfig } from '../schemas/site';

export type Collection = 'guides' | 'checklists' | 'tips' | 'scenarios' | 'pages';

export interface Layer {
  dir: string;
  files: string[];
}

export function listFiles(dir: string, extension: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => extname(f) === extension)
        .sort()
    : [];
}

export const slugOf = (file: string) => basename(file, extname(file));

/** Which base files stay, which overlay files are added, and which hidden slugs were never there. */
export function planLayers(
  collection: Collection,
  site: SiteConfig,
  extension: string,
): { base: Layer; overlay?: Layer } {
  const baseDir = resolve(site.contentDir, collection);
  const overlayDir = site.overlayDir ? resolve(site.overlayDir, collection) : undefined;
  const overlayFiles = overlayDir ? listFiles(overlayDir, extension) : [];
  const hidden = hiddenSlugs(site, collection);
  const replaced = new Set(overlayFiles.map(slugOf));
  const baseFiles = listFiles(baseDir, extension).filter((f) => !hidden.has(slugOf(f)) && !replaced.has(slugOf(f)));
  return {
    base: { dir: baseDir, files: baseFiles },
    overlay: overlayDir ? { dir: overlayDir, files: overlayFiles } : undefined,
  };
}

export function hiddenSlugs(site: SiteConfig, collection: Collection): Set<string> {
  return new Set(site.hide.filter((h) => h.startsWith(`${collection}/`)).map((h) => h.slice(collection.length + 1)));
}

/**
 * Every hide entry must name something that exists, or a trust thinks a page is gone when it is not.
 * A page central removed (content/retired-pages.yaml) is only a warning, which the content checks give.
 */
export function checkHiddenExist(site: SiteConfig, collection: Collection, existing: Iterable<string>): void {
  const present = new Set(existing);
  const retired = retiredPages(site.contentDir);
  const missing = [...hiddenSlugs(site, collection)].filter(
    (slug) => !present.has(slug) && !retired.has(`${collection}/${slug}`),
  );
  if (missing.length > 0) {
    const file = site.overlayDir ? resolve(site.overlayDir, 'site.yaml') : resolve(site.contentDir, 'site.yaml');
    throw new ContentError(
      missing.map((slug) => ({
        severity: 'error',
        file: shown(file),
        ...unknownHideProblem(collection, slug, present),
      })),
    );
  }
}

/** What is wrong with a hide entry that names no page central has or had: its message and fix, with the nearest real name. */
export function unknownHideProblem(
  collection: string,
  slug: string,
  existing: Iterable<string>,
): { message: string; fix: string } {
  const near = suggest(slug, [...existing]);
  return {
    message: `hide: "${collection}/${slug}" is not in content/${collection}`,
    fix: near
      ? `did you mean "${collection}/${near}"? Check the spelling against the file names there`
      : 'check the spelling against the file names there',
  };
}

export const shown = (file: string) => relative(process.cwd(), file).replaceAll('\\', '/');

/**
 * One glob() over both layers: the folder holding content/<collection> and the overlay's, with a
 * pattern for each layer's files and a `!` pattern for every central file the overlay replaces or
 * hides. Patterns are relative to that folder, as glob() wants (never starting with ../).
 */
export function layeredGlob(
  collection: Collection,
  site: SiteConfig,
  extension: string,
): { base: string; pattern: string[] } {
  const centralDir = resolve(site.contentDir, collection);
  const overlayDir = site.overlayDir ? resolve(site.overlayDir, collection) : undefined;
  const base = overlayDir ? commonFolder(centralDir, overlayDir) : centralDir;
  const within = (dir: string) => relative(base, dir).replaceAll('\\', '/');
  const files = (dir: string) => (within(dir) ? `${escapeGlob(within(dir))}/*${extension}` : `*${extension}`);
  const { base: central } = planLayers(collection, site, extension);
  const left = new Set(central.files);
  const leftOut = listFiles(centralDir, extension).filter((f) => !left.has(f));
  return {
    base,
    pattern: [
      files(centralDir),
      ...(overlayDir ? [files(overlayDir)] : []),
      ...leftOut.map((f) => `!${escapeGlob(within(resolve(centralDir, f)))}`),
    ],
  };
}

export function commonFolder(a: string, b: string): string {
  let folder = a;
  while (relative(folder, b).startsWith('..')) folder = dirname(folder);
  return folder;
}

/** A path as a glob pattern that matches only itself. */
export const escapeGlob = (path: string) => path.replace(/[*?[\]{}()!+@]/g, '\\$&');
