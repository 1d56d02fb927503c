import { findUser, type UserRow } from '../../db/queries/userQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageUsers } from '../../domain/policies/adminPolicy.ts';
import type { ReadContext } from '../context.ts';

/** One staff account as administrators see it, after they made or changed it. */
export async function readUser(ctx: ReadContext, userId: string): Promise<UserRow> {
  if (!canManageUsers(ctx.actor)) throw new AppError('forbidden');
  const user = await findUser(ctx.db, userId);
  if (!user) throw new AppError('not_found');
  return user;
}
