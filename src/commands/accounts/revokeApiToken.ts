import { revokeApiToken as revokeApiTokenRow } from '../../db/queries/sessionQueries.ts';
import { AppError } from '../../domain/errors.ts';
import type { CommandContext } from '../context.ts';

/**
 * Revokes one of the signed-in user's own live API tokens. Another user's token, or one
 * already revoked, is `not_found`, so token ids cannot be probed (OWASP ASVS 4.0 4.2.1).
 */
export async function revokeApiToken(ctx: CommandContext, tokenId: string): Promise<void> {
  const revoked = await revokeApiTokenRow(ctx.db, { id: tokenId, userId: ctx.actor.userId, now: ctx.clock.now() });
  if (!revoked) throw new AppError('not_found');
}
