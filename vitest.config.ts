import { defineConfig } from 'vitest/config';

/**
 * One command runs every test: unit and integration tests (`*.test.ts`, beside
 * the code and in test/) and browser tests (`test/e2e/*.spec.ts`). The global
 * setup prepares a migrated database once; each test file then opens its own
 * copy, so files run in parallel without sharing state.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'test/e2e/**/*.spec.ts'],
    exclude: ['node_modules', 'dist', 'src/web/**'],
    globalSetup: ['test/support/globalSetup.ts'],
    setupFiles: ['test/support/noNetwork.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
