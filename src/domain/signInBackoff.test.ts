import { describe, expect, it } from 'vitest';
import {
  blockAfterFailure,
  decideSignInAttempt,
  FIRST_BLOCK_MS,
  FORGET_AFTER_MS,
  FREE_FAILURES,
  MAX_BLOCK_MS,
  type SignInThrottleState,
} from './signInBackoff.ts';

const at = (ms: number) => new Date(Date.UTC(2026, 11, 5) + ms);

/** Plays `n` attempts, each as soon as the previous block allows, and returns the blocks they earned. */
function play(n: number): number[] {
  let state: SignInThrottleState | undefined;
  let now = 0;
  const blocks: number[] = [];
  for (let i = 0; i < n; i++) {
    const decided = decideSignInAttempt(state, at(now));
    if (!decided.allowed) throw new Error(`attempt ${i + 1} refused`);
    blocks.push(decided.blockMs);
    state = decided.next;
    now += decided.blockMs;
  }
  return blocks;
}

describe('sign-in back-off', () => {
  it('lets a person mistype a few times, then doubles the wait up to the cap', () => {
    const blocks = play(FREE_FAILURES + 10);
    expect(blocks.slice(0, FREE_FAILURES)).toEqual(Array(FREE_FAILURES).fill(0));
    expect(blocks[FREE_FAILURES]).toBe(FIRST_BLOCK_MS);
    for (let i = FREE_FAILURES + 1; i < blocks.length; i++) {
      expect(blocks[i]).toBe(Math.min(MAX_BLOCK_MS, 2 * blocks[i - 1]!));
    }
    expect(blocks.at(-1)).toBe(MAX_BLOCK_MS);
    expect(blockAfterFailure(10_000)).toBe(MAX_BLOCK_MS);
  });

  it('refuses while blocked without counting or lengthening the block', () => {
    const state: SignInThrottleState = { failures: 9, lastAttemptAt: at(0), blockedUntil: at(120_000) };
    const refused = decideSignInAttempt(state, at(60_500));
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 60 });
    const after = decideSignInAttempt(state, at(120_000));
    expect(after.allowed && after.next.failures).toBe(10);
  });

  it('keeps an attacker at about a hundred guesses a day per username (NIST SP 800-63B 5.2.2)', () => {
    let state: SignInThrottleState | undefined;
    let now = 0;
    let guesses = 0;
    while (now < FORGET_AFTER_MS) {
      const decided = decideSignInAttempt(state, at(now));
      if (!decided.allowed) throw new Error('guessed too early');
      guesses++;
      state = decided.next;
      now += Math.max(decided.blockMs, 1);
    }
    expect(guesses).toBeLessThanOrEqual(110);
  });

  it('forgets a username quiet for a day', () => {
    const state: SignInThrottleState = { failures: 40, lastAttemptAt: at(0), blockedUntil: at(MAX_BLOCK_MS) };
    const decided = decideSignInAttempt(state, at(FORGET_AFTER_MS));
    expect(decided.allowed && decided.next.failures).toBe(1);
  });
});
