import type { Queryable } from '../database.ts';

/** Replaces a case's kind-specific details (an answer, a bill's stage), in the caller's transaction. */
export async function updateCaseDetails(db: Queryable, id: string, details: Record<string, unknown>, now: Date): Promise<void> {
  await db.query('update cases set details = $2::jsonb, updated_at = $3 where id = $1', [id, JSON.stringify(details), now]);
}

export async function setCaseGroup(db: Queryable, id: string, groupId: string | null, now: Date): Promise<void> {
  await db.query('update cases set group_id = $2, updated_at = $3 where id = $1', [id, groupId, now]);
}
