import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listInbox } from '../../../db/queries/inboxQuery.ts';
import { InboxList } from '../../../shared/api/inbox.ts';
import { limits } from '../../../shared/limits.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentAssignment, presentCaseTitle } from '../../presenters/presentCase.ts';
import { standardErrors } from '../../schemas/common.ts';

const InboxQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: limits.pageSizeMax, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
  },
  { additionalProperties: false },
);

export const inboxRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/inbox',
    {
      schema: {
        tags: ['inbox'],
        summary:
          "My unit's work: waiting for acknowledgement, in hand, reported done awaiting our acceptance, and escalated to us; escalations and overdue first",
        querystring: InboxQuery,
        response: { 200: InboxList, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const now = deps.clock.now();
      const limit = request.query.limit ?? 50;
      const rows = await listInbox(deps.db, { unitId: actor.unitId, now, limit: limit + 1, offset: request.query.offset ?? 0 });
      return {
        items: rows.slice(0, limit).map((row) => ({
          assignment: presentAssignment(row, actor, now, false),
          case: {
            id: row.case_id,
            ref: row.case_ref,
            kind: row.case_kind,
            title: presentCaseTitle(row.case_kind, row.case_title),
            status: row.case_status,
            priority: row.case_priority,
          },
          waitingFor: row.waiting_for,
          remindedAt: row.reminded_at?.toISOString() ?? null,
          escalation: row.escalation ? { ...row.escalation, at: new Date(row.escalation.at).toISOString() } : null,
        })),
        hasMore: rows.length > limit,
      };
    },
  );
};
