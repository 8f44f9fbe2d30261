import { cpSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pagePaths } from '../helpers/browser';
import { ROOT } from '../helpers/build';
import { siteFiles } from '../helpers/site-files';
import { KiB, kib, precacheTotal } from '../helpers/weigh';
import { TARGETS } from '../bench/targets';
import { loadSiteConfig } from '../../src/config/site';
import { serviceWorkerStep } from '../../src/build-steps/service-worker/generate';
import { partOf, type Part } from '../../src/service-worker/languages';

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

describe('byte budget of what each device saves, in a copy in English and Welsh', () => {
  const BASE = '/trust/cyber/';
  const dir = inject('welshSiteDir');
  const precache = precacheTotal(dir, BASE);
  // The parts as the worker picks them (src/service-worker/languages.ts), weighed here from the files.
  const bytes: Record<Part, number> = { shared: 0, en: 0, cy: 0 };
  for (const url of precache.urls)
    bytes[partOf(url.slice(BASE.length))] += statSync(join(dir, url.slice(BASE.length))).size;
  const what = `shared ${kib(bytes.shared)} KiB, English ${kib(bytes.en)} KiB, Welsh ${kib(bytes.cy)} KiB`;

  it('lists both languages in the one manifest, each with its own search index', () => {
    const pages = pagePaths(siteFiles(dir), BASE).map((path) => (path.endsWith('/') ? `${path}index.html` : path));
    expect(pages.filter((page) => page.startsWith(`${BASE}cy/`)).length).toBeGreaterThan(50);
    for (const page of pages) expect(precache.urls, `${page} is not in the offline copy`).toContain(page);
    expect(precache.urls).toContain(`${BASE}pagefind/pagefind-entry.json`);
    expect(precache.urls).toContain(`${BASE}cy/pagefind/pagefind-entry.json`);
    expect(bytes.shared).toBeGreaterThan(0);
  });

  it(`saves the shared files and one language within ${TARGETS.precacheKiB} KiB, for each language`, () => {
    expect(bytes.shared + bytes.en, what).toBeLessThanOrEqual(TARGETS.precacheKiB * KiB);
    expect(bytes.shared + bytes.cy, what).toBeLessThanOrEqual(TARGETS.precacheKiB * KiB);
  });

  it(`saves both with offline.languages: all within ${TARGETS.precacheAllLanguagesKiB} KiB, and the build refuses it over site.yaml's budget`, async () => {
    expect(bytes.shared + bytes.en + bytes.cy, what).toBeLessThanOrEqual(TARGETS.precacheAllLanguagesKiB * KiB);
    // The service worker step again, over a copy of the build, as a ward's site.yaml would set it.
    const site = loadSiteConfig({ root: ROOT, cwd: ROOT, overlay: 'tests/fixtures/overlays/cymraeg', basePath: BASE });
    const ward = { ...site, offline: { ...site.offline, languages: 'all' as const } };
    const copy = join(mkdtempSync(join(tmpdir(), 'precache-all-')), 'dist');
    cpSync(dir, copy, { recursive: true });
    const said: string[] = [];
    const logger = { info: (line: string) => said.push(line), warn: () => undefined } as never;
    const overBudget = bytes.shared + bytes.en + bytes.cy > ward.offline.precacheBudgetKiB * KiB;
    const run = serviceWorkerStep.run({ site: ward, outDir: copy, logger });
    if (overBudget)
      await expect(run).rejects.toThrow(
        /offline\.precacheBudgetKiB: the offline copy \(shared \+ English \+ Welsh\) is \d+ KiB, over the budget of \d+ KiB; make images smaller, or remove offline\.languages: all/,
      );
    else await run;
    const raised = { ...ward, offline: { ...ward.offline, precacheBudgetKiB: TARGETS.precacheAllLanguagesKiB } };
    await serviceWorkerStep.run({ site: raised, outDir: copy, logger });
    expect(said.at(-1)).toMatch(
      /Each device saves shared \+ English \+ Welsh = \d+ files, \d+ KiB \(budget 4096 KiB\)$/,
    );
  });
});
