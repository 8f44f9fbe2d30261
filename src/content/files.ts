// The one reader of the content's files: which files a build publishes (content/ with the overlay's
// replacements and additions, less `hide:`), each file's text, and a guide's frontmatter and body,
// split one way. The content loaders, the checks and the help flow read through it.
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { planLayers, slugOf, type Collection } from './layers';
import type { SiteConfig } from '../schemas/site';

/** Where a file comes from: the central content/ folder, or a trust's overlay. */
export type Layer = 'central' | 'overlay';

export interface ContentFile {
  /** Absolute path. */
  path: string;
  /** Path shown to editors: relative to the project root, forward slashes. */
  file: string;
  slug: string;
  layer: Layer;
  source: string;
}

/** A guide's text in its two parts. */
export interface MdxParts {
  /** The YAML between the first two `---` lines; undefined when the file does not start with one. */
  frontmatter?: string;
  /** Everything after the frontmatter: the MDX that is drawn (Astro's `entry.body`). */
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits a guide into its frontmatter and body: the one frontmatter parser of the project. */
export function splitFrontmatter(source: string): MdxParts {
  const match = FRONTMATTER.exec(source);
  return match ? { frontmatter: match[1], body: source.slice(match[0].length) } : { body: source };
}

/** A guide file's frontmatter ('' when it has none), for the lines of a loader's error. */
export const frontmatterOfFile = (path: string): string =>
  splitFrontmatter(readFileSync(path, 'utf8')).frontmatter ?? '';

export const shownPath = (root: string, path: string): string => (relative(root, path) || path).replaceAll('\\', '/');

/** A content file's text, with where it is and where it came from. */
export function readContentFile(root: string, path: string, layer: Layer): ContentFile {
  return { path, file: shownPath(root, path), slug: slugOf(path), layer, source: readFileSync(path, 'utf8') };
}

/** The files of a folder collection this build publishes, central first, as planLayers decides. */
export function publishedFiles(
  site: SiteConfig,
  collection: Exclude<Collection, 'tips'>,
  extension: string,
): { path: string; layer: Layer }[] {
  const { base, overlay } = planLayers(collection, site, extension);
  return [
    ...base.files.map((name) => ({ path: resolve(base.dir, name), layer: 'central' as const })),
    ...(overlay?.files ?? []).map((name) => ({ path: resolve(overlay!.dir, name), layer: 'overlay' as const })),
  ];
}

/** A single file (tips.yaml, synonyms.yaml) in content/ and in the overlay, where they exist. */
export function filesNamed(site: SiteConfig, name: string): { path: string; layer: Layer }[] {
  return [
    { path: resolve(site.contentDir, name), layer: 'central' as const },
    ...(site.overlayDir ? [{ path: resolve(site.overlayDir, name), layer: 'overlay' as const }] : []),
  ].filter((f) => existsSync(f.path));
}
