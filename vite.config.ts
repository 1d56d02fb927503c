import path from 'node:path';
import { defineConfig } from 'vite';

/** The browser app: built into dist/web and served by the API server; `npm run dev` proxies /api to it. */
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'src/web'),
  publicDir: path.resolve(import.meta.dirname, 'src/web/public'),
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    target: 'es2020',
    // The server reads .vite/manifest.json to link each entry's hashed files from pages it renders.
    manifest: true,
    rollupOptions: {
      input: {
        // The browser app (staff console, complaint form, tracking).
        app: path.resolve(import.meta.dirname, 'src/web/index.html'),
        // The server-rendered public portal's styles and fonts only.
        portal: path.resolve(import.meta.dirname, 'src/web/portal/portal.ts'),
      },
    },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
