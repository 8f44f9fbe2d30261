// The urgent core of the offline copy: what a phone needs in an emergency, saved before the rest. Read
// from the build folder; the worker gets the list as URGENT_CORE (src/service-worker/save-plan.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../service-worker/languages';

/**
 * The home page (with the contacts), the helper and its end pages, the pocket card, the offline page,
 * the search page and what Pagefind needs to start and search (its fragments, one per page, come with
 * the rest), the styles and scripts, and the app manifest. Paths under the base path; a file is in the
 * core when its path starts with one.
 */
export const URGENT_CORE_PATHS = [
  'index.html',
  'help/',
  'pocket-card/',
  'offline/',
  'search/',
  '_astro/',
  'pagefind/pagefind',
  'pagefind/wasm.',
  'pagefind/index/',
  'pagefind/filter/',
  'manifest.webmanifest',
];

/** The urgent guides' folders, as the search lists them in the build (search/urgent.json: `[{ path }]`). */
function urgentGuidePaths(outDir: string, basePath: string): string[] {
  const file = join(outDir, 'search/urgent.json');
  if (!existsSync(file)) return [];
  const guides = JSON.parse(readFileSync(file, 'utf8')) as { path?: unknown }[];
  return guides
    .map((guide) => String(guide.path ?? ''))
    .filter((path) => path.length > 1)
    .map((path) => (path.startsWith(basePath) ? path.slice(basePath.length) : path.replace(/^\//, '')));
}

/**
 * The core paths every language shares: the rest are a language's own, made again under cy/ for Welsh
 * (the offline pages too: each language has its own, and the English ones are shared as the fallback).
 */
const SHARED_CORE = new Set(['_astro/', 'manifest.webmanifest']);

/**
 * The urgent core for this build: URGENT_CORE_PATHS and every urgent guide's folder, and with Welsh the
 * same in Welsh (the Welsh home with the contacts, helper, pocket card, urgent guides and search files).
 * The worker saves the core of the device's own languages first (src/service-worker/languages.ts).
 */
export function urgentCore(outDir: string, basePath: string, languages: readonly Language[] = ['en']): string[] {
  const english = [...URGENT_CORE_PATHS, ...urgentGuidePaths(outDir, basePath)];
  if (!languages.includes('cy')) return english;
  return [...english, ...english.filter((path) => !SHARED_CORE.has(path)).map((path) => `cy/${path}`)];
}
