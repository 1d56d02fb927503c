import { findUnit } from '../../db/queries/unitQueries.ts';
import { findUser, updateUser } from '../../db/queries/userQueries.ts';
import { assertStrongPassword } from '../../domain/accounts/passwordPolicy.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageUsers } from '../../domain/policies/adminPolicy.ts';
import type { Role } from '../../domain/roles.ts';
import { recordAdminChange } from '../audit/recordAdminChange.ts';
import type { CommandContext } from '../context.ts';
import { hashPassword } from './passwords.ts';
import { revokeCredentials } from './revokeCredentials.ts';
import { userSnapshot } from './userSnapshot.ts';

/**
 * Changes an account. Deactivating an account or changing its password ends
 * its sessions and revokes its API tokens in the same transaction, so a person
 * who leaves an office, or whose password leaked, loses access at once. An
 * administrator who changes their own password keeps `keepSessionHash`, the
 * session they did it from.
 */
export async function updateUserAccount(
  ctx: CommandContext,
  id: string,
  patch: {
    displayName?: string;
    email?: string | null;
    role?: Role;
    unitId?: string;
    active?: boolean;
    locale?: 'th' | 'en';
    password?: string;
  },
  options: { keepSessionHash?: string | null } = {},
): Promise<void> {
  if (!canManageUsers(ctx.actor)) throw new AppError('forbidden');
  if (patch.unitId && !(await findUnit(ctx.db, patch.unitId))) {
    throw new AppError('validation_failed', { fields: [{ path: '/unitId', th: 'ไม่พบหน่วยงานนี้', en: 'There is no such unit.' }] });
  }
  if (id === ctx.actor.userId && (patch.active === false || (patch.role && patch.role !== 'admin'))) {
    throw new AppError('conflict', {
      th: 'ไม่สามารถปิดบัญชีหรือถอดสิทธิ์ผู้ดูแลระบบของตนเองได้',
      en: 'You cannot deactivate your own account or remove your own administrator role.',
    });
  }
  if (patch.password !== undefined) {
    const account = await findUser(ctx.db, id);
    if (!account) throw new AppError('not_found');
    assertStrongPassword(patch.password, [account.username, patch.displayName ?? account.display_name, patch.email ?? account.email ?? '']);
  }
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  await ctx.db.transaction(async (tx) => {
    const { password: _password, ...rest } = patch;
    await tx.query('select 1 from users where id = $1 for update', [id]);
    const before = await findUser(tx, id);
    const found = await updateUser(tx, id, { ...rest, ...(passwordHash ? { passwordHash } : {}) });
    if (!found || !before) throw new AppError('not_found');
    if (patch.active === false || passwordHash) {
      const self = id === ctx.actor.userId;
      await revokeCredentials(tx, {
        userId: id,
        actorUserId: ctx.actor.userId,
        reason: patch.active === false ? 'deactivation' : self ? 'password_change' : 'password_reset',
        now: ctx.clock.now(),
        keepSessionHash: self && patch.active !== false ? (options.keepSessionHash ?? null) : null,
      });
    }
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: ctx.clock.now() },
      {
        action: 'user.update',
        targetType: 'user',
        targetId: id,
        before: userSnapshot(before),
        after: userSnapshot((await findUser(tx, id))!),
        // That a password was set, never the password or its hash.
        ...(passwordHash ? { data: { passwordReset: true } } : {}),
      },
    );
  });
}
