// Which Welsh files of checklists, scenarios and tips a copy has: content/cy/<folder>/ and a trust
// overlay's cy/<folder>/, the overlay's file replacing the central one of the same name. None in a copy
// without cy in site.yaml `languages:`, so an English-only build reads no Welsh file.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SiteConfig } from '../schemas/site';
import type { Layer } from './files';
import { listFiles, slugOf } from './layers';

/** The Welsh files of a folder, central then the overlay's, one per name (the overlay's wins). */
export function welshFiles(site: SiteConfig, folder: 'checklists' | 'scenarios'): string[] {
  if (!site.languages.includes('cy')) return [];
  const byName = new Map<string, string>();
  for (const dir of [site.contentDir, site.overlayDir].filter((d): d is string => Boolean(d)))
    for (const name of listFiles(resolve(dir, 'cy', folder), '.yaml'))
      byName.set(name, resolve(dir, 'cy', folder, name));
  return [...byName.values()];
}

/**
 * A Welsh file of one name in cy/ (tips.yaml, alerts.yaml) as it exists centrally and in the overlay,
 * central first, each with its layer: the overlay's adds to or replaces the central one's entries by id.
 */
export function welshLayerFiles(
  site: Pick<SiteConfig, 'contentDir' | 'overlayDir' | 'languages'>,
  name: string,
): { path: string; layer: Layer }[] {
  if (!site.languages.includes('cy')) return [];
  const layers = [
    { dir: site.contentDir, layer: 'central' },
    { dir: site.overlayDir, layer: 'overlay' },
  ] as const;
  return layers.flatMap(({ dir, layer }) => {
    const path = dir && resolve(dir, 'cy', name);
    return path && existsSync(path) ? [{ path, layer }] : [];
  });
}

/** The Welsh tips files that exist, central then the overlay's (whose tips replace or add by id). */
export const welshTipsFiles = (site: SiteConfig): string[] =>
  welshLayerFiles(site, 'tips.yaml').map((file) => file.path);

/**
 * The pages whose words are Welsh thanks to content/cy/checklists, scenarios and tips.yaml (and a
 * trust's cy/): each checklist with a Welsh file, and the practice and tips pages once any Welsh
 * scenario or tip exists (an example or tip not yet in Welsh shows in English there, marked English).
 */
export function welshWordPages(site: SiteConfig): string[] {
  return [
    ...welshFiles(site, 'checklists').map((file) => `checklists/${slugOf(file)}/`),
    ...(welshFiles(site, 'scenarios').length > 0 ? ['practice/'] : []),
    ...(welshTipsFiles(site).length > 0 ? ['tips/'] : []),
  ];
}
