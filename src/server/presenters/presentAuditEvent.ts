import type { AuditEventRow } from '../../db/queries/auditEventQueries.ts';
import type { AuditEventView } from '../../shared/api/audit.ts';

/** An audit event for administrators: the actor by name (null for the command line), and what changed. */
export function presentAuditEvent(row: AuditEventRow): AuditEventView {
  return {
    id: row.id,
    category: row.category,
    action: row.action,
    actor: row.actor_user_id ? { id: row.actor_user_id, name: row.actor_name ?? '' } : null,
    via: typeof row.data['via'] === 'string' ? row.data['via'] : null,
    target: row.target_type ? { type: row.target_type, id: row.target_id } : null,
    before: row.before,
    after: row.after,
    data: row.data,
    ip: row.ip,
    at: row.created_at.toISOString(),
  };
}
