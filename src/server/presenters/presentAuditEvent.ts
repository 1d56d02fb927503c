import { Type, type Static } from 'typebox';
import type { AuditEventRow } from '../../db/queries/auditEventQueries.ts';
import { IsoDateTime, Nullable, Uuid } from '../schemas/common.ts';

const Values = Nullable(Type.Record(Type.String(), Type.Unknown()));

export const AuditEventView = Type.Object({
  id: Type.Integer(),
  category: Type.Union([Type.Literal('admin'), Type.Literal('security')]),
  action: Type.String({ description: 'A dotted name: user.create, unit.update, api_token.revoke, routing_rule.delete...' }),
  actor: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  via: Nullable(Type.String({ description: "'cli' when made on the server's command line; null when made through the API" })),
  target: Nullable(Type.Object({ type: Type.String(), id: Nullable(Type.String()) })),
  before: Values,
  after: Values,
  data: Type.Record(Type.String(), Type.Unknown()),
  ip: Nullable(Type.String()),
  at: IsoDateTime,
});
export type AuditEventView = Static<typeof AuditEventView>;

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
