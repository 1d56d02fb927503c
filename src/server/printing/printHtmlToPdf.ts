import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';

const require = createRequire(import.meta.url);
let chartScript: string | undefined;

/** Chromium's flags: headless, no sandbox in containers, and no traffic of its own. */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A chart to draw in the printed page: the canvas's id and a Chart.js configuration (plain JSON). */
export interface PrintChart {
  canvasId: string;
  config: unknown;
}

/** Runs in the page: waits for the fonts, then draws each chart with Chart.js in Sarabun, without animation. */
const drawChartsScript = `
window.drawCharts = async function (charts) {
  await document.fonts.ready;
  Chart.defaults.font.family = 'Sarabun';
  Chart.defaults.font.size = 12;
  Chart.defaults.animation = false;
  Chart.defaults.responsive = false;
  Chart.defaults.devicePixelRatio = 2;
  for (const chart of charts) {
    const canvas = document.getElementById(chart.canvasId);
    if (canvas) new Chart(canvas, chart.config);
  }
};`;

/** How long an idle browser is kept for the next print: a pack of reports starts Chromium once, not per file. */
const IDLE_MS = 30_000;
let browser: Promise<Browser> | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let printing = 0;

async function launch(): Promise<Browser> {
  // Loaded when a document is first printed, not at every server start.
  const { chromium } = await import('playwright-core');
  const launched = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  launched.on('disconnected', () => {
    browser = undefined;
  });
  return launched;
}

/** Closes the shared browser now (the app's `onClose`, and tests); the next print starts another. */
export async function closePrintBrowser(): Promise<void> {
  clearTimeout(idleTimer);
  const current = browser;
  browser = undefined;
  if (current) await (await current.catch(() => undefined))?.close();
}

function scheduleIdleClose(): void {
  clearTimeout(idleTimer);
  if (printing > 0) return;
  idleTimer = setTimeout(() => void closePrintBrowser(), IDLE_MS);
  idleTimer.unref();
}

/**
 * Prints an HTML document to an A4 PDF with Chromium (Debian's `/usr/bin/chromium` or
 * `CHROMIUM_PATH`). The page may load nothing from the network: fonts come inline and the chart
 * library (Chart.js) is injected from node_modules, then draws `charts` before printing. One
 * browser serves every print while prints keep coming (starting Chromium costs about a second)
 * and closes after 30 s without one. `footer` is Chromium's footer template (page numbers).
 */
export async function printHtmlToPdf(input: { html: string; charts: readonly PrintChart[]; footer?: string }): Promise<Buffer> {
  chartScript ??= readFileSync(path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8');
  printing += 1;
  clearTimeout(idleTimer);
  try {
    browser ??= launch();
    const context = await (await browser).newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', javaScriptEnabled: true });
    try {
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      const page = await context.newPage();
      await page.setContent(input.html, { waitUntil: 'load' });
      await page.addScriptTag({ content: chartScript });
      await page.addScriptTag({ content: drawChartsScript });
      await page.evaluate(`drawCharts(${JSON.stringify(input.charts)})`);
      return Buffer.from(
        await page.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: input.footer !== undefined,
          headerTemplate: '<span></span>',
          footerTemplate: input.footer ?? '<span></span>',
        }),
      );
    } finally {
      await context.close();
    }
  } finally {
    printing -= 1;
    scheduleIdleClose();
  }
}
