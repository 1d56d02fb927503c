import { AppError } from '../errors.ts';

/**
 * Optimistic concurrency for the rows officers edit (cases, assignments): the
 * caller says which version of the row it showed (`If-Match`), and a row that
 * has moved on since is refused with `stale_write` instead of being changed
 * over a change the officer never saw. Called after the row is locked, so the
 * version compared is the one the write will replace. No expected version:
 * the write goes ahead as before (the row locks still serialise writers).
 */
export function checkExpectedVersion(row: { version: number }, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && row.version !== expectedVersion) throw new AppError('stale_write');
}
