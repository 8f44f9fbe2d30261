import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed Pagefind's version. The browser puts it in the address of pagefind-entry.json
 * (Pagefind's `metaCacheTag`) instead of the time of each search: the address then stays the same
 * from search to search, so the offline copy and the browser's cache can answer for it, while every
 * hosting config still has it checked with the server on each use (src/hosting/security-headers.ts).
 */
export function pagefindVersion(): string {
  // Pagefind's package exports only its module, not package.json: found beside the module instead.
  const entry = fileURLToPath(import.meta.resolve('pagefind'));
  return (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
}
