/**
 * Supply chain: the built site ships what the build made and nothing else (no source maps, no source
 * files), and the dependencies behind it are pinned by a committed lock file with integrity hashes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/build';
import { siteFiles } from '../helpers/site-files';

/** Kinds of file the build makes on purpose. A new kind is fine: add it here, knowing why it ships. */
const SHIPPED_EXTENSIONS = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.webmanifest',
  '.xml',
  '.txt',
  '.svg',
  '.png',
  '.jpg',
  '.jpeg',
  '.webp',
  '.avif',
  '.gif',
  '.ico',
  '.woff2',
  // Pagefind's engine (WebAssembly) and index.
  '.pagefind',
  '.pf_meta',
  '.pf_index',
  '.pf_fragment',
  '.pf_filter',
]);

/** Source files and secrets that must never reach a web server. */
const NEVER_SHIPPED =
  /(\.(map|ts|tsx|mts|cts|mdx|md|astro|scss|sass|ya?ml|env|log|lock)$)|(^|\/)(package(-lock)?\.json|tsconfig\.json|\.env[^/]*|\.git|\.npmrc|node_modules)(\/|$)/;

describe.each([
  ['the site at /', 'siteDir'],
  ['the site under a sub-path', 'subPathSiteDir'],
  ['the example trust overlay', 'exampleSiteDir'],
] as const)('%s as built', (_label, key) => {
  const dir = inject(key);
  const files = siteFiles(dir);

  it('ships no source map and no source file', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((file) => NEVER_SHIPPED.test(file))).toEqual([]);
  });

  it('ships only kinds of file the build makes', () => {
    expect(files.filter((file) => !SHIPPED_EXTENSIONS.has(extname(file).toLowerCase()))).toEqual([]);
  });

  it('points no script or style at a source map', () => {
    const mapped = files.filter(
      (file) => /\.(m?js|css)$/.test(file) && /[#@] sourceMappingURL=/.test(readFileSync(join(dir, file), 'utf8')),
    );
    expect(mapped).toEqual([]);
  });
});

describe('the lock file', () => {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    lockfileVersion: number;
    packages: Record<string, { version?: string; resolved?: string; integrity?: string; link?: boolean }>;
  };

  it('is committed, so `npm ci` installs exactly what was tested', () => {
    // Read-only: asks git whether the file is tracked.
    expect(() =>
      execFileSync('git', ['ls-files', '--error-unmatch', 'package-lock.json'], { cwd: ROOT, stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('pins every package by version and sha512 integrity, from the npm registry only', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
    const packages = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.link);
    expect(packages.length).toBeGreaterThan(100);
    expect(
      packages.filter(([, entry]) => !entry.version || !entry.integrity?.startsWith('sha512-')).map(([path]) => path),
    ).toEqual([]);
    expect(
      packages
        .filter(([, entry]) => entry.resolved && !entry.resolved.startsWith('https://registry.npmjs.org/'))
        .map(([path]) => path),
    ).toEqual([]);
  });
});
