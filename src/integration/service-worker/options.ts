import type { SiteConfig } from '../../schemas/site';

/** Workbox's own default is 2 MiB; a bigger file would be left out silently, so we say so instead. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Files in the build that are not part of the offline copy. */
export const NOT_PRECACHED = ['sw.js', '**/*.map', 'sitemap.xml', '.well-known/**'];

/** A cache-name prefix unique to this copy of the guide on its origin, from the base path. */
export function cachePrefix(basePath: string): string {
  const slug = basePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
  return slug ? `cyber-guide-${slug}` : 'cyber-guide-root';
}

/** Whether this build ships the worker that removes the guide from devices (site.yaml or SITE_RETIRE=1). */
export function isRetireBuild(site: SiteConfig, env: NodeJS.ProcessEnv = process.env): boolean {
  return site.offline.retire || env.SITE_RETIRE === '1';
}

/** What workbox-build's injectManifest needs, worked out from the site and the build folder. */
export function injectManifestOptions(site: SiteConfig, outDir: string, swSrc: string) {
  return {
    swSrc,
    swDest: `${outDir}/sw.js`,
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: NOT_PRECACHED,
    // Astro's hashed files never change under the same name: no revision needed, so no re-download.
    dontCacheBustURLsMatching: /\/_astro\//,
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
    modifyURLPrefix: { '': site.basePath },
  };
}

/** The precache budget in bytes, from site.yaml `offline.precacheBudgetKiB`. */
export const budgetBytes = (site: SiteConfig) => site.offline.precacheBudgetKiB * 1024;
