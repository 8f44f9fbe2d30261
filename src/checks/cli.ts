/**
 * `npm run check`: checks all the content (with SITE_OVERLAY's overlay, if set) and prints every
 * problem at once as `file:line — what is wrong — how to fix it`. Exits with 1 when there is an error.
 *
 *   npm run check                     the central content
 *   SITE_OVERLAY=examples/northshire npm run check
 *   npm run check -- --strict         a review date in the past, or a draft translation, is an error
 *   npm run check -- --quiet          leave out the reading age of each page
 */
import { resolveExtensionlessTs } from '../utils/resolve-ts.ts';

resolveExtensionlessTs();
const { main } = await import('./main.ts');
process.exitCode = main(process.argv.slice(2), { root: process.cwd(), overlay: process.env.SITE_OVERLAY || undefined });
