import type { Queryable } from '../database.ts';
import type { SignInThrottleState } from '../../domain/signInBackoff.ts';

interface ThrottleRow {
  failures: number;
  last_attempt_at: Date;
  blocked_until: Date | null;
}

/** The username's throttle, locked until the transaction ends so concurrent attempts are counted one after another. */
export async function lockSignInThrottle(tx: Queryable, usernameKey: string): Promise<SignInThrottleState | undefined> {
  const result = await tx.query<ThrottleRow>(
    'select failures, last_attempt_at, blocked_until from sign_in_throttles where username_key = $1 for update',
    [usernameKey],
  );
  const row = result.rows[0];
  return row && { failures: row.failures, lastAttemptAt: row.last_attempt_at, blockedUntil: row.blocked_until };
}

/**
 * Stores the state after an attempt. `existed` says whether `lockSignInThrottle` found a row:
 * a first attempt inserts, and answers false when a concurrent first attempt inserted first
 * (the caller then locks that row and decides again).
 */
export async function saveSignInThrottle(
  tx: Queryable,
  input: { usernameKey: string; state: SignInThrottleState; existed: boolean },
): Promise<boolean> {
  const { usernameKey, state } = input;
  const params = [usernameKey, state.failures, state.lastAttemptAt, state.blockedUntil];
  if (input.existed) {
    await tx.query('update sign_in_throttles set failures = $2, last_attempt_at = $3, blocked_until = $4 where username_key = $1', params);
    return true;
  }
  const result = await tx.query(
    `insert into sign_in_throttles (username_key, failures, last_attempt_at, blocked_until) values ($1, $2, $3, $4)
     on conflict (username_key) do nothing`,
    params,
  );
  return result.rowCount === 1;
}

/** A successful sign-in forgets the username's failures. */
export async function clearSignInThrottle(db: Queryable, usernameKey: string): Promise<void> {
  await db.query('delete from sign_in_throttles where username_key = $1', [usernameKey]);
}

/** Throttles quiet since `before` and not blocking anyone: they would start from nothing anyway. */
export async function deleteStaleSignInThrottles(db: Queryable, input: { before: Date; now: Date }): Promise<number> {
  const result = await db.query(
    'delete from sign_in_throttles where last_attempt_at < $1 and (blocked_until is null or blocked_until <= $2)',
    [input.before, input.now],
  );
  return result.rowCount;
}
