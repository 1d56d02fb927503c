import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The hashed files of one entry of the browser build, as pages the server renders link them. */
export interface EntryAssets {
  /** Root-relative URLs of the entry's style sheets, in order. */
  css: string[];
  /** The entry's module script, when it has one worth loading. */
  script: string | null;
}

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

const cache = new Map<string, Record<string, ManifestChunk>>();

function readManifest(webDir: string): Record<string, ManifestChunk> {
  let manifest = cache.get(webDir);
  if (!manifest) {
    manifest = JSON.parse(readFileSync(path.join(webDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
    cache.set(webDir, manifest);
  }
  return manifest;
}

/**
 * The files of a Vite entry (`portal/portal.ts`, `index.html`) from `dist/web/.vite/manifest.json`,
 * read once per process (a deploy restarts it). Without a built app (API-only tests) the page
 * gets no style sheet rather than an error.
 */
export function webEntryAssets(webDir: string | undefined, entry: string): EntryAssets {
  if (!webDir) return { css: [], script: null };
  let manifest: Record<string, ManifestChunk>;
  try {
    manifest = readManifest(webDir);
  } catch {
    return { css: [], script: null };
  }
  const chunk = manifest[entry];
  if (!chunk) return { css: [], script: null };
  const css = new Set<string>();
  const visit = (key: string): void => {
    const found = manifest[key];
    if (!found) return;
    for (const imported of found.imports ?? []) visit(imported);
    for (const file of found.css ?? []) css.add(`/${file}`);
  };
  visit(entry);
  return { css: [...css], script: chunk.file.endsWith('.js') ? `/${chunk.file}` : null };
}
