import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Database } from '../../src/db/database.ts';
import type { Clock } from '../../src/domain/clock.ts';
import { buildApp } from '../../src/server/buildApp.ts';
import { chromiumArgs } from '../../src/server/printing/sharedChromium.ts';

const root = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOT_DIR = path.join(root, 'test-results/screenshots');

/** Builds the browser app when its sources are newer than dist/web, so the test drives the code as it is now. */
export function ensureWebBuild(): void {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build-web-if-stale.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The browser app did not build (node scripts/build-web-if-stale.mjs)');
}

export interface RunningApp {
  app: FastifyInstance;
  /** http://localhost:PORT: a secure context, so the Secure session cookie is kept over plain HTTP. */
  baseUrl: string;
  close(): Promise<void>;
}

/** The real app (API and built browser app) listening on a free loopback port, in this process. */
export async function startBrowserApp(deps: { db: Database; clock: Clock }): Promise<RunningApp> {
  ensureWebBuild();
  const app = await buildApp({ ...deps, webDir: path.join(root, 'dist/web'), cookieSecure: true });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { app, baseUrl: `http://localhost:${port}`, close: () => app.close() };
}

/**
 * Debian's Chromium, headless and quiet: no first-run, sync, component or
 * background requests, so the only traffic is to the app under test.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
}

/** A fresh browser profile (cookies, storage) for one person, at a phone's or a desk's width. */
export async function newPerson(
  browser: Browser,
  baseUrl: string,
  options: { width?: number; height?: number } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  });
  // Anything but the app under test is refused, so a stray font or script URL fails loudly.
  await context.route(/^(?!http:\/\/localhost:\d+\/)/, (route) => route.abort('blockedbyclient'));
  return context;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

const axeSource = () => readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page as it is (WCAG 2.1 A and AA rules) and throws on
 * any serious or critical violation, naming the rule and the elements.
 */
export async function expectAccessible(page: Page, label: string): Promise<AxeViolation[]> {
  // Evaluated as source text: the page's own Content-Security-Policy does not apply to it, and this
  // project type-checks without the DOM library.
  if (!(await page.evaluate("typeof axe !== 'undefined'"))) await page.evaluate(axeSource());
  const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } };
  const violations = (await page.evaluate(
    `axe.run(document, ${JSON.stringify(options)}).then((result) => result.violations)`,
  )) as AxeViolation[];
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length > 0) {
    const report = blocking
      .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('\n')}`)
      .join('\n');
    throw new Error(`Accessibility problems on ${label}:\n${report}`);
  }
  return violations;
}

/** A full-page screenshot in test-results/screenshots/NAME.png, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
