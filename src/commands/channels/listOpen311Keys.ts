import { listOpen311Keys as listOpen311KeyRows, type Open311KeyRow } from '../../db/queries/open311KeyQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageUsers } from '../../domain/policies/adminPolicy.ts';
import type { ReadContext } from '../context.ts';

/**
 * The Open311 keys civic apps post with, live and revoked, with their quota and when each was last
 * used. A key is a machine's account, so administrators manage keys as they manage staff accounts.
 */
export async function listOpen311Keys(ctx: ReadContext): Promise<Open311KeyRow[]> {
  if (!canManageUsers(ctx.actor)) throw new AppError('forbidden');
  return listOpen311KeyRows(ctx.db);
}
