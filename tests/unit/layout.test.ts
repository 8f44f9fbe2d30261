import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build';

const SRC = join(ROOT, 'src');

/**
 * The folders of src/ in the order their imports run: each may import only folders before it.
 * (components, pages and the browser's scripts sit on top of these and are not listed.)
 */
const LAYERS = ['schemas', 'config', 'content', 'checks', 'build-steps', 'integration'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.(ts|astro)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** "checks/rules/links.ts" imports "../../config/errors" → ["checks", "config"]. */
function folderImports(): [string, string][] {
  const pairs: [string, string][] = [];
  for (const file of sourceFiles(SRC)) {
    const from = relative(SRC, file).split('/')[0];
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const to = relative(SRC, normalize(join(dirname(file), spec))).split('/')[0];
      if (to !== from) pairs.push([from, to]);
    }
  }
  return pairs;
}

describe('the layout of src/', () => {
  it('has imports running one way: config, content, checks, build steps, then the integration', () => {
    const backwards = folderImports()
      .filter(([from, to]) => LAYERS.includes(from) && LAYERS.includes(to) && LAYERS.indexOf(to) > LAYERS.indexOf(from))
      .map(([from, to]) => `${from} → ${to}`);
    expect([...new Set(backwards)]).toEqual([]);
  });

  it('sees the imports it checks (so the test above cannot pass by reading nothing)', () => {
    const pairs = folderImports().map(([from, to]) => `${from} → ${to}`);
    expect(pairs).toContain('integration → checks');
    expect(pairs).toContain('checks → content');
    expect(pairs).toContain('content → config');
  });

  it('keeps the hosting configs apart from the build: hosting imports none of these folders', () => {
    expect(folderImports().filter(([from, to]) => from === 'hosting' && LAYERS.includes(to))).toEqual([]);
  });
});
