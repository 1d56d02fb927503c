import type { OpenDataField } from '../../domain/opendata/openDataCatalogue.ts';
import type { OpenDataRow } from '../../domain/opendata/openDataRows.ts';

/** Bytes gathered before they are handed on: few, large pieces for the chunk store, little memory. */
const PIECE_BYTES = 64 * 1024;

/**
 * A table as one JSON array of objects (keys in the dictionary's order, UTF-8, no BOM as RFC 8259
 * asks), written a row at a time: `[`, each object, `]`. Empty cells are `null`.
 */
export async function* writeOpenDataJson(fields: readonly OpenDataField[], rows: AsyncIterable<OpenDataRow>): AsyncGenerator<Uint8Array> {
  let pending = '[';
  let first = true;
  for await (const row of rows) {
    const object: Record<string, unknown> = {};
    for (const field of fields) object[field.name] = row[field.name] ?? null;
    pending += `${first ? '\n' : ',\n'}${JSON.stringify(object)}`;
    first = false;
    if (pending.length >= PIECE_BYTES / 4) {
      yield Buffer.from(pending, 'utf8');
      pending = '';
    }
  }
  yield Buffer.from(`${pending}\n]\n`, 'utf8');
}
