import type { Queryable } from '../../db/database.ts';
import { appendAuditEvent } from '../../db/queries/auditEventQueries.ts';
import { deleteUserSessions, revokeUserApiTokens } from '../../db/queries/sessionQueries.ts';

export type RevocationReason = 'password_reset' | 'password_change' | 'deactivation';

/**
 * Ends every session and revokes every API token of an account, inside the
 * caller's transaction, and records it as a security event: after a password
 * change or reset, or a deactivation, nothing made with the old password keeps
 * working (OWASP ASVS 4.0 3.3.3, 3.3.4; issue 9 finding 6: a token outlived an
 * administrator's reset). A user who changes their own password keeps the
 * session they did it from.
 */
export async function revokeCredentials(
  tx: Queryable,
  input: { userId: string; actorUserId: string | null; reason: RevocationReason; now: Date; keepSessionHash?: string | null },
): Promise<{ sessionsEnded: number; tokensRevoked: string[] }> {
  const sessionsEnded = await deleteUserSessions(tx, input.userId, input.keepSessionHash ?? null);
  const tokensRevoked = await revokeUserApiTokens(tx, input.userId, input.now);
  await appendAuditEvent(tx, {
    category: 'security',
    action: 'credentials.revoke',
    actorUserId: input.actorUserId,
    targetType: 'user',
    targetId: input.userId,
    data: { reason: input.reason, sessionsEnded, tokensRevoked, keptCurrentSession: Boolean(input.keepSessionHash) },
    at: input.now,
  });
  return { sessionsEnded, tokensRevoked };
}
