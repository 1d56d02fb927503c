import { budgetColumns, budgetHeaders, type BudgetColumn } from '../../domain/budget/checkBudgetRows.ts';
import { writeCsv } from '../../domain/sheets/writeCsv.ts';
import { loadExcel, readSheet, type ReadRow, type SheetLayout } from '../sheets/readSheet.ts';

/**
 * A case's budget sheet for one fiscal year: one row per province or unit, as
 * CSV (UTF-8 with a byte-order mark, so Excel shows Thai) or XLSX. The
 * template's header is Thai (the first Thai name of each column); English
 * headers import as well.
 */
export type BudgetSheetRow = Record<BudgetColumn, string>;

/** More lines than any case has places: 77 provinces × a few units each. */
export const budgetRowsMax = 5_000;

const layout: SheetLayout<BudgetColumn> = {
  headers: budgetHeaders,
  required: ['allocated'],
  maxRows: budgetRowsMax,
};

const thaiHeader = (column: BudgetColumn) =>
  `${budgetHeaders[column][0]!}${['allocated', 'committed', 'disbursed'].includes(column) ? ' (บาท)' : ''}`;

export function budgetCsv(rows: readonly BudgetSheetRow[]): Buffer {
  const headed = rows.map((row) => Object.fromEntries(budgetColumns.map((column) => [thaiHeader(column), row[column]])));
  return writeCsv(headed, budgetColumns.map(thaiHeader));
}

/** Amount cells stay empty or plain numbers, so people can sum them; every other cell is a string cell, never a formula. */
export async function budgetXlsx(rows: readonly BudgetSheetRow[], sheetName: string): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || 'budget');
  sheet.columns = budgetColumns.map((key) => ({
    header: thaiHeader(key),
    key,
    width: key.endsWith('_name') ? 36 : 18,
    style: ['allocated', 'committed', 'disbursed'].includes(key) ? { numFmt: '#,##0.00' } : {},
  }));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads an uploaded budget sheet, CSV or XLSX, Thai or English headers. */
export function readBudgetSheet(data: Buffer): Promise<ReadRow<BudgetColumn>[]> {
  return readSheet(data, layout);
}
