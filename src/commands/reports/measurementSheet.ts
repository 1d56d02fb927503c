import { writeCsv } from '../../domain/sheets/writeCsv.ts';
import { loadExcel, readSheet as readAnySheet, type ReadRow as SheetReadRow, type SheetLayout } from '../sheets/readSheet.ts';

/**
 * The bulk-update sheet of a policy: one row per assigned unit × indicator ×
 * period, as CSV (UTF-8 with a byte-order mark, so Excel shows Thai) or XLSX.
 * People fill in `value` (and `note`); the other columns say which row is which.
 */
export const sheetColumns = [
  'unit_code',
  'unit_name',
  'indicator_id',
  'indicator_name',
  'unit_of_measure',
  'period',
  'value',
  'note',
] as const;
export type SheetColumn = (typeof sheetColumns)[number];
export type SheetRow = Record<SheetColumn, string>;

/** A row read back from a file, with its row number as people see it in a spreadsheet (the header is row 1). */
export type ReadRow = SheetReadRow<SheetColumn>;

export const sheetRowsMax = 10_000;

/** Cells that would start a formula are neutralised (`writeCsv`); reading the file back restores them. */
export function toCsv(rows: readonly SheetRow[]): Buffer {
  return writeCsv(rows, sheetColumns);
}

/**
 * ExcelJS writes a string as a string cell (shared string), never as a
 * formula: only a `{ formula }` value becomes one, so cells go in as they are
 * (the template test checks `=HYPERLINK(...)` comes back a string cell).
 */
export async function toXlsx(rows: readonly SheetRow[], sheetName: string): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || 'sheet');
  sheet.columns = sheetColumns.map((key) => ({ header: key, key, width: key === 'unit_name' || key === 'indicator_name' ? 40 : 16 }));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const measurementLayout: SheetLayout<SheetColumn> = {
  headers: Object.fromEntries(sheetColumns.map((column) => [column, []])) as unknown as Record<SheetColumn, readonly string[]>,
  required: ['unit_code', 'indicator_id', 'period', 'value'],
  maxRows: sheetRowsMax,
};

/** Reads an uploaded bulk-update sheet (CSV or XLSX, told apart by content) with the shared sheet reader. */
export function readSheet(data: Buffer): Promise<ReadRow[]> {
  return readAnySheet(data, measurementLayout);
}
