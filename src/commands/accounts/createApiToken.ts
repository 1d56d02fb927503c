import { insertApiToken, type ApiTokenRow } from '../../db/queries/sessionQueries.ts';
import { findPasswordHash } from '../../db/queries/userQueries.ts';
import { grantableScopes, TOKEN_DAYS_DEFAULT, type TokenScope } from '../../domain/accounts/tokenScopes.ts';
import { AppError } from '../../domain/errors.ts';
import { days } from '../../shared/thaiTime.ts';
import type { CommandContext } from '../context.ts';
import { decoyPasswordHash, verifyPassword } from './passwords.ts';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from './tokens.ts';
import { recordAdminChange } from '../audit/recordAdminChange.ts';

export interface CreateApiTokenInput {
  name: string;
  /** The signed-in user's password, entered again for this request. */
  password: string;
  scopes: readonly TokenScope[];
  expiresInDays?: number;
}

/**
 * Makes an API token for the signed-in user; the secret is answered once and only its SHA-256 is kept.
 * A token outlives the session that made it, so making one asks for the password again (OWASP ASVS 4.0
 * 2.2.x/3.7.1: re-authenticate before a sensitive change), may carry only scopes the user's role could
 * use, and always expires. The caller has checked that the request came from a browser session.
 */
export async function createApiToken(ctx: CommandContext, input: CreateApiTokenInput): Promise<{ row: ApiTokenRow; token: string }> {
  const hash = await findPasswordHash(ctx.db, ctx.actor.userId);
  const ok = await verifyPassword(hash ?? (await decoyPasswordHash()), input.password);
  if (!hash || !ok) {
    const wrong = { th: 'รหัสผ่านไม่ถูกต้อง', en: 'The password is not correct.' };
    throw new AppError('reauthentication_failed', { fields: [{ path: '/password', ...wrong }] });
  }
  const allowed = grantableScopes(ctx.actor);
  const refused = input.scopes.filter((scope) => !allowed.includes(scope));
  if (refused.length > 0) {
    throw new AppError('forbidden', {
      th: `บทบาทของคุณให้ขอบเขต ${refused.join(', ')} แก่โทเคนไม่ได้`,
      en: `Your role cannot give a token the ${refused.join(', ')} scope.`,
      fields: [{ path: '/scopes', th: 'ขอบเขตนี้เกินสิทธิ์ของบทบาทคุณ', en: 'This scope is beyond what your role may do.' }],
    });
  }
  const now = ctx.clock.now();
  const token = newSecret(API_TOKEN_PREFIX);
  const row = await ctx.db.transaction(async (tx) => {
    const made = await insertApiToken(tx, {
      userId: ctx.actor.userId,
      name: input.name,
      tokenHash: hashSecret(token),
      scopes: [...new Set(input.scopes)].sort(),
      now,
      expiresAt: new Date(now.getTime() + days(input.expiresInDays ?? TOKEN_DAYS_DEFAULT)),
    });
    const after = {
      userId: ctx.actor.userId,
      name: made.name,
      scopes: made.scopes.join(' '),
      expiresAt: made.expires_at?.toISOString() ?? null,
    };
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: now },
      { action: 'api_token.create', targetType: 'api_token', targetId: made.id, before: null, after },
    );
    return made;
  });
  return { row, token };
}
