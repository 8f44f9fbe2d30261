import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { URGENT_CORE_PATHS, urgentCore } from '../../src/build-steps/service-worker/urgent-core';
import { dealIntoLanes, inUrgentCore, LANES, urgentFirst } from '../../src/service-worker/save-plan';
import { isFromWorker } from '../../src/service-worker/save-messages';
import { otherLanguagePath, partOf } from '../../src/service-worker/languages';

const entry = (url: string) => ({ url, revision: 'r', integrity: 'sha384-x' });

/** A build folder with only search/urgent.json, as the search build step writes it. */
function buildWithUrgent(paths: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'save-plan-'));
  mkdirSync(join(dir, 'search'));
  writeFileSync(join(dir, 'search/urgent.json'), JSON.stringify(paths.map((path) => ({ path, words: [] }))));
  return dir;
}

describe('the parts of the offline copy', () => {
  it('puts Welsh under cy/, English pages and search outside it, and the rest in the shared part', () => {
    expect(partOf('cy/guides/clicked-a-link/index.html')).toBe('cy');
    expect(partOf('cy/pagefind/wasm.unknown.pagefind')).toBe('cy');
    expect(partOf('cy/search/urgent.json')).toBe('cy');
    expect(partOf('guides/clicked-a-link/index.html')).toBe('en');
    expect(partOf('index.html')).toBe('en');
    expect(partOf('pagefind/pagefind-entry.json')).toBe('en');
    expect(partOf('search/words.json')).toBe('en');
    for (const shared of ['_astro/page.abc.css', 'manifest.webmanifest', 'icons/icon-192.png', 'offline/index.html'])
      expect(partOf(shared), shared).toBe('shared');
    expect(partOf('offline/other-language/index.html')).toBe('shared');
    // "cymraeg/" is not the Welsh folder.
    expect(partOf('cymraeg/index.html')).toBe('en');
  });

  it('finds the same page in the other language', () => {
    expect(otherLanguagePath('guides/x/index.html')).toBe('cy/guides/x/index.html');
    expect(otherLanguagePath('cy/guides/x/index.html')).toBe('guides/x/index.html');
    expect(otherLanguagePath('cy/index.html')).toBe('index.html');
  });

  it('makes the urgent core again in Welsh (its own offline pages too), but not the files both languages share', () => {
    const core = urgentCore(buildWithUrgent(['/guides/clicked-a-link/']), '/', ['en', 'cy']);
    expect(core).toContain('cy/index.html');
    expect(core).toContain('cy/help/');
    expect(core).toContain('cy/pocket-card/');
    expect(core).toContain('cy/guides/clicked-a-link/');
    expect(core).toContain('cy/pagefind/wasm.');
    // Each language has its own offline pages, in its own menus: a Welsh phone saves the Welsh ones first.
    expect(core).toContain('cy/offline/');
    expect(core).toContain('offline/');
    expect(core.filter((path) => path.startsWith('cy/_astro') || path.startsWith('cy/manifest'))).toEqual([]);
  });
});

describe('the urgent core', () => {
  it('is the fixed paths and every urgent guide the search lists, at the root and under a base path', () => {
    expect(urgentCore(buildWithUrgent(['/guides/clicked-a-link/']), '/')).toEqual([
      ...URGENT_CORE_PATHS,
      'guides/clicked-a-link/',
    ]);
    expect(urgentCore(buildWithUrgent(['/trust/cyber/guides/lost-phone/']), '/trust/cyber/')).toEqual([
      ...URGENT_CORE_PATHS,
      'guides/lost-phone/',
    ]);
    expect(urgentCore(mkdtempSync(join(tmpdir(), 'save-plan-')), '/')).toEqual(URGENT_CORE_PATHS);
  });

  it('holds the home page, the helper, urgent guides and what search needs, and not the other pages', () => {
    const core = [...URGENT_CORE_PATHS, 'guides/clicked-a-link/'];
    for (const url of [
      '/trust/cyber/index.html',
      '/trust/cyber/help/typed-my-password/index.html',
      '/trust/cyber/pocket-card/index.html',
      '/trust/cyber/guides/clicked-a-link/index.html',
      '/trust/cyber/pagefind/pagefind.js',
      '/trust/cyber/pagefind/wasm.en.pagefind',
      '/trust/cyber/pagefind/index/en_1.pf_index',
    ])
      expect(inUrgentCore(url, '/trust/cyber/', core), url).toBe(true);
    for (const url of [
      '/trust/cyber/guides/updates/index.html',
      '/trust/cyber/practice/index.html',
      '/trust/cyber/pagefind/fragment/en_1.pf_fragment',
      '/trust/cyber-old/index.html',
      '/index.html',
    ])
      expect(inUrgentCore(url, '/trust/cyber/', core), url).toBe(false);
  });
});

describe("the urgent core's scripts and styles", () => {
  /** A build with a home page, a practice page and their scripts and styles, as Astro writes them. */
  function buildWithAssets(): string {
    const dir = buildWithUrgent([]);
    const files: Record<string, string> = {
      'index.html':
        '<link rel="stylesheet" href="/trust/cyber/_astro/Base.a1.css"><script type="module" src="/trust/cyber/_astro/page.b2.js"></script>',
      'cy/help/index.html': '<link rel="stylesheet" href="/trust/cyber/_astro/help.c3.css">',
      'practice/index.html': '<script type="module" src="/trust/cyber/_astro/practice.d4.js"></script>',
      '_astro/Base.a1.css': 'body{}',
      '_astro/help.c3.css': 'main{}',
      // A static import, and one loaded later with Vite's list of what it needs.
      '_astro/page.b2.js':
        'import{a}from"./fill.e5.js";const m=["_astro/register-sw.f6.js"];import("./register-sw.f6.js")',
      '_astro/fill.e5.js': 'export const a=1',
      '_astro/register-sw.f6.js': 'import{a}from"./fill.e5.js"',
      '_astro/practice.d4.js': 'import{a}from"./practice-state.g7.js"',
      '_astro/practice-state.g7.js': 'export const b=2',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  it("are the ones the core's pages load, and those their scripts import, in both languages", () => {
    const core = urgentCore(buildWithAssets(), '/trust/cyber/', ['en', 'cy']);
    const assets = core.filter((path) => path.startsWith('_astro/'));
    expect(assets).toEqual([
      '_astro/Base.a1.css',
      '_astro/fill.e5.js',
      '_astro/help.c3.css',
      '_astro/page.b2.js',
      '_astro/register-sw.f6.js',
    ]);
    expect(inUrgentCore('/trust/cyber/_astro/page.b2.js', '/trust/cyber/', core)).toBe(true);
    // The practice page is not in the core, so neither are its own scripts.
    expect(inUrgentCore('/trust/cyber/_astro/practice.d4.js', '/trust/cyber/', core)).toBe(false);
    expect(inUrgentCore('/trust/cyber/_astro/practice-state.g7.js', '/trust/cyber/', core)).toBe(false);
  });
});

describe('the lanes', () => {
  const manifest = ['/a.html', '/core-1.html', '/b.html', '/core-2.html', '/c.html'].map(entry);
  const ordered = urgentFirst(manifest, (url) => url.includes('core'));

  it('put the urgent core first, each part in the build order', () => {
    expect(ordered.map((e) => e.url)).toEqual(['/core-1.html', '/core-2.html', '/a.html', '/b.html', '/c.html']);
  });

  it('hold every file exactly once, each lane starting with its share of the core', () => {
    const lanes = dealIntoLanes(ordered, 2);
    expect(lanes.map((lane) => lane.map((e) => e.url))).toEqual([
      ['/core-1.html', '/a.html', '/c.html'],
      ['/core-2.html', '/b.html'],
    ]);
    const many = Array.from({ length: 183 }, (_, i) => `/f${i}`);
    const dealt = dealIntoLanes(many);
    expect(dealt).toHaveLength(LANES);
    expect(dealt.flat().sort()).toEqual([...many].sort());
    expect(Math.max(...dealt.map((l) => l.length)) - Math.min(...dealt.map((l) => l.length))).toBeLessThanOrEqual(1);
  });

  it('are never more than the files', () => {
    expect(dealIntoLanes(['/one'])).toEqual([['/one']]);
  });
});

describe("the worker's messages", () => {
  it('are told apart from anything else posted to the page', () => {
    expect(isFromWorker({ type: 'SAVE_PROGRESS', saved: 1, total: 2, coreReady: false, large: true })).toBe(true);
    expect(isFromWorker({ type: 'SAVE_CHECK', saved: 2, total: 2 })).toBe(true);
    expect(isFromWorker({ type: 'SAVE_CHECK', saved: '2', total: 2 })).toBe(false);
    expect(isFromWorker({ type: 'SKIP_WAITING' })).toBe(false);
    expect(isFromWorker(null)).toBe(false);
  });
});
