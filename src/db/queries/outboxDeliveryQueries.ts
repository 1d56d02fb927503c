import type { Queryable } from '../database.ts';
import type { OutboxRow } from './outboxQueries.ts';

export type { OutboxRow } from './outboxQueries.ts';

/**
 * Claims up to `limit` due messages for one delivery run: locks them with
 * `FOR UPDATE SKIP LOCKED` (a second worker skips them instead of waiting or
 * sending them too), counts the attempt, and moves `available_at` forward by
 * the lease, all in one statement. A worker that dies after claiming leaves
 * the rows to be taken again when the lease runs out, carrying the same
 * idempotency keys (see `deliverOutbox.ts`).
 */
export async function claimDueOutbox(
  db: Queryable,
  options: { now: Date; leaseUntil: Date; limit: number; maxAttempts: number; channels: readonly string[] },
): Promise<OutboxRow[]> {
  const result = await db.query<OutboxRow>(
    `with due as (
       select id from outbox
        where sent_at is null and attempts < $4 and channel = any($5) and available_at <= $1
        order by available_at, id
        limit $3
        for update skip locked)
     update outbox o set attempts = o.attempts + 1, available_at = $2
       from due where o.id = due.id
     returning o.id::int as id, o.case_id, o.channel, o.recipient, o.kind, o.subject, o.body, o.payload,
               o.created_at, o.available_at, o.attempts, o.sent_at, o.last_error`,
    [options.now, options.leaseUntil, options.limit, options.maxAttempts, options.channels],
  );
  return result.rows.sort((a, b) => a.id - b.id);
}

/**
 * Just before sending a claimed message: confirms the claim is still this worker's and extends it.
 * Every claim raises `attempts`, so a message another worker claimed again (this worker's lease ran
 * out while it was busy with the rest of its batch) no longer matches and is left to that worker:
 * the claim's attempt count is a fencing token, and a message is sent by one worker only.
 */
export async function confirmOutboxClaim(db: Queryable, input: { id: number; attempts: number; leaseUntil: Date }): Promise<boolean> {
  const result = await db.query(`update outbox set available_at = $3 where id = $1 and attempts = $2 and sent_at is null returning id`, [
    input.id,
    input.attempts,
    input.leaseUntil,
  ]);
  return result.rows.length === 1;
}

export async function markOutboxSent(db: Queryable, id: number, at: Date): Promise<void> {
  await db.query(`update outbox set sent_at = $2, last_error = null where id = $1`, [id, at]);
}

export async function markOutboxFailed(db: Queryable, id: number, error: string, retryAt: Date): Promise<void> {
  await db.query(`update outbox set last_error = $2, available_at = $3 where id = $1 and sent_at is null`, [
    id,
    error.slice(0, 2000),
    retryAt,
  ]);
}

/**
 * A message the receiving service refused for good (an SMS gateway's 400: no such number): it is
 * not tried again, and stays unsent with its error, like one that ran out of attempts.
 */
export async function markOutboxAbandoned(db: Queryable, id: number, error: string, maxAttempts: number): Promise<void> {
  await db.query(`update outbox set last_error = $2, attempts = greatest(attempts, $3) where id = $1 and sent_at is null`, [
    id,
    error.slice(0, 2000),
    maxAttempts,
  ]);
}
