import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const INDEX = fileURLToPath(new URL('../mdx/index.ts', import.meta.url));

/**
 * The components editors may use, read from src/mdx/index.ts (`export const mdxComponents = { … }`).
 * Read as text because the components are .astro files, which only Astro can load.
 */
export function mdxComponentNames(indexFile = INDEX): string[] {
  const body = /export const mdxComponents\s*=\s*\{([^}]*)\}/.exec(readFileSync(indexFile, 'utf8'))?.[1] ?? '';
  return body
    .split(',')
    .map((part) => part.split(':')[0].trim())
    .filter(Boolean);
}
