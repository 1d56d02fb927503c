import { listInbox as listInboxRows, type InboxRow } from '../../db/queries/inboxQuery.ts';
import type { ReadContext } from '../context.ts';

/** One line of the inbox: a piece of work, or several units' work on one case that waits on the viewer for the same reason. */
export interface InboxEntry {
  /** The most urgent of the group (the inbox's own order), shown as the line's assignment. */
  row: InboxRow;
  /** Every unit's row of the group, most urgent first; one row when nothing was grouped. */
  group: InboxRow[];
}

/** Work of other units that waits on the viewer: it groups by case and reason. The unit's own work stays one line per assignment. */
const GROUPED: ReadonlySet<InboxRow['waiting_for']> = new Set(['escalation', 'help', 'acceptance']);

function groupKey(row: InboxRow): string {
  return GROUPED.has(row.waiting_for)
    ? `${row.case_id}|${row.waiting_for}|${row.escalation?.reason ?? ''}`
    : `own|${row.id}|${row.waiting_for}`;
}

/**
 * Folds rows into lines: "9 provincial halls have not acknowledged DIR-2569-000004" is one
 * line, expandable to its units, not nine identical lines (issue 11, item 4). A line stands
 * where its most urgent row stood.
 */
export function groupInboxRows(rows: readonly InboxRow[]): InboxEntry[] {
  const entries = new Map<string, InboxEntry>();
  for (const row of rows) {
    const key = groupKey(row);
    const entry = entries.get(key);
    if (entry) entry.group.push(row);
    else entries.set(key, { row, group: [row] });
  }
  return [...entries.values()];
}

/**
 * The actor's own unit's work (not its subtree: each office answers for its own inbox),
 * escalations and overdue first, grouped per case where other units' work waits on it, with
 * whether more follows the page. The page counts rows, so a very large group may continue on
 * the next page.
 */
export async function listInbox(
  ctx: ReadContext,
  input: { limit: number; offset: number },
): Promise<{ entries: InboxEntry[]; hasMore: boolean; asOf: Date }> {
  const now = ctx.clock.now();
  const rows = await listInboxRows(ctx.db, { unitId: ctx.actor.unitId, now, limit: input.limit + 1, offset: input.offset });
  return { entries: groupInboxRows(rows.slice(0, input.limit)), hasMore: rows.length > input.limit, asOf: now };
}
