import { createHash } from 'node:crypto';
import type { Database } from '../../db/database.ts';
import { appendAuditEvent } from '../../db/queries/auditEventQueries.ts';
import { lockSignInThrottle, saveSignInThrottle } from '../../db/queries/signInThrottleQueries.ts';
import { decideSignInAttempt } from '../../domain/signInBackoff.ts';
import { AppError } from '../../domain/errors.ts';

/**
 * The throttle's key for a username as typed: the same for an account that
 * exists and one that does not, so neither the answers nor the table tell them
 * apart, and the table keeps no username (a password typed into the username
 * box stays out of the database).
 */
export function signInThrottleKey(username: string): string {
  return createHash('sha256').update(username.toLowerCase()).digest('hex');
}

export interface ClaimedAttempt {
  usernameKey: string;
  failures: number;
  blockMs: number;
}

function waitWords(seconds: number): { th: string; en: string } {
  if (seconds < 60) return { th: `${seconds} วินาที`, en: `${seconds} second${seconds === 1 ? '' : 's'}` };
  const minutes = Math.ceil(seconds / 60);
  return { th: `${minutes} นาที`, en: `${minutes} minute${minutes === 1 ? '' : 's'}` };
}

/**
 * Counts this attempt against the username, across every address and every
 * API process (the state is in the database), before the password is checked.
 * Throws `sign_in_throttled` with Retry-After while the username is blocked.
 */
export async function claimSignInAttempt(db: Database, input: { username: string; now: Date }): Promise<ClaimedAttempt> {
  const usernameKey = signInThrottleKey(input.username);
  const decision = await db.transaction(async (tx) => {
    // Two tries: a concurrent first attempt may insert the row between our look and our insert.
    for (let attempt = 0; ; attempt++) {
      const state = await lockSignInThrottle(tx, usernameKey);
      const decided = decideSignInAttempt(state, input.now);
      if (!decided.allowed) return decided;
      if (await saveSignInThrottle(tx, { usernameKey, state: decided.next, existed: state !== undefined })) return decided;
      if (attempt > 0) throw new Error('sign_in_throttles: the row neither exists nor can be inserted');
    }
  });
  if (!decision.allowed) {
    const wait = waitWords(decision.retryAfterSeconds);
    throw new AppError('sign_in_throttled', {
      th: `ลงชื่อเข้าใช้ไม่สำเร็จหลายครั้งติดกัน โปรดรอ ${wait.th} แล้วลองใหม่`,
      en: `Too many failed sign-ins for this username. Wait ${wait.en} and try again.`,
      retryAfterSeconds: decision.retryAfterSeconds,
    });
  }
  return { usernameKey, failures: decision.next.failures, blockMs: decision.blockMs };
}

/**
 * A failed attempt that blocked the username is a security event: one row per
 * block (not per refused try, so a flood cannot flood the log), with the
 * username as typed so an administrator sees which account is being guessed
 * (OWASP ASVS 7.2.1: log authentication failures; never the password).
 */
export async function recordBlockedSignIn(
  db: Database,
  input: { claimed: ClaimedAttempt; username: string; ip: string | null; now: Date },
): Promise<void> {
  if (input.claimed.blockMs === 0) return;
  await appendAuditEvent(db, {
    category: 'security',
    action: 'sign_in.throttled',
    actorUserId: null,
    targetType: 'sign_in_throttle',
    targetId: input.claimed.usernameKey,
    data: {
      username: input.username.slice(0, 100),
      failures: input.claimed.failures,
      blockedSeconds: Math.round(input.claimed.blockMs / 1000),
    },
    ip: input.ip,
    at: input.now,
  });
}
