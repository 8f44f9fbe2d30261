// Cache names, shared by the build (src/build-steps/service-worker/), both workers and the page script,
// so that what one writes the others can find, and delete, exactly.

/** The kinds of cache one copy of the guide keeps. */
export const CACHE_KINDS = {
  /** The offline copy: every file of the current version (Workbox's precache). */
  pages: 'pages',
  /** Files the previous version had and this one does not, for pages opened before an update. */
  previous: 'previous',
  /** The device's languages (src/service-worker/languages.ts): which the installed app opens in, which it saves. */
  language: 'language',
  /** What the worker notes of this device's offline copy: whether it has been complete once. */
  notes: 'notes',
} as const;

/**
 * The start of every cache name this copy uses, from its base path: "/" → "cyber-guide-root",
 * "/trust/cyber/" → "cyber-guide-trust-cyber". Readable in DevTools; it is not what keeps copies
 * apart (two base paths can give the same id): the scope URL at the end of each name does that.
 */
export function cacheIdFor(basePath: string): string {
  const slug = basePath
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `cyber-guide-${slug || 'root'}`;
}

/** A cache's full name as Workbox builds it: `${cacheId}-${kind}-${scope}`, the scope being a full URL. */
export function cacheName(cacheId: string, kind: string, scope: string): string {
  return `${cacheId}-${kind}-${scope}`;
}

/**
 * Whether a cache belongs to this copy of the guide (and not to another copy or another app on the same
 * origin). Matching the end against the whole scope URL is what makes "/trust/cyber/" leave the caches of
 * "/trust/cyber-old/" or "/trust/cyber/archive/" alone.
 */
export function isOwnCache(name: string, cacheId: string, scope: string): boolean {
  return name.startsWith(`${cacheId}-`) && name.endsWith(`-${scope}`);
}
