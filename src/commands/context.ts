import type { Database } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import type { Actor } from '../domain/roles.ts';

/** What every command needs: the database, the clock and who is acting. */
export interface CommandContext {
  db: Database;
  clock: Clock;
  actor: Actor;
}
