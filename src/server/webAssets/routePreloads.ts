import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

/**
 * The citizen's pages of the browser app and the module that draws each (the lazy routes of
 * `src/web/App.tsx`, by their path in `src/web/`). The build budget test fails if one is renamed.
 */
export const CITIZEN_PAGE_MODULES: readonly { path: RegExp; module: string }[] = [
  { path: /^\/complain\/?$/, module: 'pages/complaints/ComplaintFormPage.tsx' },
  { path: /^\/track(?:\/[^/]*)?\/?$/, module: 'pages/complaints/TrackPage.tsx' },
];

const manifests = new Map<string, Record<string, ManifestChunk> | null>();

function readManifest(webDir: string): Record<string, ManifestChunk> | null {
  if (!manifests.has(webDir)) {
    try {
      manifests.set(webDir, JSON.parse(readFileSync(path.join(webDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>);
    } catch {
      manifests.set(webDir, null);
    }
  }
  return manifests.get(webDir) ?? null;
}

/**
 * A `Link` header that starts a citizen page's own module, the chunks it imports and its style sheet with
 * the page itself, rather than after the shell has downloaded, run and asked for them: one round trip less
 * (400 ms on the slow phone of issue #12). Files the page's HTML already names (the shell) are left out.
 * Null for any other path, or without a built app.
 */
export function routePreloadLinks(webDir: string | undefined, urlPath: string): string | null {
  if (!webDir) return null;
  const page = CITIZEN_PAGE_MODULES.find((candidate) => candidate.path.test(urlPath));
  const manifest = page && readManifest(webDir);
  if (!page || !manifest?.[page.module]) return null;
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    // index.html is the shell: its files are in the page already.
    if (!chunk || key === 'index.html' || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const file of chunk.css ?? []) styles.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(page.module);
  const shell = manifest['index.html'];
  for (const shared of shell?.imports ?? []) {
    const file = manifest[shared]?.file;
    if (file) scripts.delete(file);
  }
  return [
    ...[...styles].map((file) => `</${file}>; rel=preload; as=style; crossorigin`),
    ...[...scripts].map((file) => `</${file}>; rel=modulepreload; crossorigin`),
  ].join(', ');
}
