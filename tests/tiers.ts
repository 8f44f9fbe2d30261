// Which test files belong to which tier. A tier only waits for what its files use: `unit` runs with
// no build, `build` reads built sites, `browser` drives Chromium over built sites. The guard in
// tests/unit/test-tiers.test.ts reads each file's imports and fails when a file sits in the wrong tier.

/** Files that drive Chromium (through playwright-core), directly or through a helper. */
export const BROWSER_TESTS = [
  'tests/browser/**/*.test.ts',
  'tests/budgets/first-search.test.ts',
  'tests/budgets/page-weight.test.ts',
  'tests/cms/editor-build.test.ts',
  'tests/cms/editor-nginx.test.ts',
  'tests/cms/editor-round-trip-*.test.ts',
  'tests/hosting/configs.test.ts',
  'tests/hosting/nginx-browser.test.ts',
];

/** Files that read a built site (the shared builds, or one of their own) but need no browser. */
export const BUILD_TESTS = [
  'tests/build/**/*.test.ts',
  'tests/budgets/precache.test.ts',
  'tests/checks/content-report.test.ts',
  'tests/hosting/nginx.test.ts',
  'tests/hosting/observatory.test.ts',
  'tests/hosting/security-headers.test.ts',
  'tests/hosting/security-txt.test.ts',
  'tests/hosting/shipped-files.test.ts',
];

/** Every other test file: pure modules and the content checks, in seconds. */
export const ALL_TESTS = 'tests/**/*.test.ts';
