import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../db/database.ts';
import { FREE_FAILURES, MAX_BLOCK_MS } from '../../../domain/signInBackoff.ts';
import { createStaff, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { startTestApp, type TestApp } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

/**
 * One sign-in attempt as an attacker's script sees it: status, error code, Retry-After and the message.
 * An attempt that reaches the password costs an argon2id check (64 MiB: a tenth of a second alone, seconds
 * on a busy 2-core machine), so these tests make a few dozen and allow minutes.
 */
async function attempt(t: TestApp, username: string, password: string, forwardedFor?: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { username, password },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });
  const body = response.json() as { error?: { code: string; message: string; messageTh: string } };
  return {
    status: response.statusCode,
    code: body.error?.code ?? 'ok',
    retryAfter: response.headers['retry-after'] === undefined ? undefined : Number(response.headers['retry-after']),
    message: `${body.error?.messageTh ?? ''} ${body.error?.message ?? ''}`,
  };
}

/** A different forged address for each of an attack's requests. */
const forged = (i: number) => `198.51.${100 + (i >> 8)}.${i & 255}`;

async function throttleEvents(t: TestApp) {
  const result = await t.db.query<{ ip: string | null; data: { username: string; failures: number; blockedSeconds: number } }>(
    `select ip, data from audit_events where category = 'security' and action = 'sign_in.throttled' order by id`,
  );
  return result.rows;
}

describe.each(testEngines())('sign-in limits (%s)', (engine: Engine) => {
  describe('with TRUST_PROXY unset', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ engine });
    });
    afterAll(() => t.close());

    it('limits 200 wrong passwords from 200 forged X-Forwarded-For addresses exactly as 200 from one address', async () => {
      const spoofed = await createStaff(t.db, { role: 'officer', unitCode: 'PH-50' });
      const plain = await createStaff(t.db, { role: 'officer', unitCode: 'PH-50' });
      const fromForged: string[] = [];
      const fromOne: string[] = [];
      for (let i = 0; i < 200; i++) {
        const a = await attempt(t, spoofed.username, 'wrong-password', forged(i));
        const b = await attempt(t, plain.username, 'wrong-password');
        fromForged.push(`${a.status} ${a.code}`);
        fromOne.push(`${b.status} ${b.code}`);
      }
      expect(fromForged).toEqual(fromOne);
      // The per-address limit (10 a minute per username) took over: the forged header bought nothing.
      expect(fromForged.filter((answer) => answer === '401 invalid_credentials')).toHaveLength(FREE_FAILURES + 1);
      expect(fromForged.slice(10)).toEqual(Array(190).fill('429 rate_limited'));
      // The block is recorded against the peer's own address, not the one the client wrote.
      const events = await throttleEvents(t);
      expect(events.map((event) => [event.ip, event.data.username])).toEqual([
        ['127.0.0.1', spoofed.username],
        ['127.0.0.1', plain.username],
      ]);
    }, 300_000);
  });

  describe('with TRUST_PROXY=127.0.0.1 (the load balancer)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ engine, trustProxy: ['127.0.0.1'] });
    });
    afterAll(() => t.close());

    it('keys the per-address limit on the forwarded address, and still limits the username across all of them', async () => {
      const staff = await createStaff(t.db, { role: 'officer', unitCode: 'PH-50' });
      const answers: string[] = [];
      for (let i = 0; i < 200; i++) {
        const a = await attempt(t, staff.username, 'wrong-password', forged(i));
        answers.push(`${a.status} ${a.code}`);
      }
      expect(answers.slice(0, FREE_FAILURES + 1)).toEqual(Array(FREE_FAILURES + 1).fill('401 invalid_credentials'));
      expect(answers.slice(FREE_FAILURES + 1)).toEqual(Array(200 - FREE_FAILURES - 1).fill('429 sign_in_throttled'));
      const events = (await throttleEvents(t)).filter((event) => event.data.username === staff.username);
      expect(events.map((event) => event.ip)).toEqual([forged(FREE_FAILURES)]);
    }, 300_000);

    it('grows the wait with each failure up to 15 minutes, answers an unknown username alike, and a success resets it', async () => {
      const staff = await createStaff(t.db, { role: 'officer', unitCode: 'PH-50' });
      const unknown = `nobody-${staff.username}`;
      let address = 1000;
      const next = () => forged(address++);
      // Up to the first block, an unknown username gets the very answers a real one gets.
      for (let i = 0; i <= FREE_FAILURES + 1; i++) {
        const known = await attempt(t, staff.username, 'wrong-password', next());
        expect(await attempt(t, unknown, 'wrong-password', next())).toEqual(known);
        expect(known.code).toBe(i <= FREE_FAILURES ? 'invalid_credentials' : 'sign_in_throttled');
      }
      // The right password does not slip through a block either.
      const blocked = await attempt(t, staff.username, TEST_PASSWORD, next());
      expect(blocked).toMatchObject({ status: 429, code: 'sign_in_throttled', retryAfter: 15 });
      expect(blocked.message).toMatch(/^[\u0E00-\u0E7F].*Wait 15 seconds and try again\.$/);

      const waits = [blocked.retryAfter!];
      for (let block = 1; block < 8; block++) {
        t.clock.advanceMs(waits.at(-1)! * 1000);
        expect((await attempt(t, staff.username, 'wrong-password', next())).code).toBe('invalid_credentials');
        const refused = await attempt(t, staff.username, 'wrong-password', next());
        expect(refused).toMatchObject({ status: 429, code: 'sign_in_throttled' });
        waits.push(refused.retryAfter!);
      }
      expect(waits).toEqual([15, 30, 60, 120, 240, 480, 900, 900]);
      expect(Math.max(...waits)).toBe(MAX_BLOCK_MS / 1000);

      t.clock.advanceMs(MAX_BLOCK_MS);
      expect((await attempt(t, staff.username, TEST_PASSWORD, next())).status).toBe(200);
      // The success wiped the count: the next mistake is free again, while the unknown name stays counted.
      expect((await attempt(t, staff.username, 'wrong-password', next())).code).toBe('invalid_credentials');
      expect((await attempt(t, staff.username, 'wrong-password', next())).code).toBe('invalid_credentials');
      expect((await attempt(t, unknown, 'wrong-password', next())).code).toBe('invalid_credentials');
      expect((await attempt(t, unknown, 'wrong-password', next())).code).toBe('sign_in_throttled');
    }, 300_000);

    it('counts parallel guesses one by one: only the free tries and the one that starts the block reach the password', async () => {
      const staff = await createStaff(t.db, { role: 'officer', unitCode: 'PH-50' });
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) => attempt(t, staff.username.toUpperCase(), 'wrong-password', forged(3000 + i))),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([...Array(FREE_FAILURES + 1).fill(401), ...Array(30 - FREE_FAILURES - 1).fill(429)]);
    }, 300_000);
  });
});
