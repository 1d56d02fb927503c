import type { Queryable } from '../../db/database.ts';
import { appendAuditEvent } from '../../db/queries/auditEventQueries.ts';
import { changedFields, type Snapshot } from '../../domain/audit/changedFields.ts';
import type { Actor } from '../../domain/roles.ts';

export interface AdminChange {
  /** `<target>.<verb>`: `user.create`, `user.update`, `unit.create`, `complaint_category.update`, `api_token.revoke`... */
  action: string;
  targetType: string;
  targetId: string;
  /** The thing before the change (null when it is created). */
  before: Snapshot | null;
  /** The thing after the change (null when it is deleted). */
  after: Snapshot | null;
  /** What the snapshots cannot show, such as `{ passwordReset: true }`; never the password itself. */
  data?: Record<string, unknown>;
}

/**
 * Appends the administration event of a change, in the transaction that makes
 * it, so the change and its trace commit or roll back together (OWASP ASVS
 * 7.1.3, 7.2.2: who, when, what, before and after). An update keeps only the
 * fields that changed; an update that changed nothing is not recorded. A
 * change without an actor came from the `tidtam` command line on the server
 * (bootstrap, key creation) and says so in `data.via`.
 */
export async function recordAdminChange(
  tx: Queryable,
  by: { actor: Actor | null | undefined; at: Date },
  change: AdminChange,
): Promise<void> {
  let { before, after } = change;
  if (before && after) {
    ({ before, after } = changedFields(before, after));
    if (Object.keys(after).length === 0 && !change.data) return;
  }
  await appendAuditEvent(tx, {
    category: 'admin',
    action: change.action,
    actorUserId: by.actor?.userId ?? null,
    targetType: change.targetType,
    targetId: change.targetId,
    before,
    after,
    data: { ...(by.actor ? {} : { via: 'cli' }), ...change.data },
    at: by.at,
  });
}
