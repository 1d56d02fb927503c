import type { DeliveryPicture } from '../../commands/reports/readDeliveryPicture.ts';
import type { ProvinceMap, StocktakePage } from '../../commands/reports/readStocktake.ts';
import { formatDate } from '../../shared/buddhistEra.ts';
import { formatPeriod } from '../../shared/periods.ts';
import { escapeHtml, sarabunFontCss } from '../printing/sarabunFontCss.ts';
import { confidenceLabel, ragLabel, stocktakeWords as w } from './stocktakeLabels.ts';
import { helpHtml, mapPatternDefs, notAcknowledgedHtml, reachMapSvg } from './stocktakeSections.ts';

const escape = escapeHtml;

const number = (value: number | null): string =>
  value === null ? w.none : new Intl.NumberFormat('th-TH', { maximumFractionDigits: 2 }).format(value);

/** Each unit's blockers from its latest report (reports come newest first), not every report's. */
export function currentBlockers(picture: DeliveryPicture): DeliveryPicture['reports'] {
  const seen = new Set<string>();
  return picture.reports.filter((report) => {
    if (seen.has(report.assignment_id)) return false;
    seen.add(report.assignment_id);
    return report.blockers.trim() !== '';
  });
}

/** The data each trajectory chart is drawn from, by the chart library in the page. */
export interface ChartData {
  canvasId: string;
  labels: string[];
  planned: (number | null)[];
  actual: (number | null)[];
}

function policyPage({ picture, reach }: StocktakePage, map: ProvinceMap, index: number, charts: ChartData[]): string {
  const { kase, summary } = picture;
  const blockers = currentBlockers(picture).slice(0, 12);
  const indicators = picture.indicators
    .map((ip, i) => {
      const canvasId = `chart-${index}-${i}`;
      charts.push({
        canvasId,
        labels: ip.series.map((s) => formatPeriod(s.period, 'th')),
        planned: ip.series.map((s) => s.planned),
        actual: ip.series.map((s) => s.actual),
      });
      const latest = ip.series.filter((s) => s.actual !== null).at(-1);
      return `<section class="indicator">
        <h3>${escape(ip.indicator.name_th)}${ip.indicator.name_en ? ` <span class="en">${escape(ip.indicator.name_en)}</span>` : ''}</h3>
        <p class="meta">${w.baseline}: ${number(ip.indicator.baseline)} · ${w.target}: ${number(ip.indicator.target)} ${escape(ip.indicator.unit_of_measure)}${
          ip.indicator.target_date ? ` (${formatDate(ip.indicator.target_date, 'th', 'long')})` : ''
        }${latest ? ` · ${w.actual} ${formatPeriod(latest.period, 'th')}: ${number(latest.actual)} · ${latest.rag ? ragLabel[latest.rag] : w.none}` : ''}</p>
        <div class="chart"><canvas id="${canvasId}" width="640" height="220"></canvas></div>
      </section>`;
    })
    .join('');
  return `<article class="policy">
    <p class="ref">${escape(kase.ref)}</p>
    <h2>${escape(kase.title)}</h2>
    <table class="facts">
      <tr><th>${w.reach}</th><td>${summary.acknowledged} / ${summary.assigned} ${w.acknowledged}${summary.reachPercent === null ? '' : ` (${summary.reachPercent}%)`}</td></tr>
      <tr><th>${w.rag}</th><td>${summary.rag ? ragLabel[summary.rag] : w.none}</td></tr>
      <tr><th>${w.confidence}</th><td>${summary.confidence ? confidenceLabel[summary.confidence] : w.none}</td></tr>
      <tr><th>${w.reported}</th><td>${summary.reported} / ${summary.assigned}</td></tr>
      <tr><th>${w.stale}</th><td>${summary.stale}</td></tr>
      <tr><th>${w.helpNeeded}</th><td>${summary.helpNeeded}</td></tr>
    </table>
    <h3 class="section">${w.help}</h3>
    ${helpHtml(picture)}
    ${reach.byProvince.length > 0 ? `<section class="keep"><h3 class="section">${w.map}</h3>${reachMapSvg(reach, map)}</section>` : ''}
    <h3 class="section">${w.notAcknowledged}</h3>
    ${notAcknowledgedHtml(reach)}
    <h3 class="section">${w.indicators}</h3>
    ${indicators || `<p>${w.noIndicators}</p>`}
    <h3 class="section">${w.history}</h3>
    ${
      picture.ratingHistory.length === 0
        ? `<p>${w.noHistory}</p>`
        : `<table class="grid"><thead><tr><th>${w.period}</th><th>${w.rag}</th><th>${w.confidence}</th><th>${w.reports}</th></tr></thead><tbody>${picture.ratingHistory
            .map(
              (h) =>
                `<tr><td>${formatPeriod(h.period, 'th')}</td><td>${h.rag ? ragLabel[h.rag] : w.none}</td><td>${h.confidence ? confidenceLabel[h.confidence] : w.none}</td><td>${h.reports}</td></tr>`,
            )
            .join('')}</tbody></table>`
    }
    <h3 class="section">${w.blockers}</h3>
    ${
      blockers.length === 0
        ? `<p>${w.noBlockers}</p>`
        : `<ul>${blockers.map((r) => `<li><strong>${escape(r.unit_name_th)}</strong> (${formatPeriod(r.period, 'th')}): ${escape(r.blockers)}</li>`).join('')}</ul>`
    }
    <h3 class="section">${w.decisions}</h3>
    ${
      picture.decisions.length === 0
        ? `<p>${w.noDecisions}</p>`
        : `<ol>${picture.decisions
            .map(
              (d) =>
                `<li>${escape(d.text)} <span class="meta">(${formatDate(d.created_at, 'th', 'long')}${d.follow_up_case_ref ? ` · ${w.followUp} ${escape(d.follow_up_case_ref)}` : ''})</span></li>`,
            )
            .join('')}</ol>`
    }
  </article>`;
}

/**
 * The stocktake pack as one HTML document: each policy from a new page (its figures, the calls for
 * help, who has not acknowledged beside the province map, indicators, history, blockers, decisions),
 * charts drawn by the page's script from `charts`.
 */
export function renderStocktakeHtml(
  input: { pages: readonly StocktakePage[]; provinceMap: ProvinceMap },
  now: Date,
): { html: string; charts: ChartData[] } {
  const charts: ChartData[] = [];
  const pages = input.pages.map((page, index) => policyPage(page, input.provinceMap, index, charts)).join('');
  const html = `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${w.title}</title><style>
    ${sarabunFontCss()}
    @page { size: A4; margin: 16mm 14mm; }
    body { font-family: 'Sarabun', sans-serif; font-size: 11pt; color: #0b0c0c; line-height: 1.45; margin: 0; }
    header.pack { border-bottom: 3px solid #1d70b8; margin-bottom: 8pt; }
    header.pack h1 { font-size: 15pt; margin: 0 0 2pt; }
    .policy { break-after: page; }
    .policy:last-child { break-after: auto; }
    .ref { color: #505a5f; margin: 0; }
    h2 { font-size: 16pt; margin: 0 0 6pt; }
    h3 { font-size: 12pt; margin: 8pt 0 3pt; }
    h3.section { border-top: 1px solid #b1b4b6; padding-top: 4pt; }
    .en, .meta { color: #505a5f; font-weight: 400; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: 2pt 6pt 2pt 0; vertical-align: top; border-bottom: 1px solid #e5e6e7; }
    table.facts th { width: 45%; font-weight: 700; }
    .chart { width: 640px; height: 220px; }
    ul, ol { margin: 2pt 0; padding-left: 16pt; }
    .num { text-align: right; }
    .keep { break-inside: avoid; }
    h3 { break-after: avoid; }
    table.grid { font-size: 10pt; }
    figure.map { margin: 0; display: flex; gap: 12pt; align-items: flex-end; }
    figure.map > svg { width: 52mm; height: auto; }
    ul.legend { list-style: none; padding: 0; margin: 0; font-size: 10pt; }
    ul.legend svg { vertical-align: middle; }
  </style></head><body>
  ${mapPatternDefs}
  <header class="pack"><h1>${w.title}</h1><p class="meta">${w.printed}: ${formatDate(now, 'th', 'long')}</p></header>
  ${pages}
  </body></html>`;
  return { html, charts };
}
