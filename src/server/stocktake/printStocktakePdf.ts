import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ChartData } from './renderStocktakeHtml.ts';

const require = createRequire(import.meta.url);
let chartScript: string | undefined;

/** Chromium's flags: headless, no sandbox in containers, and no traffic of its own. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Runs in the page: waits for the fonts, then draws each trajectory (planned dashed, actual solid) with Chart.js. */
const drawChartsScript = `
window.drawCharts = async function (charts) {
  await document.fonts.ready;
  const font = { family: 'Sarabun', size: 12 };
  for (const chart of charts) {
    const canvas = document.getElementById(chart.canvasId);
    if (!canvas) continue;
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: chart.labels,
        datasets: [
          { label: 'เป้าหมายตามแผน / Planned', data: chart.planned, borderColor: '#505a5f', borderDash: [6, 4], pointRadius: 2, spanGaps: true },
          { label: 'ผลจริง / Actual', data: chart.actual, borderColor: '#1d70b8', backgroundColor: '#1d70b8', pointRadius: 3 },
        ],
      },
      options: {
        animation: false,
        responsive: false,
        devicePixelRatio: 2,
        plugins: { legend: { labels: { font } } },
        scales: { x: { ticks: { font } }, y: { ticks: { font } } },
      },
    });
  }
};`;

/**
 * Prints the stocktake pack to PDF with Chromium (Debian's `/usr/bin/chromium`
 * or `CHROMIUM_PATH`). The page may load nothing from the network: the fonts
 * are embedded and the chart library (Chart.js) is injected from node_modules,
 * then draws each trajectory chart before printing.
 */
export async function printStocktakePdf(input: { html: string; charts: ChartData[] }): Promise<Buffer> {
  chartScript ??= readFileSync(path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8');
  // Loaded when a pack is first printed, not at every server start.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const context = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', javaScriptEnabled: true });
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    await page.setContent(input.html, { waitUntil: 'load' });
    await page.addScriptTag({ content: chartScript });
    await page.addScriptTag({ content: drawChartsScript });
    await page.evaluate(`drawCharts(${JSON.stringify(input.charts)})`);
    return Buffer.from(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  } finally {
    await browser.close();
  }
}
