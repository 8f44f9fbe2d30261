// The Welsh files of a copy: content/cy/<folder> and a trust's overlay's cy/<folder>, the trust's file
// replacing the central one of the same name, as its English files do. None without cy in languages.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SiteConfig } from '../schemas/site';

/** The folders of content/cy/ read as collections: guides and the site pages. */
export type WelshFolder = 'guides' | 'pages';

/** A Welsh file this copy publishes: its path, its name without the extension, and whose it is. */
export interface WelshFile {
  path: string;
  slug: string;
  layer: 'central' | 'overlay';
}

/** The Welsh .mdx files of a folder, central first, the overlay's replacing by name. */
export function welshMdxFiles(
  site: Pick<SiteConfig, 'contentDir' | 'overlayDir' | 'languages'>,
  folder: WelshFolder,
): WelshFile[] {
  if (!site.languages.includes('cy')) return [];
  const bySlug = new Map<string, WelshFile>();
  const layers = [
    { dir: resolve(site.contentDir, 'cy', folder), layer: 'central' as const },
    ...(site.overlayDir ? [{ dir: resolve(site.overlayDir, 'cy', folder), layer: 'overlay' as const }] : []),
  ];
  for (const { dir, layer } of layers) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((file) => file.endsWith('.mdx'))
      .sort()) {
      const slug = name.slice(0, -'.mdx'.length);
      bySlug.set(slug, { path: resolve(dir, name), slug, layer });
    }
  }
  return [...bySlug.values()];
}
