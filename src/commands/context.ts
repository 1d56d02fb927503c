import type { Database, Queryable } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import type { Actor } from '../domain/roles.ts';

/** What every command needs: the database, the clock and who is acting. */
export interface CommandContext {
  db: Database;
  clock: Clock;
  actor: Actor;
}

/**
 * What a read function needs: who is reading, so it can apply `readScope(actor)` and the
 * policies. Any `Queryable` will do, so a read also runs inside a command's transaction.
 */
export interface ReadContext {
  db: Queryable;
  clock: Clock;
  actor: Actor;
}

/** What an anonymous read needs (Open311, public reference data): no actor, so nothing beyond public data. */
export interface PublicContext {
  db: Queryable;
  clock: Clock;
}

/**
 * What a command's `…InTx(tx, ctx, input)` core gets besides the caller's transaction: no
 * database, so the core cannot write outside the transaction it was given.
 */
export type TxContext = Omit<CommandContext, 'db'>;
