import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { OpenDataTableDefinition } from '../../domain/opendata/openDataCatalogue.ts';
import type { OpenDataRow } from '../../domain/opendata/openDataRows.ts';
import { writeOpenDataCsv, writeOpenDataDictionary } from './writeOpenDataCsv.ts';
import { writeOpenDataJson } from './writeOpenDataJson.ts';
import { writeOpenDataXlsx } from './writeOpenDataXlsx.ts';

const table: OpenDataTableDefinition = {
  name: 'things',
  titleTh: 'สิ่งของ',
  titleEn: 'Things',
  fields: [
    { name: 'name', type: 'text', th: 'ชื่อ', en: 'Name' },
    { name: 'count', type: 'integer', th: 'จำนวน', en: 'Count' },
    { name: 'active', type: 'boolean', th: 'ใช้งาน', en: 'Active' },
  ],
};

async function* rowsOf(rows: OpenDataRow[]): AsyncGenerator<OpenDataRow> {
  for (const row of rows) yield row;
}

async function bytes(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const pieces: Uint8Array[] = [];
  for await (const piece of stream) pieces.push(piece);
  return Buffer.concat(pieces);
}

const rows: OpenDataRow[] = [
  { name: 'ถนน, "หลุม"', count: 7, active: true },
  { name: '=HYPERLINK("http://x")', count: null, active: false },
  { name: 'ไฟ\nดับ', count: -5, active: null },
  { name: 'ท่อ', count: 0, active: true },
];

describe('open-data writers', () => {
  it('writes CSV with a BOM, the header, quoting and the formula guard, and empty cells for null', async () => {
    const csv = await bytes(writeOpenDataCsv(table.fields, rowsOf(rows)));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parse(csv, { bom: true })).toEqual([
      ['name', 'count', 'active'],
      ['ถนน, "หลุม"', '7', 'true'],
      ['\'=HYPERLINK("http://x")', '', 'false'],
      ['ไฟ\nดับ', '-5', ''],
      ['ท่อ', '0', 'true'],
    ]);
  });

  it('writes a JSON array of objects in the dictionary order, and [] for no rows', async () => {
    expect(JSON.parse((await bytes(writeOpenDataJson(table.fields, rowsOf(rows)))).toString('utf8'))).toEqual(rows);
    expect(JSON.parse((await bytes(writeOpenDataJson(table.fields, rowsOf([])))).toString('utf8'))).toEqual([]);
  });

  it('writes XLSX and continues on another sheet, with its own header, past the rows a sheet holds', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes(writeOpenDataXlsx(table, rowsOf(rows), 3))) as unknown as ArrayBuffer);
    const sheets = workbook.worksheets.map((sheet) => ({
      name: sheet.name,
      rows: sheet
        .getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1)),
    }));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['things', 'things_2']);
    expect(sheets[0]!.rows).toEqual([
      ['name', 'count', 'active'],
      ['ถนน, "หลุม"', 7, true],
      ['=HYPERLINK("http://x")', undefined, false],
      ['ไฟ\nดับ', -5],
    ]);
    expect(sheets[1]!.rows).toEqual([
      ['name', 'count', 'active'],
      ['ท่อ', 0, true],
    ]);
  });

  it('writes the data dictionary: field, type, Thai and English', async () => {
    expect(parse(await bytes(writeOpenDataDictionary(table.fields)), { bom: true })).toEqual([
      ['field', 'type', 'description_th', 'description_en'],
      ['name', 'text', 'ชื่อ', 'Name'],
      ['count', 'integer', 'จำนวน', 'Count'],
      ['active', 'boolean', 'ใช้งาน', 'Active'],
    ]);
  });
});
