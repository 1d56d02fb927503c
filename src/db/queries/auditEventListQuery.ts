import type { Queryable } from '../database.ts';
import type { AuditCategory, AuditEventRow } from './auditEventQueries.ts';

export interface AuditEventFilter {
  category?: AuditCategory;
  action?: string;
  actorUserId?: string;
  targetType?: string;
  targetId?: string;
  /** From this moment (inclusive). */
  from?: Date;
  /** Up to this moment (inclusive). */
  to?: Date;
  /** The last event of the previous page: newest first, so the next page is older. */
  before?: { createdAt: string; id: number };
  limit: number;
}

/**
 * Audit events newest first, keyset on (created_at, id), which the
 * `audit_events_created_idx` index walks in order; the actor's name is joined
 * so a reader sees who, not a uuid.
 */
export async function listAuditEvents(db: Queryable, filter: AuditEventFilter): Promise<AuditEventRow[]> {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = ['true'];
  if (filter.category) where.push(`e.category = ${p(filter.category)}`);
  if (filter.action) where.push(`e.action = ${p(filter.action)}`);
  if (filter.actorUserId) where.push(`e.actor_user_id = ${p(filter.actorUserId)}::uuid`);
  if (filter.targetType) where.push(`e.target_type = ${p(filter.targetType)}`);
  if (filter.targetId) where.push(`e.target_id = ${p(filter.targetId)}`);
  if (filter.from) where.push(`e.created_at >= ${p(filter.from)}`);
  if (filter.to) where.push(`e.created_at <= ${p(filter.to)}`);
  if (filter.before) where.push(`(e.created_at, e.id) < (${p(filter.before.createdAt)}::timestamptz, ${p(filter.before.id)}::bigint)`);
  const result = await db.query<AuditEventRow>(
    `select e.id, e.category, e.action, e.actor_user_id, usr.display_name as actor_name, e.target_type, e.target_id,
            e.before, e.after, e.data, e.ip, e.created_at
       from audit_events e left join users usr on usr.id = e.actor_user_id
      where ${where.join(' and ')}
      order by e.created_at desc, e.id desc
      limit ${p(filter.limit)}`,
    params,
  );
  return result.rows;
}
