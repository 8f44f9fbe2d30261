import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build';

const SRC = join(ROOT, 'src');

/**
 * Every folder of src/ in the order its imports run: each may import only the folders before it, so
 * no two folders import each other. A feature and the guide and page components are each a folder of
 * their own here, as they sit at different heights: search is below the page frame (the header holds
 * its box), the helper above it (its pages use the frame and the guide components).
 */
const LAYERS = [
  'schemas',
  'utils',
  'config',
  'content',
  'service-worker',
  'styles',
  'features/alerts',
  'features/offline',
  'features/search',
  'features/practice',
  'hosting',
  'components',
  'features/checklists',
  'components/guide',
  'components/page',
  'features/progress',
  'layouts',
  'features/helper',
  'features/pocket-card',
  'features/posters',
  'checks',
  'build-steps',
  'integration',
  'tools',
  'cli',
  'cms',
  'pages',
];

/** "features/helper/load.ts" → "features/helper"; "checks/rules/links.ts" → "checks"; a root file → undefined. */
function folderOf(path: string): string | undefined {
  const parts = path.split('/');
  if (parts.length === 1) return undefined;
  return (parts[0] === 'features' || parts[0] === 'components') && parts.length > 2
    ? parts.slice(0, 2).join('/')
    : parts[0];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.(ts|astro|scss)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** "checks/rules/links.ts" imports "../../config/errors" → ["checks", "config"]. */
function folderImports(): [string, string][] {
  const pairs: [string, string][] = [];
  for (const file of sourceFiles(SRC).filter((f) => /\.(ts|astro)$/.test(f))) {
    const from = folderOf(relative(SRC, file));
    if (!from) continue;
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const to = folderOf(relative(SRC, normalize(join(dirname(file), spec))));
      if (to && to !== from) pairs.push([from, to]);
    }
  }
  return pairs;
}

describe('the layout of src/', () => {
  it('lists every folder of src/ (a new one needs its place in the order)', () => {
    const folders = new Set(sourceFiles(SRC).flatMap((f) => folderOf(relative(SRC, f)) ?? []));
    expect([...folders].filter((f) => !LAYERS.includes(f))).toEqual([]);
    expect(LAYERS.filter((f) => !folders.has(f))).toEqual([]);
  });

  it('has imports running one way, so no two folders import each other', () => {
    const backwards = folderImports()
      .filter(([from, to]) => LAYERS.indexOf(to) > LAYERS.indexOf(from))
      .map(([from, to]) => `${from} → ${to}`);
    expect([...new Set(backwards)]).toEqual([]);
  });

  it('sees the imports it checks (so the tests above cannot pass by reading nothing)', () => {
    const pairs = folderImports().map(([from, to]) => `${from} → ${to}`);
    expect(pairs).toContain('integration → checks');
    expect(pairs).toContain('checks → content');
    expect(pairs).toContain('content → config');
    // The checks read the helper; the helper reads no check.
    expect(pairs).toContain('checks → features/helper');
    expect(pairs).not.toContain('features/helper → checks');
  });

  it('keeps the hosting configs apart from the build: hosting imports none of its steps', () => {
    const build = ['config', 'content', 'checks', 'build-steps', 'integration'];
    expect(folderImports().filter(([from, to]) => from === 'hosting' && build.includes(to))).toEqual([]);
  });
});
