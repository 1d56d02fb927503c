import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { Database } from '../../src/db/database.ts';
import { findUnitByCode, type UnitRow } from '../../src/db/queries/unitQueries.ts';
import { insertUser } from '../../src/db/queries/userQueries.ts';
import type { Actor, Role } from '../../src/domain/roles.ts';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

/**
 * Test accounts' password hash: argon2id like production's, but at the
 * algorithm's lightest cost (1 MiB, one pass) instead of the library's
 * defaults (64 MiB, three passes, about 120 ms a check on CI's cores). A hash
 * carries its own cost, so signing in runs the same `verifyPassword` and
 * takes about 2 ms; the suite signs in hundreds of times (every role of the
 * authorization matrix, each password-checked route, every browser test).
 * Accounts the app creates itself still get production's `hashPassword`.
 */
function hashTestPassword(): Promise<string> {
  return argon2.hash(TEST_PASSWORD, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
}

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
  passwordHash ??= hashTestPassword();
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
