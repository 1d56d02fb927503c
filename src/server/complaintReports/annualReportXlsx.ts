import type { AnnualPerformanceReport, ScopeTotals } from '../../commands/statistics/readAnnualPerformanceReport.ts';
import { formatDate } from '../../shared/buddhistEra.ts';
import { formatPeriod } from '../../shared/periods.ts';
import { confidenceLabel, ragLabel } from '../stocktake/stocktakeLabels.ts';
import { addFiguresSheet, addSummarySheet, newWorkbook } from './reportXlsx.ts';
import { headlineSentence, reportWords as w } from './reportWords.ts';

const fromScopes = (rows: readonly ScopeTotals[]) =>
  rows.map((row) => ({ key: row.scope.code, nameTh: row.scope.nameTh, nameEn: row.scope.nameEn, figures: row.totals }));

/** The annual government performance report as a workbook with the same figures as its PDF, one sheet per table. */
export async function annualReportXlsx(report: AnnualPerformanceReport): Promise<Buffer> {
  const s = report.national;
  const workbook = await newWorkbook(report.preparedAt);
  addSummarySheet(workbook, {
    facts: [
      [w.annualTitle, String(report.fiscalYear)],
      [w.headline, headlineSentence(s.totals, report.fiscalYear)],
      [w.asOf, s.asOf ? formatDate(s.asOf, 'th', 'long') : w.notFolded],
    ],
    totals: s.totals,
    previousYear: s.previousYear,
  });
  addFiguresSheet(
    workbook,
    'จังหวัด Provinces',
    s.areas.map((a) => ({ key: a.code, nameTh: a.nameTh, nameEn: a.nameEn, figures: a })),
  );
  addFiguresSheet(workbook, 'เขตตรวจ Zones', fromScopes(report.zones));
  addFiguresSheet(workbook, 'กระทรวง Ministries', fromScopes(report.ministries));
  addFiguresSheet(
    workbook,
    'แนวโน้ม Trend',
    s.byMonth.map((m) => ({ key: m.month, nameTh: formatPeriod(m.month, 'th'), nameEn: formatPeriod(m.month, 'en'), figures: m })),
  );
  const named = (rows: typeof s.byCategory) => rows.map((row) => ({ key: row.key, nameTh: row.nameTh, nameEn: row.nameEn, figures: row }));
  addFiguresSheet(workbook, 'ประเภท Category', named(s.byCategory));
  addFiguresSheet(workbook, 'ช่องทาง Channel', named(s.byChannel));

  const delivery = workbook.addWorksheet('ข้อสั่งการ Delivery');
  delivery.columns = [
    { header: w.ref, key: 'ref', width: 18 },
    { header: w.kind, key: 'kind', width: 12 },
    { header: w.title, key: 'title', width: 50 },
    { header: 'รับทราบ / Acknowledged', key: 'acknowledged', width: 14 },
    { header: 'มอบหมาย / Assigned', key: 'assigned', width: 14 },
    { header: w.rag, key: 'rag', width: 18 },
    { header: w.confidence, key: 'confidence', width: 22 },
    { header: w.stale, key: 'stale', width: 12 },
    { header: w.helpNeeded, key: 'help', width: 14 },
  ];
  delivery.getRow(1).font = { bold: true };
  for (const { case: kase, summary } of report.delivery) {
    delivery.addRow({
      ref: kase.ref,
      kind: kase.kind,
      title: kase.title,
      acknowledged: summary.acknowledged,
      assigned: summary.assigned,
      rag: summary.rag ? ragLabel[summary.rag] : '',
      confidence: summary.confidence ? confidenceLabel[summary.confidence] : '',
      stale: summary.stale,
      help: summary.helpNeeded,
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
