import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listInbox } from '../../../db/queries/inboxQuery.ts';
import { limits } from '../../../shared/limits.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { AssignmentView, presentAssignment, presentCaseTitle } from '../../presenters/presentCase.ts';
import { Nullable, standardErrors } from '../../schemas/common.ts';

const InboxItem = Type.Object({
  assignment: AssignmentView,
  case: Type.Object({
    id: Type.String(),
    ref: Type.String(),
    kind: Type.String(),
    title: Type.String(),
    status: Type.String(),
    priority: Type.String(),
  }),
  waitingFor: Type.Union(
    [Type.Literal('acknowledgement'), Type.Literal('action'), Type.Literal('acceptance'), Type.Literal('escalation'), Type.Literal('help')],
    {
      description:
        'escalation: a unit below missed its service level and the work was escalated to my unit; help: a unit asked my unit (the case owner) for help in its latest progress report',
    },
  ),
  remindedAt: Nullable(Type.String({ format: 'date-time', description: 'When the unit was last reminded by the service-level sweep' })),
  escalation: Nullable(
    Type.Object({
      reason: Type.Union([Type.Literal('acknowledge'), Type.Literal('resolve')]),
      level: Type.Integer({ description: '1 for the first unit up the chain' }),
      at: Type.String({ format: 'date-time' }),
    }),
  ),
});

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
        response: { 200: Type.Object({ items: Type.Array(InboxItem), hasMore: Type.Boolean() }), ...standardErrors },
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
