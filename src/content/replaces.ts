import { createHash } from 'node:crypto';
import { REPLACES } from '../schemas/guide';

// A trust's replacement of a central guide keeps `replaces: <slug>@<hash>` in its frontmatter: the
// hash of the central file its copy was made from. When the central file's hash is different, the
// central guidance changed since, and the trust may need to bring its copy up to date.

/** The short hash of a central guide's file, as `replaces:` keeps it. */
export const centralHash = (source: string): string =>
  createHash('sha256').update(source.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);

/** `replaces:` split into the slug and the hash, or undefined when it is not in that form. */
export function parseReplaces(value: string): { slug: string; hash: string } | undefined {
  const match = REPLACES.exec(value);
  return match ? { slug: match[1], hash: match[2] } : undefined;
}

/**
 * A central guide's text as the start of a trust's replacement: the same file, with `replaces:` as
 * the first field of its frontmatter, so the checks can tell when the central guide changes.
 */
export function startReplacement(slug: string, central: string): string {
  const line = `replaces: ${slug}@${centralHash(central)}`;
  if (!/^---\r?\n/.test(central))
    throw new Error(`the central guide ${slug} has no frontmatter (--- at the top) to add replaces: to`);
  return central.replace(/^---\r?\n/, `---\n${line}\n`);
}
