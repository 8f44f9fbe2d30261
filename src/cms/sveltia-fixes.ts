// Fixes to Sveltia CMS's own script, made as build.ts copies it from node_modules (as fonts.ts points its
// stylesheet at our fonts). Each says which Sveltia release it was found in and stops the editor's build
// when the script no longer has what it fixes, so an upgrade checks it again.

/**
 * Sveltia 0.221.1: in a copy with Welsh, saving a page that has no Welsh yet (Welsh not turned on for
 * it) threw "Cannot convert undefined or null to object" in the English/Welsh switch above the form. The
 * save's check keeps its results only for the languages the page has, and the switch reads them for
 * every language to mark one with errors; a language the page does not have has none.
 */
const LANGUAGE_SWITCH_ERRORS = /Object\.values\((\w+\(\w+\)\[\w+\])\)\.some\(\(\{valid:(\w+)\}\)=>!\2\)/;

/** Sveltia's script with our fixes; throws, naming this file, when one no longer applies. */
export function fixSveltia(bundle: string): string {
  if (!LANGUAGE_SWITCH_ERRORS.test(bundle))
    throw new Error(
      "src/cms/sveltia-fixes.ts — Sveltia's language switch no longer reads each language's errors as it did in 0.221.1; check that saving an English page with no Welsh raises no error in the browser console (editor-round-trip-guides.test.ts), then remove or update this fix",
    );
  return bundle.replace(LANGUAGE_SWITCH_ERRORS, 'Object.values($1??{}).some(({valid:$2})=>!$2)');
}
