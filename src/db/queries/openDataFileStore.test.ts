import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import type { Database } from '../database.ts';
import { OPEN_DATA_CHUNK_BYTES, readOpenDataFileChunks, storeOpenDataFile } from './openDataFileStore.ts';

async function* pieces(total: number, size: number): AsyncGenerator<Uint8Array> {
  for (let sent = 0; sent < total; sent += size) yield new Uint8Array(Math.min(size, total - sent)).fill(sent % 251);
}

describe.each(testEngines())('open-data files in chunks (%s)', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(async () => db?.close());

  const meta = (now: string) => ({ dataset: 'units', table: 'units', format: 'csv', mediaType: 'text/csv', now: new Date(now) });

  it('stores a file larger than a chunk and reads back the same bytes in order', async () => {
    const total = OPEN_DATA_CHUNK_BYTES * 2 + 12_345;
    const stored = await db.transaction((tx) => storeOpenDataFile(tx, meta('2026-12-01T00:00:00Z'), pieces(total, 70_000), () => 42));
    expect(stored).toMatchObject({ byteSize: total, rowCount: 42, changed: true });
    const chunks: Buffer[] = [];
    for await (const chunk of readOpenDataFileChunks(db, stored.id, 2)) chunks.push(chunk);
    const all = Buffer.concat(chunks);
    expect(all.byteLength).toBe(total);
    const expected: Uint8Array[] = [];
    for await (const piece of pieces(total, 70_000)) expected.push(piece);
    expect(all.equals(Buffer.concat(expected))).toBe(true);
  });

  it('replaces the earlier file and keeps its modification time when the bytes are the same', async () => {
    const again = await db.transaction((tx) => storeOpenDataFile(tx, meta('2026-12-02T00:00:00Z'), pieces(10, 10), () => 1));
    const same = await db.transaction((tx) => storeOpenDataFile(tx, meta('2026-12-03T00:00:00Z'), pieces(10, 10), () => 1));
    expect(again.changed).toBe(true);
    expect(same.changed).toBe(false);
    const { rows } = await db.query<{ modified_at: Date; n: string }>(
      `select modified_at, (select count(*) from open_data_files where dataset = 'units')::text as n from open_data_files where id = $1`,
      [same.id],
    );
    expect(rows[0]!.n).toBe('1');
    expect(rows[0]!.modified_at.toISOString()).toBe('2026-12-02T00:00:00.000Z');
  });
});
