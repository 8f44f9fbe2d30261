import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { currentAlertsOverlay } from './helpers/alerts-fixture';
import { buildOrThrow, BUILDS_FOLDER, type BuildOptions } from './helpers/build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built from content/ as it is, served at "/". */
    siteDir: string;
    /** The same site built with SITE_BASE_PATH=/trust/cyber/. */
    subPathSiteDir: string;
    /** The example trust overlay (examples/northshire), served under its own basePath /trust/cyber/. */
    exampleSiteDir: string;
    /**
     * A copy in English and Welsh (tests/fixtures/overlays/cymraeg: languages [en, cy]), served under
     * /trust/cyber/ as Welsh health boards host it: one build for every test of the Welsh pages.
     */
    welshSiteDir: string;
  }
}

type Sites = { siteDir: string; subPathSiteDir: string; exampleSiteDir: string; welshSiteDir: string };

interface SharedBuilds {
  folder: string;
  sites: Promise<Sites>;
}

// The `build` and `browser` tiers each run this set-up, in the same process: they share one set of
// builds through a global, or a full run would build every site twice.
const SHARED = Symbol.for('cyber-guide.test-builds');
type WithBuilds = typeof globalThis & { [SHARED]?: SharedBuilds };

/** The builds besides the root one, by the name TEST_BUILDS uses for each (options made when it is built). */
const OTHER_BUILDS = {
  // BASE_URL as a CI pipeline may set it (Vitest does in its workers): Astro once took it over the
  // configured base path, and every link went to "/" (src/config/astro-env.ts).
  'sub-path': ['subPathSiteDir', { basePath: '/trust/cyber/', env: { BASE_URL: '/' } }],
  example: ['exampleSiteDir', { overlay: 'examples/northshire' }],
  // Its test trust's alerts (one with Welsh words, one without) are moved to the test day: fixed dates go stale.
  welsh: [
    'welshSiteDir',
    () => ({ overlay: currentAlertsOverlay('tests/fixtures/overlays/cymraeg'), basePath: '/trust/cyber/' }),
  ],
} as const satisfies Record<string, readonly [keyof Sites, BuildOptions | (() => BuildOptions)]>;

/** TEST_BUILDS=welsh (or TEST_ROOT_BUILD_ONLY=1 for none) limits the builds made besides the root one. */
function buildsWanted(): string[] {
  if (process.env.TEST_ROOT_BUILD_ONLY === '1') return [];
  const wanted = process.env.TEST_BUILDS?.split(',').map((name) => name.trim());
  const unknown = wanted?.filter((name) => !(name in OTHER_BUILDS)) ?? [];
  if (unknown.length > 0)
    throw new Error(
      `TEST_BUILDS: unknown build "${unknown.join(', ')}"; choose from ${Object.keys(OTHER_BUILDS).join(', ')}`,
    );
  return wanted ?? Object.keys(OTHER_BUILDS);
}

async function buildSites(): Promise<Sites> {
  const siteDir = await buildOrThrow();
  const sites: Sites = { siteDir, subPathSiteDir: siteDir, exampleSiteDir: siteDir, welshSiteDir: siteDir };
  const wanted = buildsWanted();
  for (const [name, [key, options]] of Object.entries(OTHER_BUILDS))
    if (wanted.includes(name)) sites[key] = await buildOrThrow(typeof options === 'function' ? options() : options);
  return sites;
}

/**
 * Builds the real site once for every test that needs it: at the root, under a sub-path, the example trust,
 * and in English and Welsh.
 * While working on one test, TEST_ROOT_BUILD_ONLY=1 builds the root site alone, and TEST_BUILDS=welsh
 * (a list: sub-path, example, welsh) only those besides it; the others then point at the root site, so
 * tests that need them fail rather than pass by luck. `npm test` and CI set neither.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const shared = globalThis as WithBuilds;
  if (!shared[SHARED]) {
    // Every build of this run goes in one folder, removed when the run ends (each build is a few MB).
    const folder = mkdtempSync(join(tmpdir(), 'cyber-guide-tests-'));
    process.env[BUILDS_FOLDER] = folder;
    shared[SHARED] = { folder, sites: buildSites() };
  }
  const { folder, sites } = shared[SHARED];
  for (const [name, dir] of Object.entries(await sites)) project.provide(name as keyof Sites, dir);
  return () => rmSync(folder, { recursive: true, force: true });
}
