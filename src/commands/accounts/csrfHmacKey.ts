import { serverKey } from '../../db/queries/serverKeyQueries.ts';
import type { PublicContext } from '../context.ts';

/**
 * The key CSRF tokens are signed with, shared by every process through `server_keys` and
 * made by the first one that asks, so a token one process signed is accepted by the others
 * (OWASP CSRF cheat sheet, signed double-submit cookie).
 */
export async function csrfHmacKey(ctx: PublicContext): Promise<string> {
  return serverKey(ctx.db, 'csrf_hmac', ctx.clock.now());
}
