import type { Queryable } from '../../db/database.ts';

/**
 * When the agency's answer is due and when a request becomes long overdue, counted from `from`.
 * First version: 15 and 30 calendar days. The working-day version (the agency's own service level and
 * the public-holiday calendar) replaces this body; callers keep the signature.
 */
export async function infoRequestDeadline(
  _db: Queryable,
  _agencyUnitId: string,
  from: Date,
): Promise<{ dueAt: Date | null; longOverdueAt: Date | null }> {
  const day = 24 * 60 * 60 * 1000;
  return { dueAt: new Date(from.getTime() + 15 * day), longOverdueAt: new Date(from.getTime() + 30 * day) };
}
