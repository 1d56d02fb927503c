import type { StocktakePage } from '../../commands/reports/readStocktake.ts';
import { formatDate } from '../../shared/buddhistEra.ts';
import { formatPeriod } from '../../shared/periods.ts';
import { currentBlockers } from './renderStocktakeHtml.ts';
import { confidenceLabel, ragLabel, stocktakeWords as w } from './stocktakeLabels.ts';
import { addPackSheets } from './stocktakeXlsxSheets.ts';

/**
 * The stocktake pack as a workbook: a summary sheet (one row per policy); the PDF's figures a sheet
 * each across the pack (units not acknowledged with zones, acknowledgement by province as the map
 * shades it, help requested, indicator series); and, per policy, its indicators' trajectory against
 * actuals, its rating history, blockers and decisions.
 */
export async function stocktakeXlsx(pages: readonly StocktakePage[], now: Date): Promise<Buffer> {
  const pictures = pages.map((page) => page.picture);
  // Loaded when a pack is first asked for, not at every server start.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.created = now;
  const summary = workbook.addWorksheet('สรุป Summary');
  summary.columns = [
    { header: 'เลขที่ / Ref', key: 'ref', width: 18 },
    { header: 'เรื่อง / Title', key: 'title', width: 50 },
    { header: 'รับทราบ / Acknowledged', key: 'acknowledged', width: 14 },
    { header: 'มอบหมาย / Assigned', key: 'assigned', width: 14 },
    { header: w.rag, key: 'rag', width: 18 },
    { header: w.confidence, key: 'confidence', width: 24 },
    { header: w.reported, key: 'reported', width: 14 },
    { header: 'ขาดรายงาน / Stale', key: 'stale', width: 12 },
    { header: 'ขอความช่วยเหลือ / Help needed', key: 'help', width: 14 },
  ];
  summary.getRow(1).font = { bold: true };
  for (const picture of pictures) {
    summary.addRow({
      ref: picture.kase.ref,
      title: picture.kase.title,
      acknowledged: picture.summary.acknowledged,
      assigned: picture.summary.assigned,
      rag: picture.summary.rag ? ragLabel[picture.summary.rag] : '',
      confidence: picture.summary.confidence ? confidenceLabel[picture.summary.confidence] : '',
      reported: picture.summary.reported,
      stale: picture.summary.stale,
      help: picture.summary.helpNeeded,
    });
  }
  summary.addRow([]);
  summary.addRow([`${w.printed}: ${formatDate(now, 'th', 'long')}`]);
  addPackSheets(workbook, pages);

  for (const picture of pictures) {
    const sheet = workbook.addWorksheet(picture.kase.ref.replace(/[\\/*?:[\]]/g, '-').slice(0, 31));
    sheet.addRow([picture.kase.ref, picture.kase.title]).font = { bold: true };
    sheet.addRow([]);
    for (const ip of picture.indicators) {
      sheet.addRow([ip.indicator.name_th, ip.indicator.name_en ?? '', ip.indicator.unit_of_measure]).font = { bold: true };
      sheet.addRow([w.period, w.planned, w.actual, w.rag]).font = { bold: true };
      for (const s of ip.series) sheet.addRow([formatPeriod(s.period, 'th'), s.planned, s.actual, s.rag ? ragLabel[s.rag] : '']);
      sheet.addRow([]);
    }
    sheet.addRow([w.history]).font = { bold: true };
    for (const h of picture.ratingHistory) {
      sheet.addRow([
        formatPeriod(h.period, 'th'),
        h.rag ? ragLabel[h.rag] : '',
        h.confidence ? confidenceLabel[h.confidence] : '',
        h.reports,
      ]);
    }
    sheet.addRow([]);
    sheet.addRow([w.blockers]).font = { bold: true };
    for (const r of currentBlockers(picture)) {
      sheet.addRow([r.unit_name_th, formatPeriod(r.period, 'th'), r.blockers]);
    }
    sheet.addRow([]);
    sheet.addRow([w.decisions]).font = { bold: true };
    for (const d of picture.decisions) sheet.addRow([formatDate(d.created_at, 'th', 'long'), d.text, d.follow_up_case_ref ?? '']);
    sheet.getColumn(1).width = 30;
    sheet.getColumn(2).width = 50;
    sheet.getColumn(3).width = 30;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
