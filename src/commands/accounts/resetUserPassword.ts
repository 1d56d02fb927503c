import { findUser, setUserPasswordHash } from '../../db/queries/userQueries.ts';
import { generateOneTimePassword } from '../../domain/accounts/oneTimePassword.ts';
import { assertStrongPassword } from '../../domain/accounts/passwordPolicy.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageUsers } from '../../domain/policies/adminPolicy.ts';
import { recordAdminChange } from '../audit/recordAdminChange.ts';
import type { CommandContext } from '../context.ts';
import { hashPassword } from './passwords.ts';
import { revokeCredentials } from './revokeCredentials.ts';

/**
 * An administrator resets an account's password: to the one they give, or to a one-time password
 * made here and answered once. Every session of the account ends and its API tokens are revoked in
 * the same transaction, so whoever held the old password is out at once (OWASP ASVS 4.0 3.3.3); the
 * administration trail records that the password was reset and how, never the password. An
 * administrator resetting their own password keeps the session they did it from.
 */
export async function resetUserPassword(
  ctx: CommandContext,
  id: string,
  input: { password?: string | undefined },
  options: { keepSessionHash?: string | null } = {},
): Promise<{ oneTimePassword: string | null; sessionsEnded: number }> {
  if (!canManageUsers(ctx.actor)) throw new AppError('forbidden');
  const account = await findUser(ctx.db, id);
  if (!account) throw new AppError('not_found');
  const oneTimePassword = input.password === undefined ? generateOneTimePassword() : null;
  const password = input.password ?? oneTimePassword!;
  assertStrongPassword(password, [account.username, account.display_name, account.email ?? '']);
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  const self = id === ctx.actor.userId;
  const { sessionsEnded } = await ctx.db.transaction(async (tx) => {
    await tx.query('select 1 from users where id = $1 for update', [id]);
    if (!(await setUserPasswordHash(tx, id, passwordHash))) throw new AppError('not_found');
    const revoked = await revokeCredentials(tx, {
      userId: id,
      actorUserId: ctx.actor.userId,
      reason: self ? 'password_change' : 'password_reset',
      now,
      keepSessionHash: self ? (options.keepSessionHash ?? null) : null,
    });
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: now },
      {
        action: 'user.password_reset',
        targetType: 'user',
        targetId: id,
        before: null,
        after: null,
        data: { passwordReset: true, oneTimePassword: oneTimePassword !== null, sessionsEnded: revoked.sessionsEnded },
      },
    );
    return revoked;
  });
  return { oneTimePassword, sessionsEnded };
}
