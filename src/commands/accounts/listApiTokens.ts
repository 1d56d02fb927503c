import { listApiTokens, type ApiTokenRow } from '../../db/queries/sessionQueries.ts';
import type { ReadContext } from '../context.ts';

/** The signed-in user's own API tokens, live, expired and revoked; never anyone else's, and never a secret (only its hash is kept). */
export async function listMyApiTokens(ctx: ReadContext): Promise<ApiTokenRow[]> {
  return listApiTokens(ctx.db, ctx.actor.userId);
}
