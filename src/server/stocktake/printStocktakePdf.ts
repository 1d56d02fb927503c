import { printHtmlToPdf } from '../printing/printHtmlToPdf.ts';
import type { ChartData } from './renderStocktakeHtml.ts';

/** A trajectory chart: planned dashed, actual solid. */
const trajectoryChart = (chart: ChartData) => ({
  canvasId: chart.canvasId,
  config: {
    type: 'line',
    data: {
      labels: chart.labels,
      datasets: [
        {
          label: 'เป้าหมายตามแผน / Planned',
          data: chart.planned,
          borderColor: '#505a5f',
          borderDash: [6, 4],
          pointRadius: 2,
          spanGaps: true,
        },
        { label: 'ผลจริง / Actual', data: chart.actual, borderColor: '#1d70b8', backgroundColor: '#1d70b8', pointRadius: 3 },
      ],
    },
  },
});

/**
 * Prints the stocktake pack to PDF with Chromium (`printing/printHtmlToPdf.ts`): fonts embedded,
 * nothing loaded from the network, each indicator's trajectory drawn by Chart.js before printing.
 */
export async function printStocktakePdf(input: { html: string; charts: ChartData[] }): Promise<Buffer> {
  return printHtmlToPdf({ html: input.html, charts: input.charts.map(trajectoryChart) });
}
