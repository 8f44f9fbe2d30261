// A copy served under a sub-path links only inside it. The sub-path build (tests/global-setup.ts) runs
// with BASE_URL=/ in its environment, as a CI pipeline may have: Astro once took that over the
// configured base path, and every link href() made went to "/" (src/config/astro-env.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { siteFiles } from '../helpers/site-files';

const BASE = '/trust/cyber/';

describe('a copy under a sub-path', () => {
  it('has every address on its pages under its own base path, whatever BASE_URL the build machine has', () => {
    const dir = inject('subPathSiteDir');
    const pages = siteFiles(dir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const outside = new Set<string>();
    let inside = 0;
    for (const page of pages) {
      for (const [, address] of readFileSync(join(dir, page), 'utf8').matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)) {
        if (address.startsWith(BASE)) inside++;
        else outside.add(`${page}: ${address}`);
      }
    }
    expect([...outside].slice(0, 20)).toEqual([]);
    // The home page alone links to every topic, the helper and the search.
    expect(inside).toBeGreaterThan(pages.length * 5);
  });
});
