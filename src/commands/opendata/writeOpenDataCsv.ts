import { Readable, pipeline } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { OpenDataField } from '../../domain/opendata/openDataCatalogue.ts';
import type { OpenDataCell, OpenDataRow } from '../../domain/opendata/openDataRows.ts';
import { neutraliseCell, writeCsv } from '../../domain/sheets/writeCsv.ts';

function csvCell(value: OpenDataCell | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return neutraliseCell(value);
  return String(value);
}

/**
 * A table as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel shows Thai), streamed: rows go
 * through csv-stringify's transform as they arrive and leave as bytes, so the file never sits in
 * memory. Text cells get the formula-injection guard every Tidtam CSV has (`domain/sheets/writeCsv.ts`).
 */
export function writeOpenDataCsv(fields: readonly OpenDataField[], rows: AsyncIterable<OpenDataRow>): AsyncIterable<Uint8Array> {
  async function* lines(): AsyncGenerator<string[]> {
    yield fields.map((field) => field.name);
    for await (const row of rows) yield fields.map((field) => csvCell(row[field.name]));
  }
  const out = stringify({ bom: true, record_delimiter: 'unix' });
  // A failed read destroys `out` with its error, which the consumer's loop then throws.
  pipeline(Readable.from(lines()), out, () => undefined);
  return out;
}

/** The data dictionary of one table: field, type, Thai and English descriptions. Small: written at once. */
export async function* writeOpenDataDictionary(fields: readonly OpenDataField[]): AsyncGenerator<Uint8Array> {
  yield writeCsv(
    fields.map((field) => ({ field: field.name, type: field.type, description_th: field.th, description_en: field.en })),
    ['field', 'type', 'description_th', 'description_en'],
  );
}
