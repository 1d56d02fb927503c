import { parse } from 'csv-parse/sync';
import type { CellValue } from 'exceljs';
import { AppError } from '../../domain/errors.ts';
import { restoreCell, writeCsv } from '../../domain/sheets/writeCsv.ts';

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
export interface ReadRow {
  rowNumber: number;
  cells: Partial<SheetRow>;
}

export const sheetRowsMax = 10_000;

/** Cells that would start a formula are neutralised (`writeCsv`); reading the file back restores them. */
export function toCsv(rows: readonly SheetRow[]): Buffer {
  return writeCsv(rows, sheetColumns);
}

/** ExcelJS is loaded when a workbook is first made or read, not at every server start (0.4 s to load). */
const loadExcel = async () => (await import('exceljs')).default;

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

const unreadable = () =>
  new AppError('validation_failed', {
    fields: [
      {
        path: '/file',
        th: 'อ่านไฟล์ไม่ได้ โปรดใช้แบบฟอร์ม CSV หรือ XLSX ที่ดาวน์โหลดจากระบบ',
        en: 'The file could not be read. Use the CSV or XLSX template downloaded from Tidtam.',
      },
    ],
  });

function checkHeader(header: readonly string[]): void {
  const missing = ['unit_code', 'indicator_id', 'period', 'value'].filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new AppError('validation_failed', {
      fields: [
        {
          path: '/file',
          th: `แถวหัวตารางไม่มีคอลัมน์ ${missing.join(', ')} โปรดใช้แบบฟอร์มที่ดาวน์โหลดจากระบบ`,
          en: `The header row has no ${missing.join(', ')} column. Use the template downloaded from Tidtam.`,
        },
      ],
    });
  }
}

function checkSize(count: number): void {
  if (count > sheetRowsMax) {
    throw new AppError('validation_failed', {
      fields: [
        {
          path: '/file',
          th: `ไฟล์มีเกิน ${sheetRowsMax} แถว โปรดแบ่งเป็นหลายไฟล์`,
          en: `The file has more than ${sheetRowsMax} rows. Split it.`,
        },
      ],
    });
  }
}

export function readCsv(data: Buffer): ReadRow[] {
  let records: string[][];
  try {
    records = parse(data, { bom: true, skip_empty_lines: false, relax_column_count: true, trim: true });
  } catch {
    throw unreadable();
  }
  const [header, ...body] = records;
  if (!header) throw unreadable();
  checkHeader(header);
  checkSize(body.length);
  const rows: ReadRow[] = [];
  body.forEach((record, index) => {
    if (record.every((cell) => cell === '')) return;
    rows.push({ rowNumber: index + 2, cells: Object.fromEntries(header.map((column, i) => [column, restoreCell(record[i] ?? '')])) });
  });
  return rows;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return String(value).trim();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'result' in value) return cellText(value.result as CellValue);
  if (typeof value === 'object' && 'richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if (typeof value === 'object' && 'text' in value) return String(value.text).trim();
  return '';
}

export async function readXlsx(data: Buffer): Promise<ReadRow[]> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw unreadable();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable();
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => (header[column - 1] = cellText(cell.value)));
  checkHeader(header);
  checkSize(sheet.rowCount - 1);
  const rows: ReadRow[] = [];
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    // A CSV template opened in a spreadsheet and saved as XLSX keeps the neutralising quote as text: restore it too.
    const cells = Object.fromEntries(header.map((column, i) => [column, restoreCell(cellText(row.getCell(i + 1).value))]));
    if (Object.values(cells).every((cell) => cell === '')) continue;
    rows.push({ rowNumber, cells });
  }
  return rows;
}

/** Reads an uploaded sheet by its content: an XLSX file is a zip (starts with "PK"), anything else is read as CSV. */
export function readSheet(data: Buffer): Promise<ReadRow[]> {
  return data.subarray(0, 2).toString('latin1') === 'PK' ? readXlsx(data) : Promise.resolve(readCsv(data));
}
