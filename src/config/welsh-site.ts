// content/cy/site.yaml: the site's name, organisation and contact words in Welsh, with a trust's
// cy/site.yaml over it (its name, its teams). Read only in a copy with cy in languages.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { z } from 'astro/zod';
import type { SiteConfig } from '../schemas/site';
import { welshSiteSchema } from '../schemas/welsh-site';
import { ContentError, schemaProblems, shapeFinder } from './errors';
import { readYaml } from './site';

type WelshSite = z.output<typeof welshSiteSchema>;

/** The site's words a page shows, in one language. */
export interface SiteWords<C> {
  name: string;
  shortName: string;
  organisation: string;
  description: string;
  contacts: Record<string, C>;
}

/** Each layer's cy/site.yaml, read and checked; a mistake stops the build with file, line and fix. */
function welshSiteFiles(
  site: Pick<SiteConfig, 'contentDir' | 'overlayDir'>,
  root: string,
): { data: WelshSite; central: boolean }[] {
  const files = [resolve(site.contentDir, 'cy', 'site.yaml')];
  if (site.overlayDir) files.push(resolve(site.overlayDir, 'cy', 'site.yaml'));
  return files.flatMap((file, layer) => {
    if (!existsSync(file)) return [];
    const shown = relative(root, file).replaceAll('\\', '/');
    const { data, source } = readYaml(file, shown);
    const result = welshSiteSchema.safeParse(data ?? {}, { reportInput: true });
    if (!result.success)
      throw new ContentError(
        schemaProblems(shown, result.error, {
          source,
          shapeAt: shapeFinder(welshSiteSchema),
          fix: 'see "Welsh (Cymraeg)" in content/README.md',
        }),
      );
    return [{ data: result.data, central: layer === 0 }];
  });
}

/** What the trust's own site.yaml sets among the words: the central Welsh words for those are not its. */
function trustSets(site: Pick<SiteConfig, 'overlayDir'>): { keys: Set<string>; contacts: Record<string, object> } {
  const file = site.overlayDir && resolve(site.overlayDir, 'site.yaml');
  if (!file || !existsSync(file)) return { keys: new Set(), contacts: {} };
  const data = (readYaml(file).data ?? {}) as Record<string, unknown>;
  const contacts = (data.contacts && typeof data.contacts === 'object' ? data.contacts : {}) as Record<string, object>;
  return { keys: new Set(Object.keys(data)), contacts };
}

/**
 * The site's words in Welsh: the English ones with each Welsh word written in content/cy/site.yaml, then
 * the overlay's cy/site.yaml, put over them. A word the trust's own site.yaml changes in English (its
 * name, a team's label) keeps the trust's English words unless its cy/site.yaml gives them in Welsh:
 * the central Welsh name of another copy would be wrong.
 */
export function welshSiteWords<C extends { label: string; hours?: string; how?: string }>(
  site: Pick<SiteConfig, 'contentDir' | 'overlayDir'>,
  english: SiteWords<C>,
  root = process.cwd(),
): SiteWords<C> {
  const words = { ...english, contacts: { ...english.contacts } };
  const trust = trustSets(site);
  for (const { data: file, central } of welshSiteFiles(site, root)) {
    for (const key of ['name', 'shortName', 'organisation', 'description'] as const)
      if (file[key] !== undefined && !(central && trust.keys.has(key))) words[key] = file[key];
    for (const [name, contact] of Object.entries(file.contacts ?? {})) {
      const current = words.contacts[name];
      if (!current) continue;
      const own = central ? (trust.contacts[name] ?? {}) : {};
      const kept = Object.fromEntries(Object.entries(contact).filter(([field]) => !(field in own)));
      words.contacts[name] = { ...current, ...kept };
    }
  }
  return words;
}
