import type { MonthlyComplaintReport } from '../../commands/statistics/readMonthlyComplaintReport.ts';
import { formatPeriod } from '../../shared/periods.ts';
import type { PrintChart } from '../printing/printHtmlToPdf.ts';
import { escapeHtml } from '../printing/sarabunFontCss.ts';
import { chartCanvas, figuresTable, headlineTable, reportDocument, trendChart, type NamedRow } from './reportHtml.ts';
import { formatCount, formatMonthLong, formatRate, reportWords as w } from './reportWords.ts';

const named = (rows: readonly ({ nameTh: string; nameEn: string | null } & NamedRow['figures'])[]): NamedRow[] =>
  rows.map((row) => ({ nameTh: row.nameTh, nameEn: row.nameEn, figures: row }));

/** How many handling units the monthly report lists: the busiest, as the 1111 centre's summary does. */
export const TOP_UNITS = 20;

/** The caption of the areas one level down: provinces of the country or a grouping, districts of a province. */
export function areaCaption(kind: string): string {
  if (kind === 'province') return w.byDistrict;
  if (kind === 'national' || kind === 'inspection_zone' || kind === 'province_group' || kind === 'region') return w.byProvince;
  return w.byArea;
}

/**
 * The monthly complaint report as one HTML document: the month's headline against the same month
 * a year earlier, the fiscal year's trend so far (a chart), then categories, channels, areas and
 * the busiest units.
 */
export function renderMonthlyReportHtml(report: MonthlyComplaintReport): { html: string; charts: PrintChart[] } {
  const { statistics: s } = report;
  const monthName = formatMonthLong(report.month);
  const title = `${w.monthlyTitle} ${monthName}`;
  const headline = `ในเดือน${monthName} ${escapeHtml(s.scope.nameTh)} ได้รับเรื่องร้องเรียน ${formatCount(s.totals.received)} เรื่อง แก้ไขแล้ว ${formatRate(s.totals.resolutionRate)}`;
  const body = [
    `<p class="headline">${headline}</p>`,
    headlineTable(s.totals, s.previousYear),
    chartCanvas('trend'),
    figuresTable(w.byCategory, named(s.byCategory)),
    figuresTable(w.byChannel, named(s.byChannel)),
    s.areas.length ? figuresTable(areaCaption(s.scope.kind), named(s.areas)) : '',
    figuresTable(w.topUnits, named(s.byUnit.slice(0, TOP_UNITS))),
  ].join('');
  const html = reportDocument({
    title,
    titleEn: `${w.monthlyTitleEn}, ${formatPeriod(report.month, 'en')}`,
    facts: [
      [w.scope, `${escapeHtml(s.scope.nameTh)}${s.scope.nameEn ? ` / ${escapeHtml(s.scope.nameEn)}` : ''}`],
      [`${w.fiscalYear} / Fiscal year`, String(report.fiscalYear)],
    ],
    body,
    preparedAt: report.preparedAt,
    asOf: s.asOf,
  });
  return { html, charts: [trendChart('trend', report.yearToDate.byMonth)] };
}
