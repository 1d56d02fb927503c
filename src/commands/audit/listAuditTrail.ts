import type { AuditEventRow } from '../../db/queries/auditEventQueries.ts';
import { listAuditEvents } from '../../db/queries/auditEventListQuery.ts';
import type { AuditCategory } from '../../db/queries/auditEventQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canReadAuditEvents } from '../../domain/policies/adminPolicy.ts';
import { endOfThaiDay, startOfThaiDay } from '../../shared/thaiTime.ts';
import type { ReadContext } from '../context.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';

export interface AuditTrailInput {
  category?: AuditCategory;
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  /** Bangkok days (YYYY-MM-DD), inclusive. */
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
}

/**
 * The audit trail of administration changes and security signals, newest first, for
 * administrators only (OWASP ASVS 7.3: logs are protected from those they record).
 * The cursor is the last event shown: its time and id.
 */
export async function listAuditTrail(
  ctx: ReadContext,
  input: AuditTrailInput,
): Promise<{ rows: AuditEventRow[]; nextCursor: string | null }> {
  if (!canReadAuditEvents(ctx.actor)) throw new AppError('forbidden');
  const before = input.cursor ? (decodeCursor(input.cursor, ['timestamp', 'number']) as [string, number]) : undefined;
  const rows = await listAuditEvents(ctx.db, {
    category: input.category,
    action: input.action,
    actorUserId: input.actorId,
    targetType: input.targetType,
    targetId: input.targetId,
    from: input.from ? startOfThaiDay(input.from) : undefined,
    to: input.to ? endOfThaiDay(input.to) : undefined,
    before: before ? { createdAt: before[0], id: before[1] } : undefined,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > input.limit && last ? encodeCursor([last.created_at.toISOString(), last.id]) : null };
}
