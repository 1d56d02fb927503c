import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { createComplaint } from '../../commands/complaints/createComplaint.ts';
import { ManualClock } from '../../domain/clock.ts';
import { ensureWebBuild } from '../../../test/support/browser.ts';
import { openTestDatabase } from '../../../test/support/testDatabase.ts';
import { buildApp } from '../buildApp.ts';

const webDir = path.resolve(import.meta.dirname, '../../../dist/web');

function decode(encoding: unknown, body: Buffer): string {
  if (encoding === 'br') return brotliDecompressSync(body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(body).toString('utf8');
  return body.toString('utf8');
}

/** Issue #12 item 2: every text answer compressed as the client asks, hashed files kept a year, pages revalidated. */
describe('web assets: compression and caching', () => {
  let db: Database;
  let app: FastifyInstance;
  let appScript: string;
  /** A real complaint's code: `/track/CODE` is a page (with its hints) only for a complaint that exists. */
  let code: string;

  beforeAll(async () => {
    ensureWebBuild();
    db = await openTestDatabase();
    const clock = new ManualClock(new Date('2026-12-05T03:00:00Z'));
    app = await buildApp({ db, clock, webDir });
    const filed = await createComplaint(
      { db, clock, actor: null },
      { channel: 'web', categoryCode: 'roads', description: 'ถนนเป็นหลุมลึกหน้าตลาด', areaCode: '1007', location: null, complainant: null },
    );
    code = filed.trackingCode;
    appScript = readdirSync(path.join(webDir, 'assets')).find((file) => /^app-.*\.js$/.test(file))!;
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it.each(['br', 'gzip'])('sends %s when the client asks for it: the page, a script, JSON', async (encoding) => {
    const accept = encoding === 'br' ? 'br, gzip, deflate' : 'gzip, deflate';
    for (const url of ['/complain', '/', `/assets/${appScript}`, '/api/openapi.json']) {
      const response = await app.inject({ url, headers: { 'accept-encoding': accept } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-encoding'], url).toBe(encoding);
      expect(String(response.headers['vary']), url).toMatch(/accept-encoding/i);
      const text = decode(encoding, response.rawPayload);
      if (url.startsWith('/assets/')) expect(text).toBe(readFileSync(path.join(webDir, 'assets', appScript), 'utf8'));
      else if (url.startsWith('/api/')) expect(JSON.parse(text)).toHaveProperty('openapi');
      else expect(text).toContain('<div id="app"></div>');
    }
  });

  it('sends the plain body to a client that asks for no encoding', async () => {
    const response = await app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'identity' } });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toHaveProperty('openapi');
  });

  it('marks hashed files immutable for a year, the icons for a month, and everything else for revalidation', async () => {
    const script = await app.inject({ url: `/assets/${appScript}`, headers: { 'accept-encoding': 'br' } });
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const font = readdirSync(path.join(webDir, 'assets')).find((file) => file.endsWith('.woff2'))!;
    const fontResponse = await app.inject({ url: `/assets/${font}`, headers: { 'accept-encoding': 'br, gzip' } });
    expect(fontResponse.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // Fonts are compressed already: sent as they are.
    expect(fontResponse.headers['content-encoding']).toBeUndefined();
    for (const url of ['/sw.js', '/manifest.webmanifest', '/', '/track']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
    // Every page and tab asks for the icon (issue #13, item 5): found, and kept a month.
    for (const url of ['/icon.svg', '/favicon.ico']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('public, max-age=2592000');
    }
  });

  it('gives pages an ETag and answers a matching If-None-Match with 304', async () => {
    for (const url of ['/complain', `/track/${code}`, '/']) {
      const first = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      const etag = first.headers['etag'];
      expect(etag, url).toBeTruthy();
      const again = await app.inject({ url, headers: { 'accept-encoding': 'br', 'if-none-match': String(etag) } });
      expect(again.statusCode, url).toBe(304);
      expect(again.rawPayload.length, url).toBe(0);
    }
  });

  it('gives answers the server makes an ETag too (JSON), with 304 when unchanged', async () => {
    const first = await app.inject({ url: '/api/public/complaint-categories' });
    expect(first.statusCode).toBe(200);
    const again = await app.inject({
      url: '/api/public/complaint-categories',
      headers: { 'if-none-match': String(first.headers['etag']) },
    });
    expect(again.statusCode).toBe(304);
  });

  it("names a citizen page's own chunks (and the tracking answer) in a Link header, so they load with the page", async () => {
    const complain = String((await app.inject({ url: '/complain' })).headers['link']);
    expect(complain).toMatch(/<\/assets\/ComplaintFormPage-[\w-]+\.js>; rel=modulepreload; crossorigin/);
    expect(complain).toMatch(/<\/assets\/app-[\w-]+\.js>; rel=modulepreload; crossorigin/);
    expect(complain).toMatch(/<\/assets\/complaints-[\w-]+\.css>; rel=preload; as=style; crossorigin/);
    expect(complain).not.toMatch(/chart-|CasePage-/);
    const track = String((await app.inject({ url: `/track/${code}` })).headers['link']);
    expect(track).toMatch(/<\/assets\/TrackPage-[\w-]+\.js>; rel=modulepreload/);
    expect(track).toContain(`</api/public/complaints/${code}>; rel=preload; as=fetch; crossorigin`);
    // The portal's pages (rendered by the server) get Sarabun's regular faces with their HTML.
    const portal = String((await app.inject({ url: '/portal' })).headers['link']);
    expect(portal).toMatch(/<\/assets\/sarabun-thai-400-normal-[\w-]+\.woff2>; rel=preload; as=font; type="font\/woff2"; crossorigin/);
    // Staff pages and anything odd in the code get no hints.
    expect((await app.inject({ url: '/cases' })).headers['link']).toBeUndefined();
    expect(String((await app.inject({ url: '/track/%3Cx%3E' })).headers['link'] ?? '')).not.toContain('/api/');
  });

  it('does not serve the build manifest or the compressed twins as files of their own', async () => {
    for (const url of ['/.vite/manifest.json', `/assets/${appScript}.br`, `/assets/${appScript}.gz`]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('"isEntry"');
    }
  });
});
