import { listInbox as listInboxRows, type InboxRow } from '../../db/queries/inboxQuery.ts';
import type { ReadContext } from '../context.ts';

/**
 * The actor's own unit's work (not its subtree: each office answers for its own inbox),
 * escalations and overdue first, with whether more follows the page.
 */
export async function listInbox(
  ctx: ReadContext,
  input: { limit: number; offset: number },
): Promise<{ rows: InboxRow[]; hasMore: boolean; asOf: Date }> {
  const now = ctx.clock.now();
  const rows = await listInboxRows(ctx.db, { unitId: ctx.actor.unitId, now, limit: input.limit + 1, offset: input.offset });
  return { rows: rows.slice(0, input.limit), hasMore: rows.length > input.limit, asOf: now };
}
