import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listAuditEvents } from '../../../db/queries/auditEventListQuery.ts';
import { AppError } from '../../../domain/errors.ts';
import { canReadAuditEvents } from '../../../domain/policies/adminPolicy.ts';
import { endOfThaiDay, startOfThaiDay } from '../../../shared/thaiTime.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentAuditEvent } from '../../presenters/presentAuditEvent.ts';
import { standardErrors } from '../../schemas/common.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { AuditEventList, AuditEventListQuery } from './auditEventSchema.ts';

/** The cursor is the last event shown: its time and id. */
function readCursor(cursor: string): { createdAt: string; id: number } {
  const [createdAt, id] = decodeCursor(cursor, ['timestamp', 'number']) as [string, number];
  return { createdAt, id };
}

/** The audit trail of administration changes and security signals, newest first, for administrators. */
export const auditEventRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/audit-events',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags: ['audit'],
        summary: 'Who changed which user, unit, setting, key or token, and security events, newest first (administrators)',
        querystring: AuditEventListQuery,
        response: { 200: AuditEventList, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!canReadAuditEvents(actor)) throw new AppError('forbidden');
      const query = request.query;
      const limit = query.limit ?? 25;
      const rows = await listAuditEvents(deps.db, {
        category: query.category,
        action: query.action,
        actorUserId: query.actorId,
        targetType: query.targetType,
        targetId: query.targetId,
        from: query.from ? startOfThaiDay(query.from) : undefined,
        to: query.to ? endOfThaiDay(query.to) : undefined,
        before: query.cursor ? readCursor(query.cursor) : undefined,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return {
        items: page.map(presentAuditEvent),
        nextCursor: rows.length > limit && last ? encodeCursor([last.created_at.toISOString(), last.id]) : null,
      };
    },
  );
};
