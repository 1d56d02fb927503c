import { defineConfig } from 'vitest/config';

/**
 * One command runs every test, in two projects:
 *
 * - `server`: unit and integration tests (`*.test.ts`, beside the code and in
 *   test/) and browser tests (`test/e2e/*.spec.ts`). The global setup prepares
 *   a migrated database once; each test file then opens its own copy, so files
 *   run in parallel without sharing state. Its workers keep loaded modules
 *   from one file to the next (`isolate: false`; `VITEST_ISOLATE=1` turns
 *   that off).
 * - `web`: the browser app's own logic (`src/web/**\/*.test.ts(x)`: date
 *   fields, the offline draft, form errors) in happy-dom, a DOM without a
 *   browser, so it needs no database and starts in a fraction of a second.
 *
 * `npx vitest run --project web` runs only the second.
 */
export default defineConfig({
  test: {
    teardownTimeout: 30_000,
    projects: [
      {
        // Server-rendered pages (src/server/portal/*.tsx) use Preact's JSX too.
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'server',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts', 'test/e2e/**/*.spec.ts'],
          exclude: ['node_modules', 'dist', 'src/web/**'],
          globalSetup: ['test/support/globalSetup.ts'],
          setupFiles: ['test/support/noNetwork.ts', 'test/support/freshClassifier.ts'],
          pool: 'forks',
          // Each worker process runs its files one after another without reloading modules (VITEST_ISOLATE=1
          // reloads them per file, as before). Loading the app's modules and compiling PGlite's WebAssembly once per
          // worker instead of once per file halved the CPU of the server tests (10 route files: 115 s to 56 s).
          // Every file still opens its own database and app; state in modules is caches only.
          isolate: process.env.VITEST_ISOLATE === '1',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The same JSX as the app's build (vite.config.ts).
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'web',
          include: ['src/web/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/support/noNetwork.ts'],
          pool: 'forks',
        },
      },
    ],
  },
});
