// Works out what the service worker build does, from site.yaml and the build folder. Pure apart from
// reading the files it hashes; generate.ts does the writing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestTransform } from 'workbox-build';
import { BuildError } from '../../config/errors';
import type { SiteConfig } from '../../schemas/site';
import { cacheIdFor } from '../../service-worker/cache-names';
import type { SaveWords } from '../../service-worker/save-messages';

export { cacheIdFor };
export { urgentCore } from './urgent-core';

/**
 * The biggest single file the offline copy takes: Workbox's own limit (2 MiB). Workbox would leave a
 * bigger file out with a warning, and that page would then break offline; the build fails instead.
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Files in the build that are not part of the offline copy: the worker itself, source maps, the sitemap,
 * server configuration a host reads but a browser never asks for, and the Welsh pages. Dot folders
 * (.well-known) are never matched by the glob.
 */
const NOT_PRECACHED = [
  'sw.js',
  '**/*.map',
  'sitemap.xml',
  '_headers',
  '_redirects',
  'web.config',
  'staticwebapp.config.json',
  // The Welsh pages (site.yaml languages: [en, cy]) are not saved for offline yet: a copy per language is
  // a later step (issue #29), and both languages together are over the budget.
  'cy/**',
];

/**
 * Files whose names change when their bytes do (Astro's hashed assets, Pagefind's index chunks and
 * fragments, named after their content): they need no revision. Pagefind's entry file, engine and
 * WebAssembly keep their names, so they get revisions.
 */
const HASHED_FILES = /\/(_astro\/|pagefind\/(fragment|index|filter)\/)/;

// Decided with the configuration, since the pages say which worker they get (src/integration/site-module.ts).
export { isRetireBuild } from '../../config/site-config';

/** The precache budget in bytes, from site.yaml `offline.precacheBudgetKiB`. */
export const budgetBytes = (site: SiteConfig): number => site.offline.precacheBudgetKiB * 1024;

/**
 * Adds a subresource-integrity hash to every entry. The browser then refuses a file whose bytes are not
 * the ones this build made, so a half-finished upload (new sw.js, an old page) fails the install and
 * the previous version keeps working, instead of saving the old page as if it were new.
 */
function addIntegrity(outDir: string, basePath: string): ManifestTransform {
  return async (entries) => ({
    manifest: entries.map((entry) => {
      const file = join(outDir, decodeURIComponent(entry.url.slice(basePath.length)));
      return { ...entry, integrity: `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}` };
    }),
    warnings: [],
  });
}

/** One file too big for the offline copy. */
export interface OversizedFile {
  url: string;
  bytes: number;
}

/**
 * Fails the build, naming every file over MAX_FILE_BYTES, rather than letting Workbox leave them out.
 * @throws {BuildError} listing each file with its size and what to do.
 */
function refuseOversizedFiles(basePath: string): ManifestTransform {
  return (entries) => {
    const oversized = entries
      .filter((entry) => entry.size > MAX_FILE_BYTES)
      .map((entry) => ({ url: entry.url, bytes: entry.size }));
    if (oversized.length > 0) throw new BuildError(oversizedMessage(oversized, basePath));
    return { manifest: entries, warnings: [] };
  };
}

const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** The build error for files too big to work offline: which files, how big, the limit, and the fix. */
export function oversizedMessage(files: OversizedFile[], basePath: string): string {
  const lines = files.map((file) => `  dist/${file.url.slice(basePath.length)} — ${mib(file.bytes)} MiB`);
  return [
    `These files are over the ${mib(MAX_FILE_BYTES)} MiB limit for one file in the offline copy, so they would not work offline:`,
    ...lines,
    'Make them smaller (compress or resize images, split a long page), or move them out of content/ and link to them instead.',
  ].join('\n');
}

/** What workbox-build's injectManifest needs, worked out from the site and the build folder. */
export function injectManifestOptions(site: SiteConfig, outDir: string, swSrc: string) {
  return {
    swSrc,
    swDest: join(outDir, 'sw.js'),
    globDirectory: outDir,
    // Everything: every page, style, script, icon, the manifest and Pagefind's whole bundle.
    globPatterns: ['**/*'],
    globIgnores: NOT_PRECACHED,
    dontCacheBustURLsMatching: HASHED_FILES,
    // Workbox would drop a bigger file with only a warning: let every file through to refuseOversizedFiles.
    maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
    modifyURLPrefix: { '': site.basePath },
    // These run after modifyURLPrefix, so each URL starts with the base path.
    manifestTransforms: [refuseOversizedFiles(site.basePath), addIntegrity(outDir, site.basePath)],
  };
}

/** Escapes text for an SVG the worker builds (the image placeholder). */
export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The constants the worker's source expects, for esbuild's `define`. */
export function workerConstants(
  site: SiteConfig,
  imagePlaceholderText: string,
  core: readonly string[] = [],
  saveWords: SaveWords = {},
): Record<string, string> {
  return {
    BASE_PATH: JSON.stringify(site.basePath),
    URGENT_CORE: JSON.stringify(core),
    SAVE_WORDS: JSON.stringify(saveWords),
    CACHE_ID: JSON.stringify(cacheIdFor(site.basePath)),
    IMAGE_PLACEHOLDER_TEXT: JSON.stringify(escapeXml(imagePlaceholderText)),
    'process.env.NODE_ENV': '"production"',
  };
}

/** The build log line: what staff download on their first visit. */
export function precacheSummary(site: SiteConfig, count: number, bytes: number): string {
  return `precache: ${count} files, ${Math.round(bytes / 1024)} KiB (budget ${site.offline.precacheBudgetKiB} KiB)`;
}

/** The build error when the offline copy is over site.yaml's budget, or undefined when it is within it. */
export function overBudgetMessage(site: SiteConfig, bytes: number): string | undefined {
  if (bytes <= budgetBytes(site)) return undefined;
  return `site.yaml — offline.precacheBudgetKiB: the offline copy is ${Math.round(bytes / 1024)} KiB, over the budget of ${site.offline.precacheBudgetKiB} KiB; make images smaller, or raise offline.precacheBudgetKiB knowing staff download all of it on their first visit`;
}
