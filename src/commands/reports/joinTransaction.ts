import type { Database, Queryable } from '../../db/database.ts';

/**
 * A database whose `transaction` runs inside the transaction already open, so
 * one command can call another (a follow-up directive made by `createCase`)
 * and both commit or neither does.
 */
export function joinTransaction(db: Database, tx: Queryable): Database {
  return {
    engine: db.engine,
    query: (sql, params) => tx.query(sql, params),
    exec: (sql) => tx.exec(sql),
    transaction: (work) => work(tx),
    close: async () => {},
  };
}
