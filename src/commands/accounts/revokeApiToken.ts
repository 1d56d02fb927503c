import { revokeApiToken as revokeApiTokenRow } from '../../db/queries/sessionQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { recordAdminChange } from '../audit/recordAdminChange.ts';
import type { CommandContext } from '../context.ts';

/**
 * Revokes one of the signed-in user's own live API tokens, with its audit event in the same
 * transaction. Another user's token, or one already revoked, is `not_found`, so token ids
 * cannot be probed (OWASP ASVS 4.0 4.2.1).
 */
export async function revokeApiToken(ctx: CommandContext, tokenId: string): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const revoked = await revokeApiTokenRow(tx, { id: tokenId, userId: ctx.actor.userId, now });
    if (!revoked) throw new AppError('not_found');
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: now },
      {
        action: 'api_token.revoke',
        targetType: 'api_token',
        targetId: tokenId,
        before: { revokedAt: null },
        after: { revokedAt: now.toISOString() },
      },
    );
  });
}
