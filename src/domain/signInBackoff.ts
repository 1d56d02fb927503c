/**
 * How sign-in attempts for one username are slowed down, whatever address
 * they come from (OWASP ASVS 2.2.1; NIST SP 800-63B 5.2.2 asks for at most
 * 100 consecutive failures per account). Plain arithmetic on the stored state,
 * so it is tested without a database and every API process decides alike.
 *
 * Every attempt counts as a failure when it starts, before the password is
 * checked, and a success wipes the count: so parallel guesses cannot all slip
 * in before the first of them is counted. The first few failures cost nothing
 * (people mistype); after that each one blocks the username for twice as long
 * as the one before, up to a cap, so guessing gets about a hundred tries a
 * day while the owner, even under attack, waits at most the cap.
 */
import { hours, minutes } from '../shared/thaiTime.ts';

/** Failures a person may make in a row without waiting. */
export const FREE_FAILURES = 5;
/** The first wait, after failure FREE_FAILURES + 1. */
export const FIRST_BLOCK_MS = 15_000;
/** The longest wait: what an attacker can impose on the owner of a username. */
export const MAX_BLOCK_MS = minutes(15);
/** A username quiet this long starts again from no failures. */
export const FORGET_AFTER_MS = hours(24);

export interface SignInThrottleState {
  failures: number;
  lastAttemptAt: Date;
  blockedUntil: Date | null;
}

export type SignInAttemptDecision =
  { allowed: false; retryAfterSeconds: number } | { allowed: true; next: SignInThrottleState; blockMs: number };

/** How long failure number `failures` (1-based, consecutive) blocks the username. */
export function blockAfterFailure(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_BLOCK_MS, FIRST_BLOCK_MS * 2 ** Math.min(failures - FREE_FAILURES - 1, 30));
}

/**
 * Whether an attempt may go on to check the password, and the state to store
 * if it does (this attempt counted as a failure until it succeeds). A refused
 * attempt changes nothing: hammering a blocked username does not lengthen the
 * block, so the owner's wait stays within the cap.
 */
export function decideSignInAttempt(state: SignInThrottleState | undefined, now: Date): SignInAttemptDecision {
  if (state?.blockedUntil && state.blockedUntil > now) {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((state.blockedUntil.getTime() - now.getTime()) / 1000)) };
  }
  const remembered = state && now.getTime() - state.lastAttemptAt.getTime() < FORGET_AFTER_MS ? state.failures : 0;
  const failures = remembered + 1;
  const blockMs = blockAfterFailure(failures);
  return {
    allowed: true,
    blockMs,
    next: { failures, lastAttemptAt: now, blockedUntil: blockMs > 0 ? new Date(now.getTime() + blockMs) : null },
  };
}
