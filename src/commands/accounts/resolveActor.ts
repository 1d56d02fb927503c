import { findApiTokenUser, findSessionUser } from '../../db/queries/sessionQueries.ts';
import type { UserRow } from '../../db/queries/userQueries.ts';
import type { PublicContext } from '../context.ts';
import { hashSecret } from './tokens.ts';

/**
 * Who stands behind a browser session token: an active user whose session has not expired,
 * or undefined. Only the token's SHA-256 is looked up, as only that is stored (OWASP ASVS 4.0
 * 3.2.3: session tokens kept hashed; 3.3.1: expired sessions end).
 */
export async function resolveSessionUser(ctx: PublicContext, sessionToken: string): Promise<UserRow | undefined> {
  return findSessionUser(ctx.db, hashSecret(sessionToken), ctx.clock.now());
}

/**
 * Who stands behind an API token, with the token's scopes: an active user whose token is
 * neither revoked nor expired, or undefined (OWASP ASVS 4.0 3.5.2: static API secrets
 * expire and can be revoked).
 */
export async function resolveApiTokenUser(ctx: PublicContext, token: string): Promise<{ user: UserRow; scopes: string[] } | undefined> {
  return findApiTokenUser(ctx.db, hashSecret(token), ctx.clock.now());
}
