import type { Database } from '../../db/database.ts';
import { deleteSession, insertSession } from '../../db/queries/sessionQueries.ts';
import { clearSignInThrottle } from '../../db/queries/signInThrottleQueries.ts';
import { findUserWithHash, type UserRow } from '../../db/queries/userQueries.ts';
import type { Clock } from '../../domain/clock.ts';
import { AppError } from '../../domain/errors.ts';
import { decoyPasswordHash, verifyPassword } from './passwords.ts';
import { claimSignInAttempt, recordBlockedSignIn } from './signInThrottle.ts';
import { hashSecret, newSecret } from './tokens.ts';
import { hours } from '../../shared/thaiTime.ts';

/** Twelve hours: a long shift, and short enough that a browser left signed in closes itself overnight. */
export const SESSION_HOURS = 12;

/**
 * Checks a username and password and opens a session. Each attempt first
 * counts against the username across all addresses (`signInThrottle.ts`), so a
 * botnet guessing one account is slowed like one machine; an unknown username
 * is counted, checked and answered exactly like a known one.
 */
export async function signIn(
  deps: { db: Database; clock: Clock },
  input: { username: string; password: string; ip?: string | null },
): Promise<{ token: string; user: UserRow; expiresAt: Date }> {
  const now = deps.clock.now();
  const claimed = await claimSignInAttempt(deps.db, { username: input.username, now });
  const found = await findUserWithHash(deps.db, input.username);
  const hash = found?.password_hash ?? (await decoyPasswordHash());
  const ok = await verifyPassword(hash, input.password);
  if (!found || !found.active || !found.password_hash || !ok) {
    await recordBlockedSignIn(deps.db, { claimed, username: input.username, ip: input.ip ?? null, now });
    throw new AppError('invalid_credentials');
  }
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + hours(SESSION_HOURS));
  await deps.db.transaction(async (tx) => {
    await clearSignInThrottle(tx, claimed.usernameKey);
    await insertSession(tx, { tokenHash: hashSecret(token), userId: found.id, now, expiresAt });
    await tx.query('update users set last_login_at = $2 where id = $1', [found.id, now]);
  });
  const { password_hash: _omit, ...user } = found;
  return { token, user, expiresAt };
}

export async function signOut(deps: { db: Database }, token: string): Promise<void> {
  await deleteSession(deps.db, hashSecret(token));
}
