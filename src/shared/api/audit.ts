import { Type, type Static } from 'typebox';
import { IsoDateTime, Nullable, Uuid } from './common.ts';

const Values = Nullable(Type.Record(Type.String(), Type.Unknown()));

/** One entry of the audit trail (GET /api/audit-events, administrators only). */
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

export const AuditEventList = Type.Object({ items: Type.Array(AuditEventView), nextCursor: Nullable(Type.String()) });
export type AuditEventList = Static<typeof AuditEventList>;
