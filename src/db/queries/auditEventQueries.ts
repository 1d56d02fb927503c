import type { Queryable } from '../database.ts';

/** Administration (users, units, settings, keys, tokens) or security signals (refused sign-ins, revocations). */
export type AuditCategory = 'admin' | 'security';

export interface NewAuditEvent {
  category: AuditCategory;
  /** A stable dotted name, e.g. `user.create`, `token.revoke`, `sign_in.throttled`. */
  action: string;
  actorUserId: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /** The values before and after the change; never a password, hash or token. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  data?: Record<string, unknown>;
  ip?: string | null;
  at: Date;
}

export interface AuditEventRow {
  id: number;
  category: AuditCategory;
  action: string;
  actor_user_id: string | null;
  actor_name: string | null;
  target_type: string | null;
  target_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  data: Record<string, unknown>;
  ip: string | null;
  created_at: Date;
}

/**
 * Appends one audit event. Called inside the transaction that makes the change it records,
 * so a change and its trace commit together (OWASP ASVS 7.1: who, when, what, before and after).
 */
export async function appendAuditEvent(db: Queryable, event: NewAuditEvent): Promise<number> {
  const result = await db.query<{ id: number }>(
    `insert into audit_events (category, action, actor_user_id, target_type, target_id, before, after, data, ip, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [
      event.category,
      event.action,
      event.actorUserId,
      event.targetType ?? null,
      event.targetId ?? null,
      event.before === undefined || event.before === null ? null : JSON.stringify(event.before),
      event.after === undefined || event.after === null ? null : JSON.stringify(event.after),
      JSON.stringify(event.data ?? {}),
      event.ip ?? null,
      event.at,
    ],
  );
  return result.rows[0]!.id;
}
