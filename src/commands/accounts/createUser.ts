import type { Database } from '../../db/database.ts';
import { findUnit, findUnitByCode } from '../../db/queries/unitQueries.ts';
import { findUser, insertUser } from '../../db/queries/userQueries.ts';
import { userSnapshot } from './userSnapshot.ts';
import type { Clock } from '../../domain/clock.ts';
import { assertStrongPassword } from '../../domain/accounts/passwordPolicy.ts';
import { AppError } from '../../domain/errors.ts';
import type { Actor, Role } from '../../domain/roles.ts';
import { recordAdminChange } from '../audit/recordAdminChange.ts';
import { hashPassword } from './passwords.ts';

export interface CreateUserInput {
  username: string;
  displayName: string;
  email: string | null;
  password: string;
  role: Role;
  /** The unit by id or by code. */
  unit: { id: string } | { code: string };
  locale: 'th' | 'en';
}

/**
 * Creates a staff account. The caller has checked that the actor may (an
 * admin, or the CLI's bootstrap, which has no actor and is recorded as such).
 * The password must be strong (`assertStrongPassword`) before anything is looked up or written.
 */
export async function createUser(deps: { db: Database; clock: Clock; actor?: Actor }, input: CreateUserInput): Promise<string> {
  assertStrongPassword(input.password, [input.username, input.displayName, input.email ?? '']);
  const unit = 'id' in input.unit ? await findUnit(deps.db, input.unit.id) : await findUnitByCode(deps.db, input.unit.code);
  if (!unit) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/unitId', th: 'ไม่พบหน่วยงานนี้', en: 'There is no such unit.' }],
    });
  }
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction(async (tx) => {
    const taken = await tx.query('select 1 from users where lower(username) = lower($1)', [input.username]);
    if (taken.rows.length > 0) {
      throw new AppError('conflict', {
        th: 'ชื่อผู้ใช้นี้มีผู้ใช้แล้ว',
        en: 'This username is taken.',
        fields: [{ path: '/username', th: 'ชื่อผู้ใช้นี้มีผู้ใช้แล้ว', en: 'This username is taken.' }],
      });
    }
    const now = deps.clock.now();
    const id = await insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      email: input.email,
      passwordHash,
      role: input.role,
      unitId: unit.id,
      locale: input.locale,
      now,
    });
    const created = await findUser(tx, id);
    await recordAdminChange(
      tx,
      { actor: deps.actor, at: now },
      { action: 'user.create', targetType: 'user', targetId: id, before: null, after: userSnapshot(created!) },
    );
    return id;
  });
}
