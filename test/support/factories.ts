import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../src/commands/accounts/passwords.ts';
import type { Database } from '../../src/db/database.ts';
import { findUnitByCode, type UnitRow } from '../../src/db/queries/unitQueries.ts';
import { insertUser } from '../../src/db/queries/userQueries.ts';
import type { Actor, Role } from '../../src/domain/roles.ts';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

export interface TestStaff {
  id: string;
  username: string;
  role: Role;
  unit: UnitRow;
  actor: Actor;
}

export async function unitByCode(db: Database, code: string): Promise<UnitRow> {
  const unit = await findUnitByCode(db, code);
  if (!unit) throw new Error(`No unit ${code} in the reference data`);
  return unit;
}

/** A new staff account in a reference unit, with a unique username, for one test. */
export async function createStaff(db: Database, input: { role: Role; unitCode: string; username?: string }): Promise<TestStaff> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const unit = await unitByCode(db, input.unitCode);
  const username = input.username ?? `${input.role}-${input.unitCode}-${randomBytes(3).toString('hex')}`.toLowerCase();
  const id = await insertUser(db, {
    username,
    displayName: `ทดสอบ ${username}`,
    email: null,
    passwordHash: await passwordHash,
    role: input.role,
    unitId: unit.id,
    locale: 'th',
    now: new Date(),
  });
  return { id, username, role: input.role, unit, actor: { userId: id, role: input.role, unitId: unit.id, unitPath: unit.path } };
}
