import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { frontmatterOfFile } from './files';
import { centralHash, parseReplaces } from './replaces';
import type { SiteConfig } from '../schemas/site';

/**
 * The Welsh guides whose English guide has changed since the version their `translationOf:` names, by
 * slug: their pages tell readers the English may now say more (the welsh check warns the editors).
 */
export function welshGuidesOutOfDate(site: SiteConfig): string[] {
  const folder = resolve(site.contentDir, 'cy', 'guides');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .filter((file) => {
      const english = resolve(site.contentDir, 'guides', file);
      if (!existsSync(english)) return false;
      const data = (parse(frontmatterOfFile(resolve(folder, file))) ?? {}) as { translationOf?: unknown };
      const written = parseReplaces(String(data.translationOf ?? ''));
      return written !== undefined && written.hash !== centralHash(readFileSync(english, 'utf8'));
    })
    .map((file) => file.slice(0, -'.mdx'.length));
}
