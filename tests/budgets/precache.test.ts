import { describe, expect, inject, it } from 'vitest';
import { pagePaths } from '../helpers/browser';
import { siteFiles } from '../helpers/site-files';
import { KiB, kib, precacheTotal } from '../helpers/weigh';
import { TARGETS } from '../bench/targets';

describe('byte budget of the offline copy (the real content)', () => {
  const dir = inject('siteDir');
  const precache = precacheTotal(dir);

  it('reads the precache list from the built sw.js, with every page in it', () => {
    const pages = pagePaths(siteFiles(dir), '/').map((path) => (path.endsWith('/') ? `${path}index.html` : path));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(precache.urls, `${page} is not in the offline copy`).toContain(page);
    expect(precache.urls.some((url) => url.startsWith('/pagefind/'))).toBe(true);
  });

  it(`is at most ${TARGETS.precacheKiB} KiB in total`, () => {
    expect(
      precache.bytes,
      `the offline copy is ${precache.count} files, ${kib(precache.bytes)} KiB (${kib(precache.served)} KiB on the wire); budget ${TARGETS.precacheKiB} KiB`,
    ).toBeLessThanOrEqual(TARGETS.precacheKiB * KiB);
  });
});
