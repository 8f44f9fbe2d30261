import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build';
import { ALL_TESTS, BROWSER_TESTS, BUILD_TESTS } from '../tiers';

type Tier = 'unit' | 'build' | 'browser';

const HELPERS = join(ROOT, 'tests/helpers');

/** Exported names of the helpers whose text calls one of `calls`: calling them does the same. */
function helpersCalling(calls: string[]): string[] {
  const names: string[] = [];
  for (const file of globSync('*.ts', { cwd: HELPERS })) {
    const text = readFileSync(join(HELPERS, file), 'utf8');
    // Each top-level export runs to the next one: a name is a launcher if its own code calls one.
    for (const chunk of text.split(/^(?=export )/m)) {
      const name = /^export (?:async )?(?:function|const) (\w+)/.exec(chunk)?.[1];
      const body = name ? chunk.slice(chunk.indexOf(name) + name.length) : '';
      if (name && calls.some((call) => body.includes(`${call}(`))) names.push(name);
    }
  }
  return names;
}

const BROWSER_CALLS = ['launchBrowser', 'launchPersistent'];
// withBuildLock: `astro dev` writes the project's .astro/ folder as a build does, and takes turns with them.
const BUILD_CALLS = ['inject', 'buildOrThrow', 'buildSite', 'withBuildLock'];
const usesOneOf = (text: string, names: string[]) => names.some((name) => new RegExp(`\\b${name}\\(`).test(text));

/** The tier a test file needs, from what it calls: a browser, a built site, or neither. */
function neededTier(file: string, launchers: string[], builders: string[]): Tier {
  const text = readFileSync(join(ROOT, file), 'utf8');
  if (usesOneOf(text, launchers)) return 'browser';
  return usesOneOf(text, builders) ? 'build' : 'unit';
}

const filesOf = (patterns: string[]) => new Set(patterns.flatMap((p) => globSync(p, { cwd: ROOT })));

describe('the test tiers (tests/tiers.ts)', () => {
  const browser = filesOf(BROWSER_TESTS);
  const build = filesOf(BUILD_TESTS);
  const all = [...filesOf([ALL_TESTS])].sort();
  const configured = (file: string): Tier => (browser.has(file) ? 'browser' : build.has(file) ? 'build' : 'unit');
  const launchers = [...BROWSER_CALLS, ...helpersCalling(BROWSER_CALLS)];
  const builders = [...BUILD_CALLS, ...helpersCalling(BUILD_CALLS)];

  it('put every test file in the tier it needs, so `npm run test:unit` never waits for a build or a browser', () => {
    const wrong = all
      .map((file) => ({ file, needs: neededTier(file, launchers, builders), is: configured(file) }))
      .filter(({ needs, is }) => needs !== is)
      .map(({ file, needs, is }) => `${file} is in the ${is} tier but needs ${needs}: move it in tests/tiers.ts`);
    expect(wrong).toEqual([]);
  });

  it('see what they sort by (so the test above cannot pass by finding nothing)', () => {
    expect(launchers).toContain('browserOnRootSite');
    expect(builders).toEqual(expect.arrayContaining(['browserOnRootSite', 'buildInTest', 'startDevServer']));
    const counts = { unit: 0, build: 0, browser: 0 };
    for (const file of all) counts[configured(file)]++;
    expect(counts.unit).toBeGreaterThan(20);
    expect(counts.build).toBeGreaterThan(5);
    expect(counts.browser).toBeGreaterThan(10);
    expect([...browser].filter((f) => build.has(f))).toEqual([]);
  });
});
