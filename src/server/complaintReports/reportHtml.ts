import type { ComplaintFigures } from '../../shared/api/statistics.ts';
import { formatDate, formatDateTime } from '../../shared/buddhistEra.ts';
import { formatPeriod } from '../../shared/periods.ts';
import type { PrintChart } from '../printing/printHtmlToPdf.ts';
import { escapeHtml, sarabunFontCss } from '../printing/sarabunFontCss.ts';
import { formatCount, formatDays, formatDecimal, formatRate, reportWords as w } from './reportWords.ts';

/** A row of a figures table: a name (a province, a category, a unit...) and its figures. */
export interface NamedRow {
  nameTh: string;
  nameEn: string | null;
  figures: ComplaintFigures;
}

/** The columns every figures table shows, in the order of the XLSX sheets. */
const columns: { header: string; cell: (f: ComplaintFigures) => string }[] = [
  { header: w.received, cell: (f) => formatCount(f.received) },
  { header: w.resolved, cell: (f) => formatCount(f.resolved) },
  { header: w.resolutionRate, cell: (f) => formatRate(f.resolutionRate) },
  { header: w.inProgress, cell: (f) => formatCount(f.inProgress) },
  { header: w.overdue, cell: (f) => formatCount(f.overdue) },
  { header: w.medianDays, cell: (f) => formatDays(f.medianDays) },
  { header: w.p90Days, cell: (f) => formatDays(f.p90Days) },
  { header: w.satisfiedRate, cell: (f) => formatRate(f.satisfiedRate) },
];

/** A table of named rows, one column per figure; the Thai name first, the English one beneath. */
export function figuresTable(caption: string, rows: readonly NamedRow[]): string {
  if (rows.length === 0) return `<h2>${caption}</h2><p>${w.nothing}</p>`;
  const head = `<tr><th scope="col">${w.name}</th>${columns.map((c) => `<th scope="col" class="num">${c.header}</th>`).join('')}</tr>`;
  const body = rows
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.nameTh)}${row.nameEn ? `<span class="en">${escapeHtml(row.nameEn)}</span>` : ''}</th>${columns
          .map((c) => `<td class="num">${c.cell(row.figures)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return `<section class="table"><h2>${caption}</h2><table class="grid"><thead>${head}</thead><tbody>${body}</tbody></table></section>`;
}

/** The headline figures of a period, beside the same months a year earlier when given. */
export function headlineTable(figures: ComplaintFigures, previous?: ComplaintFigures): string {
  const rows: [string, (f: ComplaintFigures) => string][] = [
    [w.received, (f) => formatCount(f.received)],
    [w.resolved, (f) => formatCount(f.resolved)],
    [w.resolutionRate, (f) => formatRate(f.resolutionRate)],
    [w.inProgress, (f) => formatCount(f.inProgress)],
    [w.overdue, (f) => formatCount(f.overdue)],
    [w.reopened, (f) => formatCount(f.reopened)],
    [w.medianDays, (f) => formatDays(f.medianDays)],
    [w.p90Days, (f) => formatDays(f.p90Days)],
    [w.averageRating, (f) => formatDecimal(f.averageRating)],
    [w.satisfiedRate, (f) => formatRate(f.satisfiedRate)],
    [w.acknowledgedOnTimeRate, (f) => formatRate(f.acknowledgedOnTimeRate)],
  ];
  const head = `<tr><th scope="col">${w.figure}</th><th scope="col" class="num">${w.value}</th>${previous ? `<th scope="col" class="num">${w.yearBefore}</th>` : ''}</tr>`;
  const body = rows
    .map(
      ([label, cell]) =>
        `<tr><th scope="row">${label}</th><td class="num">${cell(figures)}</td>${previous ? `<td class="num">${cell(previous)}</td>` : ''}</tr>`,
    )
    .join('');
  return `<section><h2>${w.headline}</h2><table class="facts"><thead>${head}</thead><tbody>${body}</tbody></table></section>`;
}

/** Received and finished as bars, the resolution rate as a line on its own axis (0–100%). */
export function trendChart(canvasId: string, byMonth: readonly (ComplaintFigures & { month: string })[]): PrintChart {
  return {
    canvasId,
    config: {
      type: 'bar',
      data: {
        labels: byMonth.map((m) => formatPeriod(m.month, 'th')),
        datasets: [
          { label: w.trendReceived, data: byMonth.map((m) => m.received), backgroundColor: '#1d70b8', yAxisID: 'y' },
          { label: w.trendResolved, data: byMonth.map((m) => m.resolved), backgroundColor: '#00703c', yAxisID: 'y' },
          {
            type: 'line',
            label: w.trendRate,
            data: byMonth.map((m) => (m.resolutionRate === null ? null : Math.round(m.resolutionRate * 1000) / 10)),
            borderColor: '#0b0c0c',
            borderDash: [6, 4],
            pointRadius: 3,
            yAxisID: 'rate',
          },
        ],
      },
      options: {
        scales: {
          y: { beginAtZero: true, position: 'left' },
          rate: { min: 0, max: 100, position: 'right', grid: { drawOnChartArea: false } },
        },
      },
    },
  };
}

/** The canvas a trend chart is drawn on, with the table it stands for named beside it for screen readers. */
export const chartCanvas = (canvasId: string): string =>
  `<section><h2>${w.trend}</h2><div class="chart"><canvas id="${canvasId}" width="680" height="260" role="img" aria-label="${w.trend}"></canvas></div></section>`;

/** Page numbers at the foot of every page, digits only: Chromium draws its footer without the page's fonts, and no Thai system font is assumed. */
export const pageFooter = `<div style="width:100%;font-size:8pt;color:#505a5f;text-align:center;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`;

/** The whole HTML document: fonts inline, the title block, then the sections. */
export function reportDocument(input: {
  title: string;
  titleEn: string;
  facts: [string, string][];
  body: string;
  preparedAt: Date;
  asOf: Date | null;
}): string {
  const facts = [
    ...input.facts,
    [w.asOf, input.asOf ? formatDateTime(input.asOf, 'th') : w.notFolded],
    [w.prepared, formatDate(input.preparedAt, 'th', 'long')],
  ]
    .map(([label, value]) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`)
    .join('');
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${escapeHtml(input.title)}</title><style>
    ${sarabunFontCss()}
    @page { size: A4; margin: 14mm 12mm 16mm; }
    body { font-family: 'Sarabun', sans-serif; font-size: 10.5pt; color: #0b0c0c; line-height: 1.4; margin: 0; }
    header.report { border-bottom: 3px solid #1d70b8; margin-bottom: 8pt; }
    h1 { font-size: 16pt; margin: 0; }
    h1 .en, .en { display: block; color: #505a5f; font-weight: 400; font-size: 0.85em; }
    h2 { font-size: 12pt; margin: 12pt 0 4pt; border-top: 1px solid #b1b4b6; padding-top: 4pt; }
    p.headline { font-size: 13pt; font-weight: 700; margin: 6pt 0; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: 2pt 4pt 2pt 0; vertical-align: top; border-bottom: 1px solid #e5e6e7; }
    table.grid { font-size: 8.5pt; }
    table.grid thead th { vertical-align: bottom; }
    table.grid thead { display: table-header-group; }
    tr { break-inside: avoid; }
    .num { text-align: right; }
    table.facts th[scope='row'] { width: 50%; }
    table.facts.meta th[scope='row'] { width: 30%; }
    table.grid th:first-child { width: 30%; }
    h2 { break-after: avoid; }
    .chart { width: 680px; height: 260px; }
    .page-break { break-before: page; }
  </style></head><body>
  <header class="report"><h1>${escapeHtml(input.title)}<span class="en">${escapeHtml(input.titleEn)}</span></h1>
  <table class="facts meta">${facts}</table></header>
  ${input.body}
  </body></html>`;
}
