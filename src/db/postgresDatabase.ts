import pg from 'pg';
import type { Database, Queryable, QueryOptions, QueryResult } from './database.ts';
import { OID, parseDate, parseInt8, parseNumeric } from './typeParsers.ts';

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === OID.int8) return parseInt8;
    if (oid === OID.numeric) return parseNumeric;
    if (oid === OID.date) return parseDate;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async exec(sql: string): Promise<void> {
      await client.query(sql);
    },
    async query<Row>(sql: string, params: readonly unknown[] = [], options: QueryOptions = {}): Promise<QueryResult<Row>> {
      const result = await client.query({ text: sql, values: params as unknown[], types, ...(options.name ? { name: options.name } : {}) });
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
    },
  };
}

/**
 * Opens a pool on a PostgreSQL server. Pool size follows `DATABASE_POOL_SIZE` (default 10);
 * `connectionTimeoutMillis` bounds the wait for a connection (the read replica's pool sets it, so an
 * unreachable replica sends reads to the primary rather than holding them).
 */
export function openPostgres(
  connectionString: string,
  options: { poolSize?: number | undefined; connectionTimeoutMillis?: number } = {},
): Database {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    types,
    ...(options.connectionTimeoutMillis ? { connectionTimeoutMillis: options.connectionTimeoutMillis } : {}),
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  const base = wrap(pool);
  return {
    engine: 'postgresql',
    query: base.query,
    exec: base.exec,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
