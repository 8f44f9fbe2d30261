import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSiteConfig } from '../../src/config/site';
import { webManifest } from '../../src/build-steps/manifest';
import {
  budgetBytes,
  cacheIdFor,
  escapeXml,
  injectManifestOptions,
  isRetireBuild,
  MAX_FILE_BYTES,
  noParts,
  overBudgetMessage,
  oversizedMessage,
  precacheSummary,
  workerConstants,
} from '../../src/build-steps/service-worker/options';
import { cacheName, isOwnCache } from '../../src/service-worker/cache-names';
import { ROOT } from '../helpers/build';

const site = loadSiteConfig({ root: ROOT });
const subPath = loadSiteConfig({ root: ROOT, basePath: '/trust/cyber/' });
const ORIGIN = 'https://intranet.example.nhs.uk';

describe('cache names', () => {
  it('start with an id from the base path', () => {
    expect(cacheIdFor('/')).toBe('cyber-guide-root');
    expect(cacheIdFor('/trust/cyber/')).toBe('cyber-guide-trust-cyber');
    expect(cacheName(cacheIdFor('/trust/cyber/'), 'pages', `${ORIGIN}/trust/cyber/`)).toBe(
      `cyber-guide-trust-cyber-pages-${ORIGIN}/trust/cyber/`,
    );
  });

  it("tell this copy's caches from every other copy's and other apps' on the same origin", () => {
    const own = (basePath: string) => (name: string) => isOwnCache(name, cacheIdFor(basePath), `${ORIGIN}${basePath}`);
    const names = (basePath: string) =>
      ['pages', 'previous'].map((kind) => cacheName(cacheIdFor(basePath), kind, `${ORIGIN}${basePath}`));
    const others = [
      ...names('/trust/cyber-old/'), // its id starts with this copy's id
      ...names('/trust/cyber/archive/'), // its scope starts with this copy's scope
      ...names('/trust-cyber/'), // the same id, another scope
      ...names('/'),
      `workbox-precache-v2-${ORIGIN}/trust/cyber/`, // another app under the same scope
      'cyber-guide-trust-cyber-pages-https://another.example/trust/cyber/',
    ];
    expect(names('/trust/cyber/').every(own('/trust/cyber/'))).toBe(true);
    expect(others.filter(own('/trust/cyber/'))).toEqual([]);
    expect(names('/').every(own('/'))).toBe(true);
    expect(names('/trust/cyber/').filter(own('/'))).toEqual([]);
  });
});

describe('what the build gives Workbox', () => {
  it('precaches everything in the build, under the base path, except the worker, maps, the sitemap and server config', () => {
    const options = injectManifestOptions(subPath, '/tmp/dist', '/tmp/work/sw.js');
    expect(options).toMatchObject({
      globDirectory: '/tmp/dist',
      globPatterns: ['**/*'],
      swDest: join('/tmp/dist', 'sw.js'),
      modifyURLPrefix: { '': '/trust/cyber/' },
    });
    expect(options.globIgnores).toEqual(
      expect.arrayContaining(['sw.js', '**/*.map', 'sitemap.xml', '_headers', 'web.config']),
    );
    expect(options.globIgnores.some((pattern) => pattern.includes('pagefind'))).toBe(false);
  });

  it('gives revisions to every file except those whose names carry their hash', () => {
    const { dontCacheBustURLsMatching: hashed } = injectManifestOptions(subPath, '/tmp/dist', '/tmp/work/sw.js');
    // Pagefind names its index chunks, fragments and filter chunks after their content.
    for (const url of [
      '/trust/cyber/_astro/Base.Cz1Jk6sm.css',
      '/trust/cyber/pagefind/index/en_1a6b784.pf_index',
      '/trust/cyber/pagefind/fragment/en_112d5cd.pf_fragment',
      '/trust/cyber/pagefind/filter/en_9f1e2d3.pf_filter',
    ]) {
      expect(hashed.test(url), url).toBe(true);
    }
    // Pagefind's entry file, engine and WebAssembly keep their names from build to build: revisions tell the worker which changed.
    for (const url of [
      '/trust/cyber/index.html',
      '/trust/cyber/pagefind/pagefind-entry.json',
      '/trust/cyber/pagefind/pagefind.js',
      '/trust/cyber/pagefind/wasm.en.pagefind',
      '/trust/cyber/manifest.webmanifest',
      '/trust/cyber/icons/icon-512.png',
    ]) {
      expect(hashed.test(url), url).toBe(false);
    }
  });

  it('defines the base path, the cache id and an escaped placeholder text for the worker', () => {
    expect(workerConstants(subPath, 'Picture <not> available', ['index.html', 'help/'])).toEqual({
      BASE_PATH: '"/trust/cyber/"',
      URGENT_CORE: '["index.html","help/"]',
      SAVE_WORDS: '{}',
      LANGUAGES: '["en"]',
      SAVE_ALL: 'false',
      CACHE_ID: '"cyber-guide-trust-cyber"',
      IMAGE_PLACEHOLDER_TEXT: '"Picture &lt;not&gt; available"',
      'process.env.NODE_ENV': '"production"',
    });
    expect(escapeXml('A & "B"')).toBe('A &amp; &quot;B&quot;');
  });
});

describe('the retire switch', () => {
  it('is off by default and on with offline.retire or SITE_RETIRE=1', () => {
    expect(site.offline.retire).toBe(false);
    expect(isRetireBuild(site, {})).toBe(false);
    expect(isRetireBuild(site, { SITE_RETIRE: '1' })).toBe(true);
    expect(isRetireBuild({ ...site, offline: { ...site.offline, retire: true } }, {})).toBe(true);
  });
});

/** Part sizes: files and KiB, shared then English (then Welsh). */
function parts(...counts: number[]) {
  const sizes = noParts();
  (['shared', 'en', 'cy'] as const).forEach((part, i) => {
    sizes[part] = { count: counts[i * 2] ?? 0, bytes: (counts[i * 2 + 1] ?? 0) * 1024 };
  });
  return sizes;
}

describe('the precache budget', () => {
  it('defaults to 2048 KiB, and the build reports the size against it', () => {
    expect(site.offline.precacheBudgetKiB).toBe(2048);
    expect(budgetBytes(site)).toBe(2048 * 1024);
    expect(precacheSummary(site, parts(20, 310, 51, 500))).toBe('precache: 71 files, 810 KiB (budget 2048 KiB)');
    expect(overBudgetMessage(site, parts(20, 1024, 51, 1024))).toBeUndefined();
  });

  it('weighs the shared files and each language, and checks what one device saves against it', () => {
    const welsh = { ...site, languages: ['en', 'cy'] as ('en' | 'cy')[] };
    const sizes = parts(100, 400, 90, 1100, 95, 1200);
    expect(precacheSummary(welsh, sizes)).toBe(
      'precache: shared 100 files, 400 KiB; English 90 files, 1100 KiB; Welsh 95 files, 1200 KiB. Each device saves shared + English = 190 files, 1500 KiB, or shared + Welsh = 195 files, 1600 KiB (budget 2048 KiB)',
    );
    expect(overBudgetMessage(welsh, sizes)).toBeUndefined();
    expect(overBudgetMessage(welsh, parts(100, 400, 90, 1100, 95, 1700))).toBe(
      'site.yaml — offline.precacheBudgetKiB: the offline copy (shared + Welsh) is 2100 KiB, over the budget of 2048 KiB; make images smaller, or raise offline.precacheBudgetKiB knowing staff download all of it on their first visit',
    );
    // offline.languages: all: a shared ward device saves both, and both must fit.
    const ward = { ...welsh, offline: { ...welsh.offline, languages: 'all' as const } };
    expect(precacheSummary(ward, sizes)).toContain('Each device saves shared + English + Welsh = 285 files, 2700 KiB');
    expect(overBudgetMessage(ward, sizes)).toBe(
      'site.yaml — offline.precacheBudgetKiB: the offline copy (shared + English + Welsh) is 2700 KiB, over the budget of 2048 KiB; make images smaller, or remove offline.languages: all so each device saves its own language, or raise offline.precacheBudgetKiB knowing staff download all of it on their first visit',
    );
  });

  it('names the file, the field and the fix when the offline copy is over it', () => {
    expect(
      overBudgetMessage({ ...site, offline: { ...site.offline, precacheBudgetKiB: 500 } }, parts(100, 100, 10, 500)),
    ).toMatchInlineSnapshot(
      `"site.yaml — offline.precacheBudgetKiB: the offline copy is 600 KiB, over the budget of 500 KiB; make images smaller, or raise offline.precacheBudgetKiB knowing staff download all of it on their first visit"`,
    );
  });

  it('says which files are over the per-file limit and what to do', () => {
    expect(MAX_FILE_BYTES).toBe(2 * 1024 * 1024);
    expect(oversizedMessage([{ url: '/trust/cyber/posters/big.png', bytes: 3 * 1024 * 1024 }], '/trust/cyber/'))
      .toMatchInlineSnapshot(`
      "These files are over the 2.0 MiB limit for one file in the offline copy, so they would not work offline:
        dist/posters/big.png — 3.0 MiB
      Make them smaller (compress or resize images, split a long page), or move them out of content/ and link to them instead."
    `);
  });
});

describe('offline settings in site.yaml', () => {
  /** A copy of the real content with `offline:` set in site.yaml. */
  function withOffline(yaml: string): string {
    const root = mkdtempSync(join(tmpdir(), 'sw-site-'));
    cpSync(join(ROOT, 'content/brand'), join(root, 'content/brand'), { recursive: true });
    cpSync(join(ROOT, 'content/nations'), join(root, 'content/nations'), { recursive: true });
    cpSync(join(ROOT, 'content/site.yaml'), join(root, 'content/site.yaml'));
    writeFileSync(join(root, 'content/site.yaml'), `${yaml}\n`, { flag: 'a' });
    return root;
  }

  it('takes a budget and the retire switch', () => {
    const root = withOffline('offline:\n  precacheBudgetKiB: 4096\n  retire: true');
    expect(loadSiteConfig({ root, cwd: root }).offline).toEqual({
      precacheBudgetKiB: 4096,
      retire: true,
      languages: 'own',
    });
  });

  it('saves every language on every device with languages: all, and says what to write for a wrong value', () => {
    const ward = withOffline('offline:\n  languages: all');
    expect(loadSiteConfig({ root: ward, cwd: ward }).offline.languages).toBe('all');
    const wrong = withOffline('offline:\n  languages: both');
    expect(() => loadSiteConfig({ root: wrong, cwd: wrong })).toThrow(
      /content\/site\.yaml:\d+ — offline\.languages: expected own \(each device saves its own language\) or all \(every device saves every language, for shared ward devices\), but found "both"; write languages: all, or leave it out/,
    );
  });

  it('names the field and what is expected when a value is wrong', () => {
    const root = withOffline('offline:\n  precacheBudgetKiB: lots\n  retired: true');
    const load = () => loadSiteConfig({ root, cwd: root });
    expect(load).toThrow(/content\/site\.yaml:\d+ — offline\.precacheBudgetKiB: expected a number of KiB, like 2048/);
    expect(load).toThrow(/offline.*retired/);
  });
});

describe('the web app manifest', () => {
  it('comes from site.yaml, with start_url, scope and icons under the base path', () => {
    const manifest = webManifest(subPath);
    expect(manifest).toMatchObject({
      name: subPath.name,
      short_name: subPath.shortName,
      description: subPath.description,
      lang: 'en-GB',
      display: 'standalone',
      start_url: '/trust/cyber/',
      scope: '/trust/cyber/',
      theme_color: subPath.colours.primary,
      background_color: '#ffffff',
    });
    expect(manifest.icons).toEqual([
      { src: '/trust/cyber/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/trust/cyber/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/trust/cyber/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
  });

  it('has no localized member in an English-only copy', () => {
    const members = Object.keys(webManifest(subPath)).filter((key) => key.endsWith('_localized'));
    expect(members).toEqual([]);
    for (const shortcut of webManifest(subPath).shortcuts)
      expect(Object.keys(shortcut)).not.toContain('name_localized');
  });

  it('names the app in Welsh too in a copy with Welsh: content/cy/site.yaml, as localized members', () => {
    const welshCopy = loadSiteConfig({ root: ROOT, overlay: 'tests/fixtures/overlays/cymraeg' });
    const welsh = parse(readFileSync(join(ROOT, 'content/cy/site.yaml'), 'utf8')) as Record<string, string>;
    const manifest = webManifest(welshCopy);
    // The English name stays the name for a launcher that reads no localized member.
    expect(manifest).toMatchObject({
      name: welshCopy.name,
      name_localized: { cy: welsh.name },
      short_name_localized: { cy: welsh.shortName },
      description_localized: { cy: welsh.description },
    });
    expect(welsh.name).not.toBe(welshCopy.name);
  });

  it('gives each shortcut its name in each language apart, as well as both together', () => {
    const welshCopy = loadSiteConfig({ root: ROOT, overlay: 'tests/fixtures/overlays/cymraeg' });
    const english = parse(readFileSync(join(ROOT, 'content/strings.yaml'), 'utf8')) as Record<string, string>;
    const welsh = parse(readFileSync(join(ROOT, 'content/cy/strings.yaml'), 'utf8')) as Record<string, string>;
    const shortcuts = webManifest(welshCopy).shortcuts;
    expect(shortcuts.map((s) => [s.name, s.name_localized])).toEqual(
      ['shortcuts.help', 'shortcuts.alerts', 'shortcuts.report'].map((key) => [
        `${welsh[key]} · ${english[key]}`,
        { 'en-GB': english[key], cy: welsh[key] },
      ]),
    );
    for (const shortcut of shortcuts) expect(shortcut.short_name_localized).toEqual(shortcut.name_localized);
  });
});
