import type { Workbook, Worksheet } from 'exceljs';
import type { ComplaintFigures } from '../../shared/api/statistics.ts';
import { reportWords as w } from './reportWords.ts';

/** The figures in sheet order: each with its header and, for shares, a percentage format (the cell keeps the 0–1 value). */
export const figureColumns: { key: keyof ComplaintFigures; header: string; percent?: true }[] = [
  { key: 'received', header: w.received },
  { key: 'resolved', header: w.resolved },
  { key: 'resolutionRate', header: w.resolutionRate, percent: true },
  { key: 'inProgress', header: w.inProgress },
  { key: 'overdue', header: w.overdue },
  { key: 'reopened', header: w.reopened },
  { key: 'medianDays', header: w.medianDays },
  { key: 'p90Days', header: w.p90Days },
  { key: 'rated', header: w.rated },
  { key: 'averageRating', header: w.averageRating },
  { key: 'satisfiedRate', header: w.satisfiedRate, percent: true },
  { key: 'acknowledgedOnTimeRate', header: w.acknowledgedOnTimeRate, percent: true },
];

/** A row of a figures sheet: a key (a province code, a category code, a month...), names and the figures. */
export interface SheetRow {
  key: string;
  nameTh: string;
  nameEn: string | null;
  figures: ComplaintFigures;
}

/**
 * One table as one sheet: a header row, then a row per key with the figures exactly as the read
 * returned them (numbers, not text), so the workbook can be checked against the dashboard cell by
 * cell and summed in a spreadsheet. A figure without a value (nothing to divide) is an empty cell.
 */
export function addFiguresSheet(workbook: Workbook, name: string, rows: readonly SheetRow[]): Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [
    { header: w.code, key: 'key', width: 14 },
    { header: w.name, key: 'nameTh', width: 34 },
    { header: 'Name', key: 'nameEn', width: 28 },
    ...figureColumns.map((c) => ({ header: c.header, key: c.key, width: 14, style: c.percent ? { numFmt: '0.0%' } : {} })),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) {
    sheet.addRow({
      key: row.key,
      nameTh: row.nameTh,
      nameEn: row.nameEn ?? '',
      ...Object.fromEntries(figureColumns.map((c) => [c.key, row.figures[c.key] ?? undefined])),
    });
  }
  return sheet;
}

/** The headline sheet: one row per figure (its key in column B), this period and the same months a year earlier. */
export function addSummarySheet(
  workbook: Workbook,
  input: { facts: [string, string][]; totals: ComplaintFigures; previousYear: ComplaintFigures },
): Worksheet {
  const sheet = workbook.addWorksheet('สรุป Summary');
  for (const [label, value] of input.facts) sheet.addRow([label, value]);
  sheet.addRow([]);
  sheet.addRow([w.figure, 'key', w.value, w.previousYear]).font = { bold: true };
  for (const c of figureColumns) {
    const row = sheet.addRow([c.header, c.key, input.totals[c.key] ?? undefined, input.previousYear[c.key] ?? undefined]);
    if (c.percent) {
      row.getCell(3).numFmt = '0.0%';
      row.getCell(4).numFmt = '0.0%';
    }
  }
  sheet.getColumn(1).width = 44;
  sheet.getColumn(2).width = 24;
  sheet.getColumn(3).width = 16;
  sheet.getColumn(4).width = 22;
  return sheet;
}

/** A new workbook, loaded when a report is first asked for rather than at every server start. */
export async function newWorkbook(created: Date): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.created = created;
  return workbook;
}
