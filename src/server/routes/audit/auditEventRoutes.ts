import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listAuditTrail } from '../../../commands/audit/listAuditTrail.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentAuditEvent } from '../../presenters/presentAuditEvent.ts';
import { standardErrors } from '../../schemas/common.ts';
import { AuditEventList, AuditEventListQuery } from './auditEventSchema.ts';

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
      const query = request.query;
      const page = await listAuditTrail(
        { ...deps, actor: requireActor(request) },
        {
          category: query.category,
          action: query.action,
          actorId: query.actorId,
          targetType: query.targetType,
          targetId: query.targetId,
          from: query.from,
          to: query.to,
          cursor: query.cursor,
          limit: query.limit ?? 25,
        },
      );
      return { items: page.rows.map(presentAuditEvent), nextCursor: page.nextCursor };
    },
  );
};
