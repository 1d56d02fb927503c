/**
 * `npm run bench -- public-pages`: the citizen pages on a cheap phone (issue #12, item 2). Chromium loads
 * `/complain`, `/track/CODE` (a complaint filed in the bench's own database) and the portal home `/portal`
 * from a cold cache (a new browser context per load), once throttled like a slow phone (400 kbps down and
 * up, 400 ms latency, CPU slowed 4×, through the DevTools protocol) and once unthrottled as the baseline.
 * For each it records the bytes transferred (the sum of `encodedDataLength`, headers included, as DevTools
 * counts them), the number of requests, and the time from navigation until the page is usable:
 *
 * - `/complain`: the description field and the submit button are visible and the Sarabun faces for Thai and
 *   Latin text are loaded (a form in a fallback font that then reflows is not yet usable);
 * - `/track/CODE`: the complaint's status is visible;
 * - `/portal`: the main heading is visible.
 *
 * Targets: at most 100 KB and under 4 s each, on the slow profile. Bytes are counted until the network has
 * been quiet for half a second after the page became usable, so late fonts count. Service workers are
 * blocked: the first visit's page load is what is measured, not the worker's own install fetches.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { openPglite } from '../src/db/pgliteDatabase.ts';
import { prepareDatabase } from '../src/db/prepareDatabase.ts';
import { systemClock } from '../src/domain/clock.ts';
import { buildApp } from '../src/server/buildApp.ts';
import { ensureWebBuild, launchBrowser } from '../test/support/browser.ts';
import { median } from './support.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET_BYTES = 100 * 1000;
const TARGET_MS = 4000;

/** The slow phone of issue #12: 400 kbps each way, 400 ms round trip, a CPU a quarter as fast. */
const SLOW = { latency: 400, throughput: (400 * 1000) / 8, cpu: 4 };

interface PageUnderTest {
  key: string;
  url: string;
  /** A page expression that is true once a person can use the page. */
  usable: string;
}

interface Load {
  bytes: number;
  requests: number;
  usableMs: number;
  status: number;
}

const fontsReady = `document.fonts.check('400 16px Sarabun', 'ก') && document.fonts.check('400 16px Sarabun', 'A')`;
const visible = (selector: string) =>
  `(() => { const e = document.querySelector(${JSON.stringify(selector)}); return !!e && e.getBoundingClientRect().height > 0; })()`;

async function loadOnce(browser: Browser, baseUrl: string, target: PageUnderTest, slow: boolean): Promise<Load> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 360, height: 780 },
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const inflight = new Set<string>();
    let bytes = 0;
    let requests = 0;
    let lastActivity = performance.now();
    cdp.on('Network.requestWillBeSent', (event: { requestId: string }) => {
      if (!inflight.has(event.requestId)) requests += 1;
      inflight.add(event.requestId);
      lastActivity = performance.now();
    });
    cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
      bytes += event.encodedDataLength;
      inflight.delete(event.requestId);
      lastActivity = performance.now();
    });
    cdp.on('Network.loadingFailed', (event: { requestId: string }) => {
      inflight.delete(event.requestId);
      lastActivity = performance.now();
    });
    await cdp.send('Network.enable');
    if (slow) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: SLOW.latency,
        downloadThroughput: SLOW.throughput,
        uploadThroughput: SLOW.throughput,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW.cpu });
    }
    const started = performance.now();
    const response = await page.goto(target.url, { waitUntil: 'commit', timeout: 60_000 });
    // Polled through the DevTools protocol: the page's Content-Security-Policy forbids what waitForFunction evaluates.
    while (!(await page.evaluate(target.usable).catch(() => false))) {
      if (performance.now() - started > 60_000) throw new Error(`${target.url} was not usable within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const usableMs = performance.now() - started;
    const quietSince = performance.now();
    while (performance.now() - quietSince < 15_000 && (inflight.size > 0 || performance.now() - lastActivity < 500)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { bytes, requests, usableMs, status: response?.status() ?? 0 };
  } finally {
    await context.close();
  }
}

/** Files a complaint through the public API, as a citizen's form would, and returns its tracking code. */
async function fileComplaint(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/public/complaints`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      categoryCode: 'roads',
      description: 'ถนนหน้าตลาดเป็นหลุมลึก รถจักรยานยนต์ล้มไปแล้วสองคัน',
      areaCode: '100101',
      location: { lat: 13.75, lon: 100.49 },
      complainant: { name: 'มานี มีนา', email: 'manee@example.com' },
    }),
  });
  if (response.status !== 201) throw new Error(`filing the bench's complaint answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { trackingCode: string }).trackingCode;
}

export async function run(): Promise<Record<string, number | string>> {
  ensureWebBuild();
  const db = await openPglite(undefined);
  await prepareDatabase(db, { clock: systemClock });
  const app = await buildApp({ db, clock: systemClock, webDir: path.join(root, 'dist/web'), cookieSecure: true });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const baseUrl = `http://localhost:${(app.server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  try {
    const code = await fileComplaint(baseUrl);
    // Without the portal's own route the app answers /portal with its not-found page: recorded, not hidden.
    const portalHtml = await (await fetch(`${baseUrl}/portal`)).text();
    const portalServed = !portalHtml.includes('<div id="app"></div>');
    const pages: PageUnderTest[] = [
      {
        key: 'complain',
        url: '/complain',
        usable: `${visible('main form textarea')} && ${visible('main form button[type=submit]')} && ${fontsReady}`,
      },
      { key: 'track', url: `/track/${code}`, usable: visible('[data-testid=citizen-status]') },
      { key: 'portal', url: '/portal', usable: visible('main h1, h1') },
    ];
    const figures: Record<string, number | string> = { engine: 'pglite', rounds: ROUNDS, portal_served: portalServed ? 'yes' : 'no' };
    let meets = true;
    for (const target of pages) {
      for (const slow of [true, false]) {
        const loads: Load[] = [];
        for (let i = 0; i < ROUNDS; i++) loads.push(await loadOnce(browser, baseUrl, target, slow));
        const profile = slow ? 'slow' : 'fast';
        const kb = median(loads.map((load) => load.bytes)) / 1000;
        const usable = median(loads.map((load) => load.usableMs));
        figures[`${target.key}_${profile}_kb`] = kb;
        figures[`${target.key}_${profile}_requests`] = median(loads.map((load) => load.requests));
        figures[`${target.key}_${profile}_usable_ms`] = usable;
        if (slow && (kb * 1000 > TARGET_BYTES || usable >= TARGET_MS) && (target.key !== 'portal' || portalServed)) meets = false;
        if (!slow) figures[`${target.key}_ratio_slow_to_fast`] = Number(figures[`${target.key}_slow_usable_ms`]) / usable;
      }
    }
    const verdict = !meets ? 'no' : portalServed ? 'yes' : 'yes_without_portal';
    return { ...figures, target: 'kb<=100,usable<4000ms_slow', meets_target: verdict };
  } finally {
    await browser.close();
    await app.close();
    await db.close();
  }
}
