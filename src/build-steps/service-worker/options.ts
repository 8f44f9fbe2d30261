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
import { belowBase, partOf, type Language, type Part } from '../../service-worker/languages';

export { cacheIdFor };
export { urgentCore } from './urgent-core';

/**
 * The biggest single file the offline copy takes: Workbox's own limit (2 MiB). Workbox would leave a
 * bigger file out with a warning, and that page would then break offline; the build fails instead.
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Files in the build that are not part of the offline copy: the worker itself, source maps, the sitemap,
 * server configuration a host reads but a browser never asks for. Dot folders (.well-known) are never
 * matched by the glob. The Welsh pages are in it: the worker saves each device's own languages only.
 */
const NOT_PRECACHED = [
  'sw.js',
  '**/*.map',
  'sitemap.xml',
  '_headers',
  '_redirects',
  'web.config',
  'staticwebapp.config.json',
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

/** The files and bytes of each part of the offline copy (src/service-worker/languages.ts). */
export type PartSizes = Record<Part, { count: number; bytes: number }>;

/** Empty sizes, for weighParts to fill in. */
export const noParts = (): PartSizes => ({
  shared: { count: 0, bytes: 0 },
  en: { count: 0, bytes: 0 },
  cy: { count: 0, bytes: 0 },
});

/**
 * Weighs each part of the manifest into `parts` as Workbox builds it: one manifest holds every part,
 * and the worker picks the parts a device saves, so each part is weighed here against the budget.
 */
function weighParts(basePath: string, parts: PartSizes): ManifestTransform {
  return (entries) => {
    for (const entry of entries) {
      const part = parts[partOf(belowBase(entry.url, basePath) ?? '')];
      part.count += 1;
      part.bytes += entry.size;
    }
    return { manifest: entries, warnings: [] };
  };
}

/** What workbox-build's injectManifest needs, worked out from the site and the build folder. */
export function injectManifestOptions(site: SiteConfig, outDir: string, swSrc: string, parts: PartSizes = noParts()) {
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
    manifestTransforms: [
      refuseOversizedFiles(site.basePath),
      weighParts(site.basePath, parts),
      addIntegrity(outDir, site.basePath),
    ],
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
  saveWords: Partial<Record<Language, SaveWords>> = {},
): Record<string, string> {
  return {
    BASE_PATH: JSON.stringify(site.basePath),
    URGENT_CORE: JSON.stringify(core),
    SAVE_WORDS: JSON.stringify(saveWords),
    LANGUAGES: JSON.stringify(site.languages),
    SAVE_ALL: JSON.stringify(site.offline.languages === 'all'),
    CACHE_ID: JSON.stringify(cacheIdFor(site.basePath)),
    IMAGE_PLACEHOLDER_TEXT: JSON.stringify(escapeXml(imagePlaceholderText)),
    'process.env.NODE_ENV': '"production"',
  };
}

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', cy: 'Welsh' };

/**
 * What one device downloads on its first visit, per language or for all of them: the shared files
 * and its own language's pages (offline.languages: own), or every language (offline.languages: all).
 */
function firstVisits(site: SiteConfig, parts: PartSizes): { label: string; count: number; bytes: number }[] {
  const plus = (languages: readonly Language[]) => ({
    label: ['shared', ...languages.map((language) => LANGUAGE_NAMES[language])].join(' + '),
    count: parts.shared.count + languages.reduce((sum, language) => sum + parts[language].count, 0),
    bytes: parts.shared.bytes + languages.reduce((sum, language) => sum + parts[language].bytes, 0),
  });
  if (site.offline.languages === 'all') return [plus(site.languages)];
  return site.languages.map((language) => plus([language]));
}

const kib = (bytes: number): string => `${Math.round(bytes / 1024)} KiB`;

/** The build log line: what staff download on their first visit, per language when there are several. */
export function precacheSummary(site: SiteConfig, parts: PartSizes): string {
  const budget = `(budget ${site.offline.precacheBudgetKiB} KiB)`;
  const visits = firstVisits(site, parts);
  if (site.languages.length === 1) return `precache: ${visits[0].count} files, ${kib(visits[0].bytes)} ${budget}`;
  const each = (['shared', ...site.languages] as const).map(
    (part) =>
      `${part === 'shared' ? 'shared' : LANGUAGE_NAMES[part]} ${parts[part].count} files, ${kib(parts[part].bytes)}`,
  );
  const saved = visits.map((visit) => `${visit.label} = ${visit.count} files, ${kib(visit.bytes)}`);
  return `precache: ${each.join('; ')}. Each device saves ${saved.join(', or ')} ${budget}`;
}

/** The build error when what one device saves is over site.yaml's budget, or undefined when it is within it. */
export function overBudgetMessage(site: SiteConfig, parts: PartSizes): string | undefined {
  const over = firstVisits(site, parts).find((visit) => visit.bytes > budgetBytes(site));
  if (!over) return undefined;
  const what = site.languages.length === 1 ? 'the offline copy' : `the offline copy (${over.label})`;
  const all =
    site.offline.languages === 'all' ? ', or remove offline.languages: all so each device saves its own language' : '';
  return `site.yaml — offline.precacheBudgetKiB: ${what} is ${kib(over.bytes)}, over the budget of ${site.offline.precacheBudgetKiB} KiB; make images smaller${all}, or raise offline.precacheBudgetKiB knowing staff download all of it on their first visit`;
}
