import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Two cores: more workers than that only makes the browser tests slower.
    maxWorkers: 2,
    // CI shares a noisy 2-core machine: a browser test that times out once gets one more try.
    // Its assertions are unchanged, and a real fault fails both tries.
    retry: 1,
  },
});
