import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import type { Database } from '../../src/db/database.ts';
import { storeOpenDataFile } from '../../src/db/queries/openDataFileStore.ts';
import type { OpenDataFormat } from '../../src/domain/opendata/openDataCatalogue.ts';
import { OPEN_DATASETS } from '../../src/domain/opendata/openDatasets.ts';

/**
 * Open-data files for tests of the CKAN API and downloads, written with `storeOpenDataFile` as the
 * export job writes them: small real CSV (UTF-8 with BOM), JSON and XLSX content whose row counts
 * are stated truthfully. The lead switches the harvest test to the real export after merging.
 */
const MEDIA: Record<OpenDataFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  dictionary_csv: 'text/csv; charset=utf-8',
};

export function sampleRows(table: string, count: number): Record<string, string | number>[] {
  // Commas, quotes and line breaks inside cells, so a reader that counts lines instead of parsing gets it wrong.
  return Array.from({ length: count }, (_, index) => ({
    row: index + 1,
    table,
    label: `แถวที่ ${index + 1}, "row ${index + 1}"${index % 3 === 0 ? '\nบรรทัดที่สอง' : ''}`,
  }));
}

async function bytesOf(format: OpenDataFormat, columns: string[], rows: Record<string, string | number>[]): Promise<Buffer> {
  if (format === 'json') return Buffer.from(JSON.stringify(rows), 'utf8');
  if (format === 'xlsx') {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(columns);
    for (const row of rows) sheet.addRow(columns.map((column) => row[column]));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  return Buffer.from(`\uFEFF${stringify(rows, { header: true, columns })}`, 'utf8');
}

async function* once(bytes: Buffer): AsyncGenerator<Uint8Array> {
  yield bytes;
}

export async function publishOpenDataset(db: Database, dataset: string, published: boolean, at: Date): Promise<void> {
  await db.query(
    `insert into open_data_publications (dataset, published, first_published_at, updated_at) values ($1, $2, $3, $3)
     on conflict (dataset) do update set published = excluded.published, updated_at = excluded.updated_at`,
    [dataset, published, at],
  );
}

/** Writes every table of a dataset in CSV, JSON and XLSX (`rows` rows each) and its data dictionary. */
export async function storeSampleDataset(db: Database, dataset: string, rows: number, now: Date): Promise<void> {
  const definition = OPEN_DATASETS.find((candidate) => candidate.name === dataset);
  if (!definition) throw new Error(`no dataset ${dataset}`);
  await db.transaction(async (tx) => {
    for (const table of definition.tables) {
      const data = sampleRows(table.name, rows);
      for (const format of ['csv', 'json', 'xlsx'] as const) {
        const bytes = await bytesOf(format, ['row', 'table', 'label'], data);
        await storeOpenDataFile(tx, { dataset, table: table.name, format, mediaType: MEDIA[format], now }, once(bytes), () => data.length);
      }
      const dictionary = table.fields.map((field) => ({ name: field.name, type: field.type, th: field.th, en: field.en }));
      const bytes = await bytesOf('dictionary_csv', ['name', 'type', 'th', 'en'], dictionary);
      await storeOpenDataFile(
        tx,
        { dataset, table: table.name, format: 'dictionary_csv', mediaType: MEDIA.dictionary_csv, now },
        once(bytes),
        () => dictionary.length,
      );
    }
  });
}
