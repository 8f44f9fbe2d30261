import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { ALL_TESTS, BROWSER_TESTS, BUILD_TESTS } from './tiers.ts';

// Three tiers (README, "Contributing"): `npm run test:unit` runs the first alone, with no build;
// `npm test` runs all three. Only the two tiers that read built sites have the global set-up,
// so a unit run never waits for a build.
const BUILT_SITES = ['tests/global-setup.ts'];

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Two cores: more workers than that only makes the browser tests slower.
    maxWorkers: 2,
    projects: [
      // The unit files share their workers' loaded modules (the MDX compiler, the content loaders): loading
      // them again for each file was a third of the tier's time. No unit test keeps state between files.
      {
        extends: true,
        test: { name: 'unit', include: [ALL_TESTS], exclude: [...BUILD_TESTS, ...BROWSER_TESTS], isolate: false },
      },
      { extends: true, test: { name: 'build', include: BUILD_TESTS, globalSetup: BUILT_SITES } },
      // CI shares a noisy 2-core machine: a browser test that times out once gets one more try. Its
      // assertions are unchanged, and a real fault fails both tries. The other tiers get none: a unit
      // or build test that passes only the second time is a bug.
      { extends: true, test: { name: 'browser', include: BROWSER_TESTS, globalSetup: BUILT_SITES, retry: 1 } },
    ],
  },
});
