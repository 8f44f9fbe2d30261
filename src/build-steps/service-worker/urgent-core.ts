// The urgent core of the offline copy: what a phone needs in an emergency, saved before the rest. Read
// from the build folder; the worker gets the list as URGENT_CORE (src/service-worker/save-plan.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../service-worker/languages';

/**
 * The home page (with the contacts), the helper and its end pages, the pocket card, the offline page,
 * the search page and what Pagefind needs to start and search (its fragments, one per page, come with
 * the rest), and the app manifest. Paths under the base path; a file is in the core when its path
 * starts with one. The styles and scripts these pages use are added by name (coreAssets).
 */
export const URGENT_CORE_PATHS = [
  'index.html',
  'help/',
  'pocket-card/',
  'offline/',
  'search/',
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
const SHARED_CORE = new Set(['manifest.webmanifest']);

/** Every file below `dir`, as paths relative to it ("help/x/index.html"). */
const filesBelow = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((path) => path.replace(/\\/g, '/'))
    : [];

/** The built scripts and styles a file names: in a page, by address; in a script, as its imports name them. */
const ASSET_NAMES = /_astro\/([\w.@~-]+\.(?:js|css))|["'`]\.\/([\w.@~-]+\.(?:js|css))["'`]/g;

/**
 * The scripts and styles the core's pages use, and the scripts those load in turn ("_astro/x.js"):
 * by name, so the core does not wait for the styles and scripts of pages outside it (the practice,
 * the posters), about a third of them.
 */
function coreAssets(outDir: string, core: readonly string[]): string[] {
  const pages = filesBelow(outDir).filter(
    (path) => path.endsWith('.html') && core.some((prefix) => path.startsWith(prefix)),
  );
  const found = new Set<string>();
  const toRead = pages.map((path) => join(outDir, path));
  for (let file = toRead.pop(); file !== undefined; file = toRead.pop())
    for (const [, named, relative] of readFileSync(file, 'utf8').matchAll(ASSET_NAMES)) {
      const asset = `_astro/${named ?? relative}`;
      if (found.has(asset) || !existsSync(join(outDir, asset))) continue;
      found.add(asset);
      if (asset.endsWith('.js')) toRead.push(join(outDir, asset));
    }
  return [...found].sort();
}

/**
 * The urgent core for this build: URGENT_CORE_PATHS and every urgent guide's folder, and with Welsh the
 * same in Welsh (the Welsh home with the contacts, helper, pocket card, urgent guides and search files).
 * The worker saves the core of the device's own languages first (src/service-worker/languages.ts).
 */
export function urgentCore(outDir: string, basePath: string, languages: readonly Language[] = ['en']): string[] {
  const english = [...URGENT_CORE_PATHS, ...urgentGuidePaths(outDir, basePath)];
  const pages = languages.includes('cy')
    ? [...english, ...english.filter((path) => !SHARED_CORE.has(path)).map((path) => `cy/${path}`)]
    : english;
  return [...pages, ...coreAssets(outDir, pages)];
}
