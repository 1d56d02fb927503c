import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { closeSharedChromium, withChromiumContext } from './sharedChromium.ts';

const require = createRequire(import.meta.url);
let chartScript: string | undefined;

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

/** Closes the shared browser now (the app's `onClose`, and tests); kept under its old name for the report routes. */
export const closePrintBrowser = closeSharedChromium;

/**
 * Prints an HTML document to an A4 PDF with Chromium (Debian's `/usr/bin/chromium` or
 * `CHROMIUM_PATH`). The page may load nothing from the network: fonts come inline and the chart
 * library (Chart.js) is injected from node_modules, then draws `charts` before printing. One
 * browser serves every print while prints keep coming (starting Chromium costs about a second)
 * and closes after 30 s without one. `footer` is Chromium's footer template (page numbers).
 */
export async function printHtmlToPdf(input: { html: string; charts: readonly PrintChart[]; footer?: string }): Promise<Buffer> {
  chartScript ??= readFileSync(path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8');
  return withChromiumContext({ javaScriptEnabled: true }, async (context) => {
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
  });
}
