import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildOrThrow, BUILDS_FOLDER } from './helpers/build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built from content/ as it is, served at "/". */
    siteDir: string;
    /** The same site built with SITE_BASE_PATH=/trust/cyber/. */
    subPathSiteDir: string;
    /** The example trust overlay (examples/northshire), served under its own basePath /trust/cyber/. */
    exampleSiteDir: string;
  }
}

type Sites = { siteDir: string; subPathSiteDir: string; exampleSiteDir: string };

interface SharedBuilds {
  folder: string;
  sites: Promise<Sites>;
}

// The `build` and `browser` tiers each run this set-up, in the same process: they share one set of
// builds through a global, or a full run would build every site twice.
const SHARED = Symbol.for('cyber-guide.test-builds');
type WithBuilds = typeof globalThis & { [SHARED]?: SharedBuilds };

async function buildSites(): Promise<Sites> {
  const siteDir = await buildOrThrow();
  const rootOnly = process.env.TEST_ROOT_BUILD_ONLY === '1';
  // BASE_URL as a CI pipeline may set it (Vitest does in its workers): Astro once took it over the
  // configured base path, and every link went to "/" (src/config/astro-env.ts).
  const subPathSiteDir = rootOnly ? siteDir : await buildOrThrow({ basePath: '/trust/cyber/', env: { BASE_URL: '/' } });
  const exampleSiteDir = rootOnly ? siteDir : await buildOrThrow({ overlay: 'examples/northshire' });
  return { siteDir, subPathSiteDir, exampleSiteDir };
}

/**
 * Builds the real site once for every test that needs it: at the root, under a sub-path, and the example trust.
 * TEST_ROOT_BUILD_ONLY=1 builds the root site alone, for a faster loop while working on a test that needs
 * nothing else; the other two then point at it, so tests that need them fail rather than pass by luck.
 * `npm test` and CI never set it.
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
