import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  assets?: string[];
}

/** The server-rendered portal (`/portal`, its provinces, zones, policies, data): its HTML links the `portal` entry's CSS. */
const PORTAL_PAGES = /^\/portal(?:\/|$)/;
/** Sarabun's regular faces: the text of every page; bold headings may arrive a moment later (`font-display: swap`). */
const REGULAR_FACES = /sarabun-(?:thai|latin)-400-normal-[\w-]+\.woff2$/;

/**
 * The citizen's pages of the browser app and the module that draws each (the lazy routes of
 * `src/web/App.tsx`, by their path in `src/web/`). The build budget test fails if one is renamed.
 */
export const CITIZEN_PAGE_MODULES: readonly { path: RegExp; module: string; data?: (match: RegExpExecArray) => string }[] = [
  { path: /^\/complain\/?$/, module: 'pages/complaints/ComplaintFormPage.tsx' },
  // The tracking page's first question to the API (TrackPage asks it with `trackComplaint`), fetched with the page.
  {
    path: /^\/track\/([A-Za-z0-9-]{1,32})\/?$/,
    module: 'pages/complaints/TrackPage.tsx',
    data: (match) => `/api/public/complaints/${match[1]}`,
  },
  { path: /^\/track\/?$/, module: 'pages/complaints/TrackPage.tsx' },
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
 * (400 ms on the slow phone of issue #12). The shell, which the HTML names too, comes first: the header is
 * read before the HTML, and a page module is of no use before the shell.
 * Portal pages get their regular fonts the same way. Null for any other path, or without a built app.
 */
export function routePreloadLinks(webDir: string | undefined, urlPath: string): string | null {
  if (!webDir) return null;
  if (PORTAL_PAGES.test(urlPath)) return portalFontLinks(webDir);
  const page = CITIZEN_PAGE_MODULES.find((candidate) => candidate.path.test(urlPath));
  const match = page?.path.exec(urlPath);
  const manifest = page && readManifest(webDir);
  if (!page || !manifest?.[page.module]) return null;
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || key === 'index.html' || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const file of chunk.css ?? []) styles.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(page.module);
  // The shell first (the page's module is no use before it), in the order a browser would want it.
  const shell = manifest['index.html'];
  const shellStyles = new Set(shell?.css ?? []);
  const shellScripts = new Set([shell?.file, ...(shell?.imports ?? []).map((key) => manifest[key]?.file)].filter((file) => !!file));
  for (const file of shellScripts) scripts.delete(file!);
  return [
    ...[...shellStyles].map((file) => `</${file}>; rel=preload; as=style; crossorigin`),
    ...[...shellScripts].map((file) => `</${file}>; rel=modulepreload; crossorigin`),
    ...[...styles].map((file) => `</${file}>; rel=preload; as=style; crossorigin`),
    ...[...scripts].map((file) => `</${file}>; rel=modulepreload; crossorigin`),
    // `fetch()` from the page is mode cors, credentials same-origin: what `crossorigin` asks, so the browser reuses it.
    ...(page.data && match ? [`<${page.data(match)}>; rel=preload; as=fetch; crossorigin`] : []),
  ].join(', ');
}

/**
 * A portal page's fonts, asked for with the HTML rather than once its style sheet has been read (a round trip
 * later). Fonts are always fetched in CORS mode, hence `crossorigin`; the style sheet itself is left to the
 * page's own `<link>`, whose request mode the header cannot know.
 */
function portalFontLinks(webDir: string): string | null {
  const fonts = (readManifest(webDir)?.['portal/portal.ts']?.assets ?? []).filter((file) => REGULAR_FACES.test(file));
  return fonts.length > 0 ? fonts.map((file) => `</${file}>; rel=preload; as=font; type="font/woff2"; crossorigin`).join(', ') : null;
}
