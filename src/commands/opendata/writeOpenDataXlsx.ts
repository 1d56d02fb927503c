import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { OpenDataField, OpenDataTableDefinition } from '../../domain/opendata/openDataCatalogue.ts';
import type { OpenDataRow } from '../../domain/opendata/openDataRows.ts';

/** Excel's limit is 1,048,576 rows a sheet; the header takes one. */
export const XLSX_ROWS_PER_SHEET = 1_048_575;
/** Rows written between checks that the reader has kept up, so the zip's buffers stay small. */
const PACE_EVERY = 500;

/** Resolves when the reader has taken what was written (or has gone away), so the writer never runs ahead. */
async function caughtUp(output: PassThrough): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (!output.writableNeedDrain || output.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      output.off('drain', done);
      output.off('close', done);
      resolve();
    };
    output.on('drain', done);
    output.on('close', done);
  });
}

function sheetName(table: OpenDataTableDefinition, index: number): string {
  return (index === 0 ? table.name : `${table.name}_${index + 1}`).slice(0, 31);
}

const headerOf = (fields: readonly OpenDataField[]) => fields.map((field) => field.name);

/**
 * A table as an Excel workbook, streamed with exceljs's `WorkbookWriter`: each row is committed as
 * it arrives, without shared strings or styles (both are kept in memory until the end), and the
 * zip leaves as it is made. Beyond `rowsPerSheet` rows the table continues on the next sheet
 * (`complaints_2` ...), each with the header row.
 */
export function writeOpenDataXlsx(
  table: OpenDataTableDefinition,
  rows: AsyncIterable<OpenDataRow>,
  rowsPerSheet = XLSX_ROWS_PER_SHEET,
): AsyncIterable<Uint8Array> {
  const output = new PassThrough();
  const write = async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: false });
    workbook.creator = 'Tidtam';
    let sheets = 0;
    let sheet = workbook.addWorksheet(sheetName(table, sheets++));
    sheet.addRow(headerOf(table.fields)).commit();
    let onSheet = 0;
    let written = 0;
    for await (const row of rows) {
      if (onSheet === rowsPerSheet) {
        sheet.commit();
        sheet = workbook.addWorksheet(sheetName(table, sheets++));
        sheet.addRow(headerOf(table.fields)).commit();
        onSheet = 0;
      }
      sheet.addRow(table.fields.map((field) => row[field.name] ?? null)).commit();
      onSheet++;
      if (++written % PACE_EVERY === 0) await caughtUp(output);
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}
