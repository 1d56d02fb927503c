import { findOpen311Key, revokeOpen311Key as revokeOpen311KeyRow } from '../../db/queries/open311KeyQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageUsers } from '../../domain/policies/adminPolicy.ts';
import { recordAdminChange } from '../audit/recordAdminChange.ts';
import type { CommandContext } from '../context.ts';

/**
 * Revokes an Open311 key: its next post is refused (403, as Open311 says) and its quota no longer
 * counts. Administrators only, recorded in the administration trail in the same transaction. A key
 * already revoked, or none, is `not_found`.
 */
export async function revokeOpen311Key(ctx: CommandContext, id: string): Promise<void> {
  if (!canManageUsers(ctx.actor)) throw new AppError('forbidden');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const key = await findOpen311Key(tx, id);
    if (!key || !(await revokeOpen311KeyRow(tx, id, now))) throw new AppError('not_found');
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: now },
      {
        action: 'open311_key.revoke',
        targetType: 'open311_key',
        targetId: id,
        before: { name: key.name, revokedAt: null },
        after: { name: key.name, revokedAt: now.toISOString() },
      },
    );
  });
}
