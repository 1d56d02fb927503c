import type { Database } from '../db/database.ts';
import { deleteExpiredSessions } from '../db/queries/sessionQueries.ts';
import { deleteStaleSignInThrottles } from '../db/queries/signInThrottleQueries.ts';
import type { Clock } from '../domain/clock.ts';
import { FORGET_AFTER_MS } from '../domain/signInBackoff.ts';

/**
 * Deletes sessions past their expiry and sign-in throttles that would start
 * from nothing anyway. An expired session already opens nothing, but its row
 * ties a token hash, a user and a time together for no purpose: PDPA section
 * 37(3) asks that personal data be erased once it is no longer needed, and
 * OWASP ASVS 3.3.1 that ended sessions be invalidated on the server.
 */
export async function purgeExpiredSessions(deps: { db: Database; clock: Clock }): Promise<{ sessions: number; signInThrottles: number }> {
  const now = deps.clock.now();
  const sessions = await deleteExpiredSessions(deps.db, now);
  const signInThrottles = await deleteStaleSignInThrottles(deps.db, { before: new Date(now.getTime() - FORGET_AFTER_MS), now });
  return { sessions, signInThrottles };
}
