import type { AnnualPerformanceReport, ScopeTotals } from '../../commands/statistics/readAnnualPerformanceReport.ts';
import type { PrintChart } from '../printing/printHtmlToPdf.ts';
import { escapeHtml } from '../printing/sarabunFontCss.ts';
import { confidenceLabel, ragLabel } from '../stocktake/stocktakeLabels.ts';
import { chartCanvas, figuresTable, headlineTable, reportDocument, trendChart, type NamedRow } from './reportHtml.ts';
import { headlineSentence, reportWords as w } from './reportWords.ts';

const fromScopes = (rows: readonly ScopeTotals[]): NamedRow[] =>
  rows.map((row) => ({ nameTh: row.scope.nameTh, nameEn: row.scope.nameEn, figures: row.totals }));

/** The live directives and policies: reach, RAG and confidence, stale units and calls for help. */
function deliveryTable(report: AnnualPerformanceReport): string {
  if (report.delivery.length === 0) return `<section class="page-break"><h2>${w.delivery}</h2><p>${w.noDelivery}</p></section>`;
  const rows = report.delivery
    .map(({ case: kase, summary }) => {
      const reach = `${summary.acknowledged} / ${summary.assigned}${summary.reachPercent === null ? '' : ` (${summary.reachPercent}%)`}`;
      return `<tr><td>${escapeHtml(kase.ref)}</td><th scope="row">${escapeHtml(kase.title)}</th><td class="num">${reach}</td><td>${
        summary.rag ? ragLabel[summary.rag] : w.none
      }</td><td>${summary.confidence ? confidenceLabel[summary.confidence] : w.none}</td><td class="num">${summary.stale}</td><td class="num">${summary.helpNeeded}</td></tr>`;
    })
    .join('');
  return `<section class="page-break"><h2>${w.delivery}</h2><table class="grid"><thead><tr><th scope="col">${w.ref}</th><th scope="col">${w.title}</th><th scope="col" class="num">${w.reach}</th><th scope="col">${w.rag}</th><th scope="col">${w.confidence}</th><th scope="col" class="num">${w.stale}</th><th scope="col" class="num">${w.helpNeeded}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/**
 * The annual government performance report as one HTML document: the 1111 headline sentence, the
 * year against the year before, the monthly trend, then every province, inspection zone and
 * ministry, categories and channels, and the delivery of live directives and policies.
 */
export function renderAnnualReportHtml(report: AnnualPerformanceReport): { html: string; charts: PrintChart[] } {
  const s = report.national;
  const body = [
    `<p class="headline">${headlineSentence(s.totals, report.fiscalYear)}</p>`,
    headlineTable(s.totals, s.previousYear),
    chartCanvas('trend'),
    figuresTable(w.byZone, fromScopes(report.zones)),
    figuresTable(w.byMinistry, fromScopes(report.ministries)),
    figuresTable(
      w.byCategory,
      s.byCategory.map((row) => ({ nameTh: row.nameTh, nameEn: row.nameEn, figures: row })),
    ),
    figuresTable(
      w.byChannel,
      s.byChannel.map((row) => ({ nameTh: row.nameTh, nameEn: row.nameEn, figures: row })),
    ),
    `<div class="page-break"></div>`,
    figuresTable(
      w.byProvince,
      s.areas.map((row) => ({ nameTh: row.nameTh, nameEn: row.nameEn, figures: row })),
    ),
    deliveryTable(report),
  ].join('');
  const html = reportDocument({
    title: `${w.annualTitle} พ.ศ. ${report.fiscalYear}`,
    titleEn: `${w.annualTitleEn}, fiscal year ${report.fiscalYear} BE`,
    facts: [[w.scope, 'ทั้งประเทศ / Thailand']],
    body,
    preparedAt: report.preparedAt,
    asOf: s.asOf,
  });
  return { html, charts: [trendChart('trend', s.byMonth)] };
}
