import { parse } from 'csv-parse/sync';
import type { CellValue } from 'exceljs';
import { AppError } from '../../domain/errors.ts';
import { restoreCell } from '../../domain/sheets/writeCsv.ts';

/**
 * What an upload is expected to hold: each column by its name in the code,
 * with every header people may give it (Thai and English), and the columns
 * without which no row can be read.
 */
export interface SheetLayout<Column extends string> {
  headers: Readonly<Record<Column, readonly string[]>>;
  required: readonly Column[];
  maxRows: number;
}

/** A row read back from a file, with its row number as people see it in a spreadsheet (the header is row 1). */
export interface ReadRow<Column extends string = string> {
  rowNumber: number;
  cells: Partial<Record<Column, string>>;
}

/**
 * Headers compare without case, spaces or a trailing unit in brackets, so
 * `Allocated (baht)`, `allocated` and `งบจัดสรร (บาท)` match as people type them.
 */
export function normaliseHeader(text: string): string {
  return text
    .replace(/\([^)]*\)\s*$/u, '')
    .replace(/[\s_]+/gu, '')
    .toLowerCase();
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

/** Which layout column each header cell is (undefined for a column the layout does not know, which is ignored). */
function mapHeader<Column extends string>(header: readonly string[], layout: SheetLayout<Column>): (Column | undefined)[] {
  const byText = new Map<string, Column>();
  for (const [column, texts] of Object.entries(layout.headers) as [Column, readonly string[]][]) {
    for (const text of [column, ...texts]) byText.set(normaliseHeader(text), column);
  }
  const columns = header.map((text) => byText.get(normaliseHeader(restoreCell(text))));
  const missing = layout.required.filter((column) => !columns.includes(column));
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
  return columns;
}

function checkSize(count: number, maxRows: number): void {
  if (count > maxRows) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/file', th: `ไฟล์มีเกิน ${maxRows} แถว โปรดแบ่งเป็นหลายไฟล์`, en: `The file has more than ${maxRows} rows. Split it.` }],
    });
  }
}

function toCells<Column extends string>(
  columns: readonly (Column | undefined)[],
  texts: (i: number) => string,
): Partial<Record<Column, string>> {
  const cells: Partial<Record<Column, string>> = {};
  columns.forEach((column, i) => {
    // A cell neutralised against formula injection (`writeCsv`) keeps its quote when saved again: restore it.
    if (column !== undefined && cells[column] === undefined) cells[column] = restoreCell(texts(i));
  });
  return cells;
}

/** Reads a CSV file, UTF-8 with or without a byte-order mark; blank rows are skipped but keep their numbers. */
export function readCsvSheet<Column extends string>(data: Buffer, layout: SheetLayout<Column>): ReadRow<Column>[] {
  let records: string[][];
  try {
    records = parse(data, { bom: true, skip_empty_lines: false, relax_column_count: true, trim: true });
  } catch {
    throw unreadable();
  }
  const [header, ...body] = records;
  if (!header) throw unreadable();
  const columns = mapHeader(header, layout);
  checkSize(body.length, layout.maxRows);
  const rows: ReadRow<Column>[] = [];
  body.forEach((record, index) => {
    if (record.every((cell) => cell === '')) return;
    rows.push({ rowNumber: index + 2, cells: toCells(columns, (i) => record[i] ?? '') });
  });
  return rows;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  // A formula's result carries binary noise (=A2*1.1 gives 1100.0000000000002): 15 significant digits are what Excel shows.
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (typeof value === 'string' || typeof value === 'boolean') return String(value).trim();
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

/** ExcelJS is loaded when a workbook is first made or read, not at every server start (0.4 s to load). */
export const loadExcel = async () => (await import('exceljs')).default;

/** Reads the first worksheet of an XLSX file; a formula cell gives its computed result. */
export async function readXlsxSheet<Column extends string>(data: Buffer, layout: SheetLayout<Column>): Promise<ReadRow<Column>[]> {
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
  const columns = mapHeader(
    Array.from(header, (text) => text ?? ''),
    layout,
  );
  checkSize(sheet.rowCount - 1, layout.maxRows);
  const rows: ReadRow<Column>[] = [];
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const cells = toCells(columns, (i) => cellText(row.getCell(i + 1).value));
    if (Object.values(cells).every((cell) => cell === '')) continue;
    rows.push({ rowNumber, cells });
  }
  return rows;
}

/** Reads an uploaded sheet by its content: an XLSX file is a zip (starts with "PK"), anything else is read as CSV. */
export function readSheet<Column extends string>(data: Buffer, layout: SheetLayout<Column>): Promise<ReadRow<Column>[]> {
  return data.subarray(0, 2).toString('latin1') === 'PK' ? readXlsxSheet(data, layout) : Promise.resolve(readCsvSheet(data, layout));
}
