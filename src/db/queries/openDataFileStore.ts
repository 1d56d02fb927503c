import { createHash } from 'node:crypto';
import type { Queryable } from '../database.ts';

/** How much of a file one chunk row holds: small enough for any row, large enough to be few. */
export const OPEN_DATA_CHUNK_BYTES = 1024 * 1024;

export interface OpenDataFileMeta {
  dataset: string;
  table: string;
  format: string;
  mediaType: string;
  /** When the export ran. */
  now: Date;
}

export interface StoredOpenDataFile {
  id: string;
  byteSize: number;
  sha256: string;
  rowCount: number;
  /** False when the new bytes equal the old: its modification time is kept. */
  changed: boolean;
}

/**
 * Stores one export file from a stream of bytes, a chunk row per megabyte, so a file of any size
 * never sits in memory; replaces the dataset table's earlier file in the same format. Run it in
 * the export's transaction: readers see the old file or the new one, never half. `rowCount` is
 * read when the stream ends (the writer counts rows as it produces them).
 */
export async function storeOpenDataFile(
  tx: Queryable,
  meta: OpenDataFileMeta,
  bytes: AsyncIterable<Uint8Array>,
  rowCount: () => number,
): Promise<StoredOpenDataFile> {
  const previous = await tx.query<{ id: string; sha256: string; modified_at: Date; created_at: Date }>(
    'select id, sha256, modified_at, created_at from open_data_files where dataset = $1 and table_name = $2 and format = $3',
    [meta.dataset, meta.table, meta.format],
  );
  if (previous.rows[0]) await tx.query('delete from open_data_files where id = $1', [previous.rows[0].id]);
  const inserted = await tx.query<{ id: string }>(
    `insert into open_data_files (dataset, table_name, format, media_type, row_count, byte_size, sha256, modified_at, created_at)
     values ($1, $2, $3, $4, 0, 0, '', $5, $5) returning id`,
    [meta.dataset, meta.table, meta.format, meta.mediaType, meta.now],
  );
  const id = inserted.rows[0]!.id;
  const hash = createHash('sha256');
  let size = 0;
  let seq = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = async (): Promise<void> => {
    if (pendingBytes === 0) return;
    await tx.query('insert into open_data_file_chunks (file_id, seq, data) values ($1, $2, $3)', [id, seq++, Buffer.concat(pending)]);
    pending = [];
    pendingBytes = 0;
  };
  for await (const piece of bytes) {
    hash.update(piece);
    size += piece.byteLength;
    pending.push(piece);
    pendingBytes += piece.byteLength;
    if (pendingBytes >= OPEN_DATA_CHUNK_BYTES) await flush();
  }
  await flush();
  const sha256 = hash.digest('hex');
  const old = previous.rows[0];
  const changed = !old || old.sha256 !== sha256;
  const rows = rowCount();
  await tx.query(
    `update open_data_files set row_count = $2, byte_size = $3, sha256 = $4, modified_at = $5, created_at = $6 where id = $1`,
    [id, rows, size, sha256, changed ? meta.now : old.modified_at, old?.created_at ?? meta.now],
  );
  return { id, byteSize: size, sha256, rowCount: rows, changed };
}

/** A file's chunks in order, a few at a time, for a download that streams. */
export async function* readOpenDataFileChunks(db: Queryable, fileId: string, perQuery = 4): AsyncGenerator<Buffer> {
  for (let from = 0; ; from += perQuery) {
    const { rows } = await db.query<{ data: Uint8Array }>(
      'select data from open_data_file_chunks where file_id = $1 and seq >= $2 and seq < $3 order by seq',
      [fileId, from, from + perQuery],
    );
    for (const row of rows) yield Buffer.from(row.data);
    if (rows.length < perQuery) return;
  }
}
