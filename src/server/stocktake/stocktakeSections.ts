import type { DeliveryPicture } from '../../commands/reports/readDeliveryPicture.ts';
import type { ProvinceMap } from '../../commands/reports/readStocktake.ts';
import type { ReachSummary } from '../../domain/delivery/summarizeReach.ts';
import { formatPeriod } from '../../shared/periods.ts';
import { escapeHtml as escape } from '../printing/sarabunFontCss.ts';
import { stocktakeWords as w } from './stocktakeLabels.ts';

/**
 * The parts of a stocktake page that tell the meeting where to look (issue 13, item 10): who has
 * not acknowledged, with the inspection zone each is in; the province map shaded by reach; and
 * the calls for help in the units' own words. The XLSX twin takes the same rows from here.
 */

/** Units whose latest report asks the centre for help (reports come newest first), with what they asked. */
export function currentHelp(picture: DeliveryPicture): DeliveryPicture['reports'] {
  const seen = new Set<string>();
  return picture.reports.filter((report) => {
    if (seen.has(report.assignment_id)) return false;
    seen.add(report.assignment_id);
    return report.help_needed;
  });
}

/** The inspection zone a waiting unit's province is in (Bangkok's central zone included), or an empty string. */
export function zoneOf(unit: ReachSummary['notAcknowledged'][number]): string {
  return unit.groupings.find((grouping) => grouping.kind === 'inspection_zone')?.name.th ?? '';
}

const zoneOrder = new Intl.Collator('th', { numeric: true });

/** Units still waiting, grouped by inspection zone (zone 1, 2 … 18, then the central zone), as inspectors follow them up. */
export function waitingByZone(reach: ReachSummary): ReachSummary['notAcknowledged'] {
  return [...reach.notAcknowledged].sort((a, b) => {
    const [za, zb] = [zoneOf(a), zoneOf(b)];
    if (za.startsWith('เขต') !== zb.startsWith('เขต')) return za.startsWith('เขต') ? -1 : 1;
    return zoneOrder.compare(za, zb);
  });
}

/** Whole days a unit has waited, as people count them ("3 วัน"), never hours with decimals. */
export const waitingDays = (hours: number): number => Math.floor(hours / 24);

/** At most this many units waiting are listed on paper; the workbook lists them all. */
export const NOT_ACKNOWLEDGED_ROWS = 40;

export function notAcknowledgedHtml(reach: ReachSummary): string {
  const waiting = waitingByZone(reach);
  if (waiting.length === 0) return `<p>${w.allAcknowledged}</p>`;
  const rows = waiting
    .slice(0, NOT_ACKNOWLEDGED_ROWS)
    .map(
      (unit) =>
        `<tr><td>${escape(zoneOf(unit)) || w.none}</td><td>${escape(unit.name.th)}</td><td>${
          unit.province ? escape(unit.province.name.th) : w.none
        }</td><td class="num">${waitingDays(unit.waitingHours)}</td></tr>`,
    )
    .join('');
  const more = waiting.length - NOT_ACKNOWLEDGED_ROWS;
  return `<p>${w.notAcknowledgedCount(waiting.length)}</p>
    <table class="grid"><thead><tr><th>${w.zone}</th><th>${w.unit}</th><th>${w.province}</th><th class="num">${w.waitingDays}</th></tr></thead>
    <tbody>${rows}</tbody></table>${more > 0 ? `<p class="meta">${w.moreInWorkbook(more)}</p>` : ''}`;
}

/** How much of a province's assigned units acknowledged: the map's four shades, each named in the legend. */
export type ReachShade = 'all' | 'some' | 'none' | 'unassigned';
export function reachShade(tally: { assigned: number; acknowledged: number } | undefined): ReachShade {
  if (!tally || tally.assigned === 0) return 'unassigned';
  if (tally.acknowledged === tally.assigned) return 'all';
  return tally.acknowledged === 0 ? 'none' : 'some';
}

/** Fill and, for grey print, a hatch on the provinces nobody acknowledged in, so the shades differ without colour. */
const shadeFill: Record<ReachShade, string> = { all: '#00703c', some: '#ffdd00', none: 'url(#none)', unassigned: '#f3f2f1' };

/** The hatch of "none acknowledged", defined once per document (ids are the document's, not the picture's). */
export const mapPatternDefs = `<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>
  <pattern id="none" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
  <rect width="6" height="6" fill="#d4351c"/><line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2"/></pattern></defs></svg>`;

/** The provinces shaded by reach, as inline SVG (paths projected once per process), with its legend. */
export function reachMapSvg(reach: ReachSummary, map: ProvinceMap): string {
  if (reach.byProvince.length === 0) return '';
  const byCode = new Map(reach.byProvince.map((province) => [province.code, province]));
  const shaded = map.provinces
    .map((shape) => {
      const tally = byCode.get(shape.code);
      const shade = reachShade(tally);
      const title = tally ? `${shape.nameTh} ${tally.acknowledged}/${tally.assigned}` : shape.nameTh;
      return `<path d="${shape.path}" fill="${shadeFill[shade]}" stroke="#505a5f" stroke-width="0.6"><title>${escape(title)}</title></path>`;
    })
    .join('');
  const counts = { all: 0, some: 0, none: 0 };
  for (const province of reach.byProvince) {
    const shade = reachShade(province);
    if (shade !== 'unassigned') counts[shade]++;
  }
  const swatch = (shade: ReachShade) =>
    `<svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" fill="${shadeFill[shade]}" stroke="#505a5f"/></svg>`;
  return `<figure class="map">
    <svg viewBox="0 0 ${map.width} ${map.height}" role="img" aria-label="${escape(w.mapLabel)}">
      ${shaded}
    </svg>
    <figcaption><ul class="legend">
      <li>${swatch('all')} ${w.shade.all} (${counts.all})</li>
      <li>${swatch('some')} ${w.shade.some} (${counts.some})</li>
      <li>${swatch('none')} ${w.shade.none} (${counts.none})</li>
      <li>${swatch('unassigned')} ${w.shade.unassigned}</li>
    </ul></figcaption>
  </figure>`;
}

/** Each unit's call for help in its own words; its blockers are listed once, in the blockers section. */
export function helpHtml(picture: DeliveryPicture): string {
  const asking = currentHelp(picture);
  if (asking.length === 0) return `<p>${w.noHelp}</p>`;
  return `<ul class="help">${asking
    .map(
      (report) =>
        `<li><strong>${escape(report.unit_name_th)}</strong> (${formatPeriod(report.period, 'th')}): ${
          escape(report.centre_help.trim()) || w.none
        }</li>`,
    )
    .join('')}</ul>`;
}
