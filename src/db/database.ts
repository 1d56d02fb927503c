/**
 * The one database interface every query and command uses. Two engines sit
 * behind it: PGlite (PostgreSQL compiled to WebAssembly, data in a folder) for
 * a newcomer and small deployments, and a PostgreSQL server when
 * `DATABASE_URL` is set. Both speak the same SQL, so the same migrations and
 * queries run on both, and both return rows in the same JavaScript types
 * (see `typeParsers.ts`).
 */

export type Engine = 'pglite' | 'postgresql';

export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface QueryOptions {
  /**
   * Keep the statement prepared under this name on each PostgreSQL connection,
   * so it is parsed and planned once rather than on every call. For the few
   * fixed statements of hot paths only (complaint intake: planning was a
   * quarter of its database time, bench/intake.ts); each name must always
   * carry the same SQL. PGlite has one backend and ignores it.
   */
  name?: string;
}

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<QueryResult<Row>>;
  /** Runs several statements separated by semicolons, without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** A transaction that can also move whole tables in PostgreSQL's COPY text format (backup and restore). */
export interface CopyQueryable extends Queryable {
  /** Runs `COPY ... TO STDOUT` and yields its bytes; on PostgreSQL they stream, PGlite hands them over whole. */
  copyOut(sql: string): AsyncIterable<Uint8Array>;
  /** Runs `COPY ... FROM STDIN` with these bytes. */
  copyIn(sql: string, data: AsyncIterable<Uint8Array>): Promise<void>;
}

export interface Database extends Queryable {
  readonly engine: Engine;
  /** Runs `work` in one transaction: all of it commits, or none of it does. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * One transaction with COPY (backup and restore); `snapshot` makes it REPEATABLE READ, READ ONLY,
   * so every table is read as of one moment while other connections keep writing. Optional so
   * that wrappers in tests and benches need not provide it.
   */
  copyTransaction?<T>(options: { snapshot?: boolean }, work: (tx: CopyQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Reads exactly one row, or undefined. */
export async function queryOne<Row>(db: Queryable, sql: string, params?: readonly unknown[]): Promise<Row | undefined> {
  const result = await db.query<Row>(sql, params);
  return result.rows[0];
}
