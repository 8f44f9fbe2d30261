import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildLogOf, buildOrThrow } from '../helpers/build';
import { siteFiles } from '../helpers/site-files';

// A build makes guides into HTML as the content loads (src/integration/guide-html.ts), where
// `astro dev` and SITE_MDX_MODULES=1 leave them to Astro's MDX build. The pages must not differ.
describe('guides made into HTML as they load', () => {
  const dir = inject('exampleSiteDir');
  let modulesDir = '';
  beforeAll(async () => {
    modulesDir = await buildOrThrow({ overlay: 'examples/northshire', env: { SITE_MDX_MODULES: '1' } });
  }, 300_000);

  // Built file names carry a hash of their content; the pages are compared with the hashes taken out.
  const page = (site: string, file: string) => readFileSync(join(site, file), 'utf8').replace(/\.[\w-]{8}\.(js|css)\b/g, '.#.$1');

  const guides = siteFiles(dir).filter((f) => /^guides\/[^/]+\/index\.html$/.test(f));

  it('were used for every guide of the example trust', () => {
    expect(guides.length).toBeGreaterThan(30);
    expect(readFileSync(buildLogOf(dir), 'utf8')).toContain(`${guides.length} guides made into HTML as they loaded (${guides.length} made now, 0 kept from the build cache), 0 left to Astro's MDX build`);
  });

  it("are the same pages, byte for byte, as Astro's MDX build makes", () => {
    expect(siteFiles(modulesDir).filter((f) => f.startsWith('guides/'))).toEqual(siteFiles(dir).filter((f) => f.startsWith('guides/')));
    for (const file of guides) expect(page(dir, file), file).toBe(page(modulesDir, file));
  });
});
