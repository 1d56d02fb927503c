import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/** Text files worth compressing; woff2, PNG and the like are compressed already. */
const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|webmanifest|txt|xml)$/;

/**
 * Writes a `.br` (quality 11) and a `.gz` (level 9) beside every compressible file of the build that they
 * make smaller (index.html too: every byte of the first answer counts on a slow phone), so the server (`@fastify/static` with `preCompressed`) answers from disk at the best ratio and spends
 * no CPU per request. `.vite/` (the manifest the server reads) is left alone.
 */
function precompress(outDir: string): Plugin {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : files(full);
      return COMPRESSIBLE.test(entry.name) ? [full] : [];
    });
  return {
    name: 'tidtam-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of files(outDir)) {
        const content = readFileSync(file);
        const br = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        const gz = gzipSync(content, { level: 9 });
        if (br.length < content.length) writeFileSync(`${file}.br`, br);
        if (gz.length < content.length) writeFileSync(`${file}.gz`, gz);
      }
    },
  };
}

const outDir = path.resolve(import.meta.dirname, 'dist/web');

/** The browser app: built into dist/web and served by the API server; `npm run dev` proxies /api to it. */
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'src/web'),
  publicDir: path.resolve(import.meta.dirname, 'src/web/public'),
  build: {
    outDir,
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
      output: {
        codeSplitting: {
          // Each page is its own chunk (App.tsx). The small bricks every form is made of would otherwise be a
          // chunk each, shared by many pages: on HTTP/1.1 a phone fetches six files at a time, so eight
          // 700-byte files cost a round trip more than one 4 KB file. `core` takes them with what they need
          // (Preact, the Thai words), loaded beside the shell; `complaint-parts` is what the citizen's form,
          // tracking page and the operator console share.
          groups: [
            {
              name: 'core',
              test: /src[\\/]web[\\/](?:components[\\/](?:ErrorSummary|FormGroup|TextField|TextArea|SelectField|RadioGroup|Checkbox|FileField|Notice|PageHeading)\.tsx|hooks[\\/]useFormSubmit\.ts|forms[\\/]formErrors\.ts|api[\\/]client\.ts)$/,
            },
            {
              name: 'complaint-parts',
              test: /src[\\/]web[\\/](?:api[\\/]complaints\.ts|complaints[\\/]draftStore\.ts)$/,
            },
          ],
        },
      },
    },
  },
  plugins: [precompress(outDir)],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
