import type { Database, Queryable } from '../../db/database.ts';
import {
  alignOpenDataModifiedTimes,
  deleteStaleOpenDataFiles,
  deleteUndefinedOpenDatasets,
  lockOpenDataset,
  OPEN_DATA_TABLE_SQL,
  streamOpenDataRows,
} from '../../db/queries/openDataExportQueries.ts';
import { storeOpenDataFile } from '../../db/queries/openDataFileStore.ts';
import type { Clock } from '../../domain/clock.ts';
import type { OpenDataFormat, OpenDatasetDefinition, OpenDataTableDefinition } from '../../domain/opendata/openDataCatalogue.ts';
import { OPEN_DATASETS } from '../../domain/opendata/openDatasets.ts';
import { OPEN_DATA_ROW_MAKERS } from '../../domain/opendata/openDataRowMakers.ts';
import type { OpenDataRow } from '../../domain/opendata/openDataRows.ts';
import { writeOpenDataCsv, writeOpenDataDictionary } from './writeOpenDataCsv.ts';
import { writeOpenDataJson } from './writeOpenDataJson.ts';
import { writeOpenDataXlsx } from './writeOpenDataXlsx.ts';

export const OPEN_DATA_MEDIA_TYPES: Record<OpenDataFormat, string> = {
  csv: 'text/csv',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  dictionary_csv: 'text/csv',
};

type RowWriter = (table: OpenDataTableDefinition, rows: AsyncIterable<OpenDataRow>) => AsyncIterable<Uint8Array>;
const WRITERS: [OpenDataFormat, RowWriter][] = [
  ['csv', (table, rows) => writeOpenDataCsv(table.fields, rows)],
  ['json', (table, rows) => writeOpenDataJson(table.fields, rows)],
  ['xlsx', (table, rows) => writeOpenDataXlsx(table, rows)],
];

export interface ExportOpenDataOptions {
  db: Database;
  clock: Clock;
  /** Only these datasets (default: every defined one). */
  datasets?: readonly string[];
  /** Rows a cursor fetch brings into memory (default 2,000). */
  batch?: number;
  /** Write only tables that have no file yet (the scheduler's first run). */
  onlyMissing?: boolean;
}

export interface ExportOpenDataResult {
  /** `dataset/table` → rows written (the same in every format). */
  rows: Record<string, number>;
  files: number;
  /** Tables whose rows changed (their CSV's bytes), and dictionaries that changed. */
  changed: number;
}

/** A table's rows, made from the database a cursor batch at a time, counted as the writer takes them. */
function tableRows(tx: Queryable, table: string, batch: number, counter: { rows: number }): AsyncIterable<OpenDataRow> {
  const sql = OPEN_DATA_TABLE_SQL[table];
  const make = OPEN_DATA_ROW_MAKERS[table];
  if (!sql || !make) throw new Error(`open-data table ${table} has no query or row maker`);
  return (async function* () {
    for await (const rows of streamOpenDataRows<never>(tx, sql, batch)) {
      for (const row of rows) {
        counter.rows++;
        yield make(row);
      }
    }
  })();
}

async function exportDataset(
  tx: Queryable,
  dataset: OpenDatasetDefinition,
  options: ExportOpenDataOptions,
  result: ExportOpenDataResult,
): Promise<void> {
  await lockOpenDataset(tx, dataset.name);
  if (options.onlyMissing) {
    const existing = await tx.query('select 1 from open_data_files where dataset = $1 limit 1', [dataset.name]);
    if (existing.rows.length > 0) return;
  }
  const now = options.clock.now();
  const keep: string[] = [];
  for (const table of dataset.tables) {
    for (const [format, writer] of WRITERS) {
      const counter = { rows: 0 };
      const stored = await storeOpenDataFile(
        tx,
        { dataset: dataset.name, table: table.name, format, mediaType: OPEN_DATA_MEDIA_TYPES[format], now },
        writer(table, tableRows(tx, table.name, options.batch ?? 2_000, counter)),
        () => counter.rows,
      );
      keep.push(`${table.name}/${format}`);
      result.files++;
      if (format === 'csv' && stored.changed) result.changed++;
      result.rows[`${dataset.name}/${table.name}`] = stored.rowCount;
    }
    const dictionary = await storeOpenDataFile(
      tx,
      { dataset: dataset.name, table: table.name, format: 'dictionary_csv', mediaType: OPEN_DATA_MEDIA_TYPES.dictionary_csv, now },
      writeOpenDataDictionary(table.fields),
      () => table.fields.length,
    );
    keep.push(`${table.name}/dictionary_csv`);
    result.files++;
    if (dictionary.changed) result.changed++;
    await alignOpenDataModifiedTimes(tx, { dataset: dataset.name, table: table.name });
  }
  await deleteStaleOpenDataFiles(tx, { dataset: dataset.name, keep });
}

/**
 * Writes every defined dataset's tables in every format (CSV, JSON, XLSX) and its data
 * dictionary, one transaction per dataset, so a reader sees a dataset's old files or its new ones
 * and never half. Rows stream from a database cursor through the writer into the chunk store:
 * memory holds one batch of rows and about a megabyte of bytes, whatever the table's size. Every
 * dataset is written, published or not: the catalogue shows only what an administrator published,
 * and publishing then needs no export. A file whose bytes did not change keeps its modification
 * time, so harvesters fetch only what changed.
 */
export async function exportOpenData(options: ExportOpenDataOptions): Promise<ExportOpenDataResult> {
  const result: ExportOpenDataResult = { rows: {}, files: 0, changed: 0 };
  const chosen = OPEN_DATASETS.filter((dataset) => !options.datasets || options.datasets.includes(dataset.name));
  for (const dataset of chosen) {
    await options.db.transaction((tx) => exportDataset(tx, dataset, options, result));
  }
  if (!options.datasets)
    await deleteUndefinedOpenDatasets(
      options.db,
      OPEN_DATASETS.map((dataset) => dataset.name),
    );
  return result;
}
