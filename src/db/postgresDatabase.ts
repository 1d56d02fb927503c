import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { CopyQueryable, Database, Queryable, QueryOptions, QueryResult } from './database.ts';
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

/** COPY through `pg-copy-streams`: a table streams through in chunks, never whole in memory. */
function withCopy(client: pg.PoolClient): CopyQueryable {
  return {
    ...wrap(client),
    copyOut: (sql: string) => client.query(copyTo(sql)),
    copyIn: async (sql: string, data: AsyncIterable<Uint8Array>) => {
      await pipeline(Readable.from(data), client.query(copyFrom(sql)));
    },
  };
}

/** Runs `work` on one pooled connection between `begin` and COMMIT, or ROLLBACK when it throws. */
async function inTransaction<Q, T>(
  pool: pg.Pool,
  begin: string,
  as: (client: pg.PoolClient) => Q,
  work: (tx: Q) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(as(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Settings for every connection of the app. Its statements are short reads and writes of a few rows
 * (bench/events.ts at 10 M events): JIT compiling took 47 ms of an 86 ms inbox read whose estimate
 * crossed `jit_above_cost`, and starting parallel workers cost a quiet inbox 119 ms against 12 ms
 * without, on 2 cores. `PGOPTIONS` comes after, so an operator can still set either back.
 */
export function sessionOptions(pgOptions: string | undefined): string {
  return ['-c jit=off -c max_parallel_workers_per_gather=0', pgOptions?.trim()].filter(Boolean).join(' ');
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
    options: sessionOptions(process.env.PGOPTIONS),
    ...(options.connectionTimeoutMillis ? { connectionTimeoutMillis: options.connectionTimeoutMillis } : {}),
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  const base = wrap(pool);
  return {
    engine: 'postgresql',
    query: base.query,
    exec: base.exec,
    transaction: (work) => inTransaction(pool, 'BEGIN', wrap, work),
    copyTransaction: (options, work) =>
      inTransaction(pool, options.snapshot ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN', withCopy, work),
    close: () => pool.end(),
  };
}
