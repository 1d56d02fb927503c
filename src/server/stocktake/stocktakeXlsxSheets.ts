import type { Workbook } from 'exceljs';
import type { StocktakePage } from '../../commands/reports/readStocktake.ts';
import { formatPeriod } from '../../shared/periods.ts';
import { ragLabel, stocktakeWords as w } from './stocktakeLabels.ts';
import { currentHelp, reachShade, waitingByZone, waitingDays, zoneOf } from './stocktakeSections.ts';

const REF = { header: 'เลขที่ / Ref', key: 'ref', width: 18 };

function sheet(workbook: Workbook, name: string, columns: { header: string; key: string; width: number }[]) {
  const added = workbook.addWorksheet(name);
  added.columns = [REF, ...columns];
  added.getRow(1).font = { bold: true };
  return added;
}

/**
 * The PDF's sections as sheets, one row per fact across every policy of the pack, so a secretariat
 * can filter by zone or sort by waiting time: the same figures as the pages, none left out for room.
 */
export function addPackSheets(workbook: Workbook, pages: readonly StocktakePage[]): void {
  const waiting = sheet(workbook, 'ยังไม่รับทราบ Not acknowledged', [
    { header: w.zone, key: 'zone', width: 24 },
    { header: w.unit, key: 'unit', width: 60 },
    { header: w.province, key: 'province', width: 20 },
    { header: w.waitingDays, key: 'days', width: 14 },
  ]);
  const provinces = sheet(workbook, 'รายจังหวัด By province', [
    { header: w.province, key: 'province', width: 20 },
    { header: w.assignedCount, key: 'assigned', width: 14 },
    { header: w.acknowledgedCount, key: 'acknowledged', width: 14 },
    { header: w.map, key: 'shade', width: 34 },
  ]);
  const help = sheet(workbook, 'ขอความช่วยเหลือ Help requested', [
    { header: w.unit, key: 'unit', width: 60 },
    { header: w.period, key: 'period', width: 12 },
    { header: w.help, key: 'text', width: 60 },
    { header: w.blockers, key: 'blockers', width: 50 },
  ]);
  const indicators = sheet(workbook, 'ตัวชี้วัด Indicators', [
    { header: w.indicators, key: 'indicator', width: 40 },
    { header: w.period, key: 'period', width: 12 },
    { header: w.planned, key: 'planned', width: 14 },
    { header: w.actual, key: 'actual', width: 14 },
    { header: w.rag, key: 'rag', width: 18 },
  ]);
  for (const { picture, reach } of pages) {
    const ref = picture.kase.ref;
    for (const unit of waitingByZone(reach)) {
      waiting.addRow({
        ref,
        zone: zoneOf(unit),
        unit: unit.name.th,
        province: unit.province?.name.th ?? '',
        days: waitingDays(unit.waitingHours),
      });
    }
    for (const province of reach.byProvince) {
      const shade = reachShade(province);
      provinces.addRow({
        ref,
        province: province.name.th,
        assigned: province.assigned,
        acknowledged: province.acknowledged,
        shade: shade === 'unassigned' ? '' : w.shade[shade],
      });
    }
    for (const report of currentHelp(picture)) {
      help.addRow({
        ref,
        unit: report.unit_name_th,
        period: formatPeriod(report.period, 'th'),
        text: report.centre_help,
        blockers: report.blockers,
      });
    }
    for (const ip of picture.indicators) {
      for (const point of ip.series) {
        indicators.addRow({
          ref,
          indicator: ip.indicator.name_th,
          period: formatPeriod(point.period, 'th'),
          planned: point.planned,
          actual: point.actual,
          rag: point.rag ? ragLabel[point.rag] : '',
        });
      }
    }
  }
}
