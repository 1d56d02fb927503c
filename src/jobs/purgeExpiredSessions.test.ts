import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret, newSecret } from '../commands/accounts/tokens.ts';
import type { Database, Engine } from '../db/database.ts';
import { insertSession } from '../db/queries/sessionQueries.ts';
import { saveSignInThrottle } from '../db/queries/signInThrottleQueries.ts';
import { ManualClock } from '../domain/clock.ts';
import { FORGET_AFTER_MS } from '../domain/signInBackoff.ts';
import { createStaff } from '../../test/support/factories.ts';
import { openTestDatabase, testEngines } from '../../test/support/testDatabase.ts';
import { defaultJobs, startScheduler } from './scheduler.ts';

const HOUR = 3_600_000;

describe.each(testEngines())('the sessions job (%s)', (engine: Engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(() => db.close());

  it('is scheduled, and deletes expired sessions and forgotten sign-in throttles while keeping live ones', async () => {
    const clock = new ManualClock('2026-12-05T03:00:00Z');
    const now = clock.now().getTime();
    const staff = await createStaff(db, { role: 'officer', unitCode: 'PH-50' });
    const session = async (expiresInMs: number) => {
      const tokenHash = hashSecret(newSecret());
      await insertSession(db, { tokenHash, userId: staff.id, now: new Date(now - 12 * HOUR), expiresAt: new Date(now + expiresInMs) });
      return tokenHash;
    };
    await session(-HOUR);
    await session(0);
    const live = await session(HOUR);
    const throttle = async (usernameKey: string, lastAttemptAgoMs: number, blockedForMs: number | null) =>
      saveSignInThrottle(db, {
        usernameKey,
        existed: false,
        state: {
          failures: 7,
          lastAttemptAt: new Date(now - lastAttemptAgoMs),
          blockedUntil: blockedForMs === null ? null : new Date(now + blockedForMs),
        },
      });
    await throttle('quiet-for-two-days', 2 * FORGET_AFTER_MS, null);
    await throttle('recent', HOUR, null);
    await throttle('still-blocking', 2 * FORGET_AFTER_MS, HOUR);

    const job = defaultJobs.find((candidate) => candidate.name === 'sessions');
    expect(job).toBeDefined();
    const lines: string[] = [];
    let ran: () => void = () => {};
    const done = new Promise<void>((resolve) => (ran = resolve));
    const stop = startScheduler({
      db,
      clock,
      jobs: [job!],
      log: (line) => {
        lines.push(line);
        ran();
      },
    });
    await done;
    await stop();

    expect(lines).toEqual(['job sessions: {"sessions":2,"signInThrottles":1}']);
    const sessions = await db.query<{ token_hash: string }>('select token_hash from sessions where user_id = $1', [staff.id]);
    expect(sessions.rows.map((row) => row.token_hash)).toEqual([live]);
    const throttles = await db.query<{ username_key: string }>('select username_key from sign_in_throttles order by username_key');
    expect(throttles.rows.map((row) => row.username_key)).toEqual(['recent', 'still-blocking']);
  });
});
