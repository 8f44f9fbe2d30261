/**
 * `npm run replace-guide -- <slug>`: starts a trust's own copy of a central guide in its overlay
 * (SITE_OVERLAY), as the central file with `replaces: <slug>@<hash>` added, so `npm run check` can say
 * when the central guide changes later. It never overwrites a copy that is already there.
 *
 *   SITE_OVERLAY=trusts/your-trust npm run replace-guide -- systems-are-down
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveExtensionlessTs } from '../utils/resolve-ts.ts';

resolveExtensionlessTs();
const { startReplacement } = await import('../content/replaces.ts');
const { suggest } = await import('../config/errors.ts');

const [slug] = process.argv.slice(2);
const overlay = process.env.SITE_OVERLAY;
const central = slug && resolve('content/guides', `${slug}.mdx`);
const fail = (message: string) => {
  console.error(message);
  process.exit(1);
};
if (!overlay)
  fail(
    'SITE_OVERLAY — set it to your overlay folder, like SITE_OVERLAY=trusts/your-trust npm run replace-guide -- systems-are-down',
  );
if (!slug || !existsSync(central!)) {
  const near =
    slug &&
    suggest(
      slug,
      readdirSync('content/guides').map((f) => f.replace(/\.mdx$/, '')),
    );
  fail(
    `${slug ? `content/guides/${slug}.mdx does not exist` : 'name the guide to replace'} — ${near ? `did you mean ${near}? ` : ''}use a guide's file name without .mdx, like npm run replace-guide -- systems-are-down`,
  );
}
const target = join(overlay!, 'guides', `${slug}.mdx`);
if (existsSync(target))
  fail(`${target} — this copy is there already, and is left as it is; to start again, delete it first`);
mkdirSync(join(overlay!, 'guides'), { recursive: true });
writeFileSync(target, startReplacement(slug, readFileSync(central!, 'utf8')));
console.log(`wrote ${target}: change it as your trust needs; npm run check warns when the central guide changes`);
