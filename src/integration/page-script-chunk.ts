// The script every page loads (Base.astro's, src/layouts/page.ts) and Vite's preload helper in one file.
// Left to itself, Rolldown gives the helper, which several scripts share, a chunk of its own, which the
// page's script imports: one more round trip before the page's load event, and so before the offline
// save that starts at it. Every page loads Base.astro's script, so the scripts that use the helper
// later find it already there.
export const PAGE_SCRIPT_IN_ONE_FILE = {
  groups: [{ name: 'page', test: /preload-helper|layouts[\\/]Base\.astro\?astro&type=script/ }],
};
