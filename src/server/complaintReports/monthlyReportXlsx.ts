import type { MonthlyComplaintReport } from '../../commands/statistics/readMonthlyComplaintReport.ts';
import { formatDate } from '../../shared/buddhistEra.ts';
import { formatPeriod } from '../../shared/periods.ts';
import { areaCaption, TOP_UNITS } from './renderMonthlyReportHtml.ts';
import { addFiguresSheet, addSummarySheet, newWorkbook } from './reportXlsx.ts';
import { formatMonthLong, reportWords as w } from './reportWords.ts';

/** The monthly complaint report as a workbook with the same figures as its PDF, one sheet per table. */
export async function monthlyReportXlsx(report: MonthlyComplaintReport): Promise<Buffer> {
  const s = report.statistics;
  const workbook = await newWorkbook(report.preparedAt);
  addSummarySheet(workbook, {
    facts: [
      [w.monthlyTitle, formatMonthLong(report.month)],
      [w.scope, `${s.scope.nameTh}${s.scope.nameEn ? ` / ${s.scope.nameEn}` : ''}`],
      [`${w.fiscalYear} / Fiscal year`, String(report.fiscalYear)],
      [w.asOf, s.asOf ? formatDate(s.asOf, 'th', 'long') : w.notFolded],
    ],
    totals: s.totals,
    previousYear: s.previousYear,
  });
  addFiguresSheet(
    workbook,
    'แนวโน้ม Trend',
    report.yearToDate.byMonth.map((m) => ({
      key: m.month,
      nameTh: formatPeriod(m.month, 'th'),
      nameEn: formatPeriod(m.month, 'en'),
      figures: m,
    })),
  );
  const named = (
    rows: readonly ({ key: string; nameTh: string; nameEn: string | null } & MonthlyComplaintReport['statistics']['totals'])[],
  ) => rows.map((row) => ({ key: row.key, nameTh: row.nameTh, nameEn: row.nameEn, figures: row }));
  addFiguresSheet(workbook, 'ประเภท Category', named(s.byCategory));
  addFiguresSheet(workbook, 'ช่องทาง Channel', named(s.byChannel));
  if (s.areas.length) {
    addFiguresSheet(
      workbook,
      areaCaption(s.scope.kind) === w.byDistrict ? 'อำเภอ Districts' : 'จังหวัด Provinces',
      s.areas.map((a) => ({ key: a.code, nameTh: a.nameTh, nameEn: a.nameEn, figures: a })),
    );
  }
  addFiguresSheet(workbook, 'หน่วยงาน Units', named(s.byUnit.slice(0, TOP_UNITS)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
