import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listInbox } from '../../../commands/inbox/listInbox.ts';
import { InboxList } from '../../../shared/api/inbox.ts';
import { limits } from '../../../shared/limits.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentInboxItem } from '../../presenters/presentInboxItem.ts';
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
          "My unit's work: waiting for acknowledgement, in hand, reported done awaiting our acceptance, and escalated to us; escalations and overdue first; other units' work on one case waiting on us for the same reason is one item",
        querystring: InboxQuery,
        response: { 200: InboxList, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const page = await listInbox(
        { ...deps, db: request.readDb, actor },
        { limit: request.query.limit ?? 50, offset: request.query.offset ?? 0 },
      );
      return { items: page.entries.map((entry) => presentInboxItem(entry, actor, page.asOf)), hasMore: page.hasMore };
    },
  );
};
