import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { CopyQueryable, Database, Queryable, QueryResult } from './database.ts';
import { OID, parseDate, parseInt8, parseNumeric } from './typeParsers.ts';

const parsers = { [OID.int8]: parseInt8, [OID.numeric]: parseNumeric, [OID.date]: parseDate };

function wrap(target: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await target.query<Row>(sql, params as unknown[]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
  };
}

/**
 * Opens PGlite on a data folder (or in memory when `dataDir` is undefined).
 * PGlite runs one backend, so its transactions are serialised; that is what a
 * single-office deployment needs, and PostgreSQL takes over past that.
 */
export async function openPglite(dataDir: string | undefined, options: { loadDataDir?: Blob } = {}): Promise<Database> {
  const pg = await PGlite.create(dataDir, {
    extensions: { pg_trgm },
    parsers,
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  return fromPglite(pg);
}

/**
 * COPY on PGlite goes through its virtual `/dev/blob` file: a table's bytes are handed over whole,
 * which is what an embedded database of one office holds in memory anyway.
 */
function withCopy(target: Pick<PGlite, 'query' | 'exec'>): CopyQueryable {
  const toBlob = (sql: string) => sql.replace(/\bto stdout\b/i, "to '/dev/blob'");
  const fromBlob = (sql: string) => sql.replace(/\bfrom stdin\b/i, "from '/dev/blob'");
  return {
    ...wrap(target),
    async *copyOut(sql: string) {
      const result = await target.query(toBlob(sql));
      if (result.blob) yield new Uint8Array(await result.blob.arrayBuffer());
    },
    async copyIn(sql: string, data: AsyncIterable<Uint8Array>) {
      const parts: Uint8Array[] = [];
      for await (const part of data) parts.push(part);
      await target.query(fromBlob(sql), [], { blob: new Blob(parts as Uint8Array<ArrayBuffer>[]) });
    },
  };
}

export function fromPglite(pg: PGlite): Database {
  const base = wrap(pg);
  return {
    engine: 'pglite',
    query: base.query,
    exec: base.exec,
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    // PGlite runs one transaction at a time: every read of it is one snapshot already.
    copyTransaction: (_options, work) => pg.transaction((tx) => work(withCopy(tx))),
    close: () => pg.close(),
  };
}
