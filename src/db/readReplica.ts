import type { Database, Queryable } from './database.ts';
import { openPostgres } from './postgresDatabase.ts';

/**
 * The read side of the database: a PostgreSQL streaming replica (`DATABASE_READ_URL`) that takes
 * the heavy reads (dashboards, the public portal, open data, lists) off the primary, which keeps
 * intake and every command's transaction. A replica that cannot answer (down, restarting, a query
 * cancelled by a conflict with recovery) never fails a read: the statement runs on the primary, the
 * outage is logged once, and the replica is tried again after `retryAfterMs`.
 */
export interface ReadReplica {
  /** The replica, each statement falling back to the primary when the replica cannot answer it. */
  readonly db: Database;
  /**
   * Whether the replica has replayed the primary's WAL up to `lsn` (a position from
   * `primaryWalPosition`), polling for up to `waitMs`; false when it has not or cannot say, so the
   * caller reads from the primary instead.
   */
  caughtUpTo(lsn: string, waitMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

/** How long a read waits for a lagging replica before it goes to the primary (a replica is normally well under this behind). */
export const REPLICA_WAIT_MS = 200;
const POLL_MS = 20;

/** PostgreSQL's text form of a WAL position, `16/B374D848`. */
const LSN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i;

export function isWalPosition(text: string | undefined): text is string {
  return typeof text === 'string' && LSN.test(text);
}

function lsnValue(lsn: string): bigint {
  const [high = '0', low = '0'] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

/** The later of two WAL positions, either of which may be missing. */
export function laterWalPosition(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return a ?? b;
  return lsnValue(a) >= lsnValue(b) ? a : b;
}

/**
 * The primary's WAL position now, read after a write's commit: a replica that has replayed this far
 * shows the write. `pg_current_wal_lsn()` is the position written out, which covers the commit
 * record of every transaction that has returned under `synchronous_commit = on` (the default, which
 * Tidtam does not change).
 */
export async function primaryWalPosition(db: Queryable): Promise<string | undefined> {
  const result = await db.query<{ lsn: string | null }>('select pg_current_wal_lsn()::text as lsn');
  return result.rows[0]?.lsn ?? undefined;
}

const unavailableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/**
 * Whether an error says the replica could not answer, as against a fault of the statement itself
 * (which the primary would repeat): no connection, class 08 (connection exception), 57P01–57P03
 * (shutting down, crashed, starting), 53300 (too many connections), and 40001, which a hot standby
 * raises when it cancels a query that conflicts with recovery.
 */
export function replicaUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (unavailableCodes.has(code) || code.startsWith('08') || code === '53300' || code === '40001') return true;
    if (code === '57P01' || code === '57P02' || code === '57P03') return true;
  }
  return /connection terminated|timeout exceeded when trying to connect|connection refused/i.test(error.message);
}

/** Opens the replica's own pool beside the primary's. */
export function openReadReplica(
  url: string,
  primary: Database,
  options: { poolSize?: number; log?: (line: string) => void; retryAfterMs?: number } = {},
): ReadReplica {
  const replica = openPostgres(url, { poolSize: options.poolSize, connectionTimeoutMillis: 2000 });
  const retryAfterMs = options.retryAfterMs ?? 5000;
  let downUntil = 0;
  let down = false;
  const markDown = (error: unknown) => {
    downUntil = Date.now() + retryAfterMs;
    if (down) return;
    down = true;
    options.log?.(`read replica unavailable, reading from the primary: ${error instanceof Error ? error.message : String(error)}`);
  };
  const markUp = () => {
    if (!down) return;
    down = false;
    options.log?.('read replica answering again');
  };
  async function either<T>(onReplica: (db: Database) => Promise<T>): Promise<T> {
    if (Date.now() < downUntil) return onReplica(primary);
    try {
      const result = await onReplica(replica);
      markUp();
      return result;
    } catch (error) {
      if (!replicaUnavailable(error)) throw error;
      markDown(error);
      return onReplica(primary);
    }
  }
  const db: Database = {
    engine: replica.engine,
    query: (sql, params, queryOptions) => either((side) => side.query(sql, params, queryOptions)),
    exec: (sql) => either((side) => side.exec(sql)),
    // A read-only unit of work: rerun whole on the primary if the replica drops mid-way.
    transaction: (work) => either((side) => side.transaction(work)),
    // The primary belongs to its opener; closing the read side closes only the replica's pool.
    close: () => replica.close(),
  };
  return {
    db,
    async caughtUpTo(lsn, waitMs = REPLICA_WAIT_MS) {
      if (!isWalPosition(lsn) || Date.now() < downUntil) return false;
      const deadline = Date.now() + waitMs;
      for (;;) {
        try {
          const result = await replica.query<{ caught_up: boolean | null }>('select pg_last_wal_replay_lsn() >= $1::pg_lsn as caught_up', [
            lsn,
          ]);
          markUp();
          if (result.rows[0]?.caught_up === true) return true;
        } catch (error) {
          if (replicaUnavailable(error)) markDown(error);
          return false;
        }
        if (Date.now() + POLL_MS > deadline) return false;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
    close: () => replica.close(),
  };
}
