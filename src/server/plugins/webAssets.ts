import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyEtag from '@fastify/etag';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { routePreloadLinks } from '../webAssets/routePreloads.ts';

/** Vite names every file under /assets/ by its content's hash: a changed file is a new URL. */
const HASHED_ASSETS = `${path.sep}assets${path.sep}`;
const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * The icons every page and tab asks for (issue #13, item 5) keep their names, which browsers and
 * bookmarks know, so they cannot be hashed: kept 30 days, so a changed icon reaches everyone within a month.
 */
const ICONS = /[\\/](?:favicon\.ico|icon\.svg)$/;
const ICON_CACHE = 'public, max-age=2592000';

/**
 * Helmet's headers that govern a document (what it may load, frame, or leak), dropped from hashed
 * scripts, styles and fonts, which no browser renders as a document: on a slow phone each of them cost
 * about 600 bytes of headers per file, a tenth of the first load. `nosniff`, CORP and HSTS stay.
 */
const DOCUMENT_ONLY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];
const NOT_A_DOCUMENT = /\.(?:js|css|woff2?)(?:\.br|\.gz)?$/;

/**
 * What a browser may keep: hashed files for a year without asking again (RFC 8246 `immutable`), everything
 * else (pages, the service worker, the web manifest) revalidated on each use, which costs a 304 when nothing
 * changed; the icons for a month. A service worker must never be cached long: browsers cap it at 24 h anyway.
 */
export function cacheControlFor(file: string): string {
  if (file.includes(HASHED_ASSETS)) return YEAR_IMMUTABLE;
  return ICONS.test(file) ? ICON_CACHE : 'no-cache';
}

/**
 * Responses sized for a cheap phone on a slow network (issue #12, item 2), registered before any route so
 * its hooks see every answer:
 *
 * - **ETags** (`@fastify/etag`, SHA-1 of the body: native, about 1 GB/s, so a page costs microseconds) on every
 *   string or buffer answer, with 304 for a matching `If-None-Match`; pages the server renders are marked
 *   `no-cache` so the browser asks each time and gets that 304. Registered before compression, so the tag
 *   names the content, not one of its encodings.
 * - **Compression** (`@fastify/compress`) of every compressible answer (HTML, JSON, CSV, XML, Turtle,
 *   JSON-LD...; mime-db decides, so PNG, woff2 and XLSX pass as they are), brotli or gzip as the client
 *   asks, brotli at quality 4 (the plugin's default: most of the gain for a fraction of quality 11's CPU).
 *   Streams stay streams: a download is compressed chunk by chunk, never held whole. Under 1 KB is sent as
 *   it is; the headers would eat the gain.
 * - **A citizen page** (`/complain`, `/track/CODE`) names its own chunks in a `Link` header, so the phone
 *   fetches them with the shell instead of one round trip later (`webAssets/routePreloads.ts`).
 * - **The built browser app** (`webRoot`), served from the files Vite wrote with their `.br` and `.gz`
 *   twins made at build time (`vite.config.ts`), so a request costs no compression at all. `.vite/` (the
 *   build manifest) is not served.
 */
export async function registerWebAssets(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  await app.register(fastifyEtag);
  await app.register(fastifyCompress, { global: true, encodings: ['br', 'gzip'], threshold: 1024 });
  app.addHook('onSend', async (request, reply, payload) => {
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && type.startsWith('text/html')) {
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-cache');
      const links = request.method === 'GET' && reply.statusCode === 200 ? routePreloadLinks(webRoot, request.url.split('?')[0]!) : null;
      if (links) reply.header('link', links);
    }
    return payload;
  });
  if (!webRoot) return;
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    // The twins are found by the plugin beside each file; they are not URLs of their own.
    globIgnore: ['**/*.br', '**/*.gz', '.vite/**'],
    serveDotFiles: false,
    dotfiles: 'deny',
    allowedPath: (pathname) => !pathname.split('/').some((part) => part.startsWith('.')),
    cacheControl: false,
    setHeaders: (reply, file) => {
      reply.header('cache-control', cacheControlFor(file));
      if (file.includes(HASHED_ASSETS) && NOT_A_DOCUMENT.test(file)) {
        for (const header of DOCUMENT_ONLY_HEADERS) reply.removeHeader(header);
        // Never revalidated, so validators are dead weight.
        reply.removeHeader('last-modified');
        reply.removeHeader('etag');
        reply.removeHeader('accept-ranges');
      }
    },
  });
}
