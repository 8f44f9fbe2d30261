import { loadSiteConfig } from './site';
import type { SiteConfig } from '../schemas/site';

const cache = new Map<string, SiteConfig>();

/**
 * The site configuration for this build, read once per project root.
 * SITE_OVERLAY and SITE_BASE_PATH come from the environment, so one codebase serves every trust.
 */
export function siteConfigFor(root: string, { fresh = false } = {}): SiteConfig {
  const key = `${root}|${process.env.SITE_OVERLAY ?? ''}|${process.env.SITE_BASE_PATH ?? ''}`;
  // `astro dev` reads site.yaml again after an edit (src/integration/site-module.ts).
  if (fresh) cache.delete(key);
  let config = cache.get(key);
  if (!config) {
    config = loadSiteConfig({
      root,
      overlay: process.env.SITE_OVERLAY || undefined,
      basePath: process.env.SITE_BASE_PATH || undefined,
      // Files are named from where the build was started: a trust's repository, when the site's code is
      // its installed package.
      cwd: process.cwd(),
    });
    cache.set(key, config);
  }
  return config;
}

/** Whether this build ships the worker that removes the guide from devices (site.yaml or SITE_RETIRE=1). */
export function isRetireBuild(site: SiteConfig, env: NodeJS.ProcessEnv = process.env): boolean {
  return site.offline.retire || env.SITE_RETIRE === '1';
}
