import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listInbox } from '../../../commands/inbox/listInbox.ts';
import { limits } from '../../../shared/limits.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { AssignmentView } from '../../presenters/presentCase.ts';
import { presentInboxItem } from '../../presenters/presentInboxItem.ts';
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
      const page = await listInbox({ ...deps, actor }, { limit: request.query.limit ?? 50, offset: request.query.offset ?? 0 });
      return { items: page.rows.map((row) => presentInboxItem(row, actor, page.asOf)), hasMore: page.hasMore };
    },
  );
};
