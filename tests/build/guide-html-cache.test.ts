import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, newBuildFolder, ROOT } from '../helpers/build';

// `npm run build` keeps Astro's content cache (node_modules/.astro) from one build to the next, and
// with it the guides already made into HTML. A guide's HTML also depends on site.yaml (the contact
// cards) and on the code that draws it, so a kept guide must be made again when either changes.
describe('guides kept in the build cache', () => {
  const work = newBuildFolder('guide-cache-');
  const overlay = join(work, 'overlay');
  const cache = join(work, 'cache');
  const builds: { log: string; page: string; store: string }[] = [];
  const PAGE = 'guides/clicked-a-link/index.html';

  const build = async (name: string) => {
    const outDir = join(work, name);
    const result = await buildSite({ overlay, outDir, env: { SITE_CACHE_DIR: cache } });
    if (result.code !== 0) throw new Error(`build ${name} failed:\n${result.output.slice(-3000)}`);
    builds.push({ log: result.output, page: readFileSync(join(outDir, PAGE), 'utf8'), store: readFileSync(join(cache, 'data-store.json'), 'utf8') });
  };
  const madeCount = (log: string) => /(\d+) guides made into HTML as they loaded \((\d+) made now, (\d+) kept from the build cache\)/.exec(log);

  beforeAll(async () => {
    cpSync(join(ROOT, 'examples/northshire'), overlay, { recursive: true });
    await build('first');
    // One kept guide's HTML goes missing from the cache: that guide alone is made again.
    const folder = join(cache, 'guide-html');
    rmSync(join(folder, readdirSync(folder).find((f) => f.endsWith('.html'))!));
    await build('second');
    // The service desk's number changes in site.yaml, and the contact cards with it.
    const site = join(overlay, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace('phone: "01632 960000"', 'phone: "01632 969999"'));
    await build('third');
  }, 300_000);

  it('keeps the guides\' HTML and MDX out of Astro\'s data store, which every page bundle carries', () => {
    expect(builds[0].page).toContain('app-callout');
    expect(builds[0].store).not.toContain('app-callout');
    expect(builds[0].store).not.toContain('<ContactCard');
    expect(builds[0].store).toContain('Northshire'); // the store itself is there, with the guides' data
  });

  it('makes every guide on a cold build, and on the next only the one whose HTML went missing', () => {
    const [first, second] = builds.map((b) => madeCount(b.log));
    expect(first, builds[0].log).not.toBeNull();
    expect(Number(first![1])).toBeGreaterThan(30);
    expect(first!.slice(1, 4).map(Number)).toEqual([Number(first![1]), Number(first![1]), 0]);
    expect(second!.slice(1, 4).map(Number)).toEqual([Number(first![1]), 1, Number(first![1]) - 1]);
    expect(builds[1].page).toBe(builds[0].page);
  });

  it('makes every guide again when site.yaml changes a phone number a contact card shows', () => {
    expect(builds[1].page).toContain('01632 960000');
    expect(builds[2].page).toContain('01632 969999');
    expect(builds[2].page).not.toContain('01632 960000');
    const third = madeCount(builds[2].log)!;
    expect(Number(third[2])).toBe(Number(third[1]));
  });
});
