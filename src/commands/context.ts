import type { Database } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import type { Actor } from '../domain/roles.ts';

/** What every command needs: the database, the clock and who is acting. */
export interface CommandContext {
  db: Database;
  clock: Clock;
  actor: Actor;
}

/**
 * What a read function needs: the same as a command, the actor being whom `readScope(actor)`
 * and the policies cut the answer for. A read opens no transaction; a command that needs to
 * read inside its own calls the typed SQL or a `load…(tx, ...)` helper instead.
 */
export type ReadContext = CommandContext;

/** What an anonymous read needs (Open311, public reference data): no actor, so nothing beyond public data. */
export type PublicContext = Omit<CommandContext, 'actor'>;

/**
 * What a command's `…InTx(tx, ctx, input)` core gets besides the caller's transaction: no
 * database, so the core cannot write outside the transaction it was given.
 */
export type TxContext = Omit<CommandContext, 'db'>;
