import type { Engine } from '../../db/database.ts';
import type { PublicContext } from '../context.ts';

/**
 * Whether this process can reach its database, and which engine it runs on, for load
 * balancers and operators: a round trip to the database, so a process whose database is gone
 * answers with an error rather than "ok".
 */
export async function checkHealth(ctx: PublicContext): Promise<{ engine: Engine; at: Date }> {
  await ctx.db.query('select 1');
  return { engine: ctx.db.engine, at: ctx.clock.now() };
}
