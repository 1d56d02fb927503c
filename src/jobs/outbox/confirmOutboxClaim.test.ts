import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { claimDueOutbox, confirmOutboxClaim } from '../../db/queries/outboxDeliveryQueries.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import { outboxLeaseMs } from './deliverOutbox.ts';

/**
 * A worker whose claim ran out while it was busy with the rest of its batch (a slow mail server) must
 * not send a message another worker has claimed since: the attempt count fences the claim.
 */
describe.each(testEngines())('an outbox claim (%s)', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(() => db.close());

  it('is confirmed only while no other worker has claimed the message since', async () => {
    const t0 = new Date('2026-12-09T03:00:00Z');
    await db.query(
      `insert into outbox (channel, recipient, kind, body, created_at, available_at) values ('email', 'fence@example.test', 'test', 'x', $1, $1)`,
      [t0],
    );
    const claim = (now: Date) =>
      claimDueOutbox(db, { now, leaseUntil: new Date(now.getTime() + outboxLeaseMs), limit: 10, maxAttempts: 10, channels: ['email'] });
    const [first] = await claim(t0);
    expect(first).toBeDefined();
    // Within its lease the first worker's claim holds, and confirming extends it.
    expect(
      await confirmOutboxClaim(db, { id: first!.id, attempts: first!.attempts, leaseUntil: new Date(t0.getTime() + outboxLeaseMs) }),
    ).toBe(true);
    // The lease runs out before the first worker reaches the message: a second worker claims it.
    const later = new Date(t0.getTime() + outboxLeaseMs + 1);
    const [second] = await claim(later);
    expect(second?.id).toBe(first!.id);
    expect(await confirmOutboxClaim(db, { id: first!.id, attempts: first!.attempts, leaseUntil: later })).toBe(false);
    expect(await confirmOutboxClaim(db, { id: second!.id, attempts: second!.attempts, leaseUntil: later })).toBe(true);
  });
});
